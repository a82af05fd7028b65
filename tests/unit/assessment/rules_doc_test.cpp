// docs/assessment-rules.md is what a clinician reviews: every triage rule the code can name must
// be in its table with the same tier, words and source, so the page cannot drift from the code.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/assessment/triage_rules.hpp"

namespace assessment = motus::core::assessment;

namespace {

std::string rules_page() {
  std::ifstream in(std::filesystem::path(MOTUS_SOURCE_DIR) / "docs/assessment-rules.md");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST(AssessmentRulesPage, ListsEveryTriageRuleWithItsTierWordsAndSource) {
  const std::string page = rules_page();
  ASSERT_FALSE(page.empty()) << "docs/assessment-rules.md is missing";
  for (const assessment::TriageRule* rule : assessment::all_triage_rules()) {
    const std::string row = "| " + std::string(rule->code) + " | " +
                            std::string(assessment::name_of(rule->tier)) + " | " +
                            std::string(rule->text) + " | " + std::string(rule->citation) + " |";
    EXPECT_NE(page.find(row), std::string::npos) << "docs/assessment-rules.md lacks the row\n"
                                                 << row;
  }
}
