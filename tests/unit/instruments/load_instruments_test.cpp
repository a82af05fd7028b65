// The shell loader: shipped definitions load clean, broken files are named with their field.
#include "content/load_instruments.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "content/yaml_json.hpp"

namespace {

const std::string kSource = MOTUS_SOURCE_DIR;

TEST(LoadInstruments, ShipsTheFourFreeInstrumentsWithoutProblems) {
  const auto load = motus::content::load_instruments(kSource + "/content");
  for (const auto& problem : load.problems) {
    ADD_FAILURE() << problem.file << ": " << problem.field << ": " << problem.message;
  }
  std::vector<std::string> ids;
  for (const auto& definition : load.instruments) ids.push_back(definition.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"gad7", "nprs", "phq9", "psfs"}));
}

TEST(LoadInstruments, ShippedDefinitionsCarryTheirLoincCodes) {
  const auto load = motus::content::load_instruments(kSource + "/content");
  const auto nprs = std::find_if(load.instruments.begin(), load.instruments.end(),
                                 [](const auto& definition) { return definition.id == "nprs"; });
  ASSERT_NE(nprs, load.instruments.end());
  EXPECT_EQ(nprs->loinc.score, "72514-3");
  const auto licensed =
      motus::content::load_instruments(kSource + "/tests/fixtures/instruments/licensed");
  ASSERT_TRUE(licensed.problems.empty());
  ASSERT_EQ(licensed.instruments.size(), 2u);
  EXPECT_EQ(licensed.instruments[0].loinc.score, "97909-6");
  EXPECT_EQ(licensed.instruments[1].scoring.subscales[0].loinc, "91350-9");
}

TEST(LoadInstruments, BrokenFilesAreNamedWithTheField) {
  const auto load =
      motus::content::load_instruments(kSource + "/tests/fixtures/instruments/broken");
  EXPECT_TRUE(load.instruments.empty());
  ASSERT_EQ(load.problems.size(), 3u);
  EXPECT_EQ(load.problems[0].file, "instruments/bad_answer.yaml");
  EXPECT_EQ(load.problems[0].field, "items[0].answers[1].label");
  EXPECT_EQ(load.problems[0].message, "required");
  EXPECT_EQ(load.problems[1].file, "instruments/not_yaml.yaml");
  EXPECT_EQ(load.problems[1].field, "yaml");
  EXPECT_EQ(load.problems[2].file, "instruments/renamed.yaml");
  EXPECT_EQ(load.problems[2].field, "id");
}

TEST(LoadInstruments, AMissingFolderIsNoProblem) {
  const auto load = motus::content::load_instruments(kSource + "/tests/fixtures/content/valid");
  EXPECT_TRUE(load.instruments.empty());
  EXPECT_TRUE(load.problems.empty());
}

TEST(YamlJson, QuotedScalarsStayText) {
  const auto json = motus::content::yaml_to_json(
      YAML::Load("code: \"10\"\nvalue: 10\nmean: 2.5\nflag: true\nword: yes please\nnone: ~"));
  EXPECT_TRUE(json["code"].is_string());
  EXPECT_EQ(json["value"], 10);
  EXPECT_EQ(json["mean"], 2.5);
  EXPECT_EQ(json["flag"], true);
  EXPECT_EQ(json["word"], "yes please");
  EXPECT_TRUE(json["none"].is_null());
}

}  // namespace
