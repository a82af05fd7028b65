// Every kind of bad input is rejected with a message that names the field.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/assessment/assessment_json.hpp"

namespace a = motus::core::assessment;

namespace {

// The message a bad intake produces, or "" when it was accepted.
std::string rejection(const std::string& text) {
  try {
    (void)a::parse_intake(text);
  } catch (const a::InputError& e) {
    return e.what();
  }
  return "";
}

std::string with(const std::string& extra) {
  return R"({"age": 40, "duration_weeks": 6, "pain_now": 3)" + extra + "}";
}

}  // namespace

TEST(IntakeParse, AcceptsAFullIntake) {
  const a::Intake intake = a::parse_intake(R"({
    "age": 34, "sex": "female", "pregnancy": "trimester2", "duration_weeks": 10,
    "onset": "gradual", "trigger": "none", "pain_now": 5, "pain_worst_week": 7,
    "locations": ["sacrum_left", "buttock_left"], "points_to_one_spot": true,
    "leg_symptoms": {"numbness": false, "tingling": true, "weakness": false, "side": "left"},
    "aggravating": ["stairs", "rolling_in_bed"], "easing": ["heat"],
    "morning_stiffness_minutes": 10, "night_pain": "none", "better_with_exercise": true,
    "better_with_rest": false, "nsaid_helps": false, "family_history_spa": false,
    "psoriasis_or_enthesitis": false, "hypermobility": true,
    "red_flags": {"fever": false, "osteoporosis": true},
    "prefs": {"minutes_per_day": 15, "floor_ok": true, "kneeling_ok": false,
              "equipment": ["mat", "band"]}})");
  EXPECT_EQ(intake.age, 34);
  EXPECT_EQ(intake.pregnancy, a::Pregnancy::trimester2);
  EXPECT_TRUE(intake.locations.contains(a::Location::buttock_left));
  EXPECT_FALSE(intake.locations.contains(a::Location::buttock_right));
  EXPECT_TRUE(intake.leg_symptoms.tingling);
  EXPECT_EQ(intake.leg_symptoms.side, a::Side::left);
  EXPECT_EQ(intake.better_with_rest, false);
  EXPECT_TRUE(intake.red_flags.contains(a::RedFlag::osteoporosis));
  EXPECT_FALSE(intake.red_flags.contains(a::RedFlag::fever));
  EXPECT_EQ(intake.prefs.minutes_per_day, 15);
  EXPECT_TRUE(intake.prefs.equipment.contains(a::Equipment::band));
}

TEST(IntakeParse, MissingOptionalAnswersMeanNotSaid) {
  const a::Intake intake = a::parse_intake(with(""));
  EXPECT_FALSE(intake.sex.has_value());
  EXPECT_FALSE(intake.better_with_rest.has_value());
  EXPECT_TRUE(intake.red_flags.empty());
}

TEST(IntakeParse, EachBadInputNamesItsField) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {R"({"duration_weeks": 6, "pain_now": 3})", "age: required"},
      {R"({"age": 15, "duration_weeks": 6, "pain_now": 3})", "age: must be between 16 and 110"},
      {R"({"age": 111, "duration_weeks": 6, "pain_now": 3})", "age: must be between 16 and 110"},
      {R"({"age": "40", "duration_weeks": 6, "pain_now": 3})", "age: expected a whole number"},
      {R"({"age": 40.5, "duration_weeks": 6, "pain_now": 3})", "age: expected a whole number"},
      {R"({"age": 99999999999999999999999, "duration_weeks": 6, "pain_now": 3})",
       "age: must be between 16 and 110"},
      {R"({"age": 40, "duration_weeks": 1e999, "pain_now": 3})", "duration_weeks: number too big"},
      {R"({"age": 40, "duration_weeks": -1, "pain_now": 3})", "duration_weeks: must be between"},
      {with(R"(, "pain_now": 4)"), "pain_now: given twice"},
      {with(R"(, "pain_worst_week": 11)"), "pain_worst_week: must be between 0 and 10"},
      {with(R"(, "sex": "robot")"), "sex: \"robot\" is not one of"},
      {with(R"(, "night_pain": 2)"), "night_pain: expected one of"},
      {with(R"(, "favourite_colour": "blue")"), "favourite_colour: unknown field"},
      {with(R"(, "red_flags": {"fever": "yes"})"), "red_flags.fever: expected true or false"},
      {with(R"(, "red_flags": {"dizzy": true})"), "red_flags.dizzy: unknown field"},
      {with(R"(, "red_flags": {"fever": true, "fever": false})"), "red_flags.fever: given twice"},
      {with(R"(, "red_flags": [])"), "red_flags: expected a JSON object"},
      {with(R"(, "leg_symptoms": {"side": "up"})"), "leg_symptoms.side: \"up\" is not one of"},
      {with(R"(, "locations": "tailbone")"), "locations: expected a list"},
      {with(R"(, "locations": ["knee"])"), "locations: \"knee\" is not one of"},
      {with(R"(, "locations": ["tailbone", "tailbone"])"),
       "locations: \"tailbone\" is listed twice"},
      {with(R"(, "aggravating": [1])"), "aggravating: expected one of"},
      {with(R"(, "prefs": {"minutes_per_day": 90})"), "prefs.minutes_per_day: must be between 5"},
      {with(R"(, "prefs": {"equipment": ["mat", "mat"]})"), "prefs.equipment: \"mat\" is listed"},
      {with(R"(, "prefs": {"sofa": true})"), "prefs.sofa: unknown field"},
      {with(R"(, "points_to_one_spot": null)"), "points_to_one_spot: expected true or false"},
      {"", "intake: empty input"},
      {"   \n", "intake: empty input"},
      {"not json", "intake: not valid JSON"},
      {R"({"age": 40,)", "intake: not valid JSON"},
      {"[1, 2]", "intake: expected a JSON object"},
      {"42", "intake: expected a JSON object"},
  };
  for (const auto& [text, message] : cases) {
    SCOPED_TRACE(text);
    const std::string got = rejection(text);
    EXPECT_EQ(got.rfind(message, 0), 0u) << "got: " << got;
  }
}

TEST(IntakeParse, DeepNestingIsRejectedNotACrash) {
  const std::string deep = R"({"age": )" + std::string(100000, '[') + std::string(100000, ']') +
                           R"(, "duration_weeks": 1, "pain_now": 1})";
  EXPECT_EQ(rejection(deep), "intake: nested more than 64 levels deep");
}

TEST(FlareCheckParse, ReadsAndRejectsLikeTheIntake) {
  const a::FlareCheck check = a::parse_flare_check(
      R"({"pain_now": 6, "new_symptoms": true, "red_flags": {"fever": true},
          "leg_symptoms": {"weakness": true, "side": "right"}})");
  EXPECT_EQ(check.pain_now, 6);
  EXPECT_EQ(check.new_symptoms, true);
  EXPECT_TRUE(check.red_flags.contains(a::RedFlag::fever));
  EXPECT_TRUE(check.leg_symptoms.weakness);

  auto message = [](const std::string& text) -> std::string {
    try {
      (void)a::parse_flare_check(text);
    } catch (const a::InputError& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_EQ(message(R"({})"), "pain_now: required");
  EXPECT_EQ(message(R"({"pain_now": 11})"), "pain_now: must be between 0 and 10");
  EXPECT_EQ(message(R"({"pain_now": 3, "age": 40})"), "age: unknown field");
  EXPECT_EQ(message(R"({"pain_now": 3, "new_symptoms": 1})"),
            "new_symptoms: expected true or false");
  EXPECT_EQ(message(""), "flare check: empty input, expected a JSON object");
}

TEST(FlareCheckJson, HasTierReasonsAdvice) {
  a::FlareCheck check;
  check.pain_now = 5;
  check.red_flags.insert(a::RedFlag::cancer_history);
  const auto out = a::to_json(a::recheck(check));
  EXPECT_EQ(out["tier"], "urgent");
  EXPECT_EQ(out["reasons"][0]["code"], "cancer_history");
  EXPECT_FALSE(out["advice"].empty());
  EXPECT_EQ(out.size(), 3u);
}

TEST(IntakeParse, TheRefusalSplitsIntoItsFieldAndWhatIsWrong) {
  try {
    (void)a::parse_intake(with(R"(, "red_flags": {"fever": "maybe"})"));
    FAIL() << "a fever answered \"maybe\" was accepted";
  } catch (const a::InputError& e) {
    EXPECT_EQ(e.field(), "red_flags.fever");
    EXPECT_EQ(e.message(), "expected true or false");
  }
  const a::InputError listed("prefs.equipment[1]: \"mat\" is listed twice");
  EXPECT_EQ(listed.field(), "prefs.equipment[1]");
  EXPECT_EQ(listed.message(), "\"mat\" is listed twice");
  // A message that does not start with a field names none and keeps all its words.
  const a::InputError whole("Something: went wrong");
  EXPECT_EQ(whole.field(), "");
  EXPECT_EQ(whole.message(), "Something: went wrong");
  const a::InputError plain("no field here");
  EXPECT_EQ(plain.field(), "");
  EXPECT_EQ(plain.message(), "no field here");
}
