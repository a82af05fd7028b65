#pragma once
// Ada signed up with a self-care intake (so she has a program) and Robin Hale as her assigned
// therapist, logged in next to her: the start of the check-in flare, report, care-record and
// program-override tests that look at one member from both sides.
#include <string>

#include "account_fixture.hpp"

namespace motus::test {

class MemberWithTherapist : public SignedUpMember {
 protected:
  void SetUp() override {
    SignedUpMember::SetUp();
    ASSERT_FALSE(server.add_staff("root@example.com", "admin").empty());
    const auto admin = bearer_login(client, "root@example.com", kGoodPassword);
    const auto therapist_id = add_staff(
        client, admin, {"pt@example.com", kGoodPassword, "therapist", "", "Robin", "Hale"});
    ASSERT_EQ(bearer_call(client, admin, "PUT", "/api/v1/admin/members/" + member_id + "/therapist",
                          {{"therapist_id", therapist_id}})
                  .status,
              200);
    therapist = bearer_login(client, "pt@example.com", kGoodPassword);
    auto intake = post("/api/v1/me/intake", self_care_intake());
    ASSERT_EQ(intake.status, 201) << intake.body;
    ASSERT_TRUE(intake.json().contains("program")) << intake.body;
    first_program = intake.json()["program"];
  }

  HttpResult post(const std::string& target, const nlohmann::json& body) {
    return with_cookie(client, "POST", target, token, body.dump());
  }
  HttpResult as_therapist(const std::string& method, const std::string& target,
                          const nlohmann::json& body = nullptr) {
    return bearer_call(client, therapist, method, target, body);
  }
  nlohmann::json care_record() {
    auto record = as_therapist("GET", "/api/v1/care/members/" + member_id);
    EXPECT_EQ(record.status, 200) << record.body;
    return record.json();
  }
  long long count(const std::string& from_where) {
    return std::stoll(server.scalar("SELECT count(*) FROM " + from_where));
  }

  std::string therapist;
  nlohmann::json first_program;  // as the intake's answer gave it
};

}  // namespace motus::test
