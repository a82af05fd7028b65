#include "core/assessment/flare_questions.hpp"

#include <array>

namespace motus::core::assessment {
namespace {

constexpr std::array kFlareQuestions{
    FlareQuestion{"new_symptoms", AnswerKind::yes_no,
                  "Do you feel anything new that you have not felt with your back pain before?"},
    FlareQuestion{"leg_symptoms.numbness", AnswerKind::yes_no, "Does a leg or foot feel numb?"},
    FlareQuestion{"leg_symptoms.tingling", AnswerKind::yes_no,
                  "Do you have pins and needles (tingling) in a leg or foot?"},
    FlareQuestion{"leg_symptoms.weakness", AnswerKind::yes_no, "Does a leg or foot feel weak?"},
    FlareQuestion{"leg_symptoms.side", AnswerKind::leg_side,
                  "If a leg feels numb, tingly or weak: which one (none, left, right or both)?"},
    FlareQuestion{"red_flags.saddle_numbness", AnswerKind::yes_no,
                  "Is there numbness or tingling around your bottom, between your legs or on "
                  "your inner thighs?"},
    FlareQuestion{"red_flags.bladder_change", AnswerKind::yes_no,
                  "Is it newly hard to start peeing, to hold it, or to feel when you pee?"},
    FlareQuestion{"red_flags.bowel_incontinence", AnswerKind::yes_no,
                  "Have you had new accidents with your bowels, or not felt when you need to go?"},
    FlareQuestion{"red_flags.sexual_dysfunction_new", AnswerKind::yes_no,
                  "Is there new numbness or a change in feeling during sex?"},
    FlareQuestion{"red_flags.progressive_weakness", AnswerKind::yes_no,
                  "Is a leg or foot getting weaker day by day?"},
    FlareQuestion{"red_flags.bilateral_leg_symptoms", AnswerKind::yes_no,
                  "Does pain, numbness or tingling go down both legs?"},
    FlareQuestion{"red_flags.fever", AnswerKind::yes_no,
                  "Do you have a fever (feeling hot and shivery) along with this pain?"},
    FlareQuestion{"red_flags.night_pain_constant", AnswerKind::yes_no,
                  "Does the pain last all night, whatever position you lie in?"},
    FlareQuestion{"red_flags.weight_loss_unexplained", AnswerKind::yes_no,
                  "Have you lost weight without trying?"},
    FlareQuestion{"red_flags.significant_trauma", AnswerKind::yes_no,
                  "Did this flare start after a bad fall, a car accident or a hard knock?"},
    FlareQuestion{"red_flags.unwell_or_infection", AnswerKind::yes_no,
                  "Do you feel unwell overall, or have you had an infection recently?"},
    FlareQuestion{"red_flags.tearing_pain", AnswerKind::yes_no,
                  "Did a severe, tearing pain start suddenly in your back or belly?"},
};

}  // namespace

std::span<const FlareQuestion> flare_questions() { return kFlareQuestions; }

}  // namespace motus::core::assessment
