// Forgot password and email verification over real SMTP: the server talks to a python3-aiosmtpd
// sink the test starts on 127.0.0.1, and the test follows the link from the message it received.
// Also: the routes say clearly when email is off, the answer to "forgot" is the same whether or
// not the email has an account, links work once and expire, and requests are throttled.
#include <gtest/gtest.h>

#include "account_fixture.hpp"
#include "support/smtp_sink.hpp"

namespace motus::test {
namespace {

std::map<std::string, std::string> mail_settings(const SmtpSink& sink) {
  return {{"MOTUS_SMTP_HOST", "127.0.0.1"},
          {"MOTUS_SMTP_PORT", std::to_string(sink.port())},
          {"MOTUS_SMTP_FROM", "motus@clinic.example"},
          {"MOTUS_PUBLIC_URL", "https://motus.clinic.example/"}};
}

std::string token_of(const std::string& link) {
  const auto at = link.find("token=");
  return at == std::string::npos ? "" : link.substr(at + 6);
}

std::vector<std::string> with(const std::vector<std::string>& messages, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : messages)
    if (m.find(text) != std::string::npos) out.push_back(m);
  return out;
}

TEST(MailOff, TheRoutesSayEmailIsOff) {
  AccountServer server;
  const auto client = server.client();
  for (const auto& [path, body] : std::vector<std::pair<std::string, nlohmann::json>>{
           {"/api/v1/auth/password/forgot", {{"email", "ada.morrow@example.com"}}},
           {"/api/v1/auth/password/reset", {{"token", "x"}, {"password", "a-new-password-1"}}},
           {"/api/v1/auth/email/verify", {{"token", "x"}}}}) {
    const auto answer = client.post_json(path, body);
    EXPECT_EQ(answer.status, 503) << path << answer.body;
    EXPECT_EQ(answer.json().value("code", ""), "mail_off") << path;
    EXPECT_NE(answer.json().value("detail", "").find("does not send email"), std::string::npos);
  }
  // Sign-up works without mail, and sends nothing; asking for a new link says mail is off.
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  EXPECT_EQ(signup.status, 201);
  const auto again =
      with_cookie(client, "POST", "/api/v1/auth/email/verification", cookie_token(signup));
  EXPECT_EQ(again.status, 503) << again.body;
  EXPECT_EQ(again.json().value("code", ""), "mail_off");
  EXPECT_EQ(client.post_json("/api/v1/auth/email/verification", nlohmann::json::object()).status,
            401);
}

class MailOn : public ::testing::Test {
 protected:
  MailOn() : server(mail_settings(sink)), client(server.client()) {}

  HttpResult forgot(const std::string& email) const {
    return client.post_json("/api/v1/auth/password/forgot", {{"email", email}});
  }

  SmtpSink sink;
  AccountServer server;
  HttpClient client;
};

TEST_F(MailOn, AResetLinkWorksOnceAndTheAnswerTellsNobodyWhichEmailsHaveAccounts) {
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  const auto old_session = cookie_token(signup);

  const auto known = forgot("ada.morrow@example.com");
  const auto unknown = forgot("nobody.here@example.com");
  EXPECT_EQ(known.status, 202) << known.body;
  EXPECT_EQ(unknown.status, 202) << unknown.body;
  EXPECT_EQ(known.body, unknown.body);

  const auto resets = with(sink.wait_for(2), "/reset-password");
  ASSERT_EQ(resets.size(), 1u) << "one mail, to the account that exists";
  EXPECT_NE(resets[0].find("To: <ada.morrow@example.com>"), std::string::npos) << resets[0];
  EXPECT_NE(resets[0].find("From: Motus <motus@clinic.example>"), std::string::npos);
  const auto link = link_in(resets[0], "/reset-password");
  EXPECT_EQ(link.rfind("https://motus.clinic.example/reset-password?token=", 0), 0u) << link;
  const auto token = token_of(link);
  ASSERT_EQ(token.size(), 43u);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM account_tokens WHERE token_hash = $1", {token}),
            "0")
      << "only the hash is stored";

  const auto weak =
      client.post_json("/api/v1/auth/password/reset", {{"token", token}, {"password", "short"}});
  EXPECT_EQ(weak.status, 400);
  EXPECT_EQ(weak.json()["errors"][0]["field"], "password");
  const auto done = client.post_json("/api/v1/auth/password/reset",
                                     {{"token", token}, {"password", "harbour-willow-kite-7"}});
  ASSERT_EQ(done.status, 204) << done.body;
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", old_session).status, 401)
      << "every session ends";
  EXPECT_EQ(login(client, "ada.morrow@example.com", "harbour-willow-kite-7").status, 200);
  EXPECT_EQ(login(client, "ada.morrow@example.com").status, 401);
  const auto again = client.post_json("/api/v1/auth/password/reset",
                                      {{"token", token}, {"password", "another-fine-phrase-8"}});
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(again.json().value("code", ""), "link_expired");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = 'password_reset'"), "1");
}

TEST_F(MailOn, AResetLinkExpiresAfterThirtyMinutes) {
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  ASSERT_EQ(forgot("ada.morrow@example.com").status, 202);
  const auto resets = with(sink.wait_for(2), "/reset-password");
  ASSERT_EQ(resets.size(), 1u);
  server.set_clock_offset(31 * 60);
  const auto late = client.post_json("/api/v1/auth/password/reset",
                                     {{"token", token_of(link_in(resets[0], "/reset-password"))},
                                      {"password", "harbour-willow-kite-7"}});
  EXPECT_EQ(late.status, 400) << late.body;
  EXPECT_EQ(login(client, "ada.morrow@example.com").status, 200) << "the password is unchanged";
}

TEST_F(MailOn, SignUpSendsALinkThatConfirmsTheEmail) {
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  EXPECT_EQ(signup.json()["account"]["email_verified"], false);
  const auto mails = with(sink.wait_for(1), "/verify-email");
  ASSERT_EQ(mails.size(), 1u);
  const auto token = token_of(link_in(mails[0], "/verify-email"));
  const auto verified = client.post_json("/api/v1/auth/email/verify", {{"token", token}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(with_cookie(client, "GET", "/api/v1/me", cookie_token(signup))
                .json()["account"]["email_verified"],
            true);
  EXPECT_EQ(client.post_json("/api/v1/auth/email/verify", {{"token", token}}).status, 400);
  EXPECT_EQ(client.post_json("/api/v1/auth/email/verify", {{"token", "made-up"}}).status, 400);
}

TEST_F(MailOn, RequestsAreThrottledPerAddressAndMailsPerAccount) {
  ASSERT_EQ(client.post_json("/api/v1/auth/signup", ada_signup()).status, 201);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(forgot("ada.morrow@example.com").status, 202) << i;
  const auto held = forgot("someone.else@example.com");
  EXPECT_EQ(held.status, 429) << held.body;
  EXPECT_FALSE(held.header("retry-after").empty());
  // Another address still may ask, but the account gets no more than three mails an hour.
  EXPECT_EQ(client.from("127.0.0.9")
                .post_json("/api/v1/auth/password/forgot", {{"email", "ada.morrow@example.com"}})
                .status,
            202);
  sink.wait_for(5, std::chrono::seconds(3));
  EXPECT_EQ(with(sink.messages(), "/reset-password").size(), 3u);
  EXPECT_EQ(forgot("not-an-email").status, 400) << "the body is checked before anything";
}

TEST_F(MailOn, ANewLinkReplacesTheLostOneAtMostThreeAnHour) {
  const auto signup = client.post_json("/api/v1/auth/signup", ada_signup());
  ASSERT_EQ(signup.status, 201);
  const auto session = cookie_token(signup);
  const auto first = with(sink.wait_for(1), "/verify-email");
  ASSERT_EQ(first.size(), 1u);
  const auto ask = [&] {
    return with_cookie(client, "POST", "/api/v1/auth/email/verification", session);
  };
  const auto sent = ask();
  ASSERT_EQ(sent.status, 202) << sent.body;
  const auto mails = with(sink.wait_for(2), "/verify-email");
  ASSERT_EQ(mails.size(), 2u);
  EXPECT_EQ(client
                .post_json("/api/v1/auth/email/verify",
                           {{"token", token_of(link_in(mails[0], "/verify-email"))}})
                .status,
            400)
      << "the earlier link stops working";
  EXPECT_EQ(ask().status, 202);
  EXPECT_EQ(ask().status, 202);
  const auto held = ask();
  EXPECT_EQ(held.status, 429) << held.body;
  EXPECT_FALSE(held.header("retry-after").empty());
  const auto last = with(sink.wait_for(4, std::chrono::seconds(3)), "/verify-email");
  ASSERT_EQ(last.size(), 4u) << "the sign-up's link and three more, no fourth";
  const auto verified = client.post_json(
      "/api/v1/auth/email/verify", {{"token", token_of(link_in(last.back(), "/verify-email"))}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  const auto done = ask();
  EXPECT_EQ(done.status, 409);
  EXPECT_EQ(done.json().value("code", ""), "already_verified");
  EXPECT_EQ(server.scalar("SELECT count(*) FROM audit_log WHERE action = "
                          "'email_verification_requested'"),
            "3");
}

}  // namespace
}  // namespace motus::test
