// Accounts and sessions against the real binary: sign-up against a roster, password rules,
// login, logout, Bearer tokens, expiry on a movable clock, login throttling (more in
// account_limits_test.cpp), CSRF defence and
// staff accounts.
#include <regex>

#include "api/account_fixture.hpp"

namespace motus::test {
namespace {

constexpr const char* kAda = "ada.morrow@example.com";

std::string signed_up_ada(AccountServer& server) {
  auto res = server.client().post_json("/api/v1/auth/signup", ada_signup());
  EXPECT_EQ(res.status, 201) << res.body;
  return cookie_token(res);
}

TEST(Accounts, SignupOnTheRosterCreatesAMemberWithAnExactSessionCookie) {
  AccountServer server;
  auto res = server.client().post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_TRUE(std::regex_match(
      res.header("set-cookie"),
      std::regex("__Host-motus=[A-Za-z0-9_-]{43}; Path=/; Secure; HttpOnly; SameSite=Lax")))
      << res.header("set-cookie");
  EXPECT_EQ(res.json()["account"]["email"], kAda);
  EXPECT_EQ(res.json()["account"]["role"], "member");
  EXPECT_FALSE(res.json().contains("token"))
      << "browsers get the token only in the HttpOnly cookie";

  const auto token = cookie_token(res);
  auto me = with_cookie(server.client(), "GET", "/api/v1/me", token);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json()["account"]["organization_id"], kOrganizationId);
  EXPECT_EQ(me.json()["account"]["first_name"], "Ada");

  // Only the token's hash is stored.
  EXPECT_EQ(server.scalar("SELECT count(*) FROM sessions WHERE token_hash = '" + token + "'"), "0");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM sessions WHERE token_hash = '" +
                          store::token_hash(token) + "'"),
            "1");
}

TEST(Accounts, SignupOffTheRosterGetsOneAnswerWhateverTheReason) {
  AccountServer server;
  auto client = server.client();
  std::vector<nlohmann::json> attempts;
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"last_name", "Morrows"},
                                                        {"date_of_birth", "1980-02-15"},
                                                        {"enrollment_code", "NOPE"},
                                                        {"first_name", "Adam"}}) {
    auto body = ada_signup();
    body[key] = value;
    if (key == "enrollment_code") body["email"] = "someone.else@example.com";
    attempts.push_back(body);
  }
  std::string first_detail;
  for (const auto& body : attempts) {
    auto res = client.post_json("/api/v1/auth/signup", body);
    ASSERT_EQ(res.status, 403) << body.dump() << res.body;
    auto problem = res.json();
    EXPECT_EQ(problem["title"], "Not covered");
    if (first_detail.empty()) first_detail = problem["detail"];
    EXPECT_EQ(problem["detail"], first_detail);
    EXPECT_TRUE(cookie_token(res).empty());
  }
}

TEST(Accounts, WeakPasswordsAreRefusedNamingTheRule) {
  AccountServer server;
  auto client = server.client();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"short-pw", "password_too_short"},
      {"Password1234", "password_common"},
      {"xx-ada.morrow@example.com", "password_contains_email"},
      {"!!!!!!!!!!!!!!", "password_one_character"}};
  for (const auto& [password, rule] : cases) {
    auto res = client.post_json("/api/v1/auth/signup", ada_signup(password));
    ASSERT_EQ(res.status, 400) << password << res.body;
    EXPECT_EQ(res.json()["rule"], rule);
    EXPECT_EQ(res.json()["errors"][0]["field"], "password");
  }
  EXPECT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  EXPECT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 409)
      << "one account per email";
}

TEST(Accounts, LoginMeAndLogout) {
  AccountServer server;
  signed_up_ada(server);
  auto client = server.client();
  EXPECT_EQ(login(client, kAda, "not-the-password-1").status, 401);
  auto res = login(client, "ADA.morrow@example.com ");
  ASSERT_EQ(res.status, 200) << res.body;
  const auto token = cookie_token(res);
  ASSERT_FALSE(token.empty());
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 200);

  auto out = with_cookie(client, "POST", "/api/v1/auth/logout", token);
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 401);
  EXPECT_EQ(client.get("/api/v1/me").status, 401);
}

TEST(Accounts, ApiClientsUseABearerToken) {
  AccountServer server;
  signed_up_ada(server);
  auto client = server.client();
  auto res = client.post_json("/api/v1/auth/login",
                              {{"email", kAda}, {"password", kGoodPassword}, {"bearer", true}});
  ASSERT_EQ(res.status, 200);
  const std::string token = res.json()["token"];
  EXPECT_EQ(token, cookie_token(res));
  EXPECT_EQ(client.request("GET", "/api/v1/me", "", {{"Authorization", "Bearer " + token}}).status,
            200);
  EXPECT_EQ(
      client.request("GET", "/api/v1/me", "", {{"Authorization", "Bearer " + token + "x"}}).status,
      401);
  // A Bearer request is not sent by browsers on their own, so no origin check applies.
  EXPECT_EQ(
      client
          .request("POST", "/api/v1/auth/logout", "",
                   {{"Authorization", "Bearer " + token}, {"Origin", "https://elsewhere.example"}})
          .status,
      204);
}

TEST(Accounts, AMemberIdleForThirtyOneMinutesMustLogInAgain) {
  AccountServer server;
  const auto token = signed_up_ada(server);
  auto client = server.client();
  server.set_clock_offset(29 * 60);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 200)
      << "29 minutes idle is fine";
  server.set_clock_offset((29 + 31) * 60);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 401);
}

TEST(Accounts, StaffIdleForSixteenMinutesMustLogInAgain) {
  AccountServer server;
  server.add_staff("pt@example.com", "therapist");
  auto client = server.client();
  const auto token = cookie_token(login(client, "pt@example.com"));
  ASSERT_FALSE(token.empty());
  server.set_clock_offset(14 * 60);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 200);
  server.set_clock_offset((14 + 16) * 60);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 401);
}

TEST(Accounts, AnActiveMemberMustLogInAgainAfterTwelveHours) {
  AccountServer server;
  const auto token = signed_up_ada(server);
  auto client = server.client();
  long long offset = 0;
  while (offset + 25 * 60 < 12 * 3600) {
    offset += 25 * 60;
    server.set_clock_offset(offset);
    ASSERT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 200)
        << "at " << offset << " s";
  }
  server.set_clock_offset(12 * 3600 + 60);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token).status, 401);
}

TEST(Accounts, ChangingThePasswordEndsEveryOtherSession) {
  AccountServer server;
  const auto phone = signed_up_ada(server);
  auto client = server.client();
  const auto laptop = cookie_token(login(client, kAda));
  const nlohmann::json change = {{"current_password", kGoodPassword},
                                 {"new_password", "meadow-copper-kite-9"}};

  auto wrong = with_cookie(client, "POST", "/api/v1/me/password", laptop,
                           nlohmann::json{{"current_password", "not-it-at-all-1"},
                                          {"new_password", "meadow-copper-kite-9"}}
                               .dump());
  EXPECT_EQ(wrong.status, 403);
  auto weak = with_cookie(
      client, "POST", "/api/v1/me/password", laptop,
      nlohmann::json{{"current_password", kGoodPassword}, {"new_password", "password1234"}}.dump());
  EXPECT_EQ(weak.status, 400);
  EXPECT_EQ(weak.json()["rule"], "password_common");

  ASSERT_EQ(with_cookie(client, "POST", "/api/v1/me/password", laptop, change.dump()).status, 204);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", laptop).status, 200)
      << "the session that changed it stays";
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", phone).status, 401)
      << "every other session ends";
  EXPECT_EQ(login(client, kAda).status, 401);
  EXPECT_EQ(login(client, kAda, "meadow-copper-kite-9").status, 200);
}

TEST(Accounts, OneAddressIsThrottledAcrossAccounts) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 20; ++i) {
    ASSERT_EQ(
        login(client, "nobody" + std::to_string(i) + "@example.com", "guess-guess-guess").status,
        401);
  }
  EXPECT_EQ(login(client, "nobody-else@example.com", "guess-guess-guess").status, 429);
}

// Sign-up looks names and birthdays up on the rosters just as the eligibility check does, so
// guesses through either route count against one limit per address.
TEST(Accounts, TooManySignUpTriesFromOneAddressWaitUntilTheWindowEnds) {
  AccountServer server;
  auto client = server.client();
  for (int i = 0; i < 30; ++i) {
    auto guess = ada_signup();
    guess["date_of_birth"] = "1980-03-" + std::to_string(10 + i % 18);
    ASSERT_EQ(client.post_json("/api/v1/auth/signup", guess).status, 403) << "try " << i + 1;
  }
  auto refused = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(refused.status, 429) << "even the right details wait: " << refused.body;
  EXPECT_EQ(refused.header("content-type"), "application/problem+json");
  const int retry_after = std::stoi(refused.header("retry-after"));
  EXPECT_GT(retry_after, 14 * 60);
  EXPECT_LE(retry_after, 15 * 60);
  EXPECT_TRUE(cookie_token(refused).empty());
  EXPECT_EQ(server.scalar("SELECT count(*) FROM users WHERE email = $1", {kAda}), "0");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'signup_limited'"), "1");

  server.set_clock_offset(16 * 60);
  EXPECT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201)
      << "a new window, a new start";
}

// The pool's finished jobs from /metrics; a sign-up's only pool job is its password hash.
long long worker_jobs(const HttpClient& client) {
  const auto res = client.get("/metrics");
  EXPECT_EQ(res.status, 200);
  const std::string name = "\nmotus_worker_jobs_total ";
  const auto at = res.body.find(name);
  if (at == std::string::npos) {
    ADD_FAILURE() << "no worker job counter in " << res.body;
    return -1;
  }
  return std::stoll(res.body.substr(at + name.size()));
}

// A refused try is counted and answered before the slow Argon2 hash, so guesses cost the
// server a roster lookup, not tens of milliseconds of the worker pool each.
TEST(Accounts, OnlyASignUpThatWillBeStoredHashesThePassword) {
  AccountServer server;
  auto client = server.client();
  const auto before = worker_jobs(client);
  auto stranger = ada_signup();
  stranger["last_name"] = "Morrows";
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", stranger).status, 403);
  EXPECT_EQ(worker_jobs(client), before) << "off the roster: no hash";

  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  EXPECT_EQ(worker_jobs(client), before + 1) << "the stored account's password is hashed once";
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 409);
  EXPECT_EQ(worker_jobs(client), before + 1) << "the email has an account: no hash";

  int status = 403;
  for (int i = 0; i < 40 && status == 403; ++i) {
    status = client.post_json("/api/v1/auth/signup", stranger).status;
  }
  ASSERT_EQ(status, 429) << "the address's tries run out";
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 429);
  EXPECT_EQ(worker_jobs(client), before + 1) << "a try over the limit: no hash";
  EXPECT_NE(client.get("/metrics").body.find("\nmotus_worker_jobs_in_flight 0\n"),
            std::string::npos);
}

TEST(Accounts, EligibilityChecksAndSignUpsShareOneLimit) {
  AccountServer server;
  auto client = server.client();
  const nlohmann::json check = {{"first_name", "Ada"},
                                {"last_name", "Morrow"},
                                {"date_of_birth", "1980-02-14"},
                                {"enrollment_code", "RIVER"}};
  for (int i = 0; i < 30; ++i) {
    ASSERT_EQ(client.post_json("/api/v1/eligibility/check", check).status, 200)
        << "check " << i + 1;
  }
  auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  EXPECT_EQ(signup.status, 429) << signup.body;
  EXPECT_FALSE(signup.header("retry-after").empty());
  EXPECT_EQ(client.post_json("/api/v1/eligibility/check", check).status, 429);
}

TEST(Accounts, ACrossSiteRequestCarryingTheCookieIsRefused) {
  AccountServer server;
  const auto token = signed_up_ada(server);
  auto client = server.client();
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/auth/logout", token, {},
                        {{"Origin", "https://evil.example"}})
                .status,
            403);
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/auth/logout", token, {},
                        {{"Sec-Fetch-Site", "cross-site"}})
                .status,
            403);
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/auth/logout", token, {},
                        {{"Sec-Fetch-Site", "same-site"}})
                .status,
            403);
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", token, {}, {{"Sec-Fetch-Site", "cross-site"}})
                .status,
            200)
      << "reading is not refused; SameSite=Lax and CORS guard it";
  const std::string own = "http://127.0.0.1:" + std::to_string(server.server().port());
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/auth/logout", token, {},
                        {{"Origin", own}, {"Sec-Fetch-Site", "same-origin"}})
                .status,
            204);
}

TEST(Accounts, OnlyAdminsCreateStaffAccounts) {
  AccountServer server;
  server.add_staff("root@example.com", "admin");
  const auto member = signed_up_ada(server);
  auto client = server.client();
  const auto admin = cookie_token(login(client, "root@example.com"));
  nlohmann::json therapist = {{"email", "new.pt@example.com"},
                              {"password", "meadow-copper-kite-9"},
                              {"role", "therapist"},
                              {"first_name", "Noor"},
                              {"last_name", "Pell"}};
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/admin/staff", member, therapist.dump()).status,
            403);
  EXPECT_EQ(client.post_json("/api/v1/admin/staff", therapist).status, 401);
  auto created = with_cookie(client, "POST", "/api/v1/admin/staff", admin, therapist.dump());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["account"]["role"], "therapist");
  EXPECT_EQ(login(client, "new.pt@example.com", "meadow-copper-kite-9").status, 200);
  EXPECT_EQ(created.json()["account"]["must_change_password"], true);

  auto org_admin = therapist;
  org_admin["email"] = "hr@example.com";
  org_admin["role"] = "org_admin";
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/admin/staff", admin, org_admin.dump()).status, 400)
      << "an organization admin needs an organization";
  org_admin["organization_id"] = kOrganizationId;
  auto hr = with_cookie(client, "POST", "/api/v1/admin/staff", admin, org_admin.dump());
  ASSERT_EQ(hr.status, 201) << hr.body;
  EXPECT_EQ(hr.json()["account"]["organization_id"], kOrganizationId);
  org_admin["email"] = "member@example.com";
  org_admin["role"] = "member";
  EXPECT_EQ(with_cookie(client, "POST", "/api/v1/admin/staff", admin, org_admin.dump()).status,
            400);
}

// An account an admin made may only read who it is, change its password and log out until it
// has chosen its own password; the server refuses everything else, whatever the client does.
TEST(Accounts, AnAdminMadeAccountMustChooseItsOwnPasswordBeforeAnythingElse) {
  AccountServer server;
  server.add_staff("root@example.com", "admin");
  auto client = server.client();
  const auto admin = bearer_login(client, "root@example.com", kGoodPassword);
  const nlohmann::json therapist = {{"email", "first.day@example.com"},
                                    {"password", "given-by-the-admin-1"},
                                    {"role", "therapist"},
                                    {"first_name", "Ilse"},
                                    {"last_name", "Varga"}};
  ASSERT_EQ(bearer_call(client, admin, "POST", "/api/v1/admin/staff", therapist).status, 201);
  const auto first = client.post_json(
      "/api/v1/auth/login",
      {{"email", "first.day@example.com"}, {"password", "given-by-the-admin-1"}, {"bearer", true}});
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["account"]["must_change_password"], true);
  const std::string token = first.json()["token"];

  for (const auto& [method, target] :
       std::vector<std::pair<std::string, std::string>>{{"GET", "/api/v1/care/queue"},
                                                        {"GET", "/api/v1/me/report"},
                                                        {"GET", "//api/v1/care/queue"},
                                                        {"DELETE", "/api/v1/me"}}) {
    const auto refused = bearer_call(client, token, method, target);
    EXPECT_EQ(refused.status, 403) << method << " " << target << ": " << refused.body;
    EXPECT_EQ(refused.json().value("code", ""), "password_change_required") << refused.body;
  }
  const auto me = bearer_call(client, token, "GET", "/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json()["account"]["must_change_password"], true);
  EXPECT_EQ(std::stoll(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'denied' AND "
                                     "entity LIKE '%/care/queue'")),
            2)
      << "each refusal is audited";

  const auto changed = bearer_call(
      client, token, "POST", "/api/v1/me/password",
      {{"current_password", "given-by-the-admin-1"}, {"new_password", "my-own-choice-of-words"}});
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(bearer_call(client, token, "GET", "/api/v1/care/queue").status, 200);
  const auto again = bearer_login(client, "first.day@example.com", "my-own-choice-of-words");
  EXPECT_EQ(
      bearer_call(client, again, "GET", "/api/v1/me").json()["account"]["must_change_password"],
      false);
}

}  // namespace
}  // namespace motus::test
