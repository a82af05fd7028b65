// Runs every case in tests/cases/adaptation/*.json: adding a case needs no C++. Each file:
// { name, description, source, intake, started_on?, sessions: [{ on?, feedback?, expect: {
//   changes?: { <id>: action }, phase?, paused?, current_includes?, current_excludes?,
//   limits_include?, limits_exclude? } }] }.
// With `started_on` (a date, "2026-01-05") the program starts that day and each session's `on`
// is the day it happens: the state is re-screened for that day (rescreen) before the session's
// feedback, if any, is applied; `changes` then covers both. `limits_include`/`limits_exclude`
// name caution conditions of the person's limits after the session.
// In feedback, an exercise entry with "exercise_id": "*" stands for every exercise of the
// current program; in `changes`, "*" is the action expected for every change. Between sessions
// the state goes through its JSON mapping, as the API will store it. Each file is its own test
// (support/case_files.hpp); any other key fails it.
#include <gtest/gtest-spi.h>

#include "core/assessment/assessment_json.hpp"
#include "core/program/program_json.hpp"
#include "program_rules.hpp"

namespace {

using nlohmann::json;
using namespace motus;
namespace p = motus::core::program;

json expand_wildcards(json feedback, const p::ProgramState& state) {
  json exercises = json::array();
  for (const json& entry : feedback["exercises"]) {
    if (entry["exercise_id"] != "*") {
      exercises.push_back(entry);
      continue;
    }
    for (const auto& exercise : state.exercises) {
      json copy = entry;
      copy["exercise_id"] = exercise.current.exercise_id;
      exercises.push_back(copy);
    }
  }
  feedback["exercises"] = exercises;
  return feedback;
}

std::vector<std::string> current_ids(const p::ProgramState& state) {
  std::vector<std::string> ids;
  for (const auto& exercise : state.exercises) ids.push_back(exercise.current.exercise_id);
  return ids;
}

void check_session(const p::Adaptation& result, const json& expect, const p::ProgramState& state,
                   bool had_feedback) {
  test::expect_known_keys(expect,
                          {"changes", "phase", "paused", "current_includes", "current_excludes",
                           "limits_include", "limits_exclude"},
                          "expect.");
  if (had_feedback) {
    ASSERT_FALSE(result.changes.empty());
  }
  for (const auto& change : result.changes) EXPECT_FALSE(change.reason.empty());
  if (expect.contains("changes")) {
    for (const auto& [id, action] : expect["changes"].items()) {
      bool found = false;
      for (const auto& change : result.changes) {
        if (id != "*" && change.exercise_id != id) continue;
        found = true;
        EXPECT_EQ(core::assessment::name_of(change.action), action.get<std::string>())
            << (id == "*" ? change.exercise_id : id) << ": " << change.reason;
      }
      EXPECT_TRUE(found) << "no change for " << id;
    }
  }
  if (expect.contains("phase")) {
    EXPECT_EQ(p::phase_name(state.phase), expect["phase"].get<std::string>());
  }
  for (const char* key : {"limits_include", "limits_exclude"}) {
    for (const auto& name : expect.value(key, json::array())) {
      const auto condition = core::from_string<core::CautionCondition>(name.get<std::string>());
      ASSERT_TRUE(condition.has_value()) << name;
      EXPECT_EQ(state.limits.has(*condition), std::string(key) == "limits_include")
          << key << " " << name;
    }
  }
  if (expect.contains("paused")) {
    EXPECT_EQ(state.paused, expect["paused"].get<bool>());
  }
  const auto ids = current_ids(state);
  for (const auto& id : expect.value("current_includes", json::array())) {
    EXPECT_NE(std::find(ids.begin(), ids.end(), id.get<std::string>()), ids.end())
        << "expected " << id;
  }
  for (const auto& id : expect.value("current_excludes", json::array())) {
    EXPECT_EQ(std::find(ids.begin(), ids.end(), id.get<std::string>()), ids.end())
        << "forbidden " << id;
  }
}

void run_case(const json& file) {
  for (const char* key : {"name", "description", "source", "intake", "sessions"}) {
    ASSERT_TRUE(file.contains(key)) << "missing " << key;
  }
  test::expect_known_keys(file,
                          {"name", "description", "source", "intake", "started_on", "sessions"});
  const auto& knowledge_base = test::shipped_content();
  const auto intake = core::assessment::intake_from_json(file["intake"]);
  const auto program = p::build_program(intake, core::assessment::assess(intake), knowledge_base);
  ASSERT_TRUE(program.has_value());
  const auto day = [](const json& text) {
    const auto parsed = p::day_from_text(text.get<std::string>());
    EXPECT_TRUE(parsed.has_value()) << text;
    return parsed.value_or(p::Day{});
  };
  const bool dated = file.contains("started_on");
  p::ProgramState state = dated ? p::start_state(*program, intake, day(file["started_on"]))
                                : p::start_state(*program, p::limits_for(intake));
  int number = 0;
  for (const json& session : file["sessions"]) {
    SCOPED_TRACE("session " + std::to_string(++number));
    test::expect_known_keys(session, {"on", "feedback", "expect"}, "sessions[].");
    p::Adaptation result{state, {}};
    if (dated) result = p::rescreen(state, day(session.at("on")), knowledge_base);
    if (session.contains("feedback")) {
      const auto feedback =
          p::feedback_from_json(expand_wildcards(session["feedback"], result.state));
      p::Adaptation adapted = p::adapt(result.state, feedback, knowledge_base);
      adapted.changes.insert(adapted.changes.begin(), result.changes.begin(), result.changes.end());
      result = std::move(adapted);
    }
    state = p::state_from_json(json::parse(p::to_json(result.state).dump()));
    check_session(result, session["expect"], state, session.contains("feedback"));
    const p::Program now = p::current_program(state, knowledge_base);
    EXPECT_LE(now.minutes, state.budget_minutes) << "adapting kept the time budget";
    for (const auto& broken : test::broken_rules(now, intake, knowledge_base))
      ADD_FAILURE() << broken;
  }
}

}  // namespace

class AdaptationCase : public testing::TestWithParam<std::string> {};

TEST_P(AdaptationCase, MatchesItsExpectation) {
  SCOPED_TRACE("tests/cases/adaptation/" + GetParam());
  run_case(test::read_json(test::cases_folder("adaptation") / GetParam()));
}

INSTANTIATE_TEST_SUITE_P(File, AdaptationCase, testing::ValuesIn(test::case_names("adaptation")),
                         test::case_test_name);

TEST(AdaptationCases, TheSuiteHasAtLeastFourCases) {
  EXPECT_GE(test::case_names("adaptation").size(), 4u);
}

// A misspelt expectation must fail its case rather than pass unread.
TEST(AdaptationCases, AnUnknownKeyFailsTheCaseNamingTheKey) {
  json file = test::read_json(test::cases_folder("adaptation") / "red-flag-pauses.json");
  file["sessions"][1]["expect"]["pause"] = true;
  EXPECT_NONFATAL_FAILURE(run_case(file), "unknown key \"expect.pause\"");
}
