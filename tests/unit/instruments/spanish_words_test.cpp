// NPRS and PSFS in Spanish (content/es/instruments): laid over the English definitions, checked
// for gaps; PHQ-9 and GAD-7 stay English.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "content/load_instruments.hpp"
#include "core/instruments/instrument_words.hpp"

namespace motus::core::instruments {
namespace {

const InstrumentDefinition& by_id(const std::vector<InstrumentDefinition>& all,
                                  const std::string& id) {
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const auto& d) { return d.id == id; });
  EXPECT_NE(found, all.end()) << id;
  return *found;
}

TEST(SpanishInstruments, ShippedWordsPassAndOnlyNprsAndPsfsAreSpanish) {
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
  EXPECT_EQ(by_id(load.spanish, "phq9").title, by_id(load.instruments, "phq9").title);
  EXPECT_EQ(by_id(load.spanish, "gad7").items[0].text,
            by_id(load.instruments, "gad7").items[0].text);
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
  auto named = [&](const std::string& field) {
    return std::any_of(problems.begin(), problems.end(),
                       [&](const auto& p) { return p.field == field; });
  };
  EXPECT_TRUE(named("title"));
  EXPECT_TRUE(named("answers.0"));
  EXPECT_FALSE(named("answers.1")) << "a bare number needs no words";
  EXPECT_TRUE(named("bands.mild"));
  EXPECT_TRUE(named("bands.severe"));
  EXPECT_TRUE(named("items.other"));
  EXPECT_FALSE(named("items.pain"));
}

}  // namespace
}  // namespace motus::core::instruments
