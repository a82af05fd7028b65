// Builds a program for every clinical vignette in tests/cases/assessment/*.json: none may
// break a position, caution or time rule, and the emergency and urgent tiers get none.
#include "core/assessment/assessment_json.hpp"
#include "program_rules.hpp"

using namespace motus;

TEST(VignettePrograms, NoProgramBreaksARuleAndUrgentTiersGetNone) {
  const auto files = test::case_files("assessment");
  ASSERT_GE(files.size(), 40u);
  int built = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const auto intake = core::assessment::intake_from_json(test::read_json(file)["intake"]);
    const auto assessment = core::assessment::assess(intake);
    const auto program = core::program::build_program(intake, assessment, test::shipped_content());
    const bool urgent = assessment.tier == core::assessment::Tier::emergency ||
                        assessment.tier == core::assessment::Tier::urgent;
    ASSERT_EQ(program.has_value(), !urgent);
    if (!program) continue;
    ++built;
    EXPECT_FALSE(program->exercises.empty());
    for (const auto& broken : test::broken_rules(*program, intake, test::shipped_content())) {
      ADD_FAILURE() << broken;
    }
  }
  EXPECT_GT(built, 10);
}

// The same vignettes with the tightest constraints a person can state: the rules still hold.
TEST(VignettePrograms, TightConstraintsAreKept) {
  for (const auto& file : test::case_files("assessment")) {
    SCOPED_TRACE(file.filename().string());
    auto intake = core::assessment::intake_from_json(test::read_json(file)["intake"]);
    intake.prefs.minutes_per_day = 5;
    intake.prefs.floor_ok = false;
    intake.prefs.kneeling_ok = false;
    intake.prefs.equipment = {core::assessment::Equipment::chair};
    const auto assessment = core::assessment::assess(intake);
    const auto program = core::program::build_program(intake, assessment, test::shipped_content());
    if (!program) continue;
    for (const auto& broken : test::broken_rules(*program, intake, test::shipped_content())) {
      ADD_FAILURE() << broken;
    }
  }
}
