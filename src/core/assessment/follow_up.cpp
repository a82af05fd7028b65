#include "core/assessment/assessment.hpp"
#include "core/assessment/leg_regions.hpp"
#include "core/assessment/open_answers.hpp"
#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {

bool both_legs_unclear(const Intake& intake) {
  return pain_below_both_knees(intake.locations) && !intake.leg_symptoms.any_nerve_sign() &&
         !intake.red_flag_answered(RedFlag::bilateral_leg_symptoms);
}

bool nerve_sign_side_unclear(const Intake& intake) {
  const auto& legs = intake.leg_symptoms;
  return legs.any_nerve_sign() && (!legs.side || *legs.side == Side::none);
}

bool weakness_course_unclear(const Intake& intake) {
  return intake.leg_symptoms.weakness && !intake.red_flag_answered(RedFlag::progressive_weakness);
}

bool pregnancy_warning_unanswered(const Intake& intake, RedFlag flag) {
  return intake.is_pregnant() && !intake.red_flag_answered(flag);
}

bool time_since_birth_unclear(const Intake& intake) {
  return intake.is_postpartum() && !intake.weeks_since_birth;
}

bool fragile_bone_onset_unclear(const Intake& intake) {
  const bool fragile =
      intake.red_flags.contains_any({RedFlag::osteoporosis, RedFlag::steroid_use_long_term});
  return fragile && !intake.onset && intake.duration_weeks >= kNewPainUnderWeeks;
}

std::vector<FollowUp> follow_up_questions(const Intake& intake) {
  std::vector<FollowUp> questions;
  auto ask = [&](std::string_view field, std::string_view question) {
    questions.push_back({std::string(field), std::string(question)});
  };
  if (nerve_sign_side_unclear(intake)) {
    ask("leg_symptoms.side", "Which leg feels numb, tingly or weak: the left, the right or both?");
  }
  if (both_legs_unclear(intake)) {
    ask("red_flags.bilateral_leg_symptoms",
        "You marked pain below both knees. Do both legs also feel numb, tingly or weak?");
  }
  if (weakness_course_unclear(intake)) {
    ask("red_flags.progressive_weakness", "Is the weakness in your leg getting worse?");
  }
  static constexpr std::array<std::string_view, kPregnancyWarnings.size()> kWarningQuestions{
      "Are you bleeding from the vagina?", "Is fluid leaking from the vagina?",
      "Is your belly tightening again and again, at regular times?",
      "Is your baby moving less than usual?"};
  for (std::size_t i = 0; i < kPregnancyWarnings.size(); ++i) {
    if (pregnancy_warning_unanswered(intake, kPregnancyWarnings[i])) {
      ask(std::string("red_flags.") + std::string(name_of(kPregnancyWarnings[i])),
          kWarningQuestions[i]);
    }
  }
  if (time_since_birth_unclear(intake)) {
    ask("weeks_since_birth", "How many weeks ago did you give birth?");
  }
  if (fragile_bone_onset_unclear(intake)) {
    ask("onset", "Did this pain start suddenly, or come on slowly?");
  }
  return questions;
}

}  // namespace motus::core::assessment
