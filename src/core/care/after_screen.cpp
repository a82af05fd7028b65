#include "core/care/after_screen.hpp"

namespace motus::core::care {
namespace {

using assessment::Tier;

// docs/clinical-sources.md §3: emergency and urgent stop self-care and alert the care team; a
// routine review keeps the gentle program and recommends a doctor; self-care is the program.
bool stops_self_care(Tier tier) { return tier == Tier::emergency || tier == Tier::urgent; }

// The care_flags.source a screen's alert is filed under (after_screen.hpp).
std::string_view source_of(Screen screen) {
  return screen == Screen::intake ? "intake" : "session";
}

ProgramStep step_for(Standing standing, const ScreenOutcome& outcome) {
  const bool stops = stops_self_care(outcome.tier);
  if (outcome.screen == Screen::intake) return stops ? ProgramStep::withhold : ProgramStep::start;
  switch (standing) {
    case Standing::no_program:
      return ProgramStep::none;
    case Standing::paused:
      return ProgramStep::stay_paused;
    case Standing::running:
      break;
  }
  return stops ? ProgramStep::pause : ProgramStep::keep;
}

// What to do, by tier: the same next step the flare check's own advice names (advice.cpp).
std::string_view what_to_do(Tier tier, Language l) {
  switch (tier) {
    case Tier::emergency:
      return said_in(
          l,
          "Please get help now: call emergency services or go to A&E (the emergency department).",
          "Pide ayuda ahora: llama a emergencias o ve a urgencias.");
    case Tier::urgent:
      return said_in(
          l, "Please see a doctor in the next few days, before you exercise again.",
          "Consulta a un médico en los próximos días, antes de volver a hacer ejercicio.");
    case Tier::routine:
      return said_in(l, "Please book a visit with your doctor soon about what is new.",
                     "Pide pronto una cita con tu médico para contarle lo que es nuevo.");
    case Tier::self_care:
      break;
  }
  return said_in(l, "None of your answers is a warning sign.",
                 "Ninguna de tus respuestas es una señal de alarma.");
}

std::string what_happens(ProgramStep step, Tier tier, bool care_team_told, Language l) {
  const auto said = [l](std::string_view english, std::string_view spanish) {
    return std::string(said_in(l, english, spanish));
  };
  const std::string told =
      care_team_told ? said(" and told your care team.", " y avisamos a tu equipo de atención.")
                     : ".";
  switch (step) {
    case ProgramStep::pause:
      return said("We have paused your exercises", "Pausamos tus ejercicios") + told;
    case ProgramStep::stay_paused:
      return said("Your exercises stay paused until your care team has talked with you",
                  "Tus ejercicios siguen en pausa hasta que tu equipo de atención hable contigo") +
             told;
    case ProgramStep::keep:
      if (tier == Tier::self_care) {
        return said(
            "Keep moving gently with your program and skip what hurts. Tell us how your next "
            "session goes so we can adjust it.",
            "Sigue moviéndote con suavidad con tu programa y sáltate lo que duela. Cuéntanos "
            "cómo te va la próxima sesión para que podamos ajustarla.");
      }
      return said("Your program goes on: keep moving gently and skip what hurts.",
                  "Tu programa sigue: muévete con suavidad y sáltate lo que duela.");
    case ProgramStep::none:
      return care_team_told
                 ? said("We have told your care team.", "Avisamos a tu equipo de atención.")
                 : said("Keep moving gently and skip what hurts.",
                        "Muévete con suavidad y sáltate lo que duela.");
    case ProgramStep::start:
    case ProgramStep::withhold:
      break;
  }
  return {};
}

}  // namespace

ScreenOutcome outcome_of(const assessment::Assessment& assessment) {
  return {Screen::intake, assessment.tier, assessment.reasons};
}

ScreenOutcome outcome_of(Screen screen, const assessment::FlareOutcome& outcome) {
  return {screen, outcome.tier, outcome.reasons};
}

AfterScreen after_screen(Standing standing, const ScreenOutcome& outcome) {
  AfterScreen after;
  after.tier = outcome.tier;
  after.program = step_for(standing, outcome);
  after.paused = after.program == ProgramStep::pause || after.program == ProgramStep::stay_paused;
  if (stops_self_care(outcome.tier)) {
    CareFlagRaised flag{outcome.tier, {}, source_of(outcome.screen)};
    for (const auto& reason : outcome.reasons) flag.reason_codes.push_back(reason.code);
    after.care_flag = std::move(flag);
  }
  after.advice = advice_in(after, Language::en);
  return after;
}

std::string advice_in(const AfterScreen& after, Language language) {
  // An intake starts or withholds a program; its own advice is the assessment's (advice_for).
  if (after.program == ProgramStep::start || after.program == ProgramStep::withhold) return {};
  return std::string(what_to_do(after.tier, language)) + " " +
         what_happens(after.program, after.tier, after.care_flag.has_value(), language);
}

}  // namespace motus::core::care
