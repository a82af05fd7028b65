// Counting what a re-upload changes, and the limit on eligibility checks per address.
#include "core/roster/roster_changes.hpp"

#include <gtest/gtest.h>

#include "core/roster/eligibility_limit.hpp"

namespace motus::core {
namespace {

RosterEntry entry(std::string first, std::string last, std::string born,
                  std::string employee_id = "") {
  return {std::move(first), std::move(last),        std::move(born),
          "x@y.example",    std::move(employee_id), 1};
}

TEST(RosterChanges, CountsNewKeptAndRemovedPeople) {
  const std::vector<RosterPerson> before{{"ann", "lee", "1970-05-06", ""},
                                         {"bo", "chan", "1980-07-08", "e2"},
                                         {"cy", "lu", "1981-01-01", ""}};
  const std::vector<RosterEntry> after{
      entry("ann", "lee", "1970-05-06"),
      entry("bo", "chan-wu", "1980-07-08", "e2"),  // renamed, same id
      entry("di", "ma", "1990-02-28")};
  const auto changes = compare_rosters(before, after);
  EXPECT_EQ(changes.added, 1u);
  EXPECT_EQ(changes.kept, 2u);
  EXPECT_EQ(changes.removed, 1u);
}

TEST(RosterChanges, FirstUploadAddsEveryone) {
  const auto changes =
      compare_rosters({}, {entry("ann", "lee", "1970-05-06"), entry("bo", "chan", "1980-07-08")});
  EXPECT_EQ(changes.added, 2u);
  EXPECT_EQ(changes.kept, 0u);
  EXPECT_EQ(changes.removed, 0u);
}

TEST(EligibilityLimit, AllowsUpToTheLimitThenSaysWhenToComeBack) {
  const EligibilityLimit limit{3, 60'000};
  auto first = decide_check(nullptr, 1'000, limit);
  ASSERT_TRUE(first.allowed);
  EXPECT_EQ(first.window.checks, 1);
  CheckWindow window = first.window;
  for (int i = 0; i < 2; ++i) {
    auto next = decide_check(&window, 2'000, limit);
    ASSERT_TRUE(next.allowed);
    window = next.window;
  }
  EXPECT_EQ(window.checks, 3);
  const auto refused = decide_check(&window, 31'500, limit);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 30);  // the window began at 1 s and lasts 60 s
  const auto later = decide_check(&window, 61'000, limit);
  EXPECT_TRUE(later.allowed);
  EXPECT_EQ(later.window.started_at, 61'000);
  EXPECT_EQ(later.window.checks, 1);
}

}  // namespace
}  // namespace motus::core
