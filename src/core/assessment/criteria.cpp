#include "core/assessment/criteria.hpp"

#include <array>

#include "core/assessment/inflammatory_signs.hpp"
#include "core/assessment/leg_regions.hpp"
#include "core/assessment/triage_rules.hpp"

namespace motus::core::assessment {
namespace {

using L = Location;
using A = Aggravator;

constexpr EnumSet<Location> kLeft{L::sacrum_left,     L::buttock_left,    L::hip_side_left,
                                  L::thigh_back_left, L::below_knee_left, L::foot_left};
constexpr EnumSet<Location> kRight{L::sacrum_right,     L::buttock_right,    L::hip_side_right,
                                   L::thigh_back_right, L::below_knee_right, L::foot_right};
constexpr EnumSet<Location> kButtock{L::buttock_left, L::buttock_right};
constexpr EnumSet<Location> kPelvisBack{L::sacrum_left, L::sacrum_right, L::sacrum_center,
                                        L::buttock_left, L::buttock_right};
constexpr EnumSet<Location> kFoot{L::foot_left, L::foot_right};
constexpr EnumSet<Location> kThighBack{L::thigh_back_left, L::thigh_back_right};
constexpr EnumSet<Trigger> kJarringInjury{Trigger::fall, Trigger::sport, Trigger::vehicle,
                                          Trigger::twist, Trigger::lifting};

bool at(const Intake& i, EnumSet<Location> where) { return i.locations.contains_any(where); }
bool worse(const Intake& i, Aggravator a) { return i.aggravating.contains(a); }
bool nerve_signs(const Intake& i) { return i.leg_symptoms.any_nerve_sign(); }
bool below_knee(const Intake& i) { return at(i, kBelowKnee); }
// Buttock pain on one side only (piriformis syndrome is one-sided: Hopayian 2010).
bool one_buttock(const Intake& i) {
  return i.locations.contains(L::buttock_left) != i.locations.contains(L::buttock_right);
}
bool one_side_of_sacrum(const Intake& i) {
  return i.locations.contains(L::sacrum_left) != i.locations.contains(L::sacrum_right);
}
bool one_sided(const Intake& i) {
  return at(i, kLeft) != at(i, kRight) && i.leg_symptoms.side != Side::both;
}
bool started_with(const Intake& i, EnumSet<Trigger> triggers) {
  return i.trigger.has_value() && triggers.contains(*i.trigger);
}
bool inflammatory_applies(const Intake& i) { return inflammatory_signs(i).applies; }
// Pelvic girdle pain is pain of the pelvis itself (back of the pelvis, buttock, pubic joint), in
// pregnancy or the first year after birth; pain only above the pelvis is pregnancy-related
// low-back pain, and years after a birth it is not postpartum (Vleeming 2008).
bool pgp_time(const Intake& i) {
  if (i.is_pregnant()) return true;
  return i.is_postpartum() && (!i.weeks_since_birth || *i.weeks_since_birth < kPostpartumPgpWeeks);
}
bool pgp(const Intake& i) {
  return pgp_time(i) && (at(i, kPelvisBack) || i.locations.contains(L::pubic));
}
bool tailbone(const Intake& i) { return i.locations.contains(L::tailbone); }

constexpr std::string_view kFortin = "Fortin & Falco 1997";
constexpr std::string_view kSlipman = "Slipman 2000";
constexpr std::string_view kSiSigns = "Slipman 2000; Fortin & Falco 1997";
constexpr std::string_view kKneeRule = "Slipman 2000; NICE NG59";
constexpr std::string_view kSciatica = "NICE NG59";
constexpr std::string_view kHopayian = "Hopayian 2010, 2018";
constexpr std::string_view kMyofascial =
    "clinical description, weak evidence (docs/clinical-sources.md §2)";
constexpr std::string_view kAsas = "ASAS, Sieper 2009";
constexpr std::string_view kNice = "NICE NG65";
constexpr std::string_view kVleeming = "Vleeming 2008";
constexpr std::string_view kLirette = "Lirette 2014";

// clang-format off
constexpr std::array kCriteria{
  // SI joint pain
  Criterion{Pattern::si_joint, "points_to_one_spot", 30,
    "you can point with one finger to one spot just below the bony bump at the back of your pelvis",
    kFortin, [](const Intake& i) { return i.points_to_one_spot == true; }},
  Criterion{Pattern::si_joint, "buttock_pain", 20,
    "pain in the buttock (found in 94% of confirmed SI joint pain)",
    kSlipman, [](const Intake& i) { return at(i, kButtock); }},
  Criterion{Pattern::si_joint, "one_sided", 10, "pain on one side only",
    kFortin, [](const Intake& i) { return one_sided(i) && at(i, kPelvisBack); }},
  Criterion{Pattern::si_joint, "low_back", 5,
    "pain in the low back (found in 72% of confirmed SI joint pain)",
    kSlipman, [](const Intake& i) { return i.locations.contains(L::low_back); }},
  Criterion{Pattern::si_joint, "stops_above_knee", 10, "pain stops above the knee",
    kSlipman, [](const Intake& i) { return at(i, kPelvisBack) && !below_knee(i); }},
  Criterion{Pattern::si_joint, "below_knee", -10,
    "pain goes below the knee, which happens in only 28% of SI joint pain",
    kSlipman, below_knee},
  Criterion{Pattern::si_joint, "worse_sitting", 5, "worse sitting",
    kSiSigns, [](const Intake& i) { return worse(i, A::sitting); }},
  Criterion{Pattern::si_joint, "worse_stairs", 5, "worse on stairs",
    kSiSigns, [](const Intake& i) { return worse(i, A::stairs); }},
  Criterion{Pattern::si_joint, "worse_one_leg", 10, "worse standing on one leg",
    kSiSigns, [](const Intake& i) { return worse(i, A::standing_one_leg); }},
  Criterion{Pattern::si_joint, "worse_rolling", 5, "worse rolling over in bed",
    kSiSigns, [](const Intake& i) { return worse(i, A::rolling_in_bed); }},
  Criterion{Pattern::si_joint, "worse_car", 5, "worse getting in or out of a car",
    kSiSigns, [](const Intake& i) { return worse(i, A::car_transfer); }},

  // Lumbar radicular pain (sciatica)
  Criterion{Pattern::radicular, "below_knee", 35, "pain goes below the knee",
    kKneeRule, below_knee},
  Criterion{Pattern::radicular, "foot", 10, "pain reaches the foot or toes",
    kSciatica, [](const Intake& i) { return at(i, kFoot); }},
  Criterion{Pattern::radicular, "nerve_signs", 20, "numbness, tingling or weakness in the leg",
    kSciatica, nerve_signs},
  Criterion{Pattern::radicular, "one_leg", 10, "leg symptoms on one side",
    kSciatica, [](const Intake& i) {
      return nerve_signs(i) && (i.leg_symptoms.side == Side::left ||
                                i.leg_symptoms.side == Side::right);
    }},
  Criterion{Pattern::radicular, "thigh_back", 5, "pain down the back of the thigh",
    kSciatica, [](const Intake& i) { return at(i, kThighBack); }},
  Criterion{Pattern::radicular, "stops_above_knee", -20,
    "pain stops above the knee and there is no numbness, tingling or weakness",
    kKneeRule, [](const Intake& i) { return !below_knee(i) && !nerve_signs(i); }},

  // Piriformis syndrome
  Criterion{Pattern::piriformis, "buttock_pain", 25, "pain in one buttock",
    kHopayian, one_buttock},
  Criterion{Pattern::piriformis, "worse_sitting", 25, "worse with sitting",
    kHopayian, [](const Intake& i) { return worse(i, A::sitting); }},
  Criterion{Pattern::piriformis, "tender_buttock", 10, "the buttock is tender when pressed",
    kHopayian, [](const Intake& i) { return one_buttock(i) && worse(i, A::touch_pressure); }},
  Criterion{Pattern::piriformis, "thigh_back", 10, "pain spreads down the back of the thigh",
    kHopayian, [](const Intake& i) { return at(i, kThighBack); }},
  Criterion{Pattern::piriformis, "no_nerve_signs", 5, "no numbness, tingling or weakness",
    kHopayian, [](const Intake& i) { return one_buttock(i) && !nerve_signs(i); }},
  Criterion{Pattern::piriformis, "nerve_signs", -10,
    "numbness, tingling or weakness, which is less typical here",
    kHopayian, nerve_signs},

  // One-sided sacral myofascial pain (multifidi, rotatores)
  Criterion{Pattern::sacral_myofascial, "one_side_of_sacrum", 30,
    "pain up and down one side of the sacrum",
    kMyofascial, one_side_of_sacrum},
  Criterion{Pattern::sacral_myofascial, "worse_bending_forward", 20, "worse bending forward",
    kMyofascial, [](const Intake& i) { return worse(i, A::bending_forward); }},
  Criterion{Pattern::sacral_myofascial, "tender_to_touch", 15,
    "tender to touch or when pressing into a chair",
    kMyofascial, [](const Intake& i) { return worse(i, A::touch_pressure); }},
  Criterion{Pattern::sacral_myofascial, "jarring_start", 15,
    "it began with a fall, a sports injury, a car accident, a twist or a lift",
    kMyofascial, [](const Intake& i) {
      return one_side_of_sacrum(i) && started_with(i, kJarringInjury);
    }},
  Criterion{Pattern::sacral_myofascial, "below_knee", -15,
    "pain goes below the knee, which is rare here",
    kMyofascial, below_knee},

  // Inflammatory back pain: only for pain > 3 months that began before 45
  Criterion{Pattern::inflammatory, "long_lasting_early_onset", 10,
    "back pain for more than 3 months that began before age 45",
    kNice, inflammatory_applies},
  Criterion{Pattern::inflammatory, "onset_before_40", 10, "the pain began before age 40",
    kAsas, [](const Intake& i) { return inflammatory_applies(i) && age_at_onset(i) < kAsasOnsetBefore; }},
  Criterion{Pattern::inflammatory, "gradual_onset", 10, "the pain came on slowly",
    kAsas, [](const Intake& i) { return inflammatory_applies(i) && i.onset == Onset::gradual; }},
  Criterion{Pattern::inflammatory, "better_with_exercise", 15, "better with exercise",
    kAsas, [](const Intake& i) {
      return inflammatory_applies(i) && i.better_with_exercise == true;
    }},
  Criterion{Pattern::inflammatory, "not_better_with_rest", 10, "not better with rest",
    kAsas, [](const Intake& i) { return inflammatory_applies(i) && i.better_with_rest == false; }},
  Criterion{Pattern::inflammatory, "wakes_second_half", 15,
    "pain wakes you in the second half of the night",
    kAsas, [](const Intake& i) {
      return inflammatory_applies(i) && i.night_pain == NightPain::wakes_second_half;
    }},
  Criterion{Pattern::inflammatory, "nsaid_helps", 10, "anti-inflammatory painkillers help",
    kNice, [](const Intake& i) { return inflammatory_applies(i) && i.nsaid_helps == true; }},
  Criterion{Pattern::inflammatory, "family_history", 10,
    "a parent, brother, sister or child has spondyloarthritis",
    kNice, [](const Intake& i) {
      return inflammatory_applies(i) && i.family_history_spa == true;
    }},
  Criterion{Pattern::inflammatory, "psoriasis_or_enthesitis", 10,
    "psoriasis, or sore spots where tendons attach to bone",
    kNice, [](const Intake& i) {
      return inflammatory_applies(i) && i.psoriasis_or_enthesitis == true;
    }},
  Criterion{Pattern::inflammatory, "buttock_pain", 5, "pain in the buttock",
    kNice, [](const Intake& i) { return inflammatory_applies(i) && at(i, kButtock); }},

  // Pregnancy-related pelvic girdle pain
  Criterion{Pattern::pregnancy_pgp, "pregnant_or_postpartum", 50,
    "you are pregnant or have had a baby in the last year, with pain in the pelvis",
    kVleeming, pgp},
  Criterion{Pattern::pregnancy_pgp, "back_of_pelvis", 20,
    "pain between the back of the pelvis and the buttock crease",
    kVleeming, [](const Intake& i) { return pgp(i) && at(i, kPelvisBack); }},
  Criterion{Pattern::pregnancy_pgp, "pubic_joint", 15, "pain at the joint at the front of the pelvis",
    kVleeming, [](const Intake& i) { return pgp(i) && i.locations.contains(L::pubic); }},
  Criterion{Pattern::pregnancy_pgp, "thigh_back", 5, "pain at the back of the thigh",
    kVleeming, [](const Intake& i) { return pgp(i) && at(i, kThighBack); }},
  Criterion{Pattern::pregnancy_pgp, "began_with_childbirth", 10, "it began around childbirth",
    kVleeming, [](const Intake& i) {
      return pgp(i) && started_with(i, {Trigger::childbirth});
    }},

  // Coccydynia
  Criterion{Pattern::coccydynia, "tailbone", 55, "pain at the tailbone", kLirette, tailbone},
  Criterion{Pattern::coccydynia, "worse_sitting", 15, "worse with sitting",
    kLirette, [](const Intake& i) { return tailbone(i) && worse(i, A::sitting); }},
  Criterion{Pattern::coccydynia, "worse_rising", 15, "worse getting up from sitting",
    kLirette, [](const Intake& i) { return tailbone(i) && worse(i, A::rising_from_sitting); }},
  Criterion{Pattern::coccydynia, "fall_or_childbirth", 10, "it began after a fall or childbirth",
    kLirette, [](const Intake& i) {
      return tailbone(i) && started_with(i, {Trigger::fall, Trigger::childbirth});
    }},
};
// clang-format on

}  // namespace

std::span<const Criterion> criteria() { return kCriteria; }

}  // namespace motus::core::assessment
