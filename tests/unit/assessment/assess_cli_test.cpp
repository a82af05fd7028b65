// Runs the real motus binary: bad input exits 2 and names the field on stderr; a good file
// exits 0 with the assessment JSON on stdout.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

using motus::test::CommandResult;

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// run_motus keeps stderr for the assertions below; a sanitizer report there fails the test.
CommandResult run_assess(const std::string& intake_text) {
  motus::test::TempDir dir;
  const fs::path input = dir.path() / "intake.json";
  std::ofstream(input) << intake_text;
  return motus::test::run_motus({"assess", input.string()});
}

}  // namespace

TEST(AssessCommand, BadInputExitsTwoAndNamesTheField) {
  ASSERT_TRUE(fs::exists(MOTUS_BINARY)) << "build the motus target first";
  const CommandResult run = run_assess(
      R"({"age": 40, "duration_weeks": 3, "pain_now": 2, "red_flags": {"fever": "yes"}})");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("red_flags.fever"), std::string::npos) << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST(AssessCommand, NotJsonExitsTwo) {
  ASSERT_TRUE(fs::exists(MOTUS_BINARY));
  const CommandResult run = run_assess("hello");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("not valid JSON"), std::string::npos) << run.err;
}

TEST(AssessCommand, GoodFileExitsZeroWithTheAssessment) {
  ASSERT_TRUE(fs::exists(MOTUS_BINARY));
  const std::string vignette = slurp(fs::path(MOTUS_SOURCE_DIR) /
                                     "tests/cases/assessment/sciatica-with-saddle-numbness.json");
  const CommandResult run = run_assess(nlohmann::json::parse(vignette)["intake"].dump());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const auto out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["tier"], "emergency");
  EXPECT_EQ(out["patterns"].size(), 8u);
  EXPECT_EQ(out["reasons"][0]["code"], "saddle_numbness");
}

// Intake v2 (issue 14): the follow-up questions go to stderr after the JSON, and --ask asks them
// and assesses again. Pain marked below both knees with no nerve sign and the both-legs question
// not answered asks it (docs/api-contract.md).
namespace {

const char* const kBothKneesNotSaid = R"({
  "age": 44, "duration_weeks": 3, "pain_now": 4,
  "locations": ["low_back", "below_knee_left", "below_knee_right"],
  "leg_symptoms": {"numbness": false, "tingling": false, "weakness": false, "side": "none"},
  "red_flags": {"saddle_numbness": false, "bladder_change": false, "fever": false}
})";

CommandResult run_with_file(std::vector<std::string> args, const std::string& intake_text,
                            const std::string& answers) {
  motus::test::TempDir dir;
  const fs::path input = dir.path() / "intake.json";
  std::ofstream(input) << intake_text;
  args.push_back(input.string());
  return motus::test::run_motus(args, answers);
}

bool asks(const nlohmann::json& assessment, const std::string& field) {
  for (const auto& question : assessment.value("follow_up", nlohmann::json::array())) {
    if (question["field"] == field) return true;
  }
  return false;
}

}  // namespace

TEST(AssessCommand, FollowUpQuestionsGoToStderrAfterTheJson) {
  const CommandResult run = run_with_file({"assess"}, kBothKneesNotSaid, "");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto out = nlohmann::json::parse(run.out);  // stdout is the JSON and nothing else
  EXPECT_TRUE(asks(out, "red_flags.bilateral_leg_symptoms")) << run.out;
  EXPECT_NE(out["tier"], "self_care");
  EXPECT_NE(run.err.find("red_flags.bilateral_leg_symptoms: "), std::string::npos) << run.err;
}

TEST(AssessCommand, AskReadsTheAnswerAndAssessesAgain) {
  const CommandResult yes = run_with_file({"assess", "--ask"}, kBothKneesNotSaid, "yes\n");
  ASSERT_EQ(yes.exit_code, 0) << yes.err;
  const auto both_legs = nlohmann::json::parse(yes.out);
  EXPECT_EQ(both_legs["tier"], "emergency");
  EXPECT_FALSE(asks(both_legs, "red_flags.bilateral_leg_symptoms"));
  EXPECT_NE(yes.err.find("[yes/no]"), std::string::npos) << yes.err;

  const CommandResult no = run_with_file({"assess", "--ask"}, kBothKneesNotSaid, "n\n");
  ASSERT_EQ(no.exit_code, 0) << no.err;
  const auto neither = nlohmann::json::parse(no.out);
  EXPECT_NE(neither["tier"], "emergency");
  EXPECT_FALSE(asks(neither, "red_flags.bilateral_leg_symptoms"));
  EXPECT_EQ(no.err.find("Questions that would change"), std::string::npos) << no.err;
}

TEST(AssessCommand, AskWithNoAnswerLeavesItNotSaid) {
  const CommandResult run = run_with_file({"assess", "--ask"}, kBothKneesNotSaid, "");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(asks(nlohmann::json::parse(run.out), "red_flags.bilateral_leg_symptoms"));
  EXPECT_NE(run.err.find("Questions that would change"), std::string::npos) << run.err;
}

TEST(AssessCommand, AskTakesTheLegSideAndRefusesAnAnswerThatDoesNotFit) {
  const std::string tingling_side_not_said = R"({
    "age": 44, "duration_weeks": 3, "pain_now": 4, "locations": ["buttock_left"],
    "leg_symptoms": {"numbness": false, "tingling": true, "weakness": false}})";
  const CommandResult wrong = run_with_file({"assess", "--ask"}, tingling_side_not_said, "up\n");
  ASSERT_EQ(wrong.exit_code, 0) << wrong.err;
  EXPECT_TRUE(asks(nlohmann::json::parse(wrong.out), "leg_symptoms.side")) << wrong.out;
  EXPECT_NE(wrong.err.find("That answer was not used"), std::string::npos) << wrong.err;

  const CommandResult left = run_with_file({"assess", "--ask"}, tingling_side_not_said, "left\n");
  ASSERT_EQ(left.exit_code, 0) << left.err;
  const auto out = nlohmann::json::parse(left.out);
  EXPECT_FALSE(asks(out, "leg_symptoms.side"));
  EXPECT_NE(out["tier"], "emergency");
}

TEST(ProgramCommand, AskBuildsTheProgramFromTheAnsweredIntake) {
  const std::string content = (fs::path(MOTUS_SOURCE_DIR) / "content").string();
  const CommandResult plain =
      run_with_file({"program", "--content", content}, kBothKneesNotSaid, "");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.err.find("red_flags.bilateral_leg_symptoms: "), std::string::npos) << plain.err;

  const CommandResult answered =
      run_with_file({"program", "--ask", "--content", content}, kBothKneesNotSaid, "no\n");
  ASSERT_EQ(answered.exit_code, 0) << answered.err;
  const auto out = nlohmann::json::parse(answered.out);
  EXPECT_FALSE(asks(out, "red_flags.bilateral_leg_symptoms"));
  EXPECT_TRUE(out.contains("program")) << answered.out;
}

// Issue 15: 200,000 levels of `[` once overflowed the stack of whatever copied or printed them.
TEST(AssessCommand, NestingDeeperThanSixtyFourLevelsExitsTwo) {
  ASSERT_TRUE(fs::exists(MOTUS_BINARY));
  const CommandResult run = run_assess(R"({"age": 40, "notes": )" + std::string(200000, '[') +
                                       std::string(200000, ']') + "}");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("nested more than 64 levels deep"), std::string::npos) << run.err;
}
