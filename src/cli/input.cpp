#include "cli/input.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "content/load_knowledge_base.hpp"

namespace motus::cli {

std::string read_input_text(const std::string& path) {
  std::ostringstream text;
  if (path.empty() || path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw UsageError("cannot open " + path);
  text << file.rdbuf();
  return text.str();
}

namespace {

content::LoadResult load_checked(const std::string& dir) {
  if (!std::filesystem::is_directory(dir)) {
    throw UsageError("the knowledge base folder '" + dir + "' does not exist");
  }
  content::LoadResult loaded = content::load_knowledge_base(dir);
  const auto problems = content::check_knowledge_base(loaded);
  if (!problems.empty()) {
    throw UsageError("the knowledge base in '" + dir + "' has " + std::to_string(problems.size()) +
                     " problem(s); run `motus content check " + dir + "`");
  }
  return loaded;
}

}  // namespace

core::KnowledgeBase load_checked_knowledge_base(const std::string& dir) {
  return std::move(load_checked(dir).knowledge_base);
}

core::Library load_checked_library(const std::string& dir) {
  content::LoadResult loaded = load_checked(dir);
  return core::Library(std::move(loaded.knowledge_base), loaded.spanish);
}

}  // namespace motus::cli
