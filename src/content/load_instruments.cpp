#include "content/load_instruments.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "content/field_reader.hpp"
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

// A mapping of plain texts, each key checked by `known_key` (the reader reports the rest).
template <typename Key, typename ReadKey>
std::map<Key, std::string> texts_by_key(FieldReader& fields, std::string_view name,
                                        ReadKey read_key) {
  std::map<Key, std::string> texts;
  const auto node = fields.mapping(name, Need::optional);
  if (!node.IsDefined()) return texts;
  FieldReader entries(node, fields.field(name) + ".", fields.report());
  for (const auto& entry : node) {
    const auto key = entry.first.as<std::string>("");
    if (auto read = read_key(key)) texts[*read] = entries.text(key);
  }
  entries.reject_unknown_fields();
  return texts;
}

core::instruments::InstrumentWords read_words(const YAML::Node& root, FileReport& report) {
  FieldReader fields(root, "", report);
  core::instruments::InstrumentWords words;
  words.id = fields.text("id");
  words.title = fields.text("title");
  words.licence = fields.text("licence", Need::optional);
  words.source = fields.text("source", Need::optional);
  words.instructions = fields.text("instructions", Need::optional);
  const auto any_key = [](const std::string& key) { return std::optional(key); };
  words.items = texts_by_key<std::string>(fields, "items", any_key);
  words.answers = texts_by_key<int>(fields, "answers", [](const std::string& key) {
    std::optional<int> value;
    if (!key.empty() && key.size() < 4 &&
        std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); })) {
      value = std::stoi(key);
    }
    return value;
  });
  words.bands = texts_by_key<std::string>(fields, "bands", any_key);
  fields.reject_unknown_fields();
  words.source_file = report.file;
  return words;
}

// content/es/instruments/*.yaml: the Spanish words of some instruments (instrument_words.hpp).
std::vector<core::instruments::InstrumentWords> load_spanish_words(
    const fs::path& dir, std::vector<core::ContentProblem>& problems) {
  std::vector<core::instruments::InstrumentWords> all;
  const fs::path folder = dir / "es" / "instruments";
  if (!fs::is_directory(folder)) return all;
  for (const auto& path : definition_files(folder)) {
    FileReport report{"es/instruments/" + path.filename().string(), problems};
    try {
      const auto root = YAML::LoadFile(path.string());
      if (!root.IsMap()) {
        report.add("", "should be a set of `name: value` fields");
        continue;
      }
      all.push_back(read_words(root, report));
    } catch (const YAML::Exception& error) {
      report.add("yaml", "is not valid YAML: " + error.msg + " (line " +
                             std::to_string(error.mark.line + 1) + ")");
    }
  }
  return all;
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
  const auto words = load_spanish_words(dir, load.problems);
  for (auto& problem : core::instruments::validate_words(load.instruments, words)) {
    load.problems.push_back(std::move(problem));
  }
  load.spanish = core::instruments::translated(load.instruments, words);
  return load;
}

}  // namespace motus::content
