// A flare check-in asks the warning-sign questions (docs/clinical-sources.md §3: screen again on
// every flare), against the real server: a warning sign answers with the same safety block as a
// session's flare check, pauses the program and puts the member in the therapist's queue; a flare
// without one raises nothing; a flare without the answers lists the questions; a wrong answer type
// is a 400 naming the field and stores nothing.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "member_with_therapist.hpp"

namespace motus::test {
namespace {

using nlohmann::json;

class CheckinFlare : public MemberWithTherapist {
 protected:
  json queue_entry() {
    auto queue = as_therapist("GET", "/api/v1/care/queue");
    EXPECT_EQ(queue.status, 200) << queue.body;
    const json members = queue.json()["members"];
    for (const auto& entry : members) {
      if (entry["member_id"] == member_id) return entry;
    }
    ADD_FAILURE() << member_id << " is not in the queue: " << queue.body;
    return json::object();
  }
  // A flare_check answering every listed question the same way: yes (a leg: both) or no (none).
  // Fields are as listed, after `prefix` ("flare_check." in a check-in's safety_questions).
  static json answer_all(const json& questions, const std::string& prefix, bool yes) {
    json check = json::object();
    for (const auto& question : questions) {
      const auto path = question["field"].get<std::string>().substr(prefix.size());
      const auto dot = path.find('.');
      const json value =
          question["answer"][0].is_boolean() ? json(yes) : json(yes ? "both" : "none");
      if (dot == std::string::npos) {
        check[path] = value;
      } else {
        check[path.substr(0, dot)][path.substr(dot + 1)] = value;
      }
    }
    return check;
  }
  bool program_paused() {
    auto today = get("/api/v1/me/session/today");
    EXPECT_EQ(today.status, 200) << today.body;
    return today.json()["paused"].get<bool>();
  }
};

TEST_F(CheckinFlare, AWarningSignAnswersWithTheSafetyBlockPausesAndReachesTheQueue) {
  auto answer =
      post("/api/v1/me/checkins", {{"pain", 7},
                                   {"flare", true},
                                   {"flare_check", {{"red_flags", {{"saddle_numbness", true}}}}}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json body = answer.json();
  EXPECT_EQ(answer.body.rfind("{\"flare_check\"", 0), 0u) << "the safety block comes first";
  EXPECT_EQ(body["flare_check"]["tier"], "emergency");
  ASSERT_FALSE(body["flare_check"]["reasons"].empty());
  EXPECT_EQ(body["flare_check"]["reasons"][0]["code"], "saddle_numbness");
  EXPECT_FALSE(body["flare_check"]["advice"].empty());
  EXPECT_TRUE(body["paused"].get<bool>());
  EXPECT_FALSE(body.contains("safety_questions")) << "the questions were answered";
  EXPECT_TRUE(program_paused());

  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id +
                  "' AND kind = 'emergency' AND resolved_at IS NULL"),
            1);
  const json entry = queue_entry();
  EXPECT_TRUE(entry["needs_attention"].get<bool>()) << entry.dump();
  ASSERT_FALSE(entry["reasons"].empty()) << entry.dump();
  EXPECT_NE(entry["reasons"][0].get<std::string>().find("emergency warning sign"),
            std::string::npos)
      << entry.dump();
  const json flags = care_record()["history"]["care_flags"];
  ASSERT_EQ(flags.size(), 1u) << flags.dump();
  EXPECT_EQ(flags[0]["reason_codes"], json::array({"saddle_numbness"}));
  EXPECT_TRUE(flags[0]["open"].get<bool>());
}

TEST_F(CheckinFlare, AnUrgentSignPausesTooButANewLegSignOnlyAsksForAReview) {
  // docs/clinical-sources.md §3: urgent pauses the program; a routine review keeps the gentle
  // program.
  auto review =
      post("/api/v1/me/checkins",
           {{"pain", 6},
            {"flare", true},
            {"flare_check",
             {{"new_symptoms", true}, {"leg_symptoms", {{"numbness", true}, {"side", "left"}}}}}});
  ASSERT_EQ(review.status, 201) << review.body;
  EXPECT_EQ(review.json()["flare_check"]["tier"], "routine");
  EXPECT_FALSE(review.json()["paused"].get<bool>());
  EXPECT_FALSE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 0);
  // The advice agrees with the tier: a review recommends a doctor and never says all is clear.
  const std::string advice = review.json()["advice"];
  EXPECT_NE(advice.find("doctor"), std::string::npos) << advice;
  EXPECT_NE(advice.find("program goes on"), std::string::npos) << advice;
  EXPECT_EQ(advice.find("None of your answers"), std::string::npos) << advice;

  auto urgent = post("/api/v1/me/checkins",
                     {{"pain", 6},
                      {"flare", true},
                      {"flare_check", {{"red_flags", {{"weight_loss_unexplained", true}}}}}});
  ASSERT_EQ(urgent.status, 201) << urgent.body;
  EXPECT_EQ(urgent.json()["flare_check"]["tier"], "urgent");
  EXPECT_TRUE(urgent.json()["paused"].get<bool>());
  EXPECT_TRUE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "' AND kind = 'urgent'"), 1);
}

TEST_F(CheckinFlare, APausedProgramStaysPausedAfterCalmAnswersAndTheAdviceSaysSo) {
  auto urgent = post("/api/v1/me/checkins",
                     {{"pain", 6},
                      {"flare", true},
                      {"flare_check", {{"red_flags", {{"night_pain_constant", true}}}}}});
  ASSERT_EQ(urgent.status, 201) << urgent.body;
  ASSERT_TRUE(urgent.json()["paused"].get<bool>());

  auto calm = post("/api/v1/me/checkins",
                   {{"pain", 5},
                    {"flare", true},
                    {"flare_check",
                     {{"new_symptoms", false}, {"red_flags", {{"night_pain_constant", false}}}}}});
  ASSERT_EQ(calm.status, 201) << calm.body;
  EXPECT_EQ(calm.json()["flare_check"]["tier"], "self_care");
  EXPECT_TRUE(calm.json()["paused"].get<bool>());
  EXPECT_TRUE(program_paused());
  const std::string advice = calm.json()["advice"];
  EXPECT_NE(advice.find("stay paused"), std::string::npos) << advice;
  EXPECT_EQ(advice.find("Keep moving"), std::string::npos) << advice;
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 1)
      << "calm answers alert nobody";
}

TEST_F(CheckinFlare, AFlareWithoutAWarningSignRaisesNoFlag) {
  auto answer = post(
      "/api/v1/me/checkins",
      {{"pain", 7},
       {"flare", true},
       {"flare_check",
        {{"new_symptoms", false}, {"red_flags", {{"saddle_numbness", false}, {"fever", false}}}}}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  EXPECT_EQ(answer.json()["flare_check"]["tier"], "self_care");
  EXPECT_TRUE(answer.json()["flare_check"]["reasons"].empty());
  EXPECT_FALSE(answer.json()["paused"].get<bool>());
  EXPECT_FALSE(program_paused());
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 0);
  EXPECT_TRUE(care_record()["history"]["care_flags"].empty());
  const json reasons = queue_entry()["reasons"];
  for (const auto& reason : reasons) {
    EXPECT_EQ(reason.get<std::string>().find("warning sign"), std::string::npos) << reason;
  }
}

TEST_F(CheckinFlare, AFlareWithoutTheAnswersIsStoredAndSaysWhichQuestionsToAsk) {
  auto answer = post("/api/v1/me/checkins", {{"pain", 6}, {"flare", true}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  const json body = answer.json();
  EXPECT_FALSE(body.contains("flare_check"));
  std::set<std::string> fields;
  for (const auto& question : body["safety_questions"]) {
    EXPECT_FALSE(question["question"].get<std::string>().empty()) << question;
    fields.insert(question["field"]);
  }
  for (const std::string field :
       {"flare_check.red_flags.saddle_numbness", "flare_check.red_flags.bladder_change",
        "flare_check.red_flags.bilateral_leg_symptoms", "flare_check.new_symptoms",
        "flare_check.leg_symptoms.side"}) {
    EXPECT_TRUE(fields.contains(field)) << field << " not asked in " << answer.body;
  }
  EXPECT_EQ(count("member_checkins WHERE member_id = '" + member_id + "' AND flare = 1"), 1);
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 0);

  // Every listed field is one the check-in takes back: answering each "no" is accepted.
  const json check = answer_all(body["safety_questions"], "flare_check.", false);
  auto answered =
      post("/api/v1/me/checkins", {{"pain", 6}, {"flare", true}, {"flare_check", check}});
  ASSERT_EQ(answered.status, 201) << answered.body;
  EXPECT_EQ(answered.json()["flare_check"]["tier"], "self_care");

  auto calm = post("/api/v1/me/checkins", {{"pain", 2}, {"flare", false}});
  ASSERT_EQ(calm.status, 201) << calm.body;
  EXPECT_EQ(calm.json()["pain_words"], "mild") << "the check-in words its pain as the scale does";
  EXPECT_FALSE(calm.json().contains("safety_questions")) << "no flare, no questions";
  EXPECT_FALSE(calm.json().contains("paused")) << "only a screened check-in reads the program";
}

TEST_F(CheckinFlare, TheServedFlareQuestionsAreTheCheckinsOwnAndEachAnswerIsTakenBack) {
  auto served = client.get("/api/v1/flare-questions");  // public: no login
  ASSERT_EQ(served.status, 200) << served.body;
  const json questions = served.json()["questions"];
  // The same list, in the same order, as a flare without answers is told to ask.
  auto unanswered = post("/api/v1/me/checkins", {{"pain", 5}, {"flare", true}});
  ASSERT_EQ(unanswered.status, 201) << unanswered.body;
  const json asked = unanswered.json()["safety_questions"];
  ASSERT_EQ(questions.size(), asked.size());
  ASSERT_GE(questions.size(), 10u);
  std::set<std::string> fields;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    EXPECT_EQ("flare_check." + questions[i]["field"].get<std::string>(), asked[i]["field"]);
    EXPECT_EQ(questions[i]["question"], asked[i]["question"]);
    fields.insert(questions[i]["field"].get<std::string>());
  }
  EXPECT_TRUE(fields.contains("red_flags.saddle_numbness"));
  EXPECT_TRUE(fields.contains("leg_symptoms.side"));
  EXPECT_FALSE(fields.contains("red_flags.cancer_history")) << "history stays with the intake";

  // Every served question answered yes (a leg: both) is read back: each is a warning sign the
  // check-in judges, so the answer is an emergency, not a 400.
  const json check = answer_all(questions, "", true);
  auto answered =
      post("/api/v1/me/checkins", {{"pain", 8}, {"flare", true}, {"flare_check", check}});
  ASSERT_EQ(answered.status, 201) << answered.body;
  EXPECT_EQ(answered.json()["flare_check"]["tier"], "emergency");
}

TEST_F(CheckinFlare, ABadAnswerTypeIs400NamingTheFieldAndStoresNothing) {
  auto expect_400 = [&](const json& check, const std::string& field) {
    auto answer =
        post("/api/v1/me/checkins", {{"pain", 5}, {"flare", true}, {"flare_check", check}});
    EXPECT_EQ(answer.status, 400) << answer.body;
    EXPECT_NE(answer.body.find(field), std::string::npos)
        << field << " not named in " << answer.body;
  };
  expect_400({{"red_flags", {{"fever", "yes"}}}}, "flare_check.red_flags.fever");
  expect_400({{"new_symptoms", 1}}, "flare_check.new_symptoms");
  expect_400({{"leg_symptoms", {{"side", "middle"}}}}, "flare_check.leg_symptoms.side");
  expect_400({{"pain_now", 12}}, "flare_check.pain_now");
  expect_400({{"mood", "low"}}, "flare_check.mood");
  expect_400(json("none of them"), "flare_check");
  EXPECT_EQ(count("member_checkins WHERE member_id = '" + member_id + "'"), 0);
  EXPECT_EQ(count("care_flags WHERE member_id = '" + member_id + "'"), 0);
}

}  // namespace
}  // namespace motus::test
