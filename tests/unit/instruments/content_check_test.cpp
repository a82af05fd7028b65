// `motus content check` reports instrument problems with the rest of the content.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "support/temp_dir.hpp"
#include "support/shell.hpp"

namespace {

namespace fs = std::filesystem;
const fs::path kSource = MOTUS_SOURCE_DIR;

struct CheckRun {
  int exit_code = -1;
  std::string output;
};

CheckRun check(const fs::path& dir) {
  const auto run = motus::test::run_shell(std::string("'") + MOTUS_BINARY + "' content check '" +
                                          dir.string() + "' 2>/dev/null");
  return {run.exit_code, run.output};
}

TEST(ContentCheck, CountsTheShippedInstruments) {
  const auto run = check(kSource / "content");
  EXPECT_EQ(run.exit_code, 0) << run.output;
  EXPECT_NE(run.output.find("instruments: 4 checked\n"), std::string::npos) << run.output;
}

TEST(ContentCheck, NamesTheFileAndFieldOfABrokenInstrument) {
  motus::test::TempDir dir;
  fs::copy(kSource / "tests/fixtures/content/valid", dir.path(), fs::copy_options::recursive);
  fs::create_directory(dir.path() / "instruments");
  fs::copy(kSource / "tests/fixtures/instruments/broken/instruments/bad_answer.yaml",
           dir.path() / "instruments");
  const auto run = check(dir.path());
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_NE(run.output.find("instruments/bad_answer.yaml: items[0].answers[1].label: required\n"),
            std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find(", 1 problem\n"), std::string::npos) << run.output;
}

}  // namespace
