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

// Issue 15: 200,000 levels of `[` once overflowed the stack of whatever copied or printed them.
TEST(AssessCommand, NestingDeeperThanSixtyFourLevelsExitsTwo) {
  ASSERT_TRUE(fs::exists(MOTUS_BINARY));
  const CommandResult run =
      run_assess(R"({"age": 40, "notes": )" + std::string(200000, '[') + std::string(200000, ']') + "}");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("nested more than 64 levels deep"), std::string::npos) << run.err;
}
