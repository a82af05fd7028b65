// The language of an answer: the stored choice, else Accept-Language (q-values), else English.
#include "core/content/language.hpp"

#include <gtest/gtest.h>

namespace {

using motus::core::choose_language;
using motus::core::Language;
using motus::core::language_from_accept;
using motus::core::language_from_code;

TEST(AcceptLanguage, SpanishRangesAndRegionsAreSpanish) {
  EXPECT_EQ(language_from_accept("es"), Language::es);
  EXPECT_EQ(language_from_accept("es-MX"), Language::es);
  EXPECT_EQ(language_from_accept("es-419"), Language::es);
  EXPECT_EQ(language_from_accept("ES-es"), Language::es);
  EXPECT_EQ(language_from_accept("en-GB"), Language::en);
}

TEST(AcceptLanguage, HighestQValueWins) {
  EXPECT_EQ(language_from_accept("en;q=0.5, es;q=0.9"), Language::es);
  EXPECT_EQ(language_from_accept("es;q=0.4,en-US;q=0.8"), Language::en);
  EXPECT_EQ(language_from_accept("fr-FR, es;q=0.7, en;q=0.3"), Language::es);
  // No q means q=1.
  EXPECT_EQ(language_from_accept("en;q=0.9, es"), Language::es);
  EXPECT_EQ(language_from_accept("es-MX ; Q=1.000 , en;q=0.999"), Language::es);
}

TEST(AcceptLanguage, OnATieTheEarlierRangeWins) {
  EXPECT_EQ(language_from_accept("es, en"), Language::es);
  EXPECT_EQ(language_from_accept("en;q=0.5, es;q=0.5"), Language::en);
}

TEST(AcceptLanguage, ZeroOrMalformedQRefuses) {
  EXPECT_EQ(language_from_accept("es;q=0"), std::nullopt);
  EXPECT_EQ(language_from_accept("es;q=0, en;q=0.1"), Language::en);
  EXPECT_EQ(language_from_accept("es;q=2, en;q=0.1"), Language::en);
  EXPECT_EQ(language_from_accept("es;q=abc"), std::nullopt);
  EXPECT_EQ(language_from_accept("es;q=0.1234"), std::nullopt);
}

TEST(AcceptLanguage, NothingMotusHas) {
  EXPECT_EQ(language_from_accept(""), std::nullopt);
  EXPECT_EQ(language_from_accept("*"), std::nullopt);
  EXPECT_EQ(language_from_accept("fr, de;q=0.8"), std::nullopt);
  EXPECT_EQ(language_from_accept("estonian"), std::nullopt);
  EXPECT_EQ(language_from_accept(",,;q=,"), std::nullopt);
}

TEST(ChooseLanguage, StoredChoiceBeatsTheHeaderAndEnglishIsTheDefault) {
  EXPECT_EQ(choose_language(Language::en, "es-MX"), Language::en);
  EXPECT_EQ(choose_language(Language::es, "en"), Language::es);
  EXPECT_EQ(choose_language(std::nullopt, "es-419, en;q=0.5"), Language::es);
  EXPECT_EQ(choose_language(std::nullopt, "fr"), Language::en);
  EXPECT_EQ(choose_language(std::nullopt, ""), Language::en);
}

TEST(LanguageCode, OnlyTheExactCodes) {
  EXPECT_EQ(language_from_code("es"), Language::es);
  EXPECT_EQ(language_from_code("en"), Language::en);
  EXPECT_EQ(language_from_code("es-MX"), std::nullopt);
  EXPECT_EQ(language_from_code("ES"), std::nullopt);
  EXPECT_EQ(language_from_code(""), std::nullopt);
}

}  // namespace
