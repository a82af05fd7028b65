#include "core/assessment/object_reader.hpp"

#include <algorithm>
#include <cmath>

namespace motus::core::assessment {

ObjectReader::ObjectReader(const nlohmann::json& value, std::string_view what, std::string prefix)
    : object_(value), prefix_(std::move(prefix)) {
  if (!object_.is_object()) {
    const std::string name =
        prefix_.empty() ? std::string(what) : prefix_.substr(0, prefix_.size() - 1);
    throw InputError(name + ": expected a JSON object ({ ... })",
                     "se espera un objeto JSON ({ ... })");
  }
}

const nlohmann::json* ObjectReader::take(std::string_view key) {
  read_.push_back(key);
  const auto found = object_.find(key);
  return found == object_.end() ? nullptr : &*found;
}

std::optional<int> ObjectReader::whole_number(const nlohmann::json& value, std::string_view key,
                                              int min, int max) const {
  // Huge numbers arrive as unsigned or floating point; checking the range on the 64-bit value
  // before narrowing keeps them an error, never a wrap-around.
  const std::string range =
      ": must be between " + std::to_string(min) + " and " + std::to_string(max);
  const std::string rango =
      "tiene que estar entre " + std::to_string(min) + " y " + std::to_string(max);
  const std::string whole_number = ": expected a whole number";
  const std::string numero_entero = "se espera un número entero";
  if (value.is_number_unsigned()) {
    if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
      throw InputError(field(key) + range, rango);
    }
  } else if (value.is_number_float()) {
    const double number = value.get<double>();
    const bool whole = std::trunc(number) == number;
    if (whole && (number < min || number > max)) throw InputError(field(key) + range, rango);
    throw InputError(field(key) + whole_number, numero_entero);
  } else if (!value.is_number_integer()) {
    throw InputError(field(key) + whole_number, numero_entero);
  }
  const auto number = value.get<std::int64_t>();
  if (number < min || number > max) throw InputError(field(key) + range, rango);
  return static_cast<int>(number);
}

int ObjectReader::required_int(std::string_view key, int min, int max) {
  if (auto number = optional_int(key, min, max)) return *number;
  throw InputError(field(key) + ": required", "es obligatorio");
}

std::optional<int> ObjectReader::optional_int(std::string_view key, int min, int max) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  return whole_number(*value, key, min, max);
}

std::optional<bool> ObjectReader::optional_bool(std::string_view key) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    throw InputError(field(key) + ": expected true or false", "se espera true o false");
  }
  return value->get<bool>();
}

std::optional<ObjectReader> ObjectReader::optional_object(std::string_view key) {
  const nlohmann::json* value = take(key);
  if (value == nullptr) return std::nullopt;
  return ObjectReader(*value, key, field(key) + ".");
}

void ObjectReader::reject_unread_keys() const {
  for (const auto& [key, value] : object_.items()) {
    if (std::find(read_.begin(), read_.end(), key) == read_.end()) {
      throw InputError(field(key) + ": unknown field", "no es un campo conocido");
    }
  }
}

}  // namespace motus::core::assessment
