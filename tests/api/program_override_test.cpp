// A therapist's change to a member's program against the real server: the member's program,
// today's session and the exported care plan follow the therapist's plan (an exercise kept at a new
// dose, one removed, one added) and say who changed it, when and why; sessions after it, easy ones
// and a flare, never undo it.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "member_with_therapist.hpp"

namespace motus::test {
namespace {

using nlohmann::json;
constexpr long long kDay = 24 * 60 * 60;

std::vector<std::string> ids_of(const json& exercises) {
  std::vector<std::string> ids;
  for (const auto& e : exercises) ids.push_back(e["exercise_id"]);
  return ids;
}

json session_of(const std::string& client_id, const std::vector<std::string>& ids, int pain,
                const std::string& difficulty) {
  json exercises = json::array();
  for (const auto& id : ids) {
    exercises.push_back(
        {{"exercise_id", id}, {"done", true}, {"pain", pain}, {"difficulty", difficulty}});
  }
  return {{"client_id", client_id},
          {"pain_before", 2},
          {"pain_after", pain > 5 ? 7 : 1},
          {"next_morning_pain", pain > 5 ? 6 : 1},
          {"exercises", exercises}};
}

class ProgramOverride : public MemberWithTherapist {
 protected:
  void SetUp() override {
    MemberWithTherapist::SetUp();
    if (HasFatalFailure()) return;
    built = ids_of(first_program["exercises"]);
    ASSERT_GE(built.size(), 2u);
    // An exercise the engine did not choose, for the therapist to add.
    const json library = client.get("/api/v1/exercises").json();
    for (const auto& exercise : library["exercises"]) {
      const std::string id = exercise["id"];
      if (std::find(built.begin(), built.end(), id) == built.end()) {
        added = id;
        break;
      }
    }
    ASSERT_FALSE(added.empty());
    kept = built.front();
    removed = std::vector<std::string>(built.begin() + 1, built.end());
  }

  void next_day(long long days) {
    server.set_clock_offset(days * kDay);
    token = cookie_token(login(client, "ada.morrow@example.com"));
    ASSERT_FALSE(token.empty());
  }
  HttpResult change_plan() {
    return bearer_call(client, therapist, "PUT", "/api/v1/care/members/" + member_id + "/program",
                       {{"exercises",
                         {{{"exercise_id", kept}, {"sets", 1}, {"reps", 5}, {"rest_seconds", 60}},
                          {{"exercise_id", added}, {"sets", 2}, {"reps", 6}, {"hold_seconds", 3}}}},
                        {"note", "Fewer repeats while your back settles, and one new exercise."}});
  }
  // The plan as the member's program must show it.
  void expect_the_plan(const json& program) {
    ASSERT_EQ(ids_of(program["exercises"]), (std::vector<std::string>{kept, added}))
        << program.dump();
    EXPECT_EQ(program["exercises"][0]["sets"], 1);
    EXPECT_EQ(program["exercises"][0]["reps"], 5);
    EXPECT_EQ(program["exercises"][0]["rest_seconds"], 60);
    EXPECT_EQ(program["exercises"][1]["reps"], 6);
    EXPECT_EQ(program["exercises"][1]["hold_seconds"], 3);
  }

  std::vector<std::string> built;
  std::string kept, added;
  std::vector<std::string> removed;
};

TEST_F(ProgramOverride, TheProgramAndTodaysSessionFollowThePlanAndSayWhoChangedIt) {
  auto before = get("/api/v1/me/program");
  ASSERT_EQ(before.status, 200);
  EXPECT_TRUE(before.json()["therapist_change"].is_null());

  ASSERT_EQ(change_plan().status, 200);
  auto program = get("/api/v1/me/program");
  ASSERT_EQ(program.status, 200) << program.body;
  expect_the_plan(program.json()["program"]);
  const json change = program.json()["therapist_change"];
  EXPECT_EQ(change["message"],
            "Your therapist changed your plan: Fewer repeats while your back settles, and one new "
            "exercise.");
  EXPECT_EQ(change["by"], "Robin Hale");
  EXPECT_GT(change["at"].get<long long>(), 0);
  EXPECT_EQ(change["on"].get<std::string>().size(), 10u);
  EXPECT_NE(program.json()["program"]["exercises"][1]["why"].get<std::string>().find("therapist"),
            std::string::npos);

  // Day 0 is a strength day, so every exercise of the plan is on it, and nothing else.
  auto today = get("/api/v1/me/session/today");
  ASSERT_EQ(today.status, 200) << today.body;
  std::set<std::string> listed;
  for (const auto& key : {"exercises", "resting"}) {
    for (const auto& id : ids_of(today.json()[key])) listed.insert(id);
  }
  EXPECT_EQ(listed, (std::set<std::string>{kept, added}));
  const json plan_today = today.json();
  // Today carries the same change and note, so the member sees it where they start.
  EXPECT_EQ(plan_today["therapist_change"], change) << today.body;
  for (const auto& e : plan_today["exercises"]) {
    if (e["exercise_id"] == kept) {
      EXPECT_EQ(e["reps"], 5);
      // The dose in the server's words, and the lighter dose the player offers, worded too.
      EXPECT_EQ(e["dose_words"], "1 set of 5, rest 60 seconds");
      EXPECT_EQ(e["lighter"]["sets"], 1);
      EXPECT_EQ(e["lighter"]["reps"], 3);
      EXPECT_EQ(e["lighter"]["rest_seconds"], 90);
      EXPECT_EQ(e["lighter"]["dose_words"], "1 set of 3, rest 90 seconds");
    }
  }

  // The care record words the plan as the member's screens do.
  const json record = care_record();
  ASSERT_EQ(record["program_override"]["exercises"].size(), 2u) << record.dump();
  EXPECT_EQ(record["program_override"]["exercises"][0]["dose_words"],
            "1 set of 5, rest 60 seconds");
  EXPECT_EQ(record["program_override"]["exercises"][1]["dose_words"],
            "2 sets of 6 × 3-second hold");
  for (const auto& entry : record["program"]["state"]["exercises"]) {
    EXPECT_FALSE(entry["current"]["dose_words"].get<std::string>().empty()) << entry.dump();
  }

  // The exported care plan is the plan the member follows.
  auto exported = get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  std::vector<std::string> activities;
  const json bundle = exported.json();
  for (const auto& entry : bundle["entry"]) {
    if (entry["resource"]["resourceType"] != "CarePlan") continue;
    for (const auto& activity : entry["resource"]["activity"]) {
      activities.push_back(activity["detail"]["code"]["text"]);
    }
  }
  EXPECT_EQ(activities, (std::vector<std::string>{kept, added}));
}

TEST_F(ProgramOverride, SessionsAfterThePlanNeverUndoIt) {
  ASSERT_EQ(change_plan().status, 200);
  const std::string phase = get("/api/v1/me/program").json()["program"]["phase"];

  // A removed exercise is not in the program any more, so feedback on it is refused.
  auto stale = post("/api/v1/me/sessions", session_of("s-0", {removed.front()}, 1, "easy"));
  EXPECT_EQ(stale.status, 400) << stale.body;
  EXPECT_NE(stale.body.find(removed.front()), std::string::npos);

  // Two easy sessions in a row would step the engine's own program up.
  for (int day = 0; day < 2; ++day) {
    if (day > 0) next_day(day);
    auto easy = post("/api/v1/me/sessions",
                     session_of("s-easy-" + std::to_string(day), {kept, added}, 1, "easy"));
    ASSERT_EQ(easy.status, 201) << easy.body;
    const json answer = easy.json();
    for (const auto& c : answer["changes"]) {
      EXPECT_EQ(c["action"], "hold") << easy.body;
      EXPECT_NE(c["reason"].get<std::string>().find("therapist"), std::string::npos) << c.dump();
    }
    expect_the_plan(easy.json()["program"]);
  }

  // A flare would step it back and move the phase to settle.
  next_day(2);
  auto flare = post("/api/v1/me/sessions", session_of("s-flare", {kept, added}, 7, "hard"));
  ASSERT_EQ(flare.status, 201) << flare.body;
  const json flare_answer = flare.json();
  for (const auto& c : flare_answer["changes"]) {
    EXPECT_EQ(c["action"], "hold") << flare.body;
    EXPECT_NE(c["reason"].get<std::string>().find("too much"), std::string::npos) << c.dump();
  }
  auto program = get("/api/v1/me/program");
  ASSERT_EQ(program.status, 200);
  expect_the_plan(program.json()["program"]);
  EXPECT_EQ(program.json()["program"]["phase"], phase) << "the phase is held";
  EXPECT_EQ(program.json()["sessions"], 3);
  for (const auto& id : removed) {
    const auto ids = ids_of(program.json()["program"]["exercises"]);
    EXPECT_EQ(std::find(ids.begin(), ids.end(), id), ids.end()) << id << " came back";
  }
}

TEST_F(ProgramOverride, AWarningSignStillPausesAProgramUnderAPlan) {
  ASSERT_EQ(change_plan().status, 200);
  json body = session_of("s-red", {kept, added}, 3, "right");
  body["flare_check"] = {{"pain_now", 6}, {"red_flags", {{"saddle_numbness", true}}}};
  auto answer = post("/api/v1/me/sessions", body);
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_TRUE(answer.json()["paused"].get<bool>());
  auto today = get("/api/v1/me/session/today");
  EXPECT_TRUE(today.json()["paused"].get<bool>());
  EXPECT_TRUE(today.json()["exercises"].empty());
}

// Before the change 2^32 + 3 sets was narrowed to int and stored as 3 sets, and answered 200.
TEST_F(ProgramOverride, ANumberTooLargeForADoseIsRefusedNotWrapped) {
  const auto programs = count("program_overrides");
  for (const json& sets :
       {json(4294967299ULL), json(18446744073709551615ULL), json(-4294967293LL), json(2.5)}) {
    const auto res =
        as_therapist("PUT", "/api/v1/care/members/" + member_id + "/program",
                     {{"exercises", {{{"exercise_id", kept}, {"sets", sets}, {"reps", 5}}}}});
    ASSERT_EQ(res.status, 400) << sets.dump() << " " << res.body;
    EXPECT_NE(res.json()["detail"].get<std::string>().find("sets"), std::string::npos) << res.body;
  }
  EXPECT_EQ(count("program_overrides"), programs) << "nothing stored";
}

}  // namespace
}  // namespace motus::test
