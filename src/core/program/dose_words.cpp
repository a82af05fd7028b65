#include "core/program/dose_words.hpp"

#include <algorithm>

namespace motus::core::program {
namespace {

std::string count(int n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string sets(int n, Language language) {
  return count(n, said_in(language, "set", "serie"), said_in(language, "sets", "series"));
}

std::string seconds(int n, Language language) {
  return count(n, said_in(language, "second", "segundo"), said_in(language, "seconds", "segundos"));
}

}  // namespace

std::string dose_words(const Dosage& dose, Language language) {
  const bool es = language == Language::es;
  std::string text;
  if (dose.minutes > 0) {
    text = count(dose.minutes, said_in(language, "minute", "minuto"),
                 said_in(language, "minutes", "minutos"));
  } else if (dose.hold_seconds > 0) {
    const std::string reps = std::to_string(std::max(dose.reps, 1));
    const std::string hold = std::to_string(dose.hold_seconds);
    text = sets(dose.sets, language) + (es ? " de " : " of ") + reps + " × " +
           (es ? "mantener " + seconds(dose.hold_seconds, language) : hold + "-second hold");
  } else {
    text = sets(dose.sets, language) + (es ? " de " : " of ") + std::to_string(dose.reps);
  }
  if (dose.sides == Sides::each) text += said_in(language, ", each side", ", de cada lado");
  if (dose.minutes == 0 && dose.rest_seconds > 0) {
    text += std::string(said_in(language, ", rest ", ", descansa ")) +
            seconds(dose.rest_seconds, language);
  }
  return text;
}

}  // namespace motus::core::program
