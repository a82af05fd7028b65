// The member journey against the real server: intake → program → today's session → a week of
// sessions on the movable clock (progress, then a flare and a step back, an idempotent resend)
// → check-ins and questionnaires (PSFS twice, PHQ-9) → progress; an emergency intake; bad
// bodies; who may call; the audit rows.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "account_fixture.hpp"

namespace motus::test {
namespace {

using nlohmann::json;
constexpr long long kDay = 24 * 60 * 60;

class Journey : public SignedUpMember {
 protected:
  // Sessions end after 30 idle minutes, so a member coming back the next day logs in again.
  void next_day(long long days) {
    server.set_clock_offset(days * kDay);
    token = cookie_token(login(client, "ada.morrow@example.com"));
    ASSERT_FALSE(token.empty());
  }

  HttpResult post(const std::string& target, const json& body) {
    return with_cookie(client, "POST", target, token, body.dump());
  }
  HttpResult post_text(const std::string& target, const std::string& body) {
    return with_cookie(client, "POST", target, token, body);
  }
  int count(const std::string& where) {
    return std::stoi(server.scalar("SELECT count(*) FROM " + where));
  }
  int audit_rows(const std::string& action, const std::string& entity) {
    return count("audit_log WHERE member_id = '" + member_id + "' AND action = '" + action +
                 "' AND entity = '" + entity + "' AND outcome = 'allowed'");
  }
};

json session_of(const std::string& client_id, const json& program, int pain,
                const std::string& difficulty) {
  json exercises = json::array();
  for (const auto& e : program["exercises"]) {
    exercises.push_back({{"exercise_id", e["exercise_id"]},
                         {"done", true},
                         {"pain", pain},
                         {"difficulty", difficulty}});
  }
  return {{"client_id", client_id},
          {"pain_before", 2},
          {"pain_after", pain > 5 ? 7 : 1},
          {"next_morning_pain", pain > 5 ? 6 : 1},
          {"exercises", exercises}};
}

// The Patient-Specific Functional Scale: the same three named activities each time.
json psfs_body(const std::vector<int>& values) {
  const std::vector<std::string> named = {"putting on socks", "sitting through a film",
                                          "carrying shopping"};
  json answers = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back(
        {{"item", "activity_" + std::to_string(i + 1)}, {"value", values[i]}, {"named", named[i]}});
  }
  return {{"answers", answers}};
}

std::multiset<std::string> actions(const json& answer) {
  std::multiset<std::string> found;
  for (const auto& change : answer["changes"]) found.insert(change["action"].get<std::string>());
  return found;
}

const json* change_with(const json& answer, const std::string& action) {
  for (const auto& change : answer["changes"]) {
    if (change["action"] == action) return &change;
  }
  return nullptr;
}

TEST_F(Journey, BeforeAnyIntakeThereIsNoProgram) {
  auto program = get("/api/v1/me/program");
  EXPECT_EQ(program.status, 404);
  EXPECT_NE(program.json()["detail"].get<std::string>().find("intake"), std::string::npos)
      << program.body;
  EXPECT_EQ(get("/api/v1/me/session/today").status, 404);
  auto progress = get("/api/v1/me/progress");
  ASSERT_EQ(progress.status, 200) << progress.body;
  EXPECT_TRUE(progress.json()["pain"]["checkins"].empty());
}

TEST_F(Journey, IntakeProgramSessionsCheckinsAndProgress) {
  auto intake = post("/api/v1/me/intake", self_care_intake());
  ASSERT_EQ(intake.status, 201) << intake.body;
  EXPECT_EQ(intake.json()["assessment"]["tier"], "self_care");
  const json built = intake.json()["program"];
  ASSERT_FALSE(built["exercises"].empty());

  auto program = get("/api/v1/me/program");
  ASSERT_EQ(program.status, 200) << program.body;
  EXPECT_EQ(program.json()["program"]["exercises"], built["exercises"]);

  // Day 0 is a strength day: the whole program, each exercise named with its animation's address.
  auto today = get("/api/v1/me/session/today");
  ASSERT_EQ(today.status, 200) << today.body;
  EXPECT_TRUE(today.json()["strength_day"].get<bool>());
  EXPECT_EQ(today.json()["exercises"].size(), built["exercises"].size());
  std::map<std::string, std::string> kinds;
  // A named copy: a range-for over a member of the temporary json() reads freed memory.
  const json strength_day = today.json();
  for (const auto& e : strength_day["exercises"]) {
    const std::string id = e["exercise_id"];
    EXPECT_EQ(e["keyframes"], "/api/v1/exercises/" + id);
    EXPECT_FALSE(e["name"].get<std::string>().empty());
    EXPECT_FALSE(e["why"].get<std::string>().empty());
    auto detail = client.get("/api/v1/exercises/" + id);
    ASSERT_EQ(detail.status, 200) << id;
    kinds[id] = detail.json()["kind"].get<std::string>();
  }

  auto first = post("/api/v1/me/sessions", session_of("s-1", built, 1, "easy"));
  ASSERT_EQ(first.status, 201) << first.body;
  const std::vector<std::string> all_hold(built["exercises"].size(), "hold");
  EXPECT_EQ(actions(first.json()), std::multiset<std::string>(all_hold.begin(), all_hold.end()));
  auto psfs_start = post("/api/v1/me/instruments/psfs/responses", psfs_body({2, 3, 4}));
  ASSERT_EQ(psfs_start.status, 201) << psfs_start.body;
  EXPECT_DOUBLE_EQ(psfs_start.json()["score"].get<double>(), 3.0);

  // Day 1: strength rests, everything else is daily.
  next_day(1);
  today = get("/api/v1/me/session/today");
  ASSERT_EQ(today.status, 200);
  EXPECT_FALSE(today.json()["strength_day"].get<bool>());
  EXPECT_EQ(today.json()["exercises"].size() + today.json()["resting"].size(),
            built["exercises"].size());
  const json rest_day = today.json();
  for (const auto& e : rest_day["exercises"])
    EXPECT_NE(kinds[e["exercise_id"].get<std::string>()], "strength");
  for (const auto& e : rest_day["resting"])
    EXPECT_EQ(kinds[e["exercise_id"].get<std::string>()], "strength");

  const json second_body = session_of("s-2", built, 1, "easy");
  auto second = post("/api/v1/me/sessions", second_body);
  ASSERT_EQ(second.status, 201) << second.body;
  const json second_answer = second.json();
  const json* step_up = change_with(second_answer, "progress");
  ASSERT_NE(step_up, nullptr) << second.body;
  EXPECT_NE((*step_up)["reason"].get<std::string>().find("easy"), std::string::npos);
  const json after_progress = get("/api/v1/me/program").json()["program"];
  EXPECT_NE(after_progress["exercises"], built["exercises"]);

  // The same client_id again: the first answer, and the program does not move.
  auto resend = post("/api/v1/me/sessions", second_body);
  EXPECT_EQ(resend.status, 200);
  EXPECT_EQ(resend.json(), second.json());
  EXPECT_EQ(get("/api/v1/me/program").json()["program"], after_progress);
  EXPECT_EQ(count("member_sessions WHERE member_id = '" + member_id + "'"), 2);

  // Day 2: a flare, pain 7 during the exercises → back to the last level that went well.
  next_day(2);
  auto flare = post("/api/v1/me/sessions", session_of("s-3", after_progress, 7, "hard"));
  ASSERT_EQ(flare.status, 201) << flare.body;
  const json flare_answer = flare.json();
  const json* back = change_with(flare_answer, "regress");
  ASSERT_NE(back, nullptr) << flare.body;
  EXPECT_NE((*back)["reason"].get<std::string>().find("7/10"), std::string::npos);
  EXPECT_EQ(flare.json()["program"]["phase"], "settle");

  // Check-ins twenty minutes apart (within the session's idle limit), so their order is clear.
  long long offset = 2 * kDay;
  for (int pain : {6, 4, 3}) {
    server.set_clock_offset(offset += 20 * 60);
    auto checkin =
        post("/api/v1/me/checkins", {{"pain", pain}, {"flare", pain > 5}, {"notes", "day note"}});
    ASSERT_EQ(checkin.status, 201) << checkin.body;
  }

  // The activities are easier now (a mean of 5.0, up 2 points: a change a person notices), and
  // the mood questionnaire is mild.
  auto psfs_later = post("/api/v1/me/instruments/psfs/responses", psfs_body({4, 5, 6}));
  ASSERT_EQ(psfs_later.status, 201) << psfs_later.body;
  EXPECT_NE(psfs_later.json()["interpretation"].get<std::string>().find("better than last time"),
            std::string::npos)
      << psfs_later.body;
  json mood = json::array();
  for (int i = 1; i <= 9; ++i) {
    mood.push_back({{"item", "item_" + std::to_string(i)}, {"value", i <= 6 ? 1 : 0}});
  }
  auto phq9 = post("/api/v1/me/instruments/phq9/responses", {{"answers", mood}});
  ASSERT_EQ(phq9.status, 201) << phq9.body;
  EXPECT_EQ(phq9.json()["score"], 6);
  EXPECT_EQ(phq9.json()["band"]["code"], "mild");
  EXPECT_TRUE(phq9.json()["safety"].is_null());

  next_day(3);
  auto progress = get("/api/v1/me/progress");
  ASSERT_EQ(progress.status, 200) << progress.body;
  const json report = progress.json();
  ASSERT_EQ(report["pain"]["checkins"].size(), 3u);
  EXPECT_EQ(report["pain"]["checkins"][0]["pain"], 6);
  EXPECT_EQ(report["pain"]["checkins"][2]["pain"], 3);
  ASSERT_EQ(report["pain"]["sessions"].size(), 3u);
  EXPECT_EQ(report["pain"]["sessions"][2]["pain_after"], 7);
  EXPECT_EQ(report["adherence"]["sessions_done"], 3);
  EXPECT_EQ(report["adherence"]["active_days"], 3);
  EXPECT_EQ(report["adherence"]["planned_days"], 4);
  EXPECT_EQ(report["adherence"]["streak_days"], 3) << "day 3 is not over yet";
  ASSERT_EQ(report["levels"].size(), 4u) << "the start and one level per session";
  EXPECT_GT(report["levels"][2]["steps_up"].get<int>(), 0);
  EXPECT_EQ(report["levels"][3]["phase"], "settle");
  const json& psfs_series = report["instruments"]["psfs"];
  ASSERT_EQ(psfs_series.size(), 2u) << progress.body;
  EXPECT_DOUBLE_EQ(psfs_series[0]["score"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(psfs_series[1]["score"].get<double>(), 5.0);
  EXPECT_LT(psfs_series[0]["taken_at"].get<long long>(),
            psfs_series[1]["taken_at"].get<long long>());
  ASSERT_EQ(report["instruments"]["phq9"].size(), 1u);
  EXPECT_EQ(report["instruments"]["phq9"][0]["score"], 6);
  EXPECT_EQ(report["instruments"]["phq9"][0]["band"], "mild");

  EXPECT_EQ(audit_rows("write", "intake"), 1);
  EXPECT_EQ(audit_rows("write", "session"), 3);
  EXPECT_EQ(audit_rows("read", "session"), 1) << "the resend";
  EXPECT_EQ(audit_rows("write", "checkin"), 3);
  EXPECT_EQ(audit_rows("write", "instrument_response"), 3);
  EXPECT_EQ(audit_rows("read", "progress"), 1);
  EXPECT_EQ(audit_rows("read", "program"), 3);
  EXPECT_EQ(audit_rows("read", "session_plan"), 2);

  // The end of the journey: the member takes their whole record away, then leaves.
  auto exported = get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.header("content-type"), "application/fhir+json");
  const json bundle = exported.json();
  EXPECT_EQ(bundle["resourceType"], "Bundle");
  int pain_observations = 0;
  for (const auto& entry : bundle["entry"]) {
    const json& resource = entry["resource"];
    if (resource["resourceType"] != "Observation") continue;
    for (const auto& coding : resource["code"].value("coding", json::array())) {
      if (coding.value("code", "") == "72514-3") ++pain_observations;
    }
  }
  EXPECT_GE(pain_observations, 3) << "the three check-ins at least";
  int questionnaire_responses = 0;
  for (const auto& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] == "QuestionnaireResponse") ++questionnaire_responses;
  }
  EXPECT_EQ(questionnaire_responses, 4) << "the intake, the two PSFS and the PHQ-9";

  auto erased =
      with_cookie(client, "DELETE", "/api/v1/me", token, json{{"password", kGoodPassword}}.dump());
  EXPECT_EQ(erased.status, 204) << erased.body;
  EXPECT_EQ(get("/api/v1/me").status, 401);
  for (const std::string table :
       {"users WHERE id", "member_intakes WHERE member_id", "member_programs WHERE member_id",
        "member_sessions WHERE member_id", "member_checkins WHERE member_id",
        "instrument_responses WHERE member_id"}) {
    EXPECT_EQ(count(table + " = '" + member_id + "'"), 0) << table;
  }
  EXPECT_GT(count("audit_log WHERE member_id = '" + member_id + "'"), 0)
      << "pseudonymous audit rows stay";
}

TEST_F(Journey, NewRedFlagInAFlareCheckPausesAndFlagsTheCareTeam) {
  const json built = post("/api/v1/me/intake", self_care_intake()).json()["program"];
  json body = session_of("s-red", built, 4, "right");
  body["flare_check"] = {{"pain_now", 6}, {"red_flags", {{"saddle_numbness", true}}}};
  auto answer = post("/api/v1/me/sessions", body);
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_TRUE(answer.json()["paused"].get<bool>());
  EXPECT_EQ(actions(answer.json()), std::multiset<std::string>{"pause"});
  EXPECT_EQ(answer.json()["flare_check"]["tier"], "emergency");
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND source = 'session' AND kind = 'emergency' "
                  "AND resolved_at IS NULL"),
            1);
  auto today = get("/api/v1/me/session/today");
  EXPECT_TRUE(today.json()["paused"].get<bool>());
  EXPECT_TRUE(today.json()["exercises"].empty());
}

TEST_F(Journey, EmergencyIntakeGivesNoProgramAndACareFlag) {
  auto intake = post("/api/v1/me/intake", emergency_intake());
  ASSERT_EQ(intake.status, 201) << intake.body;
  EXPECT_EQ(intake.json()["assessment"]["tier"], "emergency");
  EXPECT_FALSE(intake.json().contains("program"));
  EXPECT_FALSE(intake.json()["assessment"]["advice"].empty());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND kind = 'emergency' AND source = 'intake'"),
            1);
  const std::string codes =
      server.scalar("SELECT reason_codes FROM care_flags WHERE member_id = '" + member_id + "'");
  EXPECT_FALSE(json::parse(codes).empty());
  EXPECT_EQ(get("/api/v1/me/program").status, 404);
  EXPECT_EQ(count("member_intakes WHERE member_id = '" + member_id + "' AND tier = 'emergency'"),
            1);
}

TEST_F(Journey, BadBodiesAre400NamingTheField) {
  auto expect_400 = [&](const HttpResult& result, const std::string& field) {
    EXPECT_EQ(result.status, 400) << result.body;
    EXPECT_NE(result.body.find(field), std::string::npos)
        << field << " not named in " << result.body;
  };
  json intake = self_care_intake();
  intake["pain_now"] = 11;
  expect_400(post("/api/v1/me/intake", intake), "pain_now");
  intake = self_care_intake();
  intake["favourite_colour"] = "blue";
  expect_400(post("/api/v1/me/intake", intake), "favourite_colour");
  expect_400(post_text("/api/v1/me/intake", "{not json"), "JSON");
  EXPECT_EQ(count("member_intakes"), 0);

  // The refused field is named in errors[{field, message}], the message without the field.
  intake = self_care_intake();
  intake["red_flags"]["fever"] = "maybe";
  auto refused = post("/api/v1/me/intake", intake);
  ASSERT_EQ(refused.status, 400) << refused.body;
  ASSERT_EQ(refused.json()["errors"].size(), 1u) << refused.body;
  EXPECT_EQ(refused.json()["errors"][0]["field"], "red_flags.fever");
  // The route's schema words it (json_schema.hpp), before the core reads the intake.
  EXPECT_EQ(refused.json()["errors"][0]["message"], "expected true or false.");
  intake = self_care_intake();
  intake["pain_now"] = 11;
  refused = post("/api/v1/me/intake", intake);
  EXPECT_EQ(refused.json()["errors"][0]["field"], "pain_now") << refused.body;

  const json built = post("/api/v1/me/intake", self_care_intake()).json()["program"];
  json session = session_of("s-bad", built, 1, "easy");
  session.erase("client_id");
  expect_400(post("/api/v1/me/sessions", session), "client_id");
  session = session_of("s-bad", built, 1, "meh");
  expect_400(post("/api/v1/me/sessions", session), "difficulty");
  session = session_of("s-bad", built, 1, "easy");
  session["exercises"][0]["exercise_id"] = "moonwalk";
  expect_400(post("/api/v1/me/sessions", session), "exercise_id");
  session = session_of("s-bad", built, 1, "easy");
  session["flare_check"] = {{"pain_now", 99}};
  expect_400(post("/api/v1/me/sessions", session), "flare_check.pain_now");
  EXPECT_EQ(count("member_sessions"), 0) << "nothing stored for a refused session";

  expect_400(post("/api/v1/me/checkins", {{"pain", "bad"}, {"flare", false}}), "pain");
  expect_400(post("/api/v1/me/checkins", {{"pain", 3}}), "flare");
  expect_400(post("/api/v1/me/checkins", {{"pain", 3}, {"flare", false}, {"mood", "ok"}}), "mood");
  EXPECT_EQ(count("member_checkins"), 0);
}

TEST_F(Journey, StaffGet403AndStrangers401) {
  server.add_staff("pt@example.com", "therapist");
  server.add_staff("root@example.com", "admin");
  for (const std::string email : {"pt@example.com", "root@example.com"}) {
    const auto staff = cookie_token(login(client, email));
    ASSERT_FALSE(staff.empty());
    for (const std::string path :
         {"/api/v1/me/program", "/api/v1/me/session/today", "/api/v1/me/progress"}) {
      EXPECT_EQ(with_cookie(client, "GET", path, staff).status, 403) << email << " " << path;
    }
    EXPECT_EQ(with_cookie(client, "POST", "/api/v1/me/checkins", staff,
                          json{{"pain", 2}, {"flare", false}}.dump())
                  .status,
              403);
    EXPECT_EQ(
        with_cookie(client, "POST", "/api/v1/me/intake", staff, self_care_intake().dump()).status,
        403);
  }
  EXPECT_EQ(client.get("/api/v1/me/progress").status, 401);
  EXPECT_EQ(client.post_json("/api/v1/me/checkins", {{"pain", 2}, {"flare", false}}).status, 401);
  EXPECT_EQ(count("member_checkins"), 0);
}

}  // namespace
}  // namespace motus::test
