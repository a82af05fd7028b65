// Runs every case in tests/cases/program/*.json: adding a case needs no C++. Each file:
// { name, description, source, intake, expect: { program: bool, phase?, patterns_covered?,
//   include?, exclude?, min_exercises?, min_strength?, min_stretch_hold?, min_strength_reps?,
//   max_minutes?, cautioned?, features_covered?, min_holds? } }. `cautioned` lists exercises
// that must carry a caution for this person; `features_covered` content features (balance)
// some exercise must have; `min_holds` the fewest holds any hold dose may have. Every program is
// also checked against the rules in program_rules.hpp.
// Each file is its own test (support/case_files.hpp); any other key fails it.
#include <gtest/gtest-spi.h>

#include <set>

#include "core/assessment/assessment_json.hpp"
#include "core/program/program_json.hpp"
#include "program_rules.hpp"

namespace {

using nlohmann::json;
using namespace motus;
namespace p = motus::core::program;

std::set<std::string> ids_of(const p::Program& program) {
  std::set<std::string> ids;
  for (const auto& prescription : program.exercises) ids.insert(prescription.exercise_id);
  return ids;
}

void check_amounts(const p::Program& program, const json& expect,
                   const core::KnowledgeBase& knowledge_base) {
  int strength = 0;
  for (const auto& prescription : program.exercises) {
    const core::Exercise& exercise = *knowledge_base.exercise(prescription.exercise_id);
    if (exercise.kind == core::Kind::strength) ++strength;
    if (expect.contains("min_stretch_hold") && exercise.kind == core::Kind::stretch &&
        prescription.dose.hold_seconds > 0) {
      EXPECT_GE(prescription.dose.hold_seconds, expect["min_stretch_hold"].get<int>())
          << exercise.id;
    }
    if (expect.contains("min_strength_reps") && exercise.kind == core::Kind::strength &&
        prescription.dose.reps > 0) {
      EXPECT_GE(prescription.dose.reps, expect["min_strength_reps"].get<int>()) << exercise.id;
    }
  }
  EXPECT_GE(strength, expect.value("min_strength", 1)) << "strength is the core of a program";
  EXPECT_GE(program.exercises.size(), expect.value("min_exercises", 1u));
  if (expect.contains("max_minutes")) {
    EXPECT_LE(program.minutes, expect["max_minutes"].get<int>());
  }
}

void check_case(const json& file) {
  for (const char* key : {"name", "description", "source", "intake", "expect"}) {
    ASSERT_TRUE(file.contains(key)) << "missing " << key;
  }
  test::expect_known_keys(file, {"name", "description", "source", "intake", "expect"});
  const json& expect = file["expect"];
  test::expect_known_keys(expect,
                          {"program", "phase", "patterns_covered", "include", "exclude",
                           "min_exercises", "min_strength", "min_stretch_hold", "min_strength_reps",
                           "max_minutes", "cautioned", "features_covered", "min_holds"},
                          "expect.");
  const auto& knowledge_base = test::shipped_content();
  const auto intake = core::assessment::intake_from_json(file["intake"]);
  const auto assessment = core::assessment::assess(intake);
  const auto program = p::build_program(intake, assessment, knowledge_base);
  ASSERT_EQ(program.has_value(), expect["program"].get<bool>());
  if (!program) return;

  for (const auto& broken : test::broken_rules(*program, intake, knowledge_base)) {
    ADD_FAILURE() << broken;
  }
  const auto out = p::to_json(*program);
  for (const char* key : {"phase", "minutes", "exercises", "tips"}) EXPECT_TRUE(out.contains(key));
  EXPECT_FALSE(program->tips.empty());
  if (expect.contains("phase")) {
    EXPECT_EQ(out["phase"], expect["phase"]);
  }

  const auto ids = ids_of(*program);
  for (const auto& id : expect.value("include", json::array())) {
    EXPECT_TRUE(ids.count(id.get<std::string>())) << "expected " << id;
  }
  for (const auto& id : expect.value("exclude", json::array())) {
    EXPECT_FALSE(ids.count(id.get<std::string>())) << "forbidden " << id;
  }
  for (const auto& pattern : expect.value("patterns_covered", json::array())) {
    const bool covered = std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
      const auto& suits = knowledge_base.exercise(id)->patterns;
      return std::find(suits.begin(), suits.end(), pattern.get<std::string>()) != suits.end();
    });
    EXPECT_TRUE(covered) << "no exercise for " << pattern;
  }
  check_amounts(*program, expect, knowledge_base);
  for (const auto& id : expect.value("cautioned", json::array())) {
    const auto found = std::find_if(program->exercises.begin(), program->exercises.end(),
                                    [&](const p::Prescription& x) { return x.exercise_id == id; });
    ASSERT_NE(found, program->exercises.end()) << "expected " << id;
    EXPECT_FALSE(found->cautions.empty()) << id << " carries no caution";
    EXPECT_TRUE(out["exercises"][found - program->exercises.begin()].contains("cautions")) << id;
  }
  for (const auto& feature : expect.value("features_covered", json::array())) {
    const auto wanted = core::from_string<core::Feature>(feature.get<std::string>());
    ASSERT_TRUE(wanted.has_value()) << feature;
    EXPECT_TRUE(std::any_of(ids.begin(), ids.end(),
                            [&](const std::string& id) {
                              return core::has_feature(*knowledge_base.exercise(id), *wanted);
                            }))
        << "no exercise for " << feature;
  }
  if (expect.contains("min_holds")) {
    for (const auto& prescription : program->exercises) {
      if (prescription.dose.hold_seconds > 0 && prescription.dose.minutes == 0) {
        EXPECT_GE(prescription.dose.reps, expect["min_holds"].get<int>())
            << prescription.exercise_id;
      }
    }
  }

  const auto again = p::build_program(intake, assessment, knowledge_base);
  EXPECT_EQ(p::to_json(*again).dump(), out.dump()) << "the same intake must give the same program";
}

}  // namespace

class ProgramCase : public testing::TestWithParam<std::string> {};

TEST_P(ProgramCase, MatchesItsExpectation) {
  SCOPED_TRACE("tests/cases/program/" + GetParam());
  check_case(test::read_json(test::cases_folder("program") / GetParam()));
}

INSTANTIATE_TEST_SUITE_P(File, ProgramCase, testing::ValuesIn(test::case_names("program")),
                         test::case_test_name);

TEST(ProgramCases, TheSuiteHasAtLeastEightCases) {
  EXPECT_GE(test::case_names("program").size(), 8u);
}

// A misspelt expectation must fail its case rather than pass unread.
TEST(ProgramCases, AnUnknownKeyFailsTheCaseNamingTheKey) {
  json file = test::read_json(test::case_files("program").front());
  file["expect"]["max_minute"] = 10;
  EXPECT_NONFATAL_FAILURE(check_case(file), "unknown key \"expect.max_minute\"");
}
