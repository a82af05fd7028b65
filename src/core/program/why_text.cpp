#include "core/program/why_text.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace motus::core::program {
namespace {

namespace a = assessment;

// What helping each pattern means, finishing "… to <goal>".
std::string_view pattern_goal(a::Pattern pattern) {
  switch (pattern) {
    case a::Pattern::si_joint:
      return "steady your SI joint";
    case a::Pattern::radicular:
      return "calm an irritated nerve in your back and leg";
    case a::Pattern::piriformis:
      return "ease the tight muscle deep in your buttock";
    case a::Pattern::sacral_myofascial:
      return "settle the sore muscles beside your sacrum";
    case a::Pattern::inflammatory:
      return "keep a stiff back moving";
    case a::Pattern::pregnancy_pgp:
      return "support your pelvis during and after pregnancy";
    case a::Pattern::coccydynia:
      return "take the strain off your tailbone";
    case a::Pattern::nonspecific:
      return "make your back stronger and less sore";
  }
  return "help your back";
}

// Muscle groups in everyday words; the first target muscle found here names the exercise.
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kMuscleWords{{
    {"gluteus_maximus", "your buttock muscles"},
    {"gluteus_medius", "the muscles at the side of your hip"},
    {"gluteus_minimus", "the muscles at the side of your hip"},
    {"piriformis", "the deep muscles of your buttock"},
    {"deep_hip_rotators", "the deep muscles of your buttock"},
    {"transversus_abdominis", "your deep tummy muscles"},
    {"multifidus", "the small muscles along your spine"},
    {"erector_spinae", "the long muscles of your back"},
    {"levator_ani", "your pelvic floor"},
    {"pelvic_floor", "your pelvic floor"},
    {"hamstrings", "the backs of your thighs"},
    {"iliopsoas", "the front of your hip"},
    {"quadriceps", "your thigh muscles"},
    {"adductors", "your inner thighs"},
}};

std::string_view muscle_words(const Exercise& exercise) {
  for (const auto& muscle : exercise.target_muscles) {
    for (const auto& [id, words] : kMuscleWords) {
      if (id == muscle) return words;
    }
  }
  return "the muscles around your back and hips";
}

std::string action_words(const Exercise& exercise) {
  const std::string muscles{muscle_words(exercise)};
  switch (exercise.kind) {
    case Kind::strength:
      return "Strengthens " + muscles;
    case Kind::mobility:
      return "Gently moves and loosens " + muscles;
    case Kind::stretch:
      return "Stretches " + muscles;
    case Kind::aerobic:
      return "Gets your whole body moving";
    case Kind::technique:
      return "Soothes " + muscles;
  }
  return "Helps " + muscles;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 3> kBodies{{
    {"American College of Sports Medicine", "ACSM guidelines"},
    {"NICE guideline NG59", "NICE NG59"},
    {"NICE", "NICE"},
}};

}  // namespace

std::string short_citation(const std::string& citation) {
  for (const auto& [prefix, name] : kBodies) {
    if (std::string_view(citation).starts_with(prefix)) return std::string(name);
  }
  const std::string author = citation.substr(0, citation.find(' '));
  // The last four-digit run is the year of publication.
  for (std::size_t end = citation.size(); end >= 4; --end) {
    const std::string_view tail = std::string_view(citation).substr(end - 4, 4);
    bool digits = true;
    for (char c : tail) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (digits) return author + " " + std::string(tail);
  }
  return author;
}

std::string why_text(const Exercise& exercise, a::Pattern pattern) {
  std::string text = action_words(exercise) + " to " + std::string(pattern_goal(pattern));
  if (!exercise.citations.empty()) text += " (" + short_citation(exercise.citations.front()) + ")";
  text += ".";
  if (exercise.kind == Kind::stretch) text += " It is an extra beside the strength work.";
  return text;
}

}  // namespace motus::core::program
