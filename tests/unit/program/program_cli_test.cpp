// The real motus binary: `motus program` on a good intake, a bad one, an urgent one and a
// missing knowledge base.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include "support/shell.hpp"

namespace {

namespace fs = std::filesystem;

struct Outcome {
  int code = -1;
  std::string out;
};

Outcome run_program(const std::string& intake, const std::string& content_dir) {
  const fs::path file = fs::temp_directory_path() / ("motus-program-" + std::to_string(::getpid()) + ".json");
  std::ofstream(file) << intake;
  const auto run = motus::test::run_shell(std::string(MOTUS_BINARY) + " program " + file.string() +
                                          " --content " + content_dir + " 2>/dev/null");
  fs::remove(file);
  return {run.exit_code, run.output};
}

const std::string kContent = std::string(MOTUS_SOURCE_DIR) + "/content";

TEST(ProgramCommand, GoodIntakePrintsAssessmentAndProgram) {
  const Outcome run = run_program(
      R"({"age": 35, "duration_weeks": 4, "pain_now": 4, "points_to_one_spot": true,
          "locations": ["sacrum_left", "buttock_left"], "prefs": {"minutes_per_day": 10}})",
      kContent);
  ASSERT_EQ(run.code, 0);
  const auto out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["tier"], "self_care");
  ASSERT_TRUE(out.contains("program"));
  EXPECT_LE(out["program"]["minutes"].get<int>(), 10);
  ASSERT_FALSE(out["program"]["exercises"].empty());
  for (const char* key : {"exercise_id", "sets", "reps", "hold_seconds", "sides", "rest_seconds", "why"}) {
    EXPECT_TRUE(out["program"]["exercises"][0].contains(key)) << key;
  }
}

TEST(ProgramCommand, UrgentIntakeGetsAdviceAndNoProgram) {
  const Outcome run = run_program(
      R"({"age": 40, "duration_weeks": 2, "pain_now": 5, "red_flags": {"cancer_history": true}})",
      kContent);
  ASSERT_EQ(run.code, 0);
  const auto out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["tier"], "urgent");
  EXPECT_FALSE(out.contains("program"));
  EXPECT_FALSE(out["advice"].empty());
}

TEST(ProgramCommand, BadIntakeExitsTwo) {
  EXPECT_EQ(run_program(R"({"age": 35, "duration_weeks": 4, "pain_now": 14})", kContent).code, 2);
  EXPECT_EQ(run_program("not json", kContent).code, 2);
}

TEST(ProgramCommand, MissingKnowledgeBaseExitsTwo) {
  EXPECT_EQ(run_program(R"({"age": 35, "duration_weeks": 4, "pain_now": 4})",
                        "/nonexistent/motus-content")
                .code,
            2);
}

}  // namespace
