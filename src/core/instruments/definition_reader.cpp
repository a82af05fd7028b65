#include "core/instruments/definition_reader.hpp"

#include <algorithm>
#include <cmath>

namespace motus::core::instruments {

DefinitionReader::DefinitionReader(const nlohmann::json& value, std::string_view what,
                                   std::string prefix)
    : object_(&value), prefix_(std::move(prefix)) {
  if (!value.is_object()) {
    const std::string name =
        prefix_.empty() ? std::string(what) : prefix_.substr(0, prefix_.size() - 1);
    throw InputError(name + ": expected a JSON object ({ ... })");
  }
}

const nlohmann::json* DefinitionReader::take(std::string_view key) {
  read_.emplace_back(key);
  const auto found = object_->find(key);
  return found == object_->end() || found->is_null() ? nullptr : &*found;
}

std::optional<std::string> DefinitionReader::optional_text(std::string_view key) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_string()) throw InputError(field(key) + ": expected text");
  auto text = value->get<std::string>();
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw InputError(field(key) + ": is empty");
  }
  return text;
}

std::string DefinitionReader::text(std::string_view key) {
  if (auto text = optional_text(key)) return *text;
  throw InputError(field(key) + ": required");
}

std::optional<long long> DefinitionReader::optional_long(std::string_view key, long long min) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  // Checked on the widest types before narrowing, so a huge number is an error, never a wrap.
  if (value->is_number_unsigned() && value->get<std::uint64_t>() > 9'000'000'000'000'000ULL) {
    throw InputError(field(key) + ": number too big");
  }
  if (!value->is_number_integer()) throw InputError(field(key) + ": expected a whole number");
  const auto number = value->get<long long>();
  if (number < min) throw InputError(field(key) + ": must be at least " + std::to_string(min));
  return number;
}

std::optional<int> DefinitionReader::optional_whole_number(std::string_view key, int min, int max) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  const std::string range =
      ": must be between " + std::to_string(min) + " and " + std::to_string(max);
  if (value->is_number_float()) {
    const double number = value->get<double>();
    if (std::trunc(number) == number && (number < min || number > max)) {
      throw InputError(field(key) + range);
    }
    throw InputError(field(key) + ": expected a whole number");
  }
  if (!value->is_number_integer()) throw InputError(field(key) + ": expected a whole number");
  if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<unsigned>(max)) {
    throw InputError(field(key) + range);
  }
  const auto number = value->get<std::int64_t>();
  if (number < min || number > max) throw InputError(field(key) + range);
  return static_cast<int>(number);
}

int DefinitionReader::whole_number(std::string_view key, int min, int max) {
  if (auto number = optional_whole_number(key, min, max)) return *number;
  throw InputError(field(key) + ": required");
}

std::optional<double> DefinitionReader::optional_number(std::string_view key) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_number()) throw InputError(field(key) + ": expected a number");
  const double number = value->get<double>();
  if (!std::isfinite(number)) throw InputError(field(key) + ": expected a number");
  return number;
}

bool DefinitionReader::flag(std::string_view key, bool fallback) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return fallback;
  if (!value->is_boolean()) throw InputError(field(key) + ": expected true or false");
  return value->get<bool>();
}

std::vector<std::string> DefinitionReader::texts(std::string_view key) {
  std::vector<std::string> texts;
  const nlohmann::json* value = take(key);
  if (value == nullptr) return texts;
  if (!value->is_array()) throw InputError(field(key) + ": expected a list of text");
  for (std::size_t i = 0; i < value->size(); ++i) {
    const auto& entry = (*value)[i];
    const std::string where = field(key) + "[" + std::to_string(i) + "]";
    if (!entry.is_string() || entry.get_ref<const std::string&>().empty()) {
      throw InputError(where + ": expected text");
    }
    texts.push_back(entry.get<std::string>());
  }
  return texts;
}

std::vector<DefinitionReader> DefinitionReader::objects(std::string_view key,
                                                        std::size_t at_least) {
  std::vector<DefinitionReader> readers;
  const nlohmann::json* value = take(key);
  if (value != nullptr && !value->is_array()) {
    throw InputError(field(key) + ": expected a list");
  }
  const std::size_t count = value == nullptr ? 0 : value->size();
  if (count < at_least) {
    throw InputError(field(key) +
                     (count == 0 ? ": required" : ": needs at least " + std::to_string(at_least)));
  }
  for (std::size_t i = 0; i < count; ++i) {
    readers.emplace_back((*value)[i], key, field(key) + "[" + std::to_string(i) + "].");
  }
  return readers;
}

std::optional<DefinitionReader> DefinitionReader::optional_object(std::string_view key) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  return DefinitionReader(*value, key, field(key) + ".");
}

void DefinitionReader::reject_unread_keys() const {
  for (const auto& [key, value] : object_->items()) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
      throw InputError(field(key) + ": unknown field");
    }
  }
}

}  // namespace motus::core::instruments
