// `motus content check` reports instrument problems with the rest of the content. run_motus keeps
// the command's stderr, so a sanitizer report there fails the test.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;
const fs::path kSource = MOTUS_SOURCE_DIR;

motus::test::CommandResult check(const fs::path& dir) {
  return motus::test::run_motus({"content", "check", dir.string()});
}

TEST(ContentCheck, CountsTheShippedInstruments) {
  const auto run = check(kSource / "content");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("instruments: 4 checked\n"), std::string::npos) << run.out;
}

TEST(ContentCheck, NamesTheFileAndFieldOfABrokenInstrument) {
  motus::test::TempDir dir;
  fs::copy(kSource / "tests/fixtures/content/valid", dir.path(), fs::copy_options::recursive);
  fs::create_directory(dir.path() / "instruments");
  fs::copy(kSource / "tests/fixtures/instruments/broken/instruments/bad_answer.yaml",
           dir.path() / "instruments");
  const auto run = check(dir.path());
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.out.find("instruments/bad_answer.yaml: items[0].answers[1].label: required\n"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find(", 1 problem\n"), std::string::npos) << run.out;
}

}  // namespace
