// Staff two-step login (TOTP, RFC 6238): enrolment with a first code, ten one-time recovery
// codes, the code asked after the password, codes never accepted twice, code tries under the
// login limits, and an admin requiring it for all staff. Against the real server on both back
// ends; codes are computed here from the secret the server gave, at the server's clock.
#include <gtest/gtest.h>

#include <chrono>
#include <set>

#include "account_fixture.hpp"
#include "core/access/totp.hpp"

namespace motus::test {
namespace {

const std::string kTherapist = "pt.second@clinic.example";

class SecondFactor : public ::testing::Test {
 protected:
  SecondFactor() : client(server.client()) {}

  void SetUp() override {
    therapist_id = server.add_staff(kTherapist, "therapist");
    token = bearer_login(client, kTherapist, kGoodPassword);
    ASSERT_FALSE(token.empty());
  }

  // The code the app would show `offset_steps` steps from the server's now.
  std::string code(long long offset_steps = 0) const {
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count() +
                     clock_offset;
    return core::totp_code(secret, core::totp_step(now) + offset_steps);
  }

  void move_clock(long long seconds) {
    clock_offset += seconds;
    server.set_clock_offset(clock_offset);
  }

  // Enrols the therapist; returns the recovery codes.
  std::vector<std::string> enrol() {
    const auto started = bearer_call(client, token, "POST", "/api/v1/me/second-factor");
    EXPECT_EQ(started.status, 201) << started.body;
    const auto base32 = started.json().value("secret", "");
    secret = core::base32_decode(base32).value_or("");
    EXPECT_EQ(secret.size(), core::kTotpSecretBytes);
    const auto confirmed =
        bearer_call(client, token, "POST", "/api/v1/me/second-factor/confirm", {{"code", code()}});
    EXPECT_EQ(confirmed.status, 200) << confirmed.body;
    return confirmed.json().value("recovery_codes", std::vector<std::string>{});
  }

  HttpResult password_step() const {
    return client.post_json("/api/v1/auth/login",
                            {{"email", kTherapist}, {"password", kGoodPassword}, {"bearer", true}});
  }

  HttpResult code_step(const std::string& ticket, const nlohmann::json& fields) const {
    auto body = fields;
    body["ticket"] = ticket;
    body["bearer"] = true;
    return client.post_json("/api/v1/auth/login/second-factor", body);
  }

  std::string count_audit(const std::string& action) const {
    return server.scalar("SELECT count(*) FROM audit_log WHERE action = $1", {action});
  }

  AccountServer server;
  HttpClient client;
  std::string therapist_id;
  std::string token;
  std::string secret;
  long long clock_offset = 0;
};

TEST_F(SecondFactor, EnrolmentShowsTheSecretAsAnOtpauthUriAndNeedsAFirstCode) {
  EXPECT_FALSE(
      bearer_call(client, token, "GET", "/api/v1/me/second-factor").json()["enrolled"].get<bool>());
  const auto started = bearer_call(client, token, "POST", "/api/v1/me/second-factor");
  ASSERT_EQ(started.status, 201) << started.body;
  const auto base32 = started.json().value("secret", "");
  EXPECT_EQ(started.json().value("otpauth_uri", ""),
            "otpauth://totp/Motus:" + kTherapist + "?secret=" + base32 +
                "&issuer=Motus&algorithm=SHA1&digits=6&period=30");
  secret = core::base32_decode(base32).value_or("");

  const auto wrong =
      bearer_call(client, token, "POST", "/api/v1/me/second-factor/confirm", {{"code", code(5)}});
  EXPECT_EQ(wrong.status, 400) << wrong.body;
  EXPECT_EQ(wrong.json()["errors"][0]["field"], "code");
  EXPECT_FALSE(
      bearer_call(client, token, "GET", "/api/v1/me/second-factor").json()["enrolled"].get<bool>());

  const auto confirmed =
      bearer_call(client, token, "POST", "/api/v1/me/second-factor/confirm", {{"code", code()}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const auto codes = confirmed.json()["recovery_codes"].get<std::vector<std::string>>();
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), 10u);
  const auto status = bearer_call(client, token, "GET", "/api/v1/me/second-factor").json();
  EXPECT_TRUE(status["enrolled"].get<bool>());
  EXPECT_EQ(status["recovery_codes_left"], 10);
  // Only hashes are kept: no recovery code and no code's text in the table.
  EXPECT_EQ(server.scalar("SELECT count(*) FROM recovery_codes WHERE code_hash = $1",
                          {core::normalise_recovery_code(codes[0])}),
            "0");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM recovery_codes WHERE user_id = $1", {therapist_id}),
            "10");
  // Once set up, starting again is refused rather than silently replacing the secret.
  EXPECT_EQ(bearer_call(client, token, "POST", "/api/v1/me/second-factor").status, 409);
  EXPECT_EQ(count_audit("second_factor_enrolled"), "1");
  EXPECT_EQ(count_audit("second_factor_failed"), "1");
}

TEST_F(SecondFactor, LoginAsksForTheCodeAfterThePasswordAndNeverTakesACodeTwice) {
  const auto recovery = enrol();
  const auto used_at_enrolment = code();

  const auto first = password_step();
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json().value("second_factor", ""), "totp");
  EXPECT_FALSE(first.json().contains("token"));
  EXPECT_EQ(first.header("set-cookie"), "");
  const auto ticket = first.json().value("ticket", "");
  ASSERT_FALSE(ticket.empty());

  // The code that confirmed the enrolment was used already: a replay.
  EXPECT_EQ(code_step(ticket, {{"code", used_at_enrolment}}).status, 401);
  move_clock(30);
  const auto fresh = code();
  const auto in = code_step(ticket, {{"code", fresh}});
  ASSERT_EQ(in.status, 200) << in.body;
  const auto session = in.json().value("token", "");
  EXPECT_EQ(bearer_call(client, session, "GET", "/api/v1/care/queue").status, 200);
  // The ticket is spent, and the same code with a new ticket is a replay.
  EXPECT_EQ(code_step(ticket, {{"code", fresh}}).status, 401);
  EXPECT_EQ(code_step(password_step().json().value("ticket", ""), {{"code", fresh}}).status, 401);

  // A recovery code works once.
  const auto by_recovery =
      code_step(password_step().json().value("ticket", ""), {{"recovery_code", recovery[3]}});
  EXPECT_EQ(by_recovery.status, 200) << by_recovery.body;
  EXPECT_EQ(code_step(password_step().json().value("ticket", ""), {{"recovery_code", recovery[3]}})
                .status,
            401);
  EXPECT_EQ(
      bearer_call(client, token, "GET", "/api/v1/me/second-factor").json()["recovery_codes_left"],
      9);
  EXPECT_EQ(count_audit("login_recovery_code"), "1");
  EXPECT_EQ(count_audit("login_second_factor_failed"), "3");
  EXPECT_EQ(count_audit("login_ticket_refused"), "1");
  // A ticket is not a session, and it expires.
  EXPECT_EQ(bearer_call(client, ticket, "GET", "/api/v1/me").status, 401);
  const auto late = password_step().json().value("ticket", "");
  move_clock(6 * 60);
  EXPECT_EQ(code_step(late, {{"code", code()}}).status, 401);
}

TEST_F(SecondFactor, CodeTriesCountUnderTheLoginLimits) {
  enrol();
  const auto ticket = password_step().json().value("ticket", "");
  for (int i = 0; i < 5; ++i) EXPECT_EQ(code_step(ticket, {{"code", code(7)}}).status, 401) << i;
  const auto held = code_step(ticket, {{"code", code()}});
  EXPECT_EQ(held.status, 429) << held.body;
  EXPECT_FALSE(held.header("retry-after").empty());
}

TEST_F(SecondFactor, AnAdminCanRequireItAndStaffWithoutItMustEnrolFirst) {
  server.add_staff("boss@motus.example", "admin");
  const auto admin = bearer_login(client, "boss@motus.example", kGoodPassword);
  EXPECT_EQ(
      bearer_call(client, admin, "GET", "/api/v1/admin/security").json()["staff_totp_required"],
      false);
  EXPECT_EQ(
      bearer_call(client, admin, "PUT", "/api/v1/admin/security", {{"staff_totp_required", "yes"}})
          .status,
      400);
  const auto set =
      bearer_call(client, admin, "PUT", "/api/v1/admin/security", {{"staff_totp_required", true}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(count_audit("staff_totp_required"), "1");

  const auto in = password_step();
  ASSERT_EQ(in.status, 200) << in.body;
  EXPECT_TRUE(in.json().value("must_enrol_second_factor", false));
  token = in.json().value("token", "");
  const auto queue = bearer_call(client, token, "GET", "/api/v1/care/queue");
  EXPECT_EQ(queue.status, 403);
  EXPECT_EQ(queue.json().value("code", ""), "second_factor_enrolment_required");
  EXPECT_TRUE(bearer_call(client, token, "GET", "/api/v1/auth/session")
                  .json()
                  .value("must_enrol_second_factor", false));
  EXPECT_EQ(bearer_call(client, token, "GET", "/api/v1/me").status, 200);
  enrol();
  EXPECT_EQ(bearer_call(client, token, "GET", "/api/v1/care/queue").status, 200);

  // Members are not asked.
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  const auto member = client.post_json(
      "/api/v1/auth/login",
      {{"email", "ada.morrow@example.com"}, {"password", kGoodPassword}, {"bearer", true}});
  EXPECT_EQ(member.status, 200);
  EXPECT_FALSE(member.json().contains("must_enrol_second_factor"));
  EXPECT_FALSE(member.json().contains("second_factor"));
}

TEST_F(SecondFactor, AnAdminResetsALostSecondFactorAndTheStaffMemberEnrolsAgain) {
  enrol();
  const auto ticket = password_step().json().value("ticket", "");
  const auto in = code_step(ticket, {{"code", code(1)}});
  ASSERT_EQ(in.status, 200) << in.body;
  const auto session = in.json().value("token", "");
  server.add_staff("boss@motus.example", "admin");
  const auto admin = bearer_login(client, "boss@motus.example", kGoodPassword);
  const auto path = "/api/v1/admin/accounts/" + therapist_id + "/second-factor";

  // Only an admin; another staff member is refused and nothing changes.
  EXPECT_EQ(bearer_call(client, session, "DELETE", path).status, 403);
  EXPECT_TRUE(password_step().json().contains("ticket")) << "still asks for the code";

  const auto listed = [&] {
    const auto list = bearer_call(client, admin, "GET", "/api/v1/admin/staff").json();
    for (const auto& s : list["staff"])
      if (s["id"] == therapist_id) return s["second_factor"].get<bool>();
    ADD_FAILURE() << "the therapist is not listed: " << list.dump();
    return false;
  };
  EXPECT_TRUE(listed()) << "the admin sees who has two-step login";
  const auto reset = bearer_call(client, admin, "DELETE", path);
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.json()["second_factor"], false);
  EXPECT_EQ(bearer_call(client, session, "GET", "/api/v1/me").status, 401) << "sessions end";
  EXPECT_EQ(count_audit("second_factor_reset"), "1");
  EXPECT_FALSE(listed());
  // The password alone logs in now; the staff member can enrol a new phone.
  const auto again = password_step();
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_FALSE(again.json().contains("ticket"));
  token = again.json().value("token", "");
  enrol();
  EXPECT_TRUE(password_step().json().contains("ticket"));

  // Reset the new phone too; then there is nothing to reset. An unknown account and an admin's
  // own are refused as well.
  EXPECT_EQ(bearer_call(client, admin, "DELETE", path).status, 200);
  const auto twice = bearer_call(client, admin, "DELETE", path);
  EXPECT_EQ(twice.status, 409);
  EXPECT_EQ(twice.json().value("code", ""), "not_enrolled");
  EXPECT_EQ(count_audit("second_factor_reset"), "2");
  EXPECT_EQ(bearer_call(client, admin, "DELETE", "/api/v1/admin/accounts/no-such-id/second-factor")
                .status,
            404);
  const auto admin_id = server.scalar("SELECT id FROM users WHERE email = 'boss@motus.example'");
  EXPECT_EQ(
      bearer_call(client, admin, "DELETE", "/api/v1/admin/accounts/" + admin_id + "/second-factor")
          .status,
      409);
}

}  // namespace
}  // namespace motus::test
