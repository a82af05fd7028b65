// A session's flare check against the real server, for what it causes (core/care/after_screen):
// a routine answer keeps the program and says to see a doctor; warning signs sent with the
// session itself pause the program and reach the care team exactly as the flare check's do.
#include <gtest/gtest.h>

#include <string>

#include "member_with_therapist.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class SessionFlare : public MemberWithTherapist {
 protected:
  json session(const std::string& client_id) {
    json exercises = json::array();
    for (const auto& e : first_program["exercises"]) {
      exercises.push_back({{"exercise_id", e["exercise_id"]},
                           {"done", true},
                           {"pain", 2},
                           {"difficulty", "right"}});
    }
    return {
        {"client_id", client_id}, {"pain_before", 3}, {"pain_after", 3}, {"exercises", exercises}};
  }
  bool program_paused() {
    auto today = get("/api/v1/me/session/today");
    EXPECT_EQ(today.status, 200) << today.body;
    return today.json()["paused"].get<bool>();
  }
};

TEST_F(SessionFlare, ARoutineAnswerKeepsTheProgramAndAdvisesADoctor) {
  json body = session("s-review");
  body["flare_check"] = {{"pain_now", 5},
                         {"new_symptoms", true},
                         {"leg_symptoms", {{"tingling", true}, {"side", "right"}}}};
  auto answer = post("/api/v1/me/sessions", body);
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json got = answer.json();
  EXPECT_EQ(got["flare_check"]["tier"], "routine");
  EXPECT_FALSE(got["paused"].get<bool>());
  for (const auto& change : got["changes"]) EXPECT_NE(change["action"], "pause") << answer.body;
  ASSERT_TRUE(got.contains("advice")) << answer.body;
  EXPECT_NE(got["advice"].get<std::string>().find("doctor"), std::string::npos) << answer.body;
  EXPECT_FALSE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 0);
}

TEST_F(SessionFlare, AWarningSignSentWithTheSessionItselfAlsoAlertsTheCareTeam) {
  json body = session("s-bladder");
  body["red_flags"] = {{"bladder_change", true}};
  auto answer = post("/api/v1/me/sessions", body);
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json got = answer.json();
  EXPECT_TRUE(got["paused"].get<bool>());
  EXPECT_EQ(got["flare_check"]["tier"], "emergency") << answer.body;
  EXPECT_TRUE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND kind = 'emergency' AND source = 'session' AND resolved_at IS NULL"),
            1);
  const json flags = care_record()["history"]["care_flags"];
  ASSERT_EQ(flags.size(), 1u) << flags.dump();
  EXPECT_EQ(flags[0]["reason_codes"], json::array({"bladder_change"}));
}

TEST_F(SessionFlare, CalmAnswersDoNotRestartAPausedProgram) {
  json warning = session("s-warning");
  warning["flare_check"] = {{"pain_now", 6}, {"red_flags", {{"fever", true}}}};
  ASSERT_EQ(post("/api/v1/me/sessions", warning).status, 201);
  ASSERT_TRUE(program_paused());

  json calm = session("s-calm");
  calm["flare_check"] = {
      {"pain_now", 3}, {"new_symptoms", false}, {"red_flags", {{"fever", false}}}};
  auto answer = post("/api/v1/me/sessions", calm);
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_EQ(answer.json()["flare_check"]["tier"], "self_care");
  EXPECT_TRUE(answer.json()["paused"].get<bool>());
  EXPECT_NE(answer.json()["advice"].get<std::string>().find("stay paused"), std::string::npos)
      << answer.body;
  EXPECT_TRUE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 1);
}

// Pain three points up after a session offers the flare check and a message to the therapist,
// besides changing the exercises; two points up only changes the exercises, and a session that
// carried the flare check already is not asked again.
TEST_F(SessionFlare, ThreePointsMorePainOffersTheFlareCheckAndAMessage) {
  json two = session("s-two-up");
  two["pain_after"] = 5;
  auto answer = post("/api/v1/me/sessions", two);
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_FALSE(answer.json().contains("pain_rise")) << answer.body;

  // The first session changed the program; the next ones do what it holds now.
  first_program = get("/api/v1/me/program").json()["program"];
  json three = session("s-three-up");
  three["pain_before"] = 2;
  three["pain_after"] = 5;
  answer = post("/api/v1/me/sessions", three);
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json got = answer.json();
  ASSERT_TRUE(got.contains("pain_rise")) << answer.body;
  EXPECT_EQ(got["pain_rise"]["points"], 3);
  EXPECT_NE(got["pain_rise"]["offer"].get<std::string>().find("therapist"), std::string::npos);
  EXPECT_EQ(post("/api/v1/me/sessions", three).json()["pain_rise"], got["pain_rise"])
      << "a resend answers the same";

  first_program = get("/api/v1/me/program").json()["program"];
  json checked = session("s-checked");
  checked["pain_before"] = 1;
  checked["pain_after"] = 7;
  checked["flare_check"] = {{"pain_now", 7}, {"new_symptoms", false}};
  answer = post("/api/v1/me/sessions", checked);
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_FALSE(answer.json().contains("pain_rise")) << answer.body;
}

}  // namespace
}  // namespace motus::test
