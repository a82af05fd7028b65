// The therapist's plan is the program everywhere, against the real server: PUT
// /care/members/{id}/program says truthfully that it is in force (applied, applied_at) and the
// store keeps when; the printable report and the therapist's care record list the therapist's
// exercises, not the stored engine program; and the report shows the newest score and band of
// each questionnaire the member filled in.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "member_with_therapist.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

// The report escapes every text it prints; so must what a test looks for in it.
std::string as_html(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::vector<std::string> ids_of(const json& exercises) {
  std::vector<std::string> ids;
  for (const auto& e : exercises) ids.push_back(e["exercise_id"]);
  return ids;
}

json phq9_answers(const std::vector<int>& values) {
  json answers = json::array();
  for (std::size_t i = 0; i < values.size(); ++i) {
    answers.push_back({{"item", "item_" + std::to_string(i + 1)}, {"value", values[i]}});
  }
  return answers;
}

class ReportPlan : public MemberWithTherapist {
 protected:
  void SetUp() override {
    MemberWithTherapist::SetUp();
    if (HasFatalFailure()) return;
    built = ids_of(get("/api/v1/me/program").json()["program"]["exercises"]);
    ASSERT_GE(built.size(), 2u);
    const json library = client.get("/api/v1/exercises").json()["exercises"];
    for (const auto& exercise : library) {
      names[exercise["id"]] = exercise["name"];
      const std::string id = exercise["id"];
      if (added.empty() && std::find(built.begin(), built.end(), id) == built.end()) added = id;
    }
    ASSERT_FALSE(added.empty()) << library.dump().substr(0, 300);
    kept = built.front();
  }

  HttpResult change_plan() {
    return as_therapist("PUT", "/api/v1/care/members/" + member_id + "/program",
                        {{"exercises",
                          {{{"exercise_id", kept}, {"sets", 1}, {"reps", 5}},
                           {{"exercise_id", added}, {"sets", 2}, {"reps", 7}}}},
                         {"note", "Two exercises only while your back settles."}});
  }
  std::string report() {
    auto page = get("/api/v1/me/report");
    EXPECT_EQ(page.status, 200) << page.body;
    return page.body;
  }
  bool lists(const std::string& page, const std::string& id) {
    return page.find("<td>" + as_html(names[id]) + "</td>") != std::string::npos;
  }

  std::vector<std::string> built;
  std::map<std::string, std::string> names;
  std::string kept, added;
};

TEST_F(ReportPlan, ThePutSaysTheOverrideIsInForceAndTheStoreKeepsWhen) {
  auto put = change_plan();
  ASSERT_EQ(put.status, 200) << put.body;
  const json answer = put.json()["program_override"];
  EXPECT_TRUE(answer["applied"].get<bool>());
  const auto created = answer["created_at"].get<long long>();
  EXPECT_GT(created, 0);
  EXPECT_EQ(answer["applied_at"].get<long long>(), created);
  EXPECT_FALSE(answer["in_force"].get<std::string>().empty());
  EXPECT_EQ(server.scalar("SELECT applied_at FROM program_overrides WHERE id = $1",
                          {answer["id"].get<std::string>()}),
            std::to_string(created));
  EXPECT_TRUE(care_record()["program_override"]["applied"].get<bool>());
  // What "in force" promises: the member's very next program read follows the plan.
  EXPECT_EQ(ids_of(get("/api/v1/me/program").json()["program"]["exercises"]),
            (std::vector<std::string>{kept, added}));
}

TEST_F(ReportPlan, TheReportAndTheCareRecordListTheTherapistsExercises) {
  const auto before = report();
  for (const auto& id : built) EXPECT_TRUE(lists(before, id)) << id << " missing before the plan";
  EXPECT_FALSE(lists(before, added));
  const json record_before = care_record()["program"];
  EXPECT_EQ(ids_of(record_before["program"]["exercises"]), built);
  EXPECT_TRUE(record_before["therapist_change"].is_null());

  ASSERT_EQ(change_plan().status, 200);
  const auto after = report();
  EXPECT_TRUE(lists(after, kept));
  EXPECT_TRUE(lists(after, added)) << "the therapist's new exercise";
  for (std::size_t i = 1; i < built.size(); ++i) {
    EXPECT_FALSE(lists(after, built[i])) << built[i] << " was removed by the therapist";
  }
  EXPECT_NE(after.find("Robin Hale"), std::string::npos);
  EXPECT_NE(after.find("Two exercises only while your back settles."), std::string::npos);

  const json program = care_record()["program"];
  EXPECT_EQ(ids_of(program["program"]["exercises"]), (std::vector<std::string>{kept, added}));
  std::vector<std::string> state_ids;
  for (const auto& e : program["state"]["exercises"])
    state_ids.push_back(e["current"]["exercise_id"]);
  EXPECT_EQ(state_ids, (std::vector<std::string>{kept, added}));
  EXPECT_EQ(program["program"]["exercises"][1]["reps"], 7);
  EXPECT_EQ(program["therapist_change"]["by"], "Robin Hale");
}

TEST_F(ReportPlan, TheReportShowsTheNewestQuestionnaireScoreAndItsBand) {
  EXPECT_NE(report().find("not filled in a questionnaire"), std::string::npos);
  std::string title;
  const json instruments = client.get("/api/v1/instruments").json()["instruments"];
  for (const auto& instrument : instruments) {
    if (instrument["id"] == "phq9") title = instrument["title"];
  }
  ASSERT_FALSE(title.empty());

  auto first = post("/api/v1/me/instruments/phq9/responses",
                    {{"answers", phq9_answers({1, 1, 1, 1, 1, 1, 1, 1, 0})}});
  ASSERT_EQ(first.status, 201) << first.body;
  auto second = post("/api/v1/me/instruments/phq9/responses",
                     {{"answers", phq9_answers({2, 2, 2, 2, 2, 2, 1, 1, 0})}});
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.json()["score"], 14);
  const std::string band = second.json()["band"]["label"];
  ASSERT_NE(band, first.json()["band"]["label"].get<std::string>()) << "two bands to tell apart";

  const auto page = report();
  const auto start = page.find("<h2>Your questionnaires</h2>");
  ASSERT_NE(start, std::string::npos) << page;
  const auto section = page.substr(start, page.find("</section>", start) - start);
  const auto row = section.find("<td>" + as_html(title) + "</td>");
  ASSERT_NE(row, std::string::npos) << section;
  const auto line = section.substr(row, section.find("</tr>", row) - row);
  EXPECT_NE(line.find("<td>14</td>"), std::string::npos) << line;
  EXPECT_NE(line.find("<td>" + as_html(band) + "</td>"), std::string::npos) << line;
  EXPECT_EQ(section.find("<td>8</td>"), std::string::npos) << "only the newest score";
}

}  // namespace
}  // namespace motus::test
