#pragma once
// Reads one JSON object field by field, strictly: each read names the field in its error
// (`red_flags.fever: expected true or false`), and reject_unread_keys() turns any key the
// schema does not know into an error. Shared by the intake and the flare check so both are
// validated the same careful way.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/enum_names.hpp"
#include "core/assessment/enum_set.hpp"
#include "core/assessment/input_error.hpp"

namespace motus::core::assessment {

class ObjectReader {
 public:
  // `what` names the document for whole-document errors; `prefix` is the path of this object
  // ("" for the top level, "red_flags." inside it).
  ObjectReader(const nlohmann::json& value, std::string_view what, std::string prefix = "");

  int required_int(std::string_view key, int min, int max);
  std::optional<int> optional_int(std::string_view key, int min, int max);
  std::optional<bool> optional_bool(std::string_view key);
  std::optional<ObjectReader> optional_object(std::string_view key);

  template <typename E>
  std::optional<E> optional_enum(std::string_view key) {
    const nlohmann::json* value = take(key);
    if (value == nullptr) return std::nullopt;
    return enum_value<E>(*value, field(key));
  }

  // A list of names, each at most once.
  template <typename E>
  EnumSet<E> optional_enum_set(std::string_view key) {
    EnumSet<E> set;
    const nlohmann::json* value = take(key);
    if (value == nullptr) return set;
    if (!value->is_array()) {
      throw InputError(field(key) + ": expected a list of " + choices_of<E>());
    }
    for (const nlohmann::json& item : *value) {
      const E entry = enum_value<E>(item, field(key));
      if (set.contains(entry)) {
        throw InputError(field(key) + ": \"" + std::string(name_of(entry)) + "\" is listed twice");
      }
      set.insert(entry);
    }
    return set;
  }

  void reject_unread_keys() const;

 private:
  const nlohmann::json* take(std::string_view key);
  std::string field(std::string_view key) const { return prefix_ + std::string(key); }
  std::optional<int> whole_number(const nlohmann::json& value, std::string_view key, int min,
                                  int max) const;

  template <typename E>
  static E enum_value(const nlohmann::json& value, const std::string& field) {
    if (value.is_string()) {
      const auto& text = value.get_ref<const std::string&>();
      if (auto parsed = enum_from_name<E>(text)) return *parsed;
      throw InputError(field + ": \"" + text + "\" is not one of " + choices_of<E>());
    }
    throw InputError(field + ": expected one of " + choices_of<E>());
  }

  const nlohmann::json& object_;
  std::string prefix_;
  std::vector<std::string_view> read_;
};

}  // namespace motus::core::assessment
