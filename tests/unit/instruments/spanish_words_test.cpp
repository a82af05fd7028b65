// The instruments in Spanish (content/es/instruments): NPRS and PSFS in our own words, PHQ-9 and
// GAD-7 in their official Spanish (USA) versions, laid over the English definitions (values,
// scoring and the safety rules stay the English file's) and checked for gaps.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "content/load_instruments.hpp"
#include "core/instruments/instrument_words.hpp"
#include "core/instruments/interpretation.hpp"
#include "core/instruments/response.hpp"
#include "core/instruments/safety.hpp"

namespace motus::core::instruments {
namespace {

const InstrumentDefinition& by_id(const std::vector<InstrumentDefinition>& all,
                                  const std::string& id) {
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const auto& d) { return d.id == id; });
  EXPECT_NE(found, all.end()) << id;
  return *found;
}

// Whether the check names `field` among its problems.
bool names(const std::vector<ContentProblem>& problems, const std::string& field) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const ContentProblem& p) { return p.field == field; });
}

TEST(SpanishInstruments, ShippedWordsPassAndEveryInstrumentIsSpanish) {
  const auto load = content::load_instruments(std::filesystem::path(MOTUS_SOURCE_DIR) / "content");
  std::string listed;
  for (const auto& p : load.problems) listed += "\n  " + p.file + ": " + p.field + ": " + p.message;
  EXPECT_TRUE(load.problems.empty()) << listed;
  ASSERT_EQ(load.spanish.size(), load.instruments.size());
  const auto& nprs = by_id(load.spanish, "nprs");
  EXPECT_EQ(nprs.title, "Cuánto te duele ahora");
  EXPECT_EQ(nprs.items[0].answers.front().label, "0 - nada de dolor");
  EXPECT_EQ(nprs.items[0].answers[5].label, "5");
  EXPECT_EQ(nprs.scoring.bands[1].label, "Dolor leve");
  EXPECT_EQ(nprs.scoring.bands[1].code, by_id(load.instruments, "nprs").scoring.bands[1].code);
  EXPECT_EQ(by_id(load.spanish, "psfs").items[3].text,
            "Actividad 4 (puedes dejarla en blanco). ¿Qué tan bien puedes hacerla hoy?");
  EXPECT_EQ(nprs.licence, "De uso libre. El texto es nuestro.");
  // PHQ-9 and GAD-7: the official Spanish (USA) wording, word for word.
  const auto& phq9 = by_id(load.spanish, "phq9");
  EXPECT_EQ(phq9.instructions.rfind("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido "
                                    "molestias debido a los siguientes problemas?",
                                    0),
            0u);
  EXPECT_EQ(phq9.items[0].text, "Poco interés o placer en hacer cosas");
  EXPECT_EQ(phq9.items[8].id, "item_9");
  EXPECT_EQ(phq9.items[8].text,
            "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera");
  EXPECT_EQ(phq9.items[8].answers[0].label, "Ningún día");
  EXPECT_EQ(phq9.items[8].answers[3].label, "Casi todos los días");
  const auto& gad7 = by_id(load.spanish, "gad7");
  EXPECT_EQ(gad7.items[0].text, "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta");
  EXPECT_EQ(gad7.items[6].text, "Ha tenido miedo de que algo terrible fuera a pasar");
  EXPECT_EQ(gad7.items[2].answers[1].label, "Varios días");
  for (const auto& english : load.instruments) {
    EXPECT_NE(by_id(load.spanish, english.id).title, english.title) << english.id;
  }
}

// Only the words differ: every id, value, point, band range and the scoring rule are the English
// file's, so a score (and the PHQ-9 item 9 safety rule, by item id and value) cannot differ.
TEST(SpanishInstruments, ScoringAndSafetyAreTheSameInBothLanguages) {
  const auto load = content::load_instruments(std::filesystem::path(MOTUS_SOURCE_DIR) / "content");
  ASSERT_EQ(load.spanish.size(), load.instruments.size());
  for (std::size_t i = 0; i < load.instruments.size(); ++i) {
    const auto& en = load.instruments[i];
    const auto& es = load.spanish[i];
    ASSERT_EQ(es.id, en.id);
    ASSERT_EQ(es.items.size(), en.items.size()) << en.id;
    for (std::size_t j = 0; j < en.items.size(); ++j) {
      EXPECT_EQ(es.items[j].id, en.items[j].id);
      ASSERT_EQ(es.items[j].answers.size(), en.items[j].answers.size());
      for (std::size_t k = 0; k < en.items[j].answers.size(); ++k) {
        EXPECT_EQ(es.items[j].answers[k].value, en.items[j].answers[k].value);
        EXPECT_EQ(es.items[j].answers[k].points, en.items[j].answers[k].points);
      }
    }
    ASSERT_EQ(es.scoring.bands.size(), en.scoring.bands.size());
    for (std::size_t b = 0; b < en.scoring.bands.size(); ++b) {
      EXPECT_EQ(es.scoring.bands[b].code, en.scoring.bands[b].code);
      EXPECT_EQ(es.scoring.bands[b].range.min, en.scoring.bands[b].range.min);
      EXPECT_EQ(es.scoring.bands[b].range.max, en.scoring.bands[b].range.max);
    }
  }
  const auto& en = by_id(load.instruments, "phq9");
  const auto& es = by_id(load.spanish, "phq9");
  const std::vector<Answer> answers{{"item_1", 1, {}}, {"item_2", 0, {}}, {"item_3", 0, {}},
                                    {"item_4", 0, {}}, {"item_5", 0, {}}, {"item_6", 0, {}},
                                    {"item_7", 0, {}}, {"item_8", 0, {}}, {"item_9", 1, {}}};
  const auto score_en = score_answers(en, answers);
  const auto score_es = score_answers(es, answers);
  EXPECT_EQ(score_es.value, score_en.value);
  EXPECT_EQ(score_es.band->code, score_en.band->code);
  const auto found_en = safety_findings(en, answers, score_en);
  const auto found_es = safety_findings(es, answers, score_es);
  ASSERT_EQ(found_es.size(), 1u);
  EXPECT_EQ(found_es[0].code, "phq9_item_9");
  EXPECT_EQ(found_es[0].code, found_en[0].code);
  // What the score means, in Spanish, with the Spanish band label.
  EXPECT_EQ(interpretation(es, score_es, answers, std::nullopt, Language::es),
            "Tu puntuación es 2 (Mínima).");
  EXPECT_EQ(interpretation(en, score_en, answers, std::nullopt), "Your score is 2 (Minimal).");
}

TEST(SpanishInstruments, CrisisGuidanceInSpanishKeepsEveryStepAndNumber) {
  const auto english = crisis_guidance(Language::en);
  const auto spanish = crisis_guidance(Language::es);
  ASSERT_EQ(spanish.steps.size(), english.steps.size());
  EXPECT_NE(spanish.title, english.title);
  auto all = [](const CrisisGuidance& g) {
    std::string text;
    for (const auto& step : g.steps) text += step + "\n";
    return text;
  };
  for (const char* number : {"988", "116 123"}) {
    EXPECT_NE(all(english).find(number), std::string::npos) << number;
    EXPECT_NE(all(spanish).find(number), std::string::npos) << number;
  }
  EXPECT_NE(all(spanish).find("número de emergencias"), std::string::npos);
  EXPECT_NE(all(spanish).find("equipo de atención"), std::string::npos);
  EXPECT_EQ(std::string(severe_mood_words(Language::es)).find("Your"), std::string::npos);
}

TEST(SpanishInstruments, GapsAndStrangersAreNamed) {
  InstrumentDefinition english;
  english.id = "nprs";
  english.title = "How much pain right now";
  english.items = {{"pain", "How bad is it?", {{0, "0 - no pain", 0}, {1, "1", 1}}, false}};
  english.scoring.bands = {{"Mild pain", "mild", {}, {}, {}}};
  InstrumentWords words;
  words.id = "nprs";
  words.title = "How much pain right now";  // not translated
  words.items = {{"pain", "¿Cuánto duele?"}, {"other", "¿Otra?"}};
  words.bands = {{"severe", "Intenso"}};
  words.source_file = "es/instruments/nprs.yaml";
  const auto problems = validate_words({english}, {words});
  const auto named = [&](const std::string& field) { return names(problems, field); };
  EXPECT_TRUE(named("title"));
  EXPECT_FALSE(named("licence")) << "the English test file has no licence line";
  EXPECT_TRUE(named("answers.0"));
  EXPECT_FALSE(named("answers.1")) << "a bare number needs no words";
  EXPECT_TRUE(named("bands.mild"));
  EXPECT_TRUE(named("bands.severe"));
  EXPECT_TRUE(named("items.other"));
  EXPECT_FALSE(named("items.pain"));
}

TEST(SpanishInstruments, AnInstrumentThatClaimsSpanishNeedsEveryItemAnswerAndLicenceInSpanish) {
  InstrumentDefinition english;
  english.id = "phq9";
  english.title = "How your mood has been";
  english.licence = "Free to use.";
  english.items = {
      {"item_1", "Not enjoying things.", {{0, "Not at all", 0}, {1, "On a few days", 1}}, false},
      {"item_9",
       "Thoughts of hurting yourself.",
       {{0, "Not at all", 0}, {1, "On a few days", 1}},
       false}};
  InstrumentWords words;
  words.id = "phq9";
  words.title = "Cómo ha estado tu ánimo";
  words.items = {{"item_1", "Poco interés o placer en hacer cosas"}};  // item_9 left out
  words.answers = {{0, "Ningún día"}};                                 // answer 1 left out
  words.source_file = "es/instruments/phq9.yaml";
  const auto problems = validate_words({english}, {words});
  const auto named = [&](const std::string& field) { return names(problems, field); };
  EXPECT_TRUE(named("items.item_9"));
  EXPECT_TRUE(named("answers.1"));
  EXPECT_TRUE(named("licence"));
  EXPECT_FALSE(named("items.item_1"));
  EXPECT_FALSE(named("answers.0"));
}

}  // namespace
}  // namespace motus::core::instruments
