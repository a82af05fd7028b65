#include "core/readability.hpp"

#include <gtest/gtest.h>

using motus::core::count_syllables;
using motus::core::measure_reading_level;

TEST(Readability, CountsSyllables) {
  EXPECT_EQ(count_syllables("cat"), 1u);
  EXPECT_EQ(count_syllables("walking"), 2u);
  EXPECT_EQ(count_syllables("stable"), 2u);
  EXPECT_EQ(count_syllables("make"), 1u);
  EXPECT_EQ(count_syllables("banana"), 3u);
  EXPECT_EQ(count_syllables("hmm"), 1u);
}

TEST(Readability, CountsWordsAndSentences) {
  auto level = measure_reading_level("The cat sat. The dog ran!");
  EXPECT_EQ(level.words, 6u);
  EXPECT_EQ(level.sentences, 2u);
  EXPECT_EQ(level.syllables, 6u);
  // 0.39 × 3 + 11.8 × 1 − 15.59
  EXPECT_NEAR(level.grade, -2.62, 0.01);
}

TEST(Readability, LongWordsAndSentencesReadHarder) {
  auto easy = measure_reading_level("Lie on your back. Bend your knees. Lift your hips.");
  auto hard = measure_reading_level(
      "Sacroiliac joint dysfunction is characterised by mechanical pain originating from the "
      "articulation between the sacrum and the ilium, frequently exacerbated by asymmetrical "
      "loading activities.");
  EXPECT_LT(easy.grade, 3.0);
  EXPECT_GT(hard.grade, 14.0);
}

TEST(Readability, HeadingsAndListItemsAreSentencesAndLinkAddressesAreSkipped) {
  auto level =
      measure_reading_level("## What helps\n\n- Walk a bit\n- Try [bridges](/exercises/bridge)\n");
  EXPECT_EQ(level.sentences, 3u);
  EXPECT_EQ(level.words, 7u);
}

TEST(Readability, WrappedParagraphLinesStayOneSentence) {
  EXPECT_EQ(measure_reading_level("This line goes on\nand on to the end.").sentences, 1u);
}

TEST(Readability, EmptyTextHasGradeZero) {
  auto level = measure_reading_level("  \n");
  EXPECT_EQ(level.words, 0u);
  EXPECT_EQ(level.grade, 0.0);
}
