// One member account per person on a roster: before the change one roster entry signed up any
// number of accounts, each with any email (the enrollment code is enough to match).
#include "api/account_fixture.hpp"

namespace motus::test {
namespace {

nlohmann::json ada_with_email(const std::string& email) {
  auto body = ada_signup();
  body["email"] = email;
  return body;
}

const nlohmann::json kAdaCheck = {{"first_name", "Ada"},
                                  {"last_name", "Morrow"},
                                  {"date_of_birth", "1980-02-14"},
                                  {"enrollment_code", "RIVER"}};

TEST(Enrollment, APersonOnARosterGetsOneAccount) {
  AccountServer server;
  auto client = server.client();
  ASSERT_EQ(client.post_json("/api/v1/eligibility/check", kAdaCheck).status, 200);
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);

  auto again = ada_with_email("someone.else@example.com");
  again["first_name"] = "  ADA ";
  const auto second = client.post_json("/api/v1/auth/signup", again);
  ASSERT_EQ(second.status, 409) << second.body;
  EXPECT_EQ(second.json()["title"], "Already enrolled");
  EXPECT_EQ(second.json()["code"], "already_enrolled");
  EXPECT_TRUE(cookie_token(second).empty());
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE role = 'member'"), "1");

  const auto check = client.post_json("/api/v1/eligibility/check", kAdaCheck);
  EXPECT_EQ(check.status, 409) << check.body;
  EXPECT_EQ(check.json()["code"], "already_enrolled");
}

TEST(Enrollment, ErasingTheAccountFreesThePlace) {
  AccountServer server;
  auto client = server.client();
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  const auto erased = with_cookie(client, "DELETE", "/api/v1/me", cookie_token(signup),
                                  nlohmann::json{{"password", kGoodPassword}}.dump());
  ASSERT_EQ(erased.status, 204) << erased.body;
  EXPECT_EQ(server.scalar("SELECT count(*) FROM enrollments"), "0");
  EXPECT_EQ(client.post_json("/api/v1/auth/signup", ada_with_email("ada.new@example.com")).status,
            201);
}

}  // namespace
}  // namespace motus::test
