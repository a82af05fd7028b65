#include "core/program/why_text.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <utility>

namespace motus::core::program {
namespace {

namespace a = assessment;

// What helping each pattern means, finishing "… to <goal>" ("… para <goal>").
std::string_view pattern_goal(a::Pattern pattern, Language l) {
  switch (pattern) {
    case a::Pattern::si_joint:
      return said_in(l, "steady your SI joint", "dar estabilidad a tu articulación sacroilíaca");
    case a::Pattern::radicular:
      return said_in(l, "calm an irritated nerve in your back and leg",
                     "calmar un nervio irritado de la espalda y la pierna");
    case a::Pattern::piriformis:
      return said_in(l, "ease the tight muscle deep in your buttock",
                     "aflojar el músculo tenso que está en lo profundo del glúteo");
    case a::Pattern::sacral_myofascial:
      return said_in(l, "settle the sore muscles beside your sacrum",
                     "calmar los músculos doloridos junto al sacro");
    case a::Pattern::inflammatory:
      return said_in(l, "keep a stiff back moving", "mantener en movimiento una espalda rígida");
    case a::Pattern::pregnancy_pgp:
      return said_in(l, "support your pelvis during and after pregnancy",
                     "sostener tu pelvis durante el embarazo y después");
    case a::Pattern::coccydynia:
      return said_in(l, "take the strain off your tailbone", "quitarle carga al coxis");
    case a::Pattern::nonspecific:
      return said_in(l, "make your back stronger and less sore",
                     "hacer tu espalda más fuerte y menos dolorida");
  }
  return said_in(l, "help your back", "ayudar a tu espalda");
}

struct MuscleWords {
  std::string_view id;
  std::string_view english;
  std::string_view spanish;
};

// Muscle groups in everyday words; the first target muscle found here names the exercise.
constexpr std::array<MuscleWords, 14> kMuscleWords{{
    {"gluteus_maximus", "your buttock muscles", "los músculos de tus glúteos"},
    {"gluteus_medius", "the muscles at the side of your hip",
     "los músculos del costado de la cadera"},
    {"gluteus_minimus", "the muscles at the side of your hip",
     "los músculos del costado de la cadera"},
    {"piriformis", "the deep muscles of your buttock", "los músculos profundos del glúteo"},
    {"deep_hip_rotators", "the deep muscles of your buttock", "los músculos profundos del glúteo"},
    {"transversus_abdominis", "your deep tummy muscles", "los músculos profundos de tu abdomen"},
    {"multifidus", "the small muscles along your spine",
     "los músculos pequeños a lo largo de la columna"},
    {"erector_spinae", "the long muscles of your back", "los músculos largos de la espalda"},
    {"levator_ani", "your pelvic floor", "tu suelo pélvico"},
    {"pelvic_floor", "your pelvic floor", "tu suelo pélvico"},
    {"hamstrings", "the backs of your thighs", "la parte de atrás de los muslos"},
    {"iliopsoas", "the front of your hip", "la parte delantera de la cadera"},
    {"quadriceps", "your thigh muscles", "los músculos de tus muslos"},
    {"adductors", "your inner thighs", "la cara interna de los muslos"},
}};

std::string_view muscle_words(const Exercise& exercise, Language l) {
  for (const auto& muscle : exercise.target_muscles) {
    for (const auto& words : kMuscleWords) {
      if (words.id == muscle) return said_in(l, words.english, words.spanish);
    }
  }
  return said_in(l, "the muscles around your back and hips",
                 "los músculos de alrededor de la espalda y las caderas");
}

std::string action_words(const Exercise& exercise, Language l) {
  const std::string muscles{muscle_words(exercise, l)};
  switch (exercise.kind) {
    case Kind::strength:
      return std::string(said_in(l, "Strengthens ", "Fortalece ")) + muscles;
    case Kind::mobility:
      return std::string(said_in(l, "Gently moves and loosens ", "Mueve y suelta con suavidad ")) +
             muscles;
    case Kind::stretch:
      return std::string(said_in(l, "Stretches ", "Estira ")) + muscles;
    case Kind::aerobic:
      return std::string(
          said_in(l, "Gets your whole body moving", "Pone en movimiento todo tu cuerpo"));
    case Kind::technique:
      return std::string(said_in(l, "Soothes ", "Alivia ")) + muscles;
  }
  return std::string(said_in(l, "Helps ", "Ayuda a ")) + muscles;
}

std::string_view stretch_extra(Language l) {
  return said_in(l, " It is an extra beside the strength work.",
                 " Es un complemento del trabajo de fuerza.");
}

// Takes either of the two off the front of `text`, and says whether one was there.
bool strip_prefix(std::string_view& text, std::string_view english, std::string_view spanish) {
  for (const auto words : {english, spanish}) {
    if (text.starts_with(words)) {
      text.remove_prefix(words.size());
      return true;
    }
  }
  return false;
}

bool ends_with_either(std::string_view text, std::string_view english, std::string_view spanish) {
  return text.ends_with(english) || text.ends_with(spanish);
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

std::string why_text(const Exercise& exercise, a::Pattern pattern, Language language) {
  std::string text = action_words(exercise, language) +
                     std::string(said_in(language, " to ", " para ")) +
                     std::string(pattern_goal(pattern, language));
  if (!exercise.citations.empty()) text += " (" + short_citation(exercise.citations.front()) + ")";
  text += ".";
  if (exercise.kind == Kind::stretch) text += stretch_extra(language);
  return text;
}

std::string_view therapist_added(Language language) {
  return said_in(language, "Your therapist added this for you. ",
                 "Tu fisioterapeuta añadió este ejercicio para ti. ");
}

std::string_view balance_words(BalanceReason reason, Language language) {
  if (reason == BalanceReason::thin_bones) {
    return said_in(language,
                   " With thin bones, steadier balance helps prevent the falls that break bones.",
                   " Con los huesos frágiles, un mejor equilibrio ayuda a evitar las caídas que "
                   "rompen huesos.");
  }
  return said_in(language, " From 65 on, balance practice helps prevent falls.",
                 " A partir de los 65 años, practicar el equilibrio ayuda a evitar caídas.");
}

std::string reworded_why(std::string_view stored, const Exercise& exercise, a::Pattern pattern,
                         Language language) {
  std::string text;
  if (strip_prefix(stored, therapist_added(Language::en), therapist_added(Language::es))) {
    text = therapist_added(language);
  }
  text += why_text(exercise, pattern, language);
  for (const auto reason : {BalanceReason::thin_bones, BalanceReason::older_adult}) {
    if (ends_with_either(stored, balance_words(reason, Language::en),
                         balance_words(reason, Language::es))) {
      text += balance_words(reason, language);
    }
  }
  return text;
}

}  // namespace motus::core::program
