// `motus content check [DIR]`: loads and validates the knowledge base, lists every problem as
// `FILE: FIELD: message`, and reports how easy the member articles are to read. Instrument
// definitions in DIR/instruments/ are checked with it.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "content/load_instruments.hpp"
#include "content/load_knowledge_base.hpp"
#include "core/readability.hpp"

namespace motus::cli {
namespace {

void print_problem(const core::ContentProblem& problem) {
  if (problem.field.empty()) {
    std::printf("%s: %s\n", problem.file.c_str(), problem.message.c_str());
  } else {
    std::printf("%s: %s: %s\n", problem.file.c_str(), problem.field.c_str(),
                problem.message.c_str());
  }
}

void print_reading_grades(const core::KnowledgeBase& knowledge_base) {
  double total = 0;
  double highest = 0;
  std::string hardest;
  int counted = 0;
  for (const auto& article : knowledge_base.articles()) {
    if (article.audience != core::Audience::member) continue;
    auto grade = core::measure_reading_level(article.body).grade;
    total += grade;
    ++counted;
    if (counted == 1 || grade > highest) {
      highest = grade;
      hardest = article.slug;
    }
  }
  if (counted == 0) return;
  std::printf("reading grade of %d member articles: mean %.1f, highest %.1f (%s)\n", counted,
              total / counted, highest, hardest.c_str());
}

void check_content(const std::string& dir) {
  if (!std::filesystem::is_directory(dir)) {
    throw UsageError("content folder not found: " + dir);
  }
  const auto loaded = content::load_knowledge_base(dir);
  auto problems = content::check_knowledge_base(loaded);
  const auto instruments = content::load_instruments(dir);
  problems.insert(problems.end(), instruments.problems.begin(), instruments.problems.end());
  for (const auto& problem : problems) print_problem(problem);
  if (!instruments.instruments.empty() || !instruments.problems.empty()) {
    std::printf("instruments: %zu checked\n", instruments.instruments.size());
  }
  const auto& knowledge_base = loaded.knowledge_base;
  std::printf("content check: %zu exercises, %zu patterns, %zu articles, %zu problem%s\n",
              knowledge_base.exercises().size(), knowledge_base.patterns().size(),
              knowledge_base.articles().size(), problems.size(), problems.size() == 1 ? "" : "s");
  print_reading_grades(knowledge_base);
  std::fflush(stdout);
  if (!problems.empty()) throw ExitStatus{1};
}

}  // namespace

void add_content_command(CLI::App& app) {
  auto* content =
      app.add_subcommand("content", "Work with the knowledge base (exercises, patterns, articles)");
  content->require_subcommand(1);
  auto* check = content->add_subcommand("check", "Check every content file and list the problems");
  auto dir = std::make_shared<std::string>("content");
  check->add_option("dir", *dir, "Folder holding exercises/, patterns/ and articles/")
      ->capture_default_str();
  check->callback([dir] { check_content(*dir); });
}

}  // namespace motus::cli
