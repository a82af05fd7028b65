// GET /api/v1/me/checkins?limit=N: the member's newest check-ins first, each read audited, a
// bad limit refused with a 400 that names it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class RecentCheckins : public SignedUpMember {
 protected:
  // Each check-in a second after the one before, so "newest" is never a tie.
  void check_in(int second, int pain, const std::string& notes) {
    server.set_clock_offset(second);
    const json body{{"pain", pain}, {"flare", false}, {"notes", notes}};
    const auto posted = with_cookie(client, "POST", "/api/v1/me/checkins", token, body.dump());
    ASSERT_EQ(posted.status, 201) << posted.body;
  }
  int checkin_reads() {
    return std::stoi(
        server.scalar("SELECT count(*) FROM audit_log WHERE member_id = $1 AND action = 'read' AND "
                      "entity = 'checkin' AND outcome = 'allowed'",
                      {member_id}));
  }
  static std::vector<std::string> notes_of(const json& body) {
    std::vector<std::string> notes;
    for (const auto& checkin : body.at("checkins")) notes.push_back(checkin.at("notes"));
    return notes;
  }
};

TEST_F(RecentCheckins, NewestFirstUpToTheLimitAndEachReadAudited) {
  check_in(1, 3, "stiff morning");
  check_in(2, 5, "long drive");
  check_in(3, 2, "walked to work");

  const auto two = get("/api/v1/me/checkins?limit=2");
  ASSERT_EQ(two.status, 200) << two.body;
  const auto body = json::parse(two.body);
  EXPECT_EQ(notes_of(body), (std::vector<std::string>{"walked to work", "long drive"}));
  EXPECT_EQ(body["checkins"][0]["pain"], 2);
  EXPECT_EQ(body["checkins"][0]["flare"], false);
  EXPECT_GT(body["checkins"][0]["at"].get<long long>(), body["checkins"][1]["at"].get<long long>());
  EXPECT_EQ(checkin_reads(), 1);

  const auto all = get("/api/v1/me/checkins");
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(notes_of(json::parse(all.body)),
            (std::vector<std::string>{"walked to work", "long drive", "stiff morning"}));
  EXPECT_EQ(checkin_reads(), 2);
}

TEST_F(RecentCheckins, NoCheckinsYetIsAnEmptyList) {
  const auto none = get("/api/v1/me/checkins?limit=5");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(json::parse(none.body).at("checkins").empty());
}

TEST_F(RecentCheckins, ALimitOutsideOneToHundredIs400NamingIt) {
  for (const std::string limit : {"0", "101", "-3", "ten", "5x", ""}) {
    const auto refused = get("/api/v1/me/checkins?limit=" + limit);
    EXPECT_EQ(refused.status, 400) << limit;
    EXPECT_NE(refused.body.find("limit"), std::string::npos) << refused.body;
  }
  EXPECT_EQ(checkin_reads(), 0);
}

TEST_F(RecentCheckins, AnotherMembersCheckinsAreNeverListed) {
  check_in(1, 4, "ada's own note");
  server.console().execute(
      "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, "
      "line) "
      "VALUES ($1, 'ben', 'okafor', '1975-06-01', 'ben@example.com', 9)",
      {kOrganizationId});
  const json ben{{"email", "ben@example.com"},    {"password", kGoodPassword},
                 {"first_name", "Ben"},           {"last_name", "Okafor"},
                 {"date_of_birth", "1975-06-01"}, {"enrollment_code", "river"}};
  const auto signup = client.post_json("/api/v1/auth/signup", ben);
  ASSERT_EQ(signup.status, 201) << signup.body;
  const auto bens = with_cookie(client, "GET", "/api/v1/me/checkins", cookie_token(signup));
  ASSERT_EQ(bens.status, 200) << bens.body;
  EXPECT_TRUE(json::parse(bens.body).at("checkins").empty());
  EXPECT_EQ(notes_of(json::parse(get("/api/v1/me/checkins").body)),
            std::vector<std::string>{"ada's own note"});
}

}  // namespace
}  // namespace motus::test
