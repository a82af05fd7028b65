// The real motus binary: `motus program` on a good intake, a bad one, an urgent one and a
// missing knowledge base. run_motus keeps the command's stderr: a sanitizer report there fails the
// test, and the error tests check that the message names what is wrong.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace {

using motus::test::CommandResult;

const std::string kContent = std::string(MOTUS_SOURCE_DIR) + "/content";

CommandResult run_program(const std::string& intake, const std::string& content_dir = kContent) {
  motus::test::TempDir dir;
  const auto file = (dir.path() / "intake.json").string();
  std::ofstream(file) << intake;
  return motus::test::run_motus({"program", file, "--content", content_dir});
}

TEST(ProgramCommand, GoodIntakePrintsAssessmentAndProgram) {
  const auto run = run_program(
      R"({"age": 35, "duration_weeks": 4, "pain_now": 4, "points_to_one_spot": true,
          "locations": ["sacrum_left", "buttock_left"], "prefs": {"minutes_per_day": 10}})");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["tier"], "self_care");
  ASSERT_TRUE(out.contains("program"));
  EXPECT_LE(out["program"]["minutes"].get<int>(), 10);
  ASSERT_FALSE(out["program"]["exercises"].empty());
  for (const char* key :
       {"exercise_id", "sets", "reps", "hold_seconds", "sides", "rest_seconds", "why"}) {
    EXPECT_TRUE(out["program"]["exercises"][0].contains(key)) << key;
  }
}

TEST(ProgramCommand, UrgentIntakeGetsAdviceAndNoProgram) {
  const auto run = run_program(
      R"({"age": 40, "duration_weeks": 2, "pain_now": 5, "red_flags": {"cancer_history": true}})");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["tier"], "urgent");
  EXPECT_FALSE(out.contains("program"));
  EXPECT_FALSE(out["advice"].empty());
}

TEST(ProgramCommand, AnOutOfRangeAnswerExitsTwoAndNamesTheField) {
  const auto run = run_program(R"({"age": 35, "duration_weeks": 4, "pain_now": 14})");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("pain_now"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty()) << run.out;
}

TEST(ProgramCommand, AFileThatIsNotJsonExitsTwoAndSaysSo) {
  const auto run = run_program("not json");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("not valid JSON"), std::string::npos) << run.err;
}

TEST(ProgramCommand, MissingKnowledgeBaseExitsTwoAndNamesTheFolder) {
  const std::string missing = "/nonexistent/motus-content";
  const auto run = run_program(R"({"age": 35, "duration_weeks": 4, "pain_now": 4})", missing);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
}

}  // namespace
