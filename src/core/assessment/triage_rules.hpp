#pragma once
// The triage rules as data (domain.md §3), kept in one table so a clinician can review every
// trigger, the tier it asks for, what the person is told and where the rule comes from.
// docs/assessment-rules.md prints the same table.
#include <span>
#include <string_view>

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

// A red-flag answer that on its own sets a tier. osteoporosis and steroid_use_long_term are
// not here: on their own they are not a red flag, only with a minor injury (kMinorTrauma).
struct RedFlagRule {
  RedFlag flag;
  TriageRule rule;
};

std::span<const RedFlagRule> red_flag_rules();

// Triggers found from other answers than the red-flag list.
extern const TriageRule kMinorTraumaFragileBone;  // minor injury + osteoporosis or steroids
extern const TriageRule kNewPainAge;              // new pain under 20 or over 55
extern const TriageRule kInflammatoryPattern;     // ≥4 criteria: refer to a rheumatologist
extern const TriageRule kInflammatoryPossible;    // exactly 3: ask about an HLA-B27 test
extern const TriageRule kNewLegSymptoms;          // flare check: new nerve signs in one leg

// "New pain under 20 or over ~55" (NICE NG59; ACP, Chou 2007). "New" is read as acute or
// subacute pain, under 12 weeks, the ACP's line between subacute and chronic (Qaseem 2017).
inline constexpr int kNewPainYoungerThan = 20;
inline constexpr int kNewPainOlderThan = 55;
inline constexpr int kNewPainUnderWeeks = 12;

// Injuries that count as "minor trauma" for a fragile bone (Downie 2013: steroids and trauma
// raise the chance of a fracture). A significant injury is its own red flag.
inline constexpr EnumSet<Trigger> kMinorTraumaTriggers{
    Trigger::fall, Trigger::lifting, Trigger::twist, Trigger::sport, Trigger::vehicle};

// Inflammatory back pain criteria apply to pain > 3 months that began before 45 (NICE NG65);
// ASAS counts onset before 40 (Sieper 2009), NICE adds onset before 35.
inline constexpr int kInflammatoryMinWeeks = 13;
inline constexpr int kInflammatoryOnsetBefore = 45;
inline constexpr int kAsasOnsetBefore = 40;
inline constexpr int kNiceEarlyOnsetBefore = 35;
inline constexpr int kInflammatoryRefer = 4;  // NICE NG65 and ASAS: 4 or more → refer
inline constexpr int kInflammatoryTest = 3;   // NICE NG65: exactly 3 → HLA-B27 test

}  // namespace motus::core::assessment
