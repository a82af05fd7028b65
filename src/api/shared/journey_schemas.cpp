#include "api/shared/journey_schemas.hpp"

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"
#include "core/program/program.hpp"
#include "core/program/program_state.hpp"
#include "http/json_schema.hpp"

namespace motus::api {

namespace s = http::schema;
namespace a = core::assessment;
using Json = nlohmann::json;

namespace {

template <typename E>
Json names() {
  const auto& list = a::EnumNames<E>::names;
  return s::words(std::vector<std::string>(list.begin(), list.end()));
}

// {flag: true|false} for each warning sign the core asks about.
Json red_flags() {
  Json out = s::object({});
  for (const auto& name : a::EnumNames<a::RedFlag>::names) {
    out["properties"][std::string(name)] = s::yes_no();
  }
  return out;
}

Json reasons() { return s::list(s::object({{"code", s::text()}, {"text", s::text()}})); }

Json dose_fields(Json object) {
  for (const char* name : {"sets", "reps", "hold_seconds", "rest_seconds"}) {
    object["properties"][name] = s::whole_from(0);
    object["required"].push_back(name);
  }
  object["properties"]["minutes"] = s::whole_from(0);
  object["properties"]["sides"] = s::words({"both", "each"});
  object["required"].push_back("sides");
  return object;
}

}  // namespace

Json intake_body_schema() {
  return s::named("Intake", s::object({{"age", s::whole()},
                                       {"duration_weeks", s::whole()},
                                       {"pain_now", s::whole(0, 10)},
                                       {"red_flags?", red_flags()},
                                       {"leg_symptoms?", s::map_of(s::any())},
                                       {"prefs?", s::map_of(s::any())}}));
}

Json flare_check_body_schema() {
  return s::named("FlareCheckAnswers", s::object({{"pain_now?", s::whole(0, 10)},
                                                  {"new_symptoms?", s::yes_no()},
                                                  {"red_flags?", red_flags()},
                                                  {"leg_symptoms?", s::map_of(s::any())}}));
}

Json session_body_schema() {
  const auto pain = s::whole(0, 10);
  return s::named(
      "SessionReport",
      s::object(
          {{"client_id", s::text(1, 100)},
           {"pain_before", pain},
           {"pain_after", pain},
           {"next_morning_pain?", pain},
           {"exercises", s::list(s::object({{"exercise_id", s::text()},
                                            {"done?", s::yes_no()},
                                            {"pain", pain},
                                            {"difficulty", names<core::program::Difficulty>()}}))},
           {"red_flags?", red_flags()},
           {"flare_check?", flare_check_body_schema()}}));
}

Json assessment_schema() {
  return s::named(
      "Assessment",
      s::object(
          {{"tier", names<a::Tier>()},
           {"reasons", reasons()},
           {"patterns", s::list(s::object({{"id", names<a::Pattern>()},
                                           {"score", s::number()},
                                           {"evidence", s::list(s::text())}}))},
           {"advice", s::list(s::text())},
           {"instruments", s::list(names<a::Instrument>())},
           {"follow_up", s::list(s::object({{"field", s::text()}, {"question", s::text()}}))}}));
}

Json flare_outcome_schema() {
  return s::named("FlareOutcome", s::object({{"tier", names<a::Tier>()},
                                             {"reasons", reasons()},
                                             {"advice", s::list(s::text())}}));
}

// A dose as the core writes it, with its one wording ("2 sets of 10, rest 30 seconds").
Json served_dose_schema() {
  return s::named("ServedDose", dose_fields(s::object({{"dose_words", s::text()}})));
}

Json prescription_schema() {
  auto exercise = dose_fields(
      s::object({{"exercise_id", s::text()}, {"why", s::text()}, {"dose_words", s::text()}}));
  exercise["properties"]["cautions"] = s::list(s::text());
  return s::named("Prescription", exercise);
}

Json today_exercise_schema() {
  auto exercise = prescription_schema();
  exercise["title"] = "TodayExercise";
  exercise["properties"]["name"] = s::text();
  exercise["properties"]["keyframes"] = s::text();
  exercise["properties"]["lighter"] = served_dose_schema();
  exercise["required"].push_back("name");
  exercise["required"].push_back("keyframes");
  return exercise;
}

Json program_schema() {
  const auto exercise = prescription_schema();
  return s::named(
      "Program",
      s::object(
          {{"phase",
            s::words({std::string(core::program::phase_name(core::program::Phase::settle)),
                      std::string(core::program::phase_name(core::program::Phase::build)),
                      std::string(core::program::phase_name(core::program::Phase::strengthen))})},
           {"minutes", s::whole_from(0)},
           {"exercises", s::list(exercise)},
           {"tips", s::list(s::text())}}));
}

Json changes_schema() {
  return s::list(s::named("ProgramChange", s::object({{"exercise_id?", s::text()},
                                                      {"action", names<core::program::Action>()},
                                                      {"reason", s::text()}})));
}

}  // namespace motus::api
