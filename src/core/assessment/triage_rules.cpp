#include "core/assessment/triage_rules.hpp"

#include <array>

namespace motus::core::assessment {
namespace {

constexpr std::string_view kCaudaEquina =
    "NICE NG59; Greenhalgh/Finucane/Mercer cauda equina symptom card";
constexpr std::string_view kSeriousCause = "NICE NG59; ACP (Chou 2007; Qaseem 2017)";
constexpr std::string_view kIfompt = "Finucane 2020 IFOMPT framework (JOSPT 50(7):350)";
constexpr std::string_view kInfection =
    "Finucane 2020 IFOMPT framework (JOSPT 50(7):350); NICE NG59";
constexpr std::string_view kPregnancyWarning =
    "docs/clinical-sources.md §3 (warning signs in pregnancy); Finucane 2020 IFOMPT framework";
constexpr std::string_view kPregnancyDoctorToday =
    " In pregnancy this needs your midwife, maternity unit or a doctor today.";

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
    RedFlagRule{RedFlag::unwell_or_infection,
                {"unwell_or_infection", Tier::urgent,
                 "Feeling unwell overall, or a recent infection, together with back pain should "
                 "be checked by a doctor in the next few days: rarely, an infection can settle "
                 "near the spine.",
                 kInfection}},
    RedFlagRule{RedFlag::recent_spinal_procedure,
                {"recent_spinal_procedure", Tier::urgent,
                 "New back pain after a recent injection or operation on the spine should be "
                 "checked in the next few days by the team who did it or by your doctor.",
                 kInfection}},
    RedFlagRule{RedFlag::tearing_pain,
                {"tearing_pain", Tier::emergency,
                 "A sudden, severe, tearing pain in the back or belly can come from the large "
                 "blood vessel in the belly. Call emergency services now.",
                 kIfompt}},
    RedFlagRule{RedFlag::pulsing_belly_lump,
                {"pulsing_belly_lump", Tier::emergency,
                 "A lump in the belly that beats like a pulse, together with back pain, can come "
                 "from the large blood vessel in the belly. This needs a doctor today.",
                 kIfompt}},
    RedFlagRule{RedFlag::pregnancy_bleeding,
                {"pregnancy_warning", Tier::emergency,
                 "Bleeding from the vagina in pregnancy needs checking now. Call your midwife, "
                 "your maternity unit or emergency services.",
                 kPregnancyWarning}},
    RedFlagRule{RedFlag::pregnancy_fluid_loss,
                {"pregnancy_warning", Tier::emergency,
                 "Fluid leaking from the vagina in pregnancy can mean the waters have broken. "
                 "Call your midwife or maternity unit now.",
                 kPregnancyWarning}},
    RedFlagRule{RedFlag::pregnancy_tightenings,
                {"pregnancy_warning", Tier::emergency,
                 "Regular tightenings of the belly, with back pain, can be labour starting. Call "
                 "your midwife or maternity unit now.",
                 kPregnancyWarning}},
    RedFlagRule{RedFlag::reduced_baby_movements,
                {"pregnancy_warning", Tier::emergency,
                 "If your baby is moving less than usual, call your midwife or maternity unit "
                 "now; do not wait until tomorrow.",
                 kPregnancyWarning}},
};

}  // namespace

std::span<const RedFlagRule> red_flag_rules() { return kRedFlagRules; }

const TriageRule kBilateralSideNotSaid{
    "bilateral_leg_symptoms", Tier::emergency,
    "You told us about numbness, tingling or weakness but not which leg. If it is in both "
    "legs, it needs a doctor today. Please tell us which leg, and if it is both, get help now.",
    kCaudaEquina};

const TriageRule kBothLegsUnclear{
    "both_legs_unclear", Tier::routine,
    "You marked pain below both knees. Please tell us whether either leg also feels numb, "
    "tingly or weak: numbness, tingling or weakness in both legs needs a doctor today.",
    "GIRFT 2023 suspected cauda equina pathway; Greenhalgh/Finucane/Mercer cauda equina symptom "
    "card"};

const TriageRule kNerveSignSeriousHistory{
    "nerve_sign_serious_history", Tier::emergency,
    "Numbness, tingling or weakness, together with a past cancer, weakened body defences or "
    "injecting drugs, can mean something is pressing on the nerves of the spine. This needs a "
    "doctor today.",
    "NICE NG234 (2023); Finucane 2020 IFOMPT framework (JOSPT 50(7):350)"};

const TriageRule kFragilityFracture{
    "fragility_fracture", Tier::urgent,
    "When bones are thin (osteoporosis) or after taking steroid medicine for a long time, a bone "
    "in the spine can break after a cough, a bend or nothing at all. Sudden back pain like this "
    "should be checked by a doctor in the next few days.",
    "Downie 2013 BMJ 347:f7095; NICE NG59"};

const TriageRule kBloodThinnerBleed{
    "blood_thinner_bleed", Tier::urgent,
    "On blood thinners, new back pain after a fall or a procedure on the spine can come from "
    "bleeding. A doctor should check it in the next few days, sooner if your legs feel numb "
    "or weak.",
    kIfompt};

const TriageRule kNewPainAge{
    "new_pain_age", Tier::urgent,
    "Back pain that is new (under 12 weeks) before age 20 should be checked by a doctor in the "
    "next few days, just to be safe.",
    "NICE NG59; ACP (Chou 2007; Qaseem 2017)"};

const TriageRule kFirstEpisodeOlder{
    "first_episode_older", Tier::routine,
    "Back pain that is new after age 55 is worth mentioning to your doctor at your next visit. "
    "On its own it is rarely serious, so you can keep doing the gentle program.",
    "Finucane 2020 IFOMPT framework; Downie 2013 BMJ 347:f7095"};

const TriageRule kMotorDeficitStable{
    "motor_deficit_stable", Tier::routine,
    "Weakness in a leg, like a foot that drags or slaps down, should be checked by your doctor "
    "in the next week or two, who may send you for a spine review, even if it is not getting "
    "worse. If it gets worse or shows up in both legs, get help the same day.",
    "NICE CKS sciatica; NICE NG59"};

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

std::vector<const TriageRule*> all_triage_rules() {
  std::vector<const TriageRule*> rules;
  for (const RedFlagRule& entry : kRedFlagRules) rules.push_back(&entry.rule);
  for (const TriageRule* rule :
       {&kBilateralSideNotSaid, &kNerveSignSeriousHistory, &kFragilityFracture, &kBloodThinnerBleed,
        &kNewPainAge, &kMotorDeficitStable, &kBothLegsUnclear, &kInflammatoryPattern,
        &kInflammatoryPossible, &kFirstEpisodeOlder, &kNewLegSymptoms}) {
    rules.push_back(rule);
  }
  return rules;
}

}  // namespace motus::core::assessment
