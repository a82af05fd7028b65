#pragma once
// The intake: what a person tells Motus about their pain before the first session
// (docs/api-contract.md, "Intake"). Every optional answer is either std::optional (nothing means
// "not said") or an empty set; the rules never treat "not said" as "no".
#include <array>
#include <optional>
#include <string_view>

#include "core/assessment/enum_names.hpp"
#include "core/assessment/enum_set.hpp"

namespace motus::core::assessment {

enum class Sex { female, male, other, undisclosed };
enum class Pregnancy { none, trimester1, trimester2, trimester3, postpartum };
enum class Onset { sudden, gradual };
enum class Trigger { fall, lifting, twist, sport, vehicle, overuse, childbirth, none, unknown };
enum class NightPain { none, wakes_second_half, constant };
enum class Side { none, left, right, both };

enum class Location {
  sacrum_left,
  sacrum_right,
  sacrum_center,
  buttock_left,
  buttock_right,
  low_back,
  groin,
  hip_side_left,
  hip_side_right,
  thigh_back_left,
  thigh_back_right,
  below_knee_left,
  below_knee_right,
  foot_left,
  foot_right,
  tailbone,
  pubic
};

enum class Aggravator {
  sitting,
  bending_forward,
  bending_backward,
  stairs,
  standing_one_leg,
  rolling_in_bed,
  car_transfer,
  rising_from_sitting,
  walking,
  running,
  lifting,
  lying_on_back,
  touch_pressure,
  coughing_sneezing
};

enum class Easer { movement, rest, heat, ice, lying_down, changing_position };

enum class Equipment { mat, band, chair, wall, pillow };

// The red-flag questions, asked directly at intake and on every flare (docs/clinical-sources.md
// §3).
enum class RedFlag {
  saddle_numbness,
  bladder_change,
  bowel_incontinence,
  sexual_dysfunction_new,
  progressive_weakness,
  bilateral_leg_symptoms,
  fever,
  cancer_history,
  weight_loss_unexplained,
  night_pain_constant,
  significant_trauma,
  osteoporosis,
  steroid_use_long_term,
  iv_drug_use,
  immunosuppressed,
  unwell_or_infection,
  recent_spinal_procedure,
  blood_thinners,
  tearing_pain,
  pulsing_belly_lump,
  pregnancy_bleeding,
  pregnancy_fluid_loss,
  pregnancy_tightenings,
  reduced_baby_movements
};

// JSON names, exactly as docs/api-contract.md spells them.
template <>
struct EnumNames<Sex> {
  static constexpr std::array<std::string_view, 4> names{"female", "male", "other", "undisclosed"};
};
template <>
struct EnumNames<Pregnancy> {
  static constexpr std::array<std::string_view, 5> names{"none", "trimester1", "trimester2",
                                                         "trimester3", "postpartum"};
};
template <>
struct EnumNames<Onset> {
  static constexpr std::array<std::string_view, 2> names{"sudden", "gradual"};
};
template <>
struct EnumNames<Trigger> {
  static constexpr std::array<std::string_view, 9> names{
      "fall", "lifting", "twist", "sport", "vehicle", "overuse", "childbirth", "none", "unknown"};
};
template <>
struct EnumNames<NightPain> {
  static constexpr std::array<std::string_view, 3> names{"none", "wakes_second_half", "constant"};
};
template <>
struct EnumNames<Side> {
  static constexpr std::array<std::string_view, 4> names{"none", "left", "right", "both"};
};
template <>
struct EnumNames<Location> {
  static constexpr std::array<std::string_view, 17> names{"sacrum_left",
                                                          "sacrum_right",
                                                          "sacrum_center",
                                                          "buttock_left",
                                                          "buttock_right",
                                                          "low_back",
                                                          "groin",
                                                          "hip_side_left",
                                                          "hip_side_right",
                                                          "thigh_back_left",
                                                          "thigh_back_right",
                                                          "below_knee_left",
                                                          "below_knee_right",
                                                          "foot_left",
                                                          "foot_right",
                                                          "tailbone",
                                                          "pubic"};
};
template <>
struct EnumNames<Aggravator> {
  static constexpr std::array<std::string_view, 14> names{
      "sitting",          "bending_forward",  "bending_backward", "stairs",
      "standing_one_leg", "rolling_in_bed",   "car_transfer",     "rising_from_sitting",
      "walking",          "running",          "lifting",          "lying_on_back",
      "touch_pressure",   "coughing_sneezing"};
};
template <>
struct EnumNames<Easer> {
  static constexpr std::array<std::string_view, 6> names{
      "movement", "rest", "heat", "ice", "lying_down", "changing_position"};
};
template <>
struct EnumNames<Equipment> {
  static constexpr std::array<std::string_view, 5> names{"mat", "band", "chair", "wall", "pillow"};
};
template <>
struct EnumNames<RedFlag> {
  static constexpr std::array<std::string_view, 24> names{"saddle_numbness",
                                                          "bladder_change",
                                                          "bowel_incontinence",
                                                          "sexual_dysfunction_new",
                                                          "progressive_weakness",
                                                          "bilateral_leg_symptoms",
                                                          "fever",
                                                          "cancer_history",
                                                          "weight_loss_unexplained",
                                                          "night_pain_constant",
                                                          "significant_trauma",
                                                          "osteoporosis",
                                                          "steroid_use_long_term",
                                                          "iv_drug_use",
                                                          "immunosuppressed",
                                                          "unwell_or_infection",
                                                          "recent_spinal_procedure",
                                                          "blood_thinners",
                                                          "tearing_pain",
                                                          "pulsing_belly_lump",
                                                          "pregnancy_bleeding",
                                                          "pregnancy_fluid_loss",
                                                          "pregnancy_tightenings",
                                                          "reduced_baby_movements"};
};

struct LegSymptoms {
  bool numbness = false;
  bool tingling = false;
  bool weakness = false;
  std::optional<Side> side;  // not said: which legs is unknown, never read as "neither"

  bool any_nerve_sign() const { return numbness || tingling || weakness; }
  // Nerve signs the person did not place on one leg: both legs, or a side not said (or "none"
  // next to a ticked sign), which may be both (docs/clinical-sources.md §3: ask, never assume the
  // safe side).
  bool nerve_signs_maybe_both_legs() const {
    return any_nerve_sign() && side != Side::left && side != Side::right;
  }
};

// The answers to the red-flag questions: `yes` ticked, `no` answered "no"; a flag in neither
// was not asked or not answered, which is never read as "no".
struct RedFlagAnswers {
  EnumSet<RedFlag> yes;
  EnumSet<RedFlag> no;

  bool answered(RedFlag flag) const { return yes.contains(flag) || no.contains(flag); }
};

struct Preferences {
  std::optional<int> minutes_per_day;  // 5–60
  std::optional<bool> floor_ok;
  std::optional<bool> kneeling_ok;
  EnumSet<Equipment> equipment;
};

// Weeks of pregnancy (docs/api-contract.md): 1–42, trimester1 weeks 1–13, trimester2 14–27,
// trimester3 28 on (the usual clinical split). The program moves the trimester on with the calendar
// (core/program/pregnancy_dating.hpp), so both read the same table.
inline constexpr int kLastWeekOfTrimester1 = 13;
inline constexpr int kLastWeekOfTrimester2 = 27;
inline constexpr int kLongestPregnancyWeeks = 42;

constexpr Pregnancy trimester_of(int weeks) {
  if (weeks <= kLastWeekOfTrimester1) return Pregnancy::trimester1;
  if (weeks <= kLastWeekOfTrimester2) return Pregnancy::trimester2;
  return Pregnancy::trimester3;
}

struct Intake {
  int age = 0;             // 16–110, required
  int duration_weeks = 0;  // required
  int pain_now = 0;        // 0–10, required
  std::optional<Sex> sex;
  std::optional<Pregnancy> pregnancy;
  std::optional<int> pregnancy_weeks;    // 1–42, agrees with the trimester
  std::optional<int> weeks_since_birth;  // when postpartum
  std::optional<Onset> onset;
  std::optional<Trigger> trigger;
  std::optional<int> pain_worst_week;
  EnumSet<Location> locations;
  std::optional<bool> points_to_one_spot;
  LegSymptoms leg_symptoms;
  EnumSet<Aggravator> aggravating;
  EnumSet<Easer> easing;
  std::optional<int> morning_stiffness_minutes;
  std::optional<NightPain> night_pain;
  std::optional<bool> better_with_exercise;
  std::optional<bool> better_with_rest;
  std::optional<bool> nsaid_helps;
  std::optional<bool> family_history_spa;
  std::optional<bool> psoriasis_or_enthesitis;
  std::optional<bool> hypermobility;
  EnumSet<RedFlag> red_flags;         // answered "yes"
  EnumSet<RedFlag> red_flags_denied;  // answered "no"; in neither set: not said
  Preferences prefs;

  bool is_pregnant_or_postpartum() const {
    return pregnancy.has_value() && *pregnancy != Pregnancy::none;
  }
  bool is_pregnant() const { return is_pregnant_or_postpartum() && !is_postpartum(); }
  bool is_postpartum() const { return pregnancy == Pregnancy::postpartum; }
  bool red_flag_answered(RedFlag flag) const {
    return red_flags.contains(flag) || red_flags_denied.contains(flag);
  }
};

}  // namespace motus::core::assessment
