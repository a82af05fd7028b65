// Runs the real motus binary: bad input exits 2 and names the field on stderr; a good file
// exits 0 with the assessment JSON on stdout.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CommandResult run_assess(const std::string& intake_text) {
  const fs::path dir = fs::temp_directory_path() / ("motus-assess-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path input = dir / "intake.json";
  std::ofstream(input) << intake_text;
  const std::string command = std::string("'") + MOTUS_BINARY + "' assess '" + input.string() +
                              "' >'" + (dir / "out").string() + "' 2>'" + (dir / "err").string() +
                              "'";
  const int status = std::system(command.c_str());
  CommandResult run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(dir / "out");
  run.err = slurp(dir / "err");
  fs::remove_all(dir);
  return run;
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
