#pragma once
// The assessment: what Motus concludes from an intake. It never diagnoses. It says how soon
// a clinician should see the person (the tier, with a reason per trigger), which pain pattern
// fits best and why (each score comes with the evidence that moved it), what to do now, and
// which questionnaires to collect next. Pure: values in, values out.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/enum_names.hpp"
#include "core/assessment/intake.hpp"

namespace motus::core::assessment {

// How soon a clinician should see the person, most urgent first (docs/clinical-sources.md §3).
enum class Tier { emergency, urgent, routine, self_care };

// True when `a` asks for help sooner than `b`.
constexpr bool more_urgent(Tier a, Tier b) { return static_cast<int>(a) < static_cast<int>(b); }

// One trigger that set the tier: a red flag or a review trigger. `code` is stable (tests,
// the care-team queue and analytics key on it); `text` is for the person, in plain words.
struct TriageReason {
  std::string code;
  std::string text;
  Tier tier = Tier::self_care;  // the tier this trigger asks for; not part of the JSON
};

struct Triage {
  Tier tier = Tier::self_care;
  std::vector<TriageReason> reasons;  // most urgent first
};

// The pain patterns the assessment tells apart (docs/clinical-sources.md §2). Order is the
// tie-break order.
enum class Pattern {
  si_joint,
  radicular,
  piriformis,
  sacral_myofascial,
  inflammatory,
  pregnancy_pgp,
  coccydynia,
  nonspecific
};

struct PatternScore {
  Pattern pattern = Pattern::nonspecific;
  double score = 0.0;                 // 0–1
  std::vector<std::string> evidence;  // plain sentences: what raised or lowered the score
};

// Questionnaires to collect next (docs/clinical-sources.md §5). start_back and odi are licensed
// plug-ins.
enum class Instrument { nprs, psfs, phq9, gad7, odi, start_back };

// A question the intake left open whose answer could change the result (docs/clinical-sources.md
// §3: "where the intake cannot tell, ask one more question instead of assuming the safe side").
// `field` is the intake field the answer goes in; the client sends the intake again with it filled.
struct FollowUp {
  std::string field;
  std::string question;
};

struct Assessment {
  Tier tier = Tier::self_care;
  std::vector<TriageReason> reasons;
  std::vector<FollowUp> follow_up;
  std::vector<PatternScore> patterns;  // all eight, best first
  std::vector<std::string> advice;
  std::vector<Instrument> instruments;
};

// The whole assessment of a validated intake.
Assessment assess(const Intake& intake);

// Red flags and review triggers only.
Triage triage(const Intake& intake);

// The open questions of an intake, in the order to ask them.
std::vector<FollowUp> follow_up_questions(const Intake& intake);

// All eight patterns scored and sorted best first; ties go to nonspecific, then to the order
// of `Pattern`, so the same intake always gives the same ranking.
std::vector<PatternScore> rank_patterns(const Intake& intake);

template <>
struct EnumNames<Tier> {
  static constexpr std::array<std::string_view, 4> names{"emergency", "urgent", "routine",
                                                         "self_care"};
};
template <>
struct EnumNames<Pattern> {
  static constexpr std::array<std::string_view, 8> names{
      "si_joint",     "radicular",     "piriformis", "sacral_myofascial",
      "inflammatory", "pregnancy_pgp", "coccydynia", "nonspecific"};
};
template <>
struct EnumNames<Instrument> {
  static constexpr std::array<std::string_view, 6> names{"nprs", "psfs", "phq9",
                                                         "gad7", "odi",  "start_back"};
};

}  // namespace motus::core::assessment
