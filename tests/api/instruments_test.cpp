// Outcome questionnaires against the real server: the public list the web app draws forms
// from; a member's response scored, stored once per client_id and charted in progress; bad
// answers named; the mood questionnaire's safety answers (question 9, a severe total) with
// crisis guidance, a care flag at the top of the queue and their audit rows; the latest scores
// in the care team's record; the FHIR export (schema-valid) and the purge on deletion.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <string>
#include <vector>

#include "account_fixture.hpp"
#include "support/shell.hpp"
#include "support/temp_dir.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

// PHQ-9 answers in question order, as the API takes them.
json phq9_answers(const std::vector<int>& values) {
  json answers = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back({{"item", "item_" + std::to_string(i + 1)}, {"value", values[i]}});
  }
  return answers;
}

json psfs_answers(const std::vector<int>& values) {
  const std::vector<std::string> named = {"putting on socks", "sitting through a film",
                                          "carrying shopping", "gardening", "running"};
  json answers = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back(
        {{"item", "activity_" + std::to_string(i + 1)}, {"value", values[i]}, {"named", named[i]}});
  }
  return answers;
}

int sum(const std::vector<int>& values) { return std::accumulate(values.begin(), values.end(), 0); }

class Instruments : public SignedUpMember {
 protected:
  HttpResult respond(const std::string& instrument, const json& body) {
    return with_cookie(client, "POST", "/api/v1/me/instruments/" + instrument + "/responses", token,
                       body.dump());
  }
  int count(const std::string& where) {
    return std::stoi(server.scalar("SELECT count(*) FROM " + where));
  }
  int audit_rows(const std::string& member, const std::string& action, const std::string& entity) {
    return count("audit_log WHERE member_id = '" + member + "' AND action = '" + action +
                 "' AND entity = '" + entity + "' AND outcome = 'allowed'");
  }

  // Another person on Riverside's roster (on roster line `line`), signed up; their session token.
  std::string sign_up(const std::string& first, const std::string& last, const std::string& birth,
                      int line) {
    const auto lower = [](std::string text) {
      for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return text;
    };
    const std::string email = lower(first + "." + last + "@example.com");
    server.console().execute(
        "INSERT INTO roster_entries (organization_id, first_name, last_name, date_of_birth, "
        "email, line) VALUES ($1, $2, $3, $4, $5, $6)",
        {kOrganizationId, lower(first), lower(last), birth, email, std::int64_t{line}});
    auto body = ada_signup();
    body["email"] = email;
    body["first_name"] = first;
    body["last_name"] = last;
    body["date_of_birth"] = birth;
    auto signup = client.post_json("/api/v1/auth/signup", body);
    EXPECT_EQ(signup.status, 201) << signup.body;
    return cookie_token(signup);
  }

  std::string staff_token(const std::string& email, const std::string& role) {
    server.add_staff(email, role);
    return cookie_token(login(client, email));
  }
};

TEST_F(Instruments, TheListHasEveryQuestionItsAnswersAndTheBands) {
  const int audit_before = count("audit_log");
  auto listed = client.get("/api/v1/instruments");
  ASSERT_EQ(listed.status, 200) << listed.body;
  std::map<std::string, json> by_id;
  const json list = listed.json();
  for (const auto& instrument : list["instruments"]) by_id[instrument["id"]] = instrument;
  for (const std::string id : {"nprs", "psfs", "phq9", "gad7"}) {
    ASSERT_TRUE(by_id.count(id)) << id << " missing from " << listed.body.substr(0, 300);
    EXPECT_FALSE(by_id[id]["title"].get<std::string>().empty()) << id;
    EXPECT_FALSE(by_id[id]["licence"].get<std::string>().empty()) << id;
  }
  const json& phq9 = by_id["phq9"];
  ASSERT_EQ(phq9["items"].size(), 9u);
  for (const auto& item : phq9["items"]) {
    EXPECT_EQ(item["answers"].size(), 4u) << item["id"];
    EXPECT_EQ(item["answers"][3]["value"], 3);
  }
  EXPECT_EQ(phq9["bands"].back()["code"], "severe");
  EXPECT_EQ(phq9["bands"].back()["min"], 20);
  EXPECT_TRUE(by_id["psfs"]["items"][0]["named_by_person"].get<bool>());
  EXPECT_EQ(by_id["psfs"]["scoring"]["kind"], "mean");
  EXPECT_EQ(count("audit_log"), audit_before) << "public content leaves no audit row";
}

TEST_F(Instruments, AResponseIsScoredStoredAndAudited) {
  const std::vector<int> values = {2, 1, 2, 2, 1, 1, 2, 1, 0};
  auto answer = respond("phq9", {{"answers", phq9_answers(values)}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json body = answer.json();
  EXPECT_EQ(body["instrument"], "phq9");
  EXPECT_EQ(body["score"], sum(values));
  EXPECT_EQ(body["band"]["code"], "moderate");
  EXPECT_NE(body["interpretation"].get<std::string>().find(std::to_string(sum(values))),
            std::string::npos)
      << body["interpretation"];
  EXPECT_TRUE(body["safety"].is_null());
  EXPECT_FALSE(body["care_team_told"].get<bool>());
  EXPECT_GT(body["taken_at"].get<long long>(), 0);
  EXPECT_EQ(count("instrument_responses WHERE member_id = '" + member_id +
                  "' AND instrument = 'phq9' AND band = 'moderate'"),
            1);
  EXPECT_EQ(count("care_flags"), 0);
  EXPECT_EQ(audit_rows(member_id, "write", "instrument_response"), 1);

  // A mean of the named activities, kept with the person's own words.
  auto psfs = respond("psfs", {{"answers", psfs_answers({3, 4, 4})}});
  ASSERT_EQ(psfs.status, 201) << psfs.body;
  EXPECT_NEAR(psfs.json()["score"].get<double>(), 11.0 / 3.0, 1e-9);
  EXPECT_NE(psfs.json()["interpretation"].get<std::string>().find("3.7"), std::string::npos);
  EXPECT_EQ(psfs.json()["answers"][0]["named"], "putting on socks");
}

TEST_F(Instruments, TheSameClientIdAgainGetsTheFirstAnswerAndStoresNothing) {
  const json body = {{"client_id", "nprs-1"}, {"answers", {{{"item", "pain"}, {"value", 6}}}}};
  auto first = respond("nprs", body);
  ASSERT_EQ(first.status, 201) << first.body;
  server.set_clock_offset(60);
  auto again = respond("nprs", body);
  EXPECT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json(), first.json());
  EXPECT_EQ(count("instrument_responses WHERE member_id = '" + member_id + "'"), 1);
  EXPECT_EQ(audit_rows(member_id, "read", "instrument_response"), 1) << "the resend";

  auto another =
      respond("nprs", {{"client_id", "nprs-2"}, {"answers", {{{"item", "pain"}, {"value", 3}}}}});
  ASSERT_EQ(another.status, 201) << another.body;
  EXPECT_NE(another.json()["interpretation"].get<std::string>().find("better than last time (6)"),
            std::string::npos)
      << another.body;
  EXPECT_EQ(count("instrument_responses WHERE member_id = '" + member_id + "'"), 2);
}

TEST_F(Instruments, BadAnswersAre400NamingTheQuestionAndUnknownInstruments404) {
  auto expect_400 = [&](const HttpResult& result, const std::string& words) {
    EXPECT_EQ(result.status, 400) << result.body;
    EXPECT_NE(result.body.find(words), std::string::npos)
        << words << " not named in " << result.body;
  };
  json missing = phq9_answers({1, 1, 1, 1, 1, 1, 1, 1, 1});
  missing.erase(6);
  expect_400(respond("phq9", {{"answers", missing}}), "item_7");
  json out_of_range = phq9_answers({1, 1, 1, 1, 7, 1, 1, 1, 1});
  expect_400(respond("phq9", {{"answers", out_of_range}}), "item_5");
  expect_400(
      respond("phq9", {{"answers", phq9_answers({1, 1, 1, 1, 1, 1, 1, 1, 1})}, {"mood", "fine"}}),
      "mood");
  expect_400(respond("phq9", json::object()), "answers");
  expect_400(respond("psfs", {{"answers", psfs_answers({3, 4})}}), "activity_3");
  json unnamed = psfs_answers({3, 4, 5});
  unnamed[1].erase("named");
  expect_400(respond("psfs", {{"answers", unnamed}}), "answers[1].named");
  auto unknown = respond("moodometer", {{"answers", json::array()}});
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  EXPECT_EQ(count("instrument_responses"), 0) << "nothing stored for a refused response";
}

TEST_F(Instruments, ThoughtsOfSelfHarmBringCrisisGuidanceAndPutTheMemberFirstInTheQueue) {
  const auto admin = staff_token("root@example.com", "admin");
  // Bo's intake screens as an emergency; Cy's mood questionnaire is in the severe band.
  const auto bo = sign_up("Bo", "Lind", "1975-06-01", 3);
  auto emergency = with_cookie(client, "POST", "/api/v1/me/intake", bo,
                               json{{"age", 50},
                                    {"duration_weeks", 1},
                                    {"pain_now", 8},
                                    {"red_flags", {{"saddle_numbness", true}}}}
                                   .dump());
  ASSERT_EQ(emergency.status, 201) << emergency.body;
  ASSERT_EQ(emergency.json()["assessment"]["tier"], "emergency");
  const auto cy = sign_up("Cy", "Moss", "1990-09-09", 4);
  const std::vector<int> severe = {3, 3, 3, 3, 3, 3, 2, 0, 0};
  auto low = with_cookie(client, "POST", "/api/v1/me/instruments/phq9/responses", cy,
                         json{{"answers", phq9_answers(severe)}}.dump());
  ASSERT_EQ(low.status, 201) << low.body;
  EXPECT_EQ(low.json()["band"]["code"], "severe");
  EXPECT_TRUE(low.json()["safety"].is_null()) << "a severe total alone brings no crisis block";
  EXPECT_TRUE(low.json()["care_team_told"].get<bool>());
  EXPECT_NE(low.json()["interpretation"].get<std::string>().find("care team has been told"),
            std::string::npos);

  // Ada answers "on a few days" to question 9, with an otherwise mild score.
  auto answer = respond("phq9", {{"answers", phq9_answers({1, 1, 0, 1, 0, 0, 0, 0, 1})}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json safety = answer.json()["safety"];
  ASSERT_TRUE(safety.is_object()) << answer.body;
  EXPECT_EQ(safety["concern"], "self_harm_thoughts");
  std::string guidance = safety["title"];
  for (const auto& step : safety["steps"]) guidance += " " + step.get<std::string>();
  for (const std::string words : {"not alone", "emergency number", "988", "116 123",
                                  "someone you trust", "care team has been told"}) {
    EXPECT_NE(guidance.find(words), std::string::npos) << words;
  }
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND kind = 'self_harm_thoughts' AND source = 'instrument' AND "
                  "resolved_at IS NULL"),
            1);
  EXPECT_EQ(audit_rows(member_id, "write", "care_flag:self_harm_thoughts"), 1);

  auto queue = with_cookie(client, "GET", "/api/v1/care/queue", admin);
  ASSERT_EQ(queue.status, 200) << queue.body;
  std::vector<std::string> order;
  const json ranked = queue.json();
  for (const auto& entry : ranked["members"]) order.push_back(entry["name"]);
  ASSERT_GE(order.size(), 3u) << queue.body;
  EXPECT_EQ(std::vector<std::string>(order.begin(), order.begin() + 3),
            (std::vector<std::string>{"Ada Morrow", "Bo Lind", "Cy Moss"}))
      << queue.body;
  const std::string first_reason = ranked["members"][0]["reasons"][0];
  EXPECT_NE(first_reason.find("better off dead"), std::string::npos) << first_reason;
  EXPECT_NE(ranked["members"][2]["reasons"][0].get<std::string>().find("severe"), std::string::npos)
      << queue.body;
}

TEST_F(Instruments, ProgressChartsEachInstrumentAndTheCareTeamSeesTheLatest) {
  long long offset = 0;
  for (int pain : {7, 5, 4}) {
    server.set_clock_offset(offset += 60);
    ASSERT_EQ(respond("nprs", {{"answers", {{{"item", "pain"}, {"value", pain}}}}}).status, 201);
  }
  ASSERT_EQ(respond("gad7", {{"answers", phq9_answers({1, 1, 1, 0, 0, 0, 1})}}).status, 201);
  auto progress = get("/api/v1/me/progress");
  ASSERT_EQ(progress.status, 200) << progress.body;
  const json series = progress.json()["instruments"];
  ASSERT_EQ(series["nprs"].size(), 3u) << progress.body;
  EXPECT_EQ(series["nprs"][0]["score"], 7);
  EXPECT_EQ(series["nprs"][0]["band"], "severe");
  EXPECT_EQ(series["nprs"][2]["score"], 4);
  EXPECT_LT(series["nprs"][0]["taken_at"].get<long long>(),
            series["nprs"][2]["taken_at"].get<long long>());
  ASSERT_EQ(series["gad7"].size(), 1u);
  EXPECT_EQ(series["gad7"][0]["score"], 4);

  const auto admin = staff_token("root@example.com", "admin");
  ASSERT_EQ(with_cookie(client, "POST", "/api/v1/care/members/" + member_id + "/break-glass", admin,
                        R"({"reason": "Checking the questionnaire scores."})")
                .status,
            201);
  auto record = with_cookie(client, "GET", "/api/v1/care/members/" + member_id, admin);
  ASSERT_EQ(record.status, 200) << record.body;
  const json latest = record.json()["instruments"];
  EXPECT_EQ(latest["nprs"]["score"], 4);
  EXPECT_EQ(latest["nprs"]["band"], "moderate");
  EXPECT_EQ(latest["nprs"]["times_taken"], 3);
  EXPECT_EQ(latest["gad7"]["score"], 4);
}

TEST_F(Instruments, TheExportCarriesEachResponseAndDeletionRemovesThem) {
  ASSERT_EQ(respond("nprs", {{"answers", {{{"item", "pain"}, {"value", 5}}}}}).status, 201);
  ASSERT_EQ(respond("psfs", {{"answers", psfs_answers({2, 5, 6, 7})}}).status, 201);
  ASSERT_EQ(respond("phq9", {{"answers", phq9_answers({1, 1, 1, 1, 1, 1, 1, 1, 1})}}).status, 201);
  auto exported = get("/api/v1/me/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  TempDir dir;
  const auto file = dir.path() / "export.json";
  std::ofstream(file) << exported.body;
  const std::string validator = std::string(MOTUS_SOURCE_DIR) + "/tests/fhir";
  ASSERT_TRUE(std::filesystem::exists(validator + "/node_modules/ajv"))
      << "the FHIR validator is not installed: run scripts/setup-deps";
  const auto run = run_shell("node '" + validator + "/validate.mjs' '" + file.string() + "' 2>&1");
  EXPECT_EQ(run.exit_code, 0) << run.output;

  int responses = 0, nprs_scores = 0, psfs_scores = 0;
  const json bundle = exported.json();
  for (const auto& entry : bundle["entry"]) {
    const json& resource = entry["resource"];
    if (resource["resourceType"] == "QuestionnaireResponse") {
      for (const auto& item : resource.value("item", json::array())) {
        if (item["linkId"] == "activity_2") {
          EXPECT_EQ(item["text"], "sitting through a film");
          ++responses;
        }
        if (item["linkId"] == "item_9" || item["linkId"] == "pain") ++responses;
      }
    }
    if (resource["resourceType"] != "Observation") continue;
    for (const auto& coding : resource["code"].value("coding", json::array())) {
      if (coding.value("code", "") == "72514-3" && resource.contains("derivedFrom")) ++nprs_scores;
    }
    if (resource["code"].value("text", "") == "Things you want to be able to do score") {
      EXPECT_NEAR(resource["valueQuantity"]["value"].get<double>(), 5.0, 1e-9);
      ++psfs_scores;
    }
  }
  EXPECT_EQ(responses, 3) << "the NPRS, the PSFS and the PHQ-9 as QuestionnaireResponses";
  EXPECT_EQ(nprs_scores, 1) << "the NPRS score with its LOINC code";
  EXPECT_EQ(psfs_scores, 1) << "the PSFS mean, with no LOINC code of its own";

  auto erased =
      with_cookie(client, "DELETE", "/api/v1/me", token, json{{"password", kGoodPassword}}.dump());
  ASSERT_EQ(erased.status, 204) << erased.body;
  EXPECT_EQ(count("instrument_responses WHERE member_id = '" + member_id + "'"), 0);
}

TEST_F(Instruments, OnlyMembersRespond) {
  const json body = {{"answers", {{{"item", "pain"}, {"value", 2}}}}};
  for (const std::string role : {"therapist", "admin"}) {
    const auto staff = staff_token(role + "@example.com", role);
    EXPECT_EQ(
        with_cookie(client, "POST", "/api/v1/me/instruments/nprs/responses", staff, body.dump())
            .status,
        403)
        << role;
  }
  EXPECT_EQ(client.post_json("/api/v1/me/instruments/nprs/responses", body).status, 401);
  EXPECT_EQ(count("instrument_responses"), 0);
}

}  // namespace
}  // namespace motus::test
