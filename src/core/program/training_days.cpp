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

std::string day_note(bool paused, const SessionDay& day, Language language) {
  const bool es = language == Language::es;
  if (paused) {
    return es ? "Tus ejercicios están en pausa porque nos contaste que tienes una señal de alarma. "
                "Consulta a un médico antes de volver a hacer ejercicio. Tu equipo de atención se "
                "pondrá en contacto contigo."
              : "Your exercises are paused because you told us about a warning sign. Please see a "
                "doctor before you exercise again. Your care team will be in touch.";
  }
  if (day.exercises.empty()) {
    return es ? "Hoy es un día de descanso. Caminar con calma y moverte con suavidad te siguen "
                "sentando bien."
              : "Today is a rest day. Gentle walking and easy movement are still good for you.";
  }
  if (!day.resting.empty()) {
    return es ? "Hoy descansan los ejercicios de fuerza para que tus músculos se recuperen (lo "
                "mejor son 2 o 3 días de fuerza por semana). Los estiramientos, la movilidad y "
                "caminar van bien todos los días."
              : "Strength exercises rest today so your muscles can recover (2 to 3 strength days "
                "a week is best). Stretches, mobility and walking are good every day.";
  }
  return es ? "Hoy es día de fuerza, además de tus estiramientos y movimientos de cada día."
            : "Today is a strength day, plus your daily stretches and movement.";
}

}  // namespace motus::core::program
