#include "core/assessment/triage_rules.hpp"

#include <array>

namespace motus::core::assessment {
namespace {

constexpr std::string_view kCaudaEquina =
    "NICE NG59; Greenhalgh/Finucane/Mercer cauda equina symptom card";
constexpr std::string_view kSeriousCause = "NICE NG59; ACP (Chou 2007; Qaseem 2017)";

constexpr std::array kRedFlagRules{
    RedFlagRule{RedFlag::saddle_numbness,
                {"saddle_numbness", Tier::emergency,
                 "Numbness between your legs or around your bottom (the 'saddle' area) can mean "
                 "the nerves at the base of your spine are being squeezed. This needs a doctor "
                 "today.",
                 kCaudaEquina}},
    RedFlagRule{RedFlag::bladder_change,
                {"bladder_change", Tier::emergency,
                 "New trouble starting, holding or feeling your pee can mean the nerves at the "
                 "base of your spine are being squeezed. This needs a doctor today.",
                 kCaudaEquina}},
    RedFlagRule{RedFlag::bowel_incontinence,
                {"bowel_incontinence", Tier::emergency,
                 "Not being able to control your bowels needs a doctor today.", kCaudaEquina}},
    RedFlagRule{RedFlag::sexual_dysfunction_new,
                {"sexual_dysfunction_new", Tier::emergency,
                 "New changes in sexual feeling or function, together with back pain, need a "
                 "doctor today.",
                 kCaudaEquina}},
    RedFlagRule{
        RedFlag::progressive_weakness,
        {"progressive_weakness", Tier::emergency,
         "Weakness in your legs that is getting worse needs a doctor today.", kCaudaEquina}},
    RedFlagRule{
        RedFlag::bilateral_leg_symptoms,
        {"bilateral_leg_symptoms", Tier::emergency,
         "Numbness, tingling or weakness in both legs needs a doctor today.", kCaudaEquina}},
    RedFlagRule{RedFlag::fever,
                {"fever", Tier::emergency,
                 "A fever together with back pain can be a sign of an infection. This needs a "
                 "doctor today.",
                 kSeriousCause}},
    RedFlagRule{RedFlag::cancer_history,
                {"cancer_history", Tier::urgent,
                 "Because you have had cancer before, a doctor should check this back pain in "
                 "the next few days.",
                 "NICE NG59; Downie 2013 BMJ 347:f7095"}},
    RedFlagRule{RedFlag::weight_loss_unexplained,
                {"weight_loss_unexplained", Tier::urgent,
                 "Losing weight without trying should be checked by a doctor in the next few "
                 "days.",
                 kSeriousCause}},
    RedFlagRule{RedFlag::night_pain_constant,
                {"night_pain_constant", Tier::urgent,
                 "Pain at night that does not ease when you change position should be checked "
                 "by a doctor in the next few days.",
                 kSeriousCause}},
    RedFlagRule{RedFlag::significant_trauma,
                {"significant_trauma", Tier::urgent,
                 "After a big fall or accident, a doctor should check in the next few days that "
                 "no bone is hurt.",
                 "NICE NG59; Downie 2013 BMJ 347:f7095"}},
    RedFlagRule{RedFlag::iv_drug_use,
                {"iv_drug_use", Tier::urgent,
                 "Injecting drugs raises the chance of an infection near the spine. A doctor "
                 "should check this back pain in the next few days.",
                 kSeriousCause}},
    RedFlagRule{RedFlag::immunosuppressed,
                {"immunosuppressed", Tier::urgent,
                 "When your body's defences are weakened (by illness or medicines), a doctor "
                 "should check this back pain in the next few days.",
                 kSeriousCause}},
};

}  // namespace

std::span<const RedFlagRule> red_flag_rules() { return kRedFlagRules; }

const TriageRule kMinorTraumaFragileBone{
    "minor_trauma_fragile_bone", Tier::urgent,
    "A small fall, twist or lift can hurt a bone when bones are thin (osteoporosis) or after "
    "taking steroid medicine for a long time. A doctor should check in the next few days.",
    "NICE NG59; Downie 2013 BMJ 347:f7095"};

const TriageRule kNewPainAge{
    "new_pain_age", Tier::urgent,
    "Back pain that is new (under 12 weeks) before age 20 or after age 55 should be checked "
    "by a doctor in the next few days, just to be safe.",
    "NICE NG59; ACP (Chou 2007; Qaseem 2017)"};

const TriageRule kInflammatoryPattern{
    "inflammatory_pattern", Tier::routine,
    "Your answers match 4 or more signs of inflammatory back pain. Please ask your doctor "
    "about seeing a rheumatologist (a joint specialist). You can keep doing gentle exercise.",
    "NICE NG65; ASAS (Sieper 2009)"};

const TriageRule kInflammatoryPossible{
    "inflammatory_possible", Tier::routine,
    "Your answers match 3 signs of inflammatory back pain. Please ask your doctor whether a "
    "blood test (HLA-B27) makes sense. You can keep doing gentle exercise.",
    "NICE NG65"};

const TriageRule kNewLegSymptoms{
    "new_leg_symptoms", Tier::routine,
    "New numbness, tingling or weakness in a leg should be checked by a doctor. If it spreads, "
    "gets worse or shows up in both legs, get help the same day.",
    "NICE NG59"};

}  // namespace motus::core::assessment
