#include "core/readability.hpp"

#include <cctype>
#include <string>

namespace motus::core {
namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

bool is_vowel(char c) {
  switch (std::tolower(static_cast<unsigned char>(c))) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

bool starts_block(std::string_view line) {
  auto first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return true;
  line.remove_prefix(first);
  if (line[0] == '#') return true;
  if (line.size() > 1 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') return true;
  std::size_t digits = 0;
  while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
  return digits > 0 && digits < line.size() && line[digits] == '.';
}

bool is_heading(std::string_view line) {
  auto first = line.find_first_not_of(" \t");
  return first != std::string_view::npos && line[first] == '#';
}

// Removes link addresses so `[our guide](/articles/x)` reads as "our guide".
std::string without_link_targets(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ']' && i + 1 < text.size() && text[i + 1] == '(') {
      auto close = text.find(')', i + 2);
      if (close != std::string_view::npos) {
        i = close;
        continue;
      }
    }
    kept += text[i];
  }
  return kept;
}

}  // namespace

std::size_t count_syllables(std::string_view word) {
  std::size_t groups = 0;
  bool in_vowels = false;
  for (char c : word) {
    bool vowel = is_vowel(c);
    if (vowel && !in_vowels) ++groups;
    in_vowels = vowel;
  }
  auto size = word.size();
  bool silent_e = size > 2 && std::tolower(static_cast<unsigned char>(word[size - 1])) == 'e' &&
                  !is_vowel(word[size - 2]) &&
                  !(std::tolower(static_cast<unsigned char>(word[size - 2])) == 'l' &&
                    !is_vowel(word[size - 3]));
  if (silent_e && groups > 1) --groups;
  return groups == 0 ? 1 : groups;
}

ReadingLevel measure_reading_level(std::string_view text) {
  const auto plain = without_link_targets(text);
  ReadingLevel level;
  bool sentence_open = false;
  std::size_t line_start = 0;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    ++level.words;
    level.syllables += count_syllables(word);
    sentence_open = true;
    word.clear();
  };
  auto end_sentence = [&] {
    end_word();
    if (sentence_open) ++level.sentences;
    sentence_open = false;
  };
  for (std::size_t i = 0; i < plain.size(); ++i) {
    char c = plain[i];
    if (is_letter(c) || (c == '\'' && !word.empty())) {
      word += c;
    } else if (c == '.' || c == '!' || c == '?') {
      // A full stop inside a number or an abbreviation such as "e.g." does not end a sentence.
      bool ends = i + 1 >= plain.size() || std::isspace(static_cast<unsigned char>(plain[i + 1]));
      if (ends)
        end_sentence();
      else
        end_word();
    } else if (c == '\n') {
      end_word();
      auto current = std::string_view(plain).substr(line_start, i - line_start);
      auto rest = std::string_view(plain).substr(i + 1);
      if (starts_block(rest.substr(0, rest.find('\n'))) || is_heading(current)) end_sentence();
      line_start = i + 1;
    } else {
      end_word();
    }
  }
  end_sentence();
  if (level.words == 0) return level;
  level.grade = 0.39 * static_cast<double>(level.words) / static_cast<double>(level.sentences) +
                11.8 * static_cast<double>(level.syllables) / static_cast<double>(level.words) -
                15.59;
  return level;
}

}  // namespace motus::core
