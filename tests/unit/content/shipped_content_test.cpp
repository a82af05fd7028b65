// The knowledge base we ship must pass its own checker and be big enough to build programs.
#include <gtest/gtest.h>

#include <string>

#include "content/load_knowledge_base.hpp"

namespace {

TEST(ShippedContent, PassesTheCheckerAndIsComplete) {
  auto loaded = motus::content::load_knowledge_base(std::string(MOTUS_SOURCE_DIR) + "/content");
  auto problems = motus::content::check_knowledge_base(loaded);
  std::string listed;
  for (const auto& p : problems) listed += "\n  " + p.file + ": " + p.field + ": " + p.message;
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems:" << listed;
  EXPECT_GE(loaded.knowledge_base.exercises().size(), 110u);  // issue 20: a library of 110+
  EXPECT_EQ(loaded.knowledge_base.patterns().size(), 8u);
  EXPECT_GE(loaded.knowledge_base.articles().size(), 14u);
}

}  // namespace
