// Runs every clinical vignette in tests/cases/assessment/*.json: adding a case needs no C++.
// Each file: { name, description, source, intake, expect: { tier, top, top_two?,
// reasons_include?, reasons_exclude?, follow_up_include?, advice_excludes? } }. `top` lists the
// patterns any of which may rank first; every id in `top_two` must be among the two best;
// `follow_up_include` lists fields the assessment must ask about; `advice_excludes` lists words
// no advice sentence may contain (advice agrees with the tier).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/assessment_json.hpp"

namespace fs = std::filesystem;
namespace assessment = motus::core::assessment;
using nlohmann::json;

namespace {

std::vector<fs::path> vignette_files() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(MOTUS_SOURCE_DIR) / "tests/cases/assessment")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

json read_json(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

void check_vignette(const json& vignette) {
  for (const char* key : {"name", "description", "source", "intake", "expect"}) {
    ASSERT_TRUE(vignette.contains(key)) << "missing " << key;
  }
  const json& expect = vignette["expect"];
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

TEST(AssessmentVignettes, EveryCaseMatchesItsExpectation) {
  const auto files = vignette_files();
  ASSERT_GE(files.size(), 40u) << "the suite promises at least 40 vignettes";
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    check_vignette(read_json(file));
  }
}
