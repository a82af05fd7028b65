#include "core/content/language.hpp"

#include <cctype>
#include <string>

namespace motus::core {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != b[i]) return false;
  }
  return true;
}

// A qvalue is 0, 1, or 0./1. with up to three decimals (RFC 9110 12.4.2), read in thousandths;
// anything else is -1.
int thousandths(std::string_view value) {
  value = trimmed(value);
  if (value.empty() || (value[0] != '0' && value[0] != '1')) return -1;
  int whole = value[0] - '0';
  if (value.size() == 1) return whole * 1000;
  if (value[1] != '.' || value.size() > 5) return -1;
  int fraction = 0;
  int scale = 100;
  for (char c : value.substr(2)) {
    if (c < '0' || c > '9') return -1;
    fraction += (c - '0') * scale;
    scale /= 10;
  }
  const int total = whole * 1000 + fraction;
  return total > 1000 ? -1 : total;
}

// The weight of one element's parameters: its `q`, 1000 when there is none.
int weight_of(std::string_view parameters) {
  int weight = 1000;
  while (!parameters.empty()) {
    const auto semicolon = parameters.find(';');
    const std::string_view parameter = trimmed(parameters.substr(0, semicolon));
    const auto equals = parameter.find('=');
    if (equals != std::string_view::npos &&
        same_letters(trimmed(parameter.substr(0, equals)), "q")) {
      weight = thousandths(parameter.substr(equals + 1));
    }
    if (semicolon == std::string_view::npos) break;
    parameters.remove_prefix(semicolon + 1);
  }
  return weight;
}

}  // namespace

std::string_view to_string(Language language) { return language == Language::es ? "es" : "en"; }

std::optional<Language> language_from_code(std::string_view code) {
  if (code == "en") return Language::en;
  if (code == "es") return Language::es;
  return std::nullopt;
}

std::optional<Language> language_from_range(std::string_view range) {
  range = trimmed(range);
  const std::string_view primary = range.substr(0, range.find('-'));
  if (same_letters(primary, "es")) return Language::es;
  if (same_letters(primary, "en")) return Language::en;
  return std::nullopt;
}

std::optional<Language> language_from_accept(std::string_view header) {
  std::optional<Language> best;
  int best_weight = 0;
  while (!header.empty()) {
    const auto comma = header.find(',');
    const std::string_view element = header.substr(0, comma);
    const auto semicolon = element.find(';');
    const auto language = language_from_range(element.substr(0, semicolon));
    const int weight =
        semicolon == std::string_view::npos ? 1000 : weight_of(element.substr(semicolon + 1));
    if (language && weight > best_weight) {
      best = language;
      best_weight = weight;
    }
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return best;
}

Language choose_language(std::optional<Language> stored, std::string_view accept_language) {
  if (stored) return *stored;
  return language_from_accept(accept_language).value_or(Language::en);
}

}  // namespace motus::core
