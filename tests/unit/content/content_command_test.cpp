// Runs the real `motus content check` the way an author would. run_motus keeps the command's
// stderr: a sanitizer report there fails the test, and the error tests read what it says.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/server_process.hpp"

namespace {

using motus::test::CommandResult;

CommandResult run_check(const std::string& dir) {
  return motus::test::run_motus({"content", "check", dir});
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
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("content check: 3 exercises, 1 patterns, 1 articles, 0 problems"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("reading grade of 1 member articles"), std::string::npos);
}

TEST_F(ContentCommand, ProblemsExitOneAndNameFileAndField) {
  auto run = run_check(kFixtures + "/broken/keyframe_out_of_range");
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("exercises/bridge.yaml: keyframes[1].pose.knee_l: "), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("1 problem\n"), std::string::npos) << run.out;
}

TEST_F(ContentCommand, MissingFolderExitsTwoAndNamesIt) {
  const auto missing = kFixtures + "/no-such-folder";
  auto run = run_check(missing);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
}

}  // namespace
