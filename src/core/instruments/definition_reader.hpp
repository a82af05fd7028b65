#pragma once
// Reads one JSON object of an instrument definition or a response, strictly and field by
// field, in the same way as the intake's ObjectReader: every error is an
// assessment::InputError that starts with the path of the field (`items[2].answers[0].label:
// required`), and unknown keys are errors. Definitions also need text, decimals and lists,
// which the intake reader has no use for.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/enum_names.hpp"
#include "core/assessment/input_error.hpp"

namespace motus::core::instruments {

using assessment::InputError;

class DefinitionReader {
 public:
  // `what` names the document for whole-document errors; `prefix` is the path to this object.
  DefinitionReader(const nlohmann::json& value, std::string_view what, std::string prefix = "");

  std::string text(std::string_view key);
  std::optional<std::string> optional_text(std::string_view key);
  int whole_number(std::string_view key, int min, int max);
  std::optional<int> optional_whole_number(std::string_view key, int min, int max);
  std::optional<double> optional_number(std::string_view key);
  std::optional<long long> optional_long(std::string_view key, long long min);
  bool flag(std::string_view key, bool fallback);
  std::vector<std::string> texts(std::string_view key);

  // The objects of a list, each with its own reader prefixed `key[i].`. An absent list is
  // empty; `at_least` makes a shorter list an error.
  std::vector<DefinitionReader> objects(std::string_view key, std::size_t at_least);
  std::optional<DefinitionReader> optional_object(std::string_view key);

  template <typename E>
  std::optional<E> optional_choice(std::string_view key) {
    auto word = optional_text(key);
    if (!word) return std::nullopt;
    if (auto value = assessment::enum_from_name<E>(*word)) return value;
    throw InputError(field(key) + ": \"" + *word + "\" is not one of " +
                     assessment::choices_of<E>());
  }

  void reject_unread_keys() const;
  std::string field(std::string_view key) const { return prefix_ + std::string(key); }
  const std::string& prefix() const { return prefix_; }

 private:
  const nlohmann::json* take(std::string_view key);

  const nlohmann::json* object_;
  std::string prefix_;
  std::vector<std::string> read_;
};

}  // namespace motus::core::instruments
