#pragma once
// The triage rules as data (docs/clinical-sources.md §3), kept in one table so a clinician can
// review every trigger, the tier it asks for, what the person is told and where the rule comes
// from. docs/assessment-rules.md prints the same table.
#include <span>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

// One trigger. `code` is the TriageReason code; `text` what the person reads.
struct TriageRule {
  std::string_view code;
  Tier tier;
  std::string_view text;
  std::string_view citation;
};

// A red-flag answer that on its own sets a tier. osteoporosis, steroid_use_long_term and
// blood_thinners are not here: they count with sudden pain, a fall or a procedure
// (kFragilityFracture, kBloodThinnerBleed).
struct RedFlagRule {
  RedFlag flag;
  TriageRule rule;
};

std::span<const RedFlagRule> red_flag_rules();

// Every rule the triage can name, red-flag rows first: docs/assessment-rules.md prints them
// all, and a test keeps the page and the code the same.
std::vector<const TriageRule*> all_triage_rules();

// Triggers found from other answers than the red-flag list.
extern const TriageRule kBilateralSideNotSaid;     // nerve signs, which leg not said
extern const TriageRule kBothLegsUnclear;          // pain below both knees, nerve signs not said
extern const TriageRule kNerveSignSeriousHistory;  // nerve sign + cancer, immunosuppression, IVDU
extern const TriageRule kFragilityFracture;        // osteoporosis or steroids + sudden pain
extern const TriageRule kBloodThinnerBleed;        // blood thinners + a fall or spinal procedure
extern const TriageRule kNewPainAge;               // new pain under 20
extern const TriageRule kFirstEpisodeOlder;        // new pain over 55, no other flag
extern const TriageRule kMotorDeficitStable;       // leg weakness not getting worse
extern const TriageRule kInflammatoryPattern;      // ≥4 criteria: refer to a rheumatologist
extern const TriageRule kInflammatoryPossible;     // exactly 3: ask about an HLA-B27 test
extern const TriageRule kNewLegSymptoms;           // flare check: new nerve signs in one leg

// "New pain under 20" (urgent) and "first episode over ~55" (routine, only with no other flag:
// age alone barely moves the chance of serious disease, IFOMPT 2020, Downie 2013). "New" is
// read as acute or subacute pain, under 12 weeks, the ACP's line (Qaseem 2017).
inline constexpr int kNewPainYoungerThan = 20;
inline constexpr int kNewPainOlderThan = 55;
inline constexpr int kNewPainUnderWeeks = 12;

// Starts that count as sudden for a fragile bone (Downie 2013: fragility fractures follow a
// cough, a bend or nothing at all). A significant injury is its own red flag.
inline constexpr EnumSet<Trigger> kMinorTraumaTriggers{
    Trigger::fall, Trigger::lifting, Trigger::twist, Trigger::sport, Trigger::vehicle};

// Postpartum pelvic girdle pain is scored in the first year after birth only (Vleeming 2008:
// postpartum means the first months after birth, not years).
inline constexpr int kPostpartumPgpWeeks = 52;

// Inflammatory back pain criteria apply to pain > 3 months that began before 45 (NICE NG65);
// ASAS counts onset before 40 (Sieper 2009), NICE adds onset before 35.
inline constexpr int kInflammatoryMinWeeks = 13;
inline constexpr int kInflammatoryOnsetBefore = 45;
inline constexpr int kAsasOnsetBefore = 40;
inline constexpr int kNiceEarlyOnsetBefore = 35;
inline constexpr int kInflammatoryRefer = 4;  // ASAS ≥ 4 of 5, or NICE NG65 ≥ 4 → refer
inline constexpr int kInflammatoryTest = 3;   // NICE NG65 count only: exactly 3 → HLA-B27

}  // namespace motus::core::assessment
