#pragma once
// Which exercises belong to a given day of a program, and how steady the member has been.
// The week is data (kTrainingWeek) so it can be reviewed against its source:
// ACSM Guidelines for Exercise Testing and Prescription (docs/clinical-sources.md §4):
// strengthening 2–3 days a week, with a day's rest for the same muscles in between; stretching and
// mobility at least 2–3 days a week, daily is best. Walking and gentle technique work are daily
// too.
#include <array>
#include <string>
#include <vector>

#include "core/content/knowledge_base.hpp"
#include "core/program/program.hpp"

namespace motus::core::program {

struct TrainingWeek {
  // Days counted from the day the program started (day 0). Three strength days a week, never
  // two in a row: days 0, 2 and 4 of every seven.
  std::array<bool, 7> strength_days{true, false, true, false, true, false, false};
};
inline constexpr TrainingWeek kTrainingWeek{};

bool is_strength_day(int program_day);

// Strength work follows the training week; every other kind is daily.
bool is_daily(Kind kind);

struct SessionDay {
  int program_day = 0;
  bool strength_day = false;
  std::vector<Prescription> exercises;  // what to do on this day
  std::vector<Prescription> resting;    // in the program, but resting on this day
};

// An exercise the library no longer has counts as daily, so nothing silently disappears.
SessionDay session_for_day(const Program& program, int program_day,
                           const KnowledgeBase& knowledge_base);

// What today's session says about the day: paused, a rest day, strength resting, or a strength
// day, in `language`.
std::string day_note(bool paused, const SessionDay& day, Language language);

struct Adherence {
  int planned_days = 0;  // days 0..today with at least one exercise planned
  int active_days = 0;   // planned days on which a session was logged
  int streak_days = 0;   // planned days in a row with a session, counting back from today
};

// `session_days` are the program days on which a session was logged (any order, repeats
// allowed). Today counts towards the streak once done; until then the streak runs to the
// planned day before it. Rest days neither break nor extend a streak.
Adherence adherence(const Program& program, const KnowledgeBase& knowledge_base,
                    std::vector<int> session_days, int today);

}  // namespace motus::core::program
