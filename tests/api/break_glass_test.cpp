// Break-glass: an admin, or a therapist the member is not assigned to, opens a member's record
// only by giving a reason; the access lasts one hour; the member's own therapist sees in the
// record who opened it and why; the audit log has the grant and every read under it.
#include <gtest/gtest.h>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

class BreakGlass : public SignedUpMember {
 protected:
  void SetUp() override {
    SignedUpMember::SetUp();
    server.add_staff("root@motus.example", "admin");
    admin = bearer_login(client, "root@motus.example", kGoodPassword);
    own_id = server.add_staff("own.pt@clinic.example", "therapist");
    own = bearer_login(client, "own.pt@clinic.example", kGoodPassword);
    other_id = server.add_staff("other.pt@clinic.example", "therapist");
    other = bearer_login(client, "other.pt@clinic.example", kGoodPassword);
    ASSERT_EQ(bearer_call(client, admin, "PUT", "/api/v1/admin/members/" + member_id + "/therapist",
                          {{"therapist_id", own_id}})
                  .status,
              200);
  }

  std::string record() const { return "/api/v1/care/members/" + member_id; }

  HttpResult open(const std::string& token, const std::string& reason) const {
    return bearer_call(client, token, "POST", record() + "/break-glass", {{"reason", reason}});
  }

  std::string audit_count(const std::string& action, const std::string& entity) const {
    return server.scalar(
        "SELECT count(*) FROM audit_log WHERE action = $1 AND entity = $2 AND member_id = $3",
        {action, entity, member_id});
  }

  std::string admin, own, other, own_id, other_id;
};

TEST_F(BreakGlass, OutsideTheCareTeamTheRecordOpensOnlyWithAReason) {
  for (const auto* token : {&admin, &other}) {
    const auto refused = bearer_call(client, *token, "GET", record());
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.json().value("code", ""), "break_glass_required");
  }
  const auto no_reason = open(other, "   ");
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.json()["errors"][0]["field"], "reason");
  EXPECT_EQ(open(other, "because").status, 400) << "a reason says why, in 10 characters or more";
  EXPECT_EQ(open(own, "I am covering my own member.").status, 409);
  EXPECT_EQ(bearer_call(client, admin, "POST", "/api/v1/care/members/no-such-member/break-glass",
                        {{"reason", "Checking something."}})
                .status,
            404);
  EXPECT_EQ(server.scalar("SELECT count(*) FROM break_glass"), "0");

  const auto opened = open(other, "Covering for Sam while she is on leave.");
  ASSERT_EQ(opened.status, 201) << opened.body;
  const auto read = bearer_call(client, other, "GET", record());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_TRUE(read.json()["opened_by_break_glass"].get<bool>());
  EXPECT_FALSE(read.json().contains("notes")) << "notes stay with the care team";
  // Break-glass opens the record to read, nothing more.
  EXPECT_EQ(bearer_call(client, other, "POST", record() + "/notes", {{"body", "A note."}}).status,
            404);
  // The admin's own access is still closed: a grant is for the one who gave the reason.
  EXPECT_EQ(bearer_call(client, admin, "GET", record()).status, 403);

  EXPECT_EQ(audit_count("break_glass", "member_record"), "1");
  EXPECT_EQ(audit_count("read", "member_record_break_glass"), "1");
}

TEST_F(BreakGlass, TheTherapistSeesWhoOpenedTheRecordAndWhyAndItLastsAnHour) {
  ASSERT_EQ(open(admin, "Member asked for a copy of their file.").status, 201);
  ASSERT_EQ(bearer_call(client, admin, "GET", record()).status, 200);

  const auto seen = bearer_call(client, own, "GET", record());
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_FALSE(seen.json()["opened_by_break_glass"].get<bool>());
  const auto entries = seen.json()["break_glass"];
  ASSERT_EQ(entries.size(), 1u) << seen.body;
  EXPECT_EQ(entries[0]["reason"], "Member asked for a copy of their file.");
  EXPECT_EQ(entries[0]["by"], "Staff Person");
  EXPECT_EQ(entries[0]["by_role"], "admin");
  EXPECT_EQ(entries[0]["expires_at"].get<long long>() - entries[0]["opened_at"].get<long long>(),
            60 * 60 * 1000);

  server.set_clock_offset(61 * 60);
  // A staff session idles out sooner than that, so the admin logs in again.
  const auto later = bearer_login(client, "root@motus.example", kGoodPassword);
  EXPECT_EQ(bearer_call(client, later, "GET", record()).status, 403) << "the hour is over";
}

}  // namespace
}  // namespace motus::test
