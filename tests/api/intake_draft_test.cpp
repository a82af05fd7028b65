// The intake a member began and has not sent, kept on the server (GET/PUT/DELETE
// /api/v1/me/intake/draft): saved as they go, read back from another device, refused by field
// when it is not an object or too large, only ever the caller's own, and removed once the intake
// is sent. Each read and write leaves an audit row.
#include <gtest/gtest.h>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class IntakeDraft : public SignedUpMember {
 protected:
  HttpResult draft(const std::string& method, const json& body = nullptr) {
    return with_cookie(client, method, "/api/v1/me/intake/draft", token,
                       body.is_null() ? std::string() : body.dump());
  }
};

TEST_F(IntakeDraft, ADraftIsKeptUntilTheIntakeIsSent) {
  auto none = draft("GET");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(none.json()["draft"].is_null());

  const json answers = {{"age", "44"}, {"locations", {"sacrum_left"}}, {"pain_now", 4}};
  auto saved = draft("PUT", {{"answers", answers}, {"step", "where"}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_GT(saved.json()["saved_at"].get<long long>(), 0);
  const json later = {{"age", "44"}, {"locations", {"sacrum_left", "buttock_left"}}};
  ASSERT_EQ(draft("PUT", {{"answers", later}, {"step", "legs"}}).status, 200);

  // Another device (a new login) resumes where they left off.
  const auto other_device = cookie_token(login(client, "ada.morrow@example.com"));
  auto back = with_cookie(client, "GET", "/api/v1/me/intake/draft", other_device);
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["draft"]["answers"], later);
  EXPECT_EQ(back.json()["draft"]["step"], "legs");

  ASSERT_EQ(
      with_cookie(client, "POST", "/api/v1/me/intake", token, self_care_intake().dump()).status,
      201);
  EXPECT_TRUE(draft("GET").json()["draft"].is_null()) << "sending the intake removes the draft";
  EXPECT_EQ(std::stoi(server.scalar("SELECT count(*) FROM audit_log WHERE member_id = $1 AND "
                                    "entity = 'intake_draft'",
                                    {member_id})),
            5);
}

TEST_F(IntakeDraft, ABadDraftIsRefusedByFieldAndNothingIsWritten) {
  auto refused = draft("PUT", {{"answers", json::array({1, 2})}, {"step", "where"}});
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.json()["errors"][0]["field"], "answers");
  refused = draft("PUT", {{"answers", json::object()}, {"step", ""}});
  EXPECT_EQ(refused.json()["errors"][0]["field"], "step");
  refused = draft("PUT", {{"answers", {{"notes", std::string(33 * 1024, 'a')}}}, {"step", "x"}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json()["errors"][0]["field"], "answers");
  EXPECT_TRUE(draft("GET").json()["draft"].is_null());
}

TEST_F(IntakeDraft, ForgettingTheDraftAndOnlyOnesOwn) {
  ASSERT_EQ(draft("PUT", {{"answers", {{"age", "44"}}}, {"step", "about"}}).status, 200);
  EXPECT_EQ(draft("DELETE").status, 204);
  EXPECT_TRUE(draft("GET").json()["draft"].is_null());
  EXPECT_EQ(draft("DELETE").status, 204) << "forgetting nothing is fine";
}

}  // namespace
}  // namespace motus::test
