#include "core/program/dose_words.hpp"

#include <algorithm>

namespace motus::core::program {
namespace {

std::string count(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string dose_words(const Dosage& dose) {
  std::string text;
  if (dose.minutes > 0) {
    text = count(dose.minutes, "minute", "minutes");
  } else if (dose.hold_seconds > 0) {
    text = count(dose.sets, "set", "sets") + " of " + std::to_string(std::max(dose.reps, 1)) +
           " × " + std::to_string(dose.hold_seconds) + "-second hold";
  } else {
    text = count(dose.sets, "set", "sets") + " of " + std::to_string(dose.reps);
  }
  if (dose.sides == Sides::each) text += ", each side";
  if (dose.minutes == 0 && dose.rest_seconds > 0) {
    text += ", rest " + count(dose.rest_seconds, "second", "seconds");
  }
  return text;
}

}  // namespace motus::core::program
