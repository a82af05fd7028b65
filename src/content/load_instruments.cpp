#include "content/load_instruments.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/yaml_json.hpp"
#include "core/assessment/input_error.hpp"
#include "core/instruments/read_definition.hpp"

namespace motus::content {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> definition_files(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  for (fs::directory_iterator entries(folder, error), end; !error && entries != end;
       entries.increment(error)) {
    const auto extension = entries->path().extension();
    if (entries->is_regular_file(error) && (extension == ".yaml" || extension == ".json")) {
      files.push_back(entries->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The core says "items[2].label: required"; the report keeps the field and the sentence apart.
core::ContentProblem problem_from(const std::string& file, const std::string& message) {
  const auto split = message.find(": ");
  if (split == std::string::npos || message.compare(0, split, "instrument") == 0) {
    return {file, "", split == std::string::npos ? message : message.substr(split + 2)};
  }
  return {file, message.substr(0, split), message.substr(split + 2)};
}

core::instruments::InstrumentDefinition read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw core::assessment::InputError("the file cannot be read");
  YAML::Node root;
  try {
    // JSON is YAML too, so one parser reads both kinds of file.
    root = YAML::Load(text.str());
  } catch (const YAML::Exception& error) {
    throw core::assessment::InputError("yaml: is not valid YAML: " + error.msg + " (line " +
                                       std::to_string(error.mark.line + 1) + ")");
  }
  return core::instruments::read_definition(yaml_to_json(root));
}

}  // namespace

InstrumentLoad load_instruments(const fs::path& dir) {
  InstrumentLoad load;
  const fs::path folder = dir / "instruments";
  if (!fs::is_directory(folder)) return load;
  for (const auto& path : definition_files(folder)) {
    const std::string file = "instruments/" + path.filename().string();
    try {
      auto definition = read_file(path);
      if (definition.id != path.stem().string()) {
        load.problems.push_back(
            {file, "id", "should equal the file name `" + path.stem().string() + "`"});
        continue;
      }
      load.instruments.push_back(std::move(definition));
    } catch (const core::assessment::InputError& error) {
      load.problems.push_back(problem_from(file, error.what()));
    }
  }
  return load;
}

}  // namespace motus::content
