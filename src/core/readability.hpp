#pragma once
#include <cstddef>
#include <string_view>

namespace motus::core {

// Counts behind the Flesch–Kincaid grade of a text.
struct ReadingLevel {
  std::size_t words = 0;
  std::size_t sentences = 0;
  std::size_t syllables = 0;
  // School grade a reader needs: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
  // Member-facing text aims at about 6 (a 12-year-old). 0 for a text without words.
  double grade = 0;
};

// Measures plain text or the Markdown of an article: Markdown marks and link addresses are
// skipped, and a heading or list item counts as a sentence even without a full stop.
ReadingLevel measure_reading_level(std::string_view text);

// Estimated syllables in one English word (vowel groups, minus a silent final e); at least 1.
std::size_t count_syllables(std::string_view word);

}  // namespace motus::core
