// GET /api/v1/me/assessment reads back the member's latest intake result, so a device that
// did not send the intake can show it: nothing (200, null) before any intake, the very
// assessment the intake answered after it, the newest after a second intake, and only ever the
// caller's own. Each read leaves an audit row.
#include <gtest/gtest.h>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class AssessmentReadBack : public SignedUpMember {
 protected:
  HttpResult send_intake(const json& intake, const std::string& as) {
    return with_cookie(client, "POST", "/api/v1/me/intake", as, intake.dump());
  }
  json read_back(const std::string& as) {
    auto res = with_cookie(client, "GET", "/api/v1/me/assessment", as);
    EXPECT_EQ(res.status, 200) << res.body;
    return res.status == 200 ? res.json() : json();
  }
  int audited_reads(const std::string& member) {
    return std::stoi(server.scalar(
        "SELECT count(*) FROM audit_log WHERE member_id = $1 AND action = 'read' AND entity = "
        "'assessment' AND outcome = 'allowed'",
        {member}));
  }
  std::vector<std::string> pattern_ids(const json& assessment) {
    std::vector<std::string> ids;
    for (const auto& pattern : assessment["patterns"]) ids.push_back(pattern["id"]);
    return ids;
  }
};

TEST_F(AssessmentReadBack, BeforeAnyIntakeTheAnswerIsAnEmptyResultNotAnError) {
  const auto body = read_back(token);
  ASSERT_TRUE(body.contains("assessment")) << body.dump();
  EXPECT_TRUE(body["assessment"].is_null());
  EXPECT_EQ(body["has_program"], false);
  EXPECT_FALSE(body.contains("taken_at"));
  EXPECT_EQ(audited_reads(member_id), 1);
}

TEST_F(AssessmentReadBack, AfterAnIntakeItIsTheAssessmentTheIntakeAnswered) {
  auto intake = send_intake(self_care_intake(), token);
  ASSERT_EQ(intake.status, 201) << intake.body;
  const json answered = intake.json()["assessment"];

  const auto body = read_back(token);
  EXPECT_EQ(body["assessment"]["tier"], answered["tier"]);
  EXPECT_EQ(body["assessment"]["tier"], "self_care");
  EXPECT_EQ(pattern_ids(body["assessment"]), pattern_ids(answered));
  ASSERT_FALSE(pattern_ids(answered).empty());
  EXPECT_EQ(body["assessment"], answered) << "the whole assessment comes back unchanged";
  EXPECT_EQ(body["intake"], self_care_intake())
      << "the answers come back, so a follow-up can be answered on another device";
  EXPECT_EQ(body["has_program"], true);
  const auto stored_at = std::stoll(
      server.scalar("SELECT created_at FROM member_intakes WHERE member_id = $1", {member_id}));
  EXPECT_EQ(body["taken_at"].get<long long>(), stored_at);
  EXPECT_EQ(body["taken_on"].get<std::string>().size(), 10u) << "YYYY-MM-DD";
  EXPECT_EQ(audited_reads(member_id), 1);
}

TEST_F(AssessmentReadBack, ANewerIntakeIsTheOneReadBack) {
  ASSERT_EQ(send_intake(self_care_intake(), token).status, 201);
  const auto first = read_back(token);
  ASSERT_EQ(first["assessment"]["tier"], "self_care");

  server.set_clock_offset(60);
  auto newer = send_intake(emergency_intake(), token);
  ASSERT_EQ(newer.status, 201) << newer.body;
  const auto body = read_back(token);
  EXPECT_EQ(body["assessment"], newer.json()["assessment"]);
  EXPECT_EQ(body["assessment"]["tier"], "emergency");
  EXPECT_EQ(body["has_program"], false) << "an emergency result leaves no program";
  EXPECT_GT(body["taken_at"].get<long long>(), first["taken_at"].get<long long>());
  EXPECT_EQ(audited_reads(member_id), 2);
}

TEST_F(AssessmentReadBack, AnotherMemberReadsOnlyTheirOwn) {
  ASSERT_EQ(send_intake(self_care_intake(), token).status, 201);
  server.console().execute(
      "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, email, "
      "line) VALUES ($1, 'ben', 'okafor', '1977-09-30', 'ben.okafor@example.com', 3)",
      {kOrganizationId});
  auto signup = client.post_json("/api/v1/auth/signup", {{"email", "ben.okafor@example.com"},
                                                         {"password", kGoodPassword},
                                                         {"first_name", "Ben"},
                                                         {"last_name", "Okafor"},
                                                         {"date_of_birth", "1977-09-30"},
                                                         {"enrollment_code", "river"}});
  ASSERT_EQ(signup.status, 201) << signup.body;
  const auto ben = cookie_token(signup);
  const auto ben_id = signup.json()["account"]["id"].get<std::string>();

  const auto his = read_back(ben);
  EXPECT_TRUE(his["assessment"].is_null()) << "Ben sees nothing of Ada's: " << his.dump();
  EXPECT_EQ(his["has_program"], false);
  EXPECT_EQ(read_back(token)["assessment"]["tier"], "self_care") << "Ada's is still hers";
  EXPECT_EQ(audited_reads(ben_id), 1);
  EXPECT_EQ(audited_reads(member_id), 1);

  server.add_staff("pt@riverside.example", "therapist");
  const auto therapist = bearer_login(client, "pt@riverside.example", kGoodPassword);
  auto staff_read = bearer_call(client, therapist, "GET", "/api/v1/me/assessment");
  EXPECT_EQ(staff_read.status, 403) << "staff read members through the care routes";
  EXPECT_EQ(client.get("/api/v1/me/assessment").status, 401);
}

}  // namespace
}  // namespace motus::test
