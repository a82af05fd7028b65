#include "core/assessment/assessment_json.hpp"
#include "core/assessment/json_text.hpp"
#include "core/assessment/object_reader.hpp"
#include "core/assessment/red_flags_json.hpp"

namespace motus::core::assessment {
namespace {

// Upper limits docs/api-contract.md leaves open, set to the longest that makes sense: pain for a
// lifetime (about 100 years in weeks), stiffness for a whole day.
constexpr int kMaxDurationWeeks = 5200;
constexpr int kMaxStiffnessMinutes = 24 * 60;

// The dates must agree with what else was said: weeks of pregnancy only in pregnancy and in
// the trimester given, weeks since birth only after a birth.
void check_pregnancy_dates(const Intake& intake) {
  if (intake.pregnancy_weeks) {
    if (!intake.is_pregnant()) {
      throw InputError(
          "pregnancy_weeks: only for someone pregnant (pregnancy: trimester1, trimester2 or "
          "trimester3)",
          "solo si estás embarazada (pregnancy: trimester1, trimester2 o trimester3)");
    }
    if (trimester_of(*intake.pregnancy_weeks) != *intake.pregnancy) {
      const auto week = std::to_string(*intake.pregnancy_weeks);
      const std::string is_in(name_of(trimester_of(*intake.pregnancy_weeks)));
      const std::string given(name_of(*intake.pregnancy));
      throw InputError("pregnancy_weeks: week " + week + " is in " + is_in + ", not " + given,
                       "la semana " + week + " es del " + is_in + ", no del " + given);
    }
  }
  if (intake.weeks_since_birth && !intake.is_postpartum()) {
    throw InputError("weeks_since_birth: only with pregnancy: postpartum",
                     "solo con pregnancy: postpartum");
  }
}

Preferences read_preferences(ObjectReader reader) {
  Preferences prefs;
  prefs.minutes_per_day = reader.optional_int("minutes_per_day", 5, 60);
  prefs.floor_ok = reader.optional_bool("floor_ok");
  prefs.kneeling_ok = reader.optional_bool("kneeling_ok");
  prefs.equipment = reader.optional_enum_set<Equipment>("equipment");
  reader.reject_unread_keys();
  return prefs;
}

}  // namespace

Intake intake_from_json(const nlohmann::json& value) {
  ObjectReader reader(value, "intake");
  Intake intake;
  intake.age = reader.required_int("age", 16, 110);
  intake.sex = reader.optional_enum<Sex>("sex");
  intake.pregnancy = reader.optional_enum<Pregnancy>("pregnancy");
  intake.pregnancy_weeks = reader.optional_int("pregnancy_weeks", 1, kLongestPregnancyWeeks);
  intake.weeks_since_birth = reader.optional_int("weeks_since_birth", 0, kMaxDurationWeeks);
  intake.duration_weeks = reader.required_int("duration_weeks", 0, kMaxDurationWeeks);
  intake.onset = reader.optional_enum<Onset>("onset");
  intake.trigger = reader.optional_enum<Trigger>("trigger");
  intake.pain_now = reader.required_int("pain_now", 0, 10);
  intake.pain_worst_week = reader.optional_int("pain_worst_week", 0, 10);
  intake.locations = reader.optional_enum_set<Location>("locations");
  intake.points_to_one_spot = reader.optional_bool("points_to_one_spot");
  if (auto legs = reader.optional_object("leg_symptoms")) {
    intake.leg_symptoms = read_leg_symptoms(*legs);
  }
  intake.aggravating = reader.optional_enum_set<Aggravator>("aggravating");
  intake.easing = reader.optional_enum_set<Easer>("easing");
  intake.morning_stiffness_minutes =
      reader.optional_int("morning_stiffness_minutes", 0, kMaxStiffnessMinutes);
  intake.night_pain = reader.optional_enum<NightPain>("night_pain");
  intake.better_with_exercise = reader.optional_bool("better_with_exercise");
  intake.better_with_rest = reader.optional_bool("better_with_rest");
  intake.nsaid_helps = reader.optional_bool("nsaid_helps");
  intake.family_history_spa = reader.optional_bool("family_history_spa");
  intake.psoriasis_or_enthesitis = reader.optional_bool("psoriasis_or_enthesitis");
  intake.hypermobility = reader.optional_bool("hypermobility");
  if (auto flags = reader.optional_object("red_flags")) {
    const RedFlagAnswers answers = read_red_flag_answers(*flags);
    intake.red_flags = answers.yes;
    intake.red_flags_denied = answers.no;
  }
  if (auto prefs = reader.optional_object("prefs")) intake.prefs = read_preferences(*prefs);
  reader.reject_unread_keys();
  check_pregnancy_dates(intake);
  return intake;
}

Intake parse_intake(std::string_view text) {
  return intake_from_json(parse_json_text(text, "intake"));
}

}  // namespace motus::core::assessment
