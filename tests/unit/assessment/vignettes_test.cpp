// Runs every clinical vignette in tests/cases/assessment/*.json: adding a case needs no C++.
// Each file: { name, description, source, intake, expect: { tier, top, top_two?,
// reasons_include?, reasons_exclude?, follow_up_include?, advice_excludes? } }. `top` lists the
// patterns any of which may rank first; every id in `top_two` must be among the two best;
// `follow_up_include` lists fields the assessment must ask about; `advice_excludes` lists words
// no advice sentence may contain (advice agrees with the tier). Each file is its own test
// (support/case_files.hpp); any other key fails it.
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"
#include "support/case_files.hpp"

namespace assessment = motus::core::assessment;
using nlohmann::json;

namespace {

void check_vignette(const json& vignette) {
  for (const char* key : {"name", "description", "source", "intake", "expect"}) {
    ASSERT_TRUE(vignette.contains(key)) << "missing " << key;
  }
  motus::test::expect_known_keys(vignette, {"name", "description", "source", "intake", "expect"});
  const json& expect = vignette["expect"];
  motus::test::expect_known_keys(expect,
                                 {"tier", "top", "top_two", "reasons_include", "reasons_exclude",
                                  "follow_up_include", "advice_excludes"},
                                 "expect.");
  const assessment::Assessment result =
      assessment::assess(assessment::intake_from_json(vignette["intake"]));

  EXPECT_EQ(assessment::name_of(result.tier), expect["tier"].get<std::string>());

  ASSERT_EQ(result.patterns.size(), 8u);
  const std::string first{assessment::name_of(result.patterns[0].pattern)};
  const auto top = expect["top"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(top.begin(), top.end(), first), top.end()) << "ranked first: " << first;

  if (expect.contains("top_two")) {
    const std::set<std::string> best_two{
        std::string(assessment::name_of(result.patterns[0].pattern)),
        std::string(assessment::name_of(result.patterns[1].pattern))};
    for (const auto& id : expect["top_two"]) {
      EXPECT_TRUE(best_two.count(id.get<std::string>())) << id << " not in the best two";
    }
  }
  if (expect.contains("reasons_include")) {
    for (const auto& code : expect["reasons_include"]) {
      const bool found = std::any_of(
          result.reasons.begin(), result.reasons.end(),
          [&](const assessment::TriageReason& r) { return r.code == code.get<std::string>(); });
      EXPECT_TRUE(found) << "missing reason " << code;
    }
  }
  for (const auto& code : expect.value("reasons_exclude", json::array())) {
    for (const auto& reason : result.reasons) {
      EXPECT_NE(reason.code, code.get<std::string>()) << "unexpected reason " << code;
    }
  }
  for (const auto& field : expect.value("follow_up_include", json::array())) {
    const bool asked = std::any_of(
        result.follow_up.begin(), result.follow_up.end(),
        [&](const assessment::FollowUp& q) { return q.field == field.get<std::string>(); });
    EXPECT_TRUE(asked) << "no follow-up question for " << field;
  }
  for (const auto& words : expect.value("advice_excludes", json::array())) {
    for (const auto& sentence : result.advice) {
      EXPECT_EQ(sentence.find(words.get<std::string>()), std::string::npos)
          << "advice says " << words << ": " << sentence;
    }
  }
}

}  // namespace

class AssessmentCase : public testing::TestWithParam<std::string> {};

TEST_P(AssessmentCase, MatchesItsExpectation) {
  SCOPED_TRACE("tests/cases/assessment/" + GetParam());
  check_vignette(motus::test::read_json(motus::test::cases_folder("assessment") / GetParam()));
}

INSTANTIATE_TEST_SUITE_P(File, AssessmentCase,
                         testing::ValuesIn(motus::test::case_names("assessment")),
                         motus::test::case_test_name);

TEST(AssessmentVignettes, TheSuiteHasAtLeastFortyCases) {
  EXPECT_GE(motus::test::case_names("assessment").size(), 40u)
      << "the suite promises at least 40 vignettes";
}

// A misspelt expectation must fail its case rather than pass unread.
TEST(AssessmentVignettes, AnUnknownKeyFailsTheCaseNamingTheKey) {
  json vignette = motus::test::read_json(motus::test::case_files("assessment").front());
  vignette["expect"]["tierr"] = "self_care";
  EXPECT_NONFATAL_FAILURE(check_vignette(vignette), "unknown key \"expect.tierr\"");
  vignette["expect"].erase("tierr");
  vignette["notes"] = "a key no runner reads";
  EXPECT_NONFATAL_FAILURE(check_vignette(vignette), "unknown key \"notes\"");
}
