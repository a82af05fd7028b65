#include "core/program/tips.hpp"

#include <algorithm>

#include "core/program/person_limits.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;

// docs/clinical-sources.md §4, daily-life tips, in our own words.
constexpr std::string_view kFlareTip =
    "If the pain flares, keep gently active rather than resting in bed, and check the warning "
    "signs again.";
constexpr std::string_view kPregnancyBeltTip =
    "A maternity support belt can ease pelvic pain while you are pregnant.";

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
      add_once(tips, exercise->name + ": " + exercise->summary);
    }
  }
  if (is_pregnant(limits)) add_once(tips, std::string(kPregnancyBeltTip));
  add_once(tips, std::string(kFlareTip));
  return tips;
}

}  // namespace motus::core::program
