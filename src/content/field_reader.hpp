#pragma once
// Reads the fields of one YAML mapping into C++ values, turning every missing field, wrong
// type, unknown word and unknown field into a ContentProblem instead of an exception.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/content/vocabulary.hpp"

namespace motus::content {

// Where the problems of one file go.
struct FileReport {
  std::string file;
  std::vector<core::ContentProblem>& problems;

  void add(std::string field, std::string message) {
    problems.push_back({file, std::move(field), std::move(message)});
  }
};

enum class Need { required, optional };

// " (line 12)" for messages, so authors can jump to the spot.
std::string line_of(const YAML::Node& node);

class FieldReader {
 public:
  // `prefix` names the mapping inside the file, e.g. "dosage." or "keyframes[2].".
  FieldReader(const YAML::Node& mapping, std::string prefix, FileReport& report);

  std::string text(std::string_view key, Need need = Need::required);
  std::optional<std::string> optional_text(std::string_view key);
  int whole_number(std::string_view key, Need need = Need::required);
  double number(std::string_view key, Need need = Need::required);
  std::vector<std::string> texts(std::string_view key, Need need = Need::required);

  template <typename Enum>
  Enum choice(std::string_view key, Enum fallback, Need need = Need::required) {
    auto word = text(key, need);
    if (word.empty()) return fallback;
    return from_vocabulary<Enum>(word, field(key)).value_or(fallback);
  }

  template <typename Enum>
  std::vector<Enum> choices(std::string_view key, Need need = Need::required) {
    std::vector<Enum> chosen;
    auto words = texts(key, need);
    for (std::size_t i = 0; i < words.size(); ++i) {
      auto value = from_vocabulary<Enum>(words[i], field(key) + "[" + std::to_string(i) + "]");
      if (value) chosen.push_back(*value);
    }
    return chosen;
  }

  // The nested mapping or list at `key`, or an undefined node (after reporting) when it is
  // missing or of another shape.
  YAML::Node mapping(std::string_view key, Need need = Need::required);
  YAML::Node list(std::string_view key, Need need = Need::required);

  // Reports every key this reader was never asked about. Call after all reads.
  void reject_unknown_fields();

  std::string field(std::string_view key) const { return prefix_ + std::string(key); }
  FileReport& report() { return report_; }

 private:
  YAML::Node present(std::string_view key, Need need);
  void wrong_type(std::string_view key, const YAML::Node& node, std::string_view wanted);

  template <typename Enum>
  std::optional<Enum> from_vocabulary(const std::string& word, const std::string& where) {
    auto value = core::from_string<Enum>(word);
    if (!value) {
      std::string allowed;
      for (auto name : core::Vocabulary<Enum>::names) {
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
      }
      report_.add(where, "`" + word + "` is not one of: " + allowed);
    }
    return value;
  }

  YAML::Node mapping_;
  std::string prefix_;
  FileReport& report_;
  std::vector<std::string> known_;
};

}  // namespace motus::content
