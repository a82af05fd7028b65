#include "core/program/training_days.hpp"

#include <algorithm>

namespace motus::core::program {

bool is_strength_day(int program_day) {
  if (program_day < 0) return false;
  return kTrainingWeek.strength_days[static_cast<std::size_t>(program_day % 7)];
}

bool is_daily(Kind kind) { return kind != Kind::strength; }

SessionDay session_for_day(const Program& program, int program_day,
                           const KnowledgeBase& knowledge_base) {
  SessionDay day;
  day.program_day = program_day;
  day.strength_day = is_strength_day(program_day);
  for (const Prescription& prescription : program.exercises) {
    const Exercise* exercise = knowledge_base.exercise(prescription.exercise_id);
    const bool today = exercise == nullptr || is_daily(exercise->kind) || day.strength_day;
    (today ? day.exercises : day.resting).push_back(prescription);
  }
  return day;
}

Adherence adherence(const Program& program, const KnowledgeBase& knowledge_base,
                    std::vector<int> session_days, int today) {
  std::sort(session_days.begin(), session_days.end());
  auto logged = [&](int day) {
    return std::binary_search(session_days.begin(), session_days.end(), day);
  };
  auto planned = [&](int day) {
    return !session_for_day(program, day, knowledge_base).exercises.empty();
  };
  Adherence result;
  for (int day = 0; day <= today; ++day) {
    if (!planned(day)) continue;
    ++result.planned_days;
    if (logged(day)) ++result.active_days;
  }
  int day = today;
  if (!logged(today)) --day;
  for (; day >= 0; --day) {
    if (!planned(day)) continue;
    if (!logged(day)) break;
    ++result.streak_days;
  }
  return result;
}

}  // namespace motus::core::program
