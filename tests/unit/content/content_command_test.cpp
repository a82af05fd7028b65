// Runs the real `motus content check` the way an author would.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include "support/shell.hpp"

namespace {

struct Run {
  int exit_code = -1;
  std::string output;
};

Run run_check(const std::string& dir) {
  const auto run = motus::test::run_shell(std::string("'") + MOTUS_BINARY + "' content check '" + dir +
                                          "' 2>/dev/null");
  return {run.exit_code, run.output};
}

const std::string kFixtures = std::string(MOTUS_SOURCE_DIR) + "/tests/fixtures/content";

class ContentCommand : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(MOTUS_BINARY))
        << "build the motus target first: " << MOTUS_BINARY;
  }
};

TEST_F(ContentCommand, ValidContentExitsZero) {
  auto run = run_check(kFixtures + "/valid");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("content check: 3 exercises, 1 patterns, 1 articles, 0 problems"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("reading grade of 1 member articles"), std::string::npos);
}

TEST_F(ContentCommand, ProblemsExitOneAndNameFileAndField) {
  auto run = run_check(kFixtures + "/broken/keyframe_out_of_range");
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("exercises/bridge.yaml: keyframes[1].pose.knee_l: "), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("1 problem\n"), std::string::npos) << run.output;
}

TEST_F(ContentCommand, MissingFolderExitsTwo) {
  EXPECT_EQ(run_check(kFixtures + "/no-such-folder").exit_code, 2);
}

}  // namespace
