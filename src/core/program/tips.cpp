#include "core/program/tips.hpp"

#include <algorithm>
#include <optional>

#include "core/program/person_limits.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;

// docs/clinical-sources.md §4, daily-life tips, in our own words.
std::string_view flare_tip(Language l) {
  return said_in(l,
                 "If the pain flares, keep gently active rather than resting in bed, and check "
                 "the warning signs again.",
                 "Si el dolor empeora de golpe, mantente activo con suavidad en lugar de quedarte "
                 "en la cama, y vuelve a revisar las señales de alarma.");
}
std::string_view pregnancy_belt_tip(Language l) {
  return said_in(l, "A maternity support belt can ease pelvic pain while you are pregnant.",
                 "Un cinturón de apoyo para el embarazo puede aliviar el dolor de pelvis mientras "
                 "estás embarazada.");
}

std::string technique_tip(const Exercise& exercise) {
  return exercise.name + ": " + exercise.summary;
}

// The same tip in `to`, when `tip` is one of `from`'s.
std::optional<std::string> same_tip(const std::string& tip, const KnowledgeBase& from,
                                    const KnowledgeBase& to) {
  for (const auto l : {Language::en, Language::es}) {
    if (tip == flare_tip(l)) return std::string(flare_tip(to.language()));
    if (tip == pregnancy_belt_tip(l)) return std::string(pregnancy_belt_tip(to.language()));
  }
  for (const core::Pattern& pattern : from.patterns()) {
    const auto& helps = pattern.what_helps;
    const auto found = std::find(helps.begin(), helps.end(), tip);
    const core::Pattern* other = to.pattern(pattern.id);
    if (found == helps.end() || other == nullptr) continue;
    const auto index = static_cast<std::size_t>(found - helps.begin());
    if (index < other->what_helps.size()) return other->what_helps[index];
  }
  for (const Exercise& exercise : from.exercises()) {
    if (exercise.kind != Kind::technique || technique_tip(exercise) != tip) continue;
    if (const Exercise* other = to.exercise(exercise.id)) return technique_tip(*other);
  }
  return std::nullopt;
}

bool is_pregnant(const PersonLimits& limits) {
  return limits.has(CautionCondition::pregnancy_trimester1) ||
         limits.has(CautionCondition::pregnancy_trimester2) ||
         limits.has(CautionCondition::pregnancy_trimester3);
}

void add_once(std::vector<std::string>& tips, std::string tip) {
  if (std::find(tips.begin(), tips.end(), tip) == tips.end()) tips.push_back(std::move(tip));
}

}  // namespace

std::vector<std::string> daily_tips(const std::vector<a::Pattern>& patterns,
                                    const PersonLimits& limits,
                                    const KnowledgeBase& knowledge_base) {
  std::vector<std::string> tips;
  for (a::Pattern pattern : patterns) {
    const core::Pattern* file = knowledge_base.pattern(a::name_of(pattern));
    if (file == nullptr) continue;
    for (const std::string& help : file->what_helps) add_once(tips, help);
    for (const Exercise* exercise : knowledge_base.exercises_for_pattern(file->id)) {
      if (exercise->kind != Kind::technique) continue;
      if (unsuitable_because(*exercise, limits)) continue;
      add_once(tips, technique_tip(*exercise));
    }
  }
  const Language l = knowledge_base.language();
  if (is_pregnant(limits)) add_once(tips, std::string(pregnancy_belt_tip(l)));
  add_once(tips, std::string(flare_tip(l)));
  return tips;
}

std::string tip_in(const std::string& tip, const KnowledgeBase& words,
                   std::span<const KnowledgeBase* const> known) {
  for (const KnowledgeBase* from : known) {
    if (from == nullptr) continue;
    if (auto same = same_tip(tip, *from, words)) return std::move(*same);
  }
  return tip;
}

}  // namespace motus::core::program
