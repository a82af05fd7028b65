// An admin disables an account: it cannot log in, and every session it holds stops working at
// the next request (not at the session's expiry). Enabling it lets it log in afresh; the old
// sessions stay ended. Against the real server on both back ends.
#include <gtest/gtest.h>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

class DisabledAccount : public SignedUpMember {
 protected:
  void SetUp() override {
    SignedUpMember::SetUp();
    admin_id = server.add_staff("boss@motus.example", "admin");
    admin = bearer_login(client, "boss@motus.example", kGoodPassword);
  }

  HttpResult admin_post(const std::string& target) const {
    return bearer_call(client, admin, "POST", target);
  }

  std::string admin_id;
  std::string admin;
};

TEST_F(DisabledAccount, EverySessionEndsAtOnceAndTheRightPasswordNoLongerLogsIn) {
  const auto second = cookie_token(login(client, "ada.morrow@example.com"));
  ASSERT_FALSE(second.empty());
  ASSERT_EQ(get("/api/v1/me").status, 200);

  const auto off = admin_post("/api/v1/admin/accounts/" + member_id + "/disable");
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.json()["disabled"], true);
  EXPECT_EQ(get("/api/v1/me").status, 401);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me/checkins", second).status, 401);
  const auto refused = login(client, "ada.morrow@example.com");
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(refused.header("set-cookie"), "");
  EXPECT_EQ(login(client, "ada.morrow@example.com", "not-the-password-9").status, 401);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM sessions WHERE user_id = $1 AND revoked_at IS NULL",
                          {member_id}),
            "0");

  const auto on = admin_post("/api/v1/admin/accounts/" + member_id + "/enable");
  ASSERT_EQ(on.status, 200) << on.body;
  const auto again = login(client, "ada.morrow@example.com");
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", cookie_token(again)).status, 200);
  EXPECT_EQ(get("/api/v1/me").status, 401);  // the old session stays ended

  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'account_disabled' AND "
                          "member_id = $1 AND actor_id = $2",
                          {member_id, admin_id}),
            "1");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'account_enabled'"), "1");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'login_disabled'"), "1");
}

TEST_F(DisabledAccount, StaffCanBeDisabledButNotTheAdminThemselves) {
  const auto therapist_id = server.add_staff("pt.off@clinic.example", "therapist");
  const auto therapist = bearer_login(client, "pt.off@clinic.example", kGoodPassword);
  ASSERT_EQ(admin_post("/api/v1/admin/accounts/" + therapist_id + "/disable").status, 200);
  EXPECT_EQ(bearer_call(client, therapist, "GET", "/api/v1/care/queue").status, 401);
  const auto listed = bearer_call(client, admin, "GET", "/api/v1/admin/staff").json();
  bool seen = false;
  for (const auto& staff : listed["staff"]) {
    if (staff["id"] == therapist_id) {
      EXPECT_EQ(staff["disabled"], true);
      seen = true;
    }
  }
  EXPECT_TRUE(seen);

  EXPECT_EQ(admin_post("/api/v1/admin/accounts/" + admin_id + "/disable").status, 409);
  EXPECT_EQ(admin_post("/api/v1/admin/accounts/no-such-account/disable").status, 404);
  EXPECT_EQ(bearer_call(client, admin, "GET", "/api/v1/me").status, 200);
}

}  // namespace
}  // namespace motus::test
