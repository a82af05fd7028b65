#include "core/program/person_limits.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace motus::core::program {
namespace {

namespace a = assessment;

// When the intake lists no equipment at all, we take it as "not said" and assume what nearly
// every home has; once a person lists any item, we trust their list as complete.
constexpr Equipment kEveryHomeHas[] = {Equipment::chair, Equipment::wall, Equipment::pillow};

bool has_leg_symptoms(const a::Intake& intake) {
  if (intake.leg_symptoms.any_nerve_sign()) return true;
  return intake.locations.contains_any({a::Location::below_knee_left, a::Location::below_knee_right,
                                        a::Location::foot_left, a::Location::foot_right});
}

std::vector<CautionCondition> conditions_for(const a::Intake& intake) {
  std::vector<CautionCondition> found;
  if (intake.pain_now >= kAcuteFlarePain) found.push_back(CautionCondition::acute_flare);
  if (has_leg_symptoms(intake)) found.push_back(CautionCondition::leg_symptoms);
  if (intake.aggravating.contains(a::Aggravator::bending_forward)) {
    found.push_back(CautionCondition::worse_bending_forward);
  }
  if (intake.aggravating.contains(a::Aggravator::bending_backward)) {
    found.push_back(CautionCondition::worse_bending_backward);
  }
  if (intake.hypermobility.value_or(false)) found.push_back(CautionCondition::hypermobility);
  // Long-term steroids thin the bones too (Downie 2013), so they count as osteoporosis here.
  if (intake.red_flags.contains_any(
          {a::RedFlag::osteoporosis, a::RedFlag::steroid_use_long_term})) {
    found.push_back(CautionCondition::osteoporosis);
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<CautionCondition> pregnancy_stage(const a::Intake& intake) {
  if (!intake.pregnancy) return std::nullopt;
  switch (*intake.pregnancy) {
    case a::Pregnancy::trimester1:
      return CautionCondition::pregnancy_trimester1;
    case a::Pregnancy::trimester2:
      return CautionCondition::pregnancy_trimester2;
    case a::Pregnancy::trimester3:
      return CautionCondition::pregnancy_trimester3;
    case a::Pregnancy::postpartum:
      return CautionCondition::postpartum;
    case a::Pregnancy::none:
      return std::nullopt;
  }
  return std::nullopt;
}

constexpr CautionCondition kPregnancyStages[] = {
    CautionCondition::pregnancy_trimester1, CautionCondition::pregnancy_trimester2,
    CautionCondition::pregnancy_trimester3, CautionCondition::postpartum};

std::vector<Equipment> equipment_for(const a::Intake& intake) {
  std::vector<Equipment> owned;
  if (intake.prefs.equipment.empty()) {
    owned.assign(std::begin(kEveryHomeHas), std::end(kEveryHomeHas));
    return owned;
  }
  const std::pair<a::Equipment, Equipment> names[] = {{a::Equipment::mat, Equipment::mat},
                                                      {a::Equipment::band, Equipment::band},
                                                      {a::Equipment::chair, Equipment::chair},
                                                      {a::Equipment::wall, Equipment::wall},
                                                      {a::Equipment::pillow, Equipment::pillow}};
  for (const auto& [said, item] : names) {
    if (intake.prefs.equipment.contains(said)) owned.push_back(item);
  }
  return owned;
}

struct Words {
  std::string_view english;
  std::string_view spanish;
};

// Caution conditions as a person would say them, in vocabulary order.
constexpr Words kConditionWords[] = {
    {"early pregnancy", "el comienzo del embarazo"},
    {"the middle of pregnancy", "la mitad del embarazo"},
    {"late pregnancy", "el final del embarazo"},
    {"a recent birth", "un parto reciente"},
    {"a bad flare-up", "una crisis de dolor fuerte"},
    {"pain or tingling in the leg", "dolor u hormigueo en la pierna"},
    {"pain bending forward", "dolor al inclinarte hacia delante"},
    {"pain bending backward", "dolor al inclinarte hacia atrás"},
    {"very bendy joints", "articulaciones muy flexibles"},
    {"thin bones", "huesos frágiles"},
    {"knee pain", "dolor de rodilla"},
    {"wrist pain", "dolor de muñeca"},
    {"balance problems", "problemas de equilibrio"}};
static_assert(std::size(kConditionWords) == Vocabulary<CautionCondition>::names.size());

// Equipment as a person would say it, with its article, in vocabulary order.
constexpr Words kEquipmentWords[] = {{"a mat", "una esterilla"},
                                     {"a band", "una banda elástica"},
                                     {"a chair", "una silla"},
                                     {"a wall", "una pared"},
                                     {"a pillow", "una almohada"},
                                     {"a strap", "una correa"},
                                     {"ice", "hielo"}};
static_assert(std::size(kEquipmentWords) == Vocabulary<Equipment>::names.size());

std::string_view in(const Words& words, Language language) {
  return said_in(language, words.english, words.spanish);
}

bool uses(const Exercise& exercise, Position position) {
  return std::find(exercise.positions.begin(), exercise.positions.end(), position) !=
         exercise.positions.end();
}

}  // namespace

bool PersonLimits::has(CautionCondition condition) const {
  return std::find(conditions.begin(), conditions.end(), condition) != conditions.end();
}

bool PersonLimits::owns(Equipment item) const {
  return std::find(equipment.begin(), equipment.end(), item) != equipment.end();
}

PersonLimits limits_for(const a::Intake& intake) {
  PersonLimits limits;
  limits.conditions = conditions_for(intake);
  limits.floor_ok = intake.prefs.floor_ok.value_or(true);
  limits.kneeling_ok = intake.prefs.kneeling_ok.value_or(true);
  limits.equipment = equipment_for(intake);
  limits.older_adult = intake.age >= kOlderAdultAge;
  if (const auto stage = pregnancy_stage(intake)) return at_pregnancy_stage(limits, *stage);
  return limits;
}

PersonLimits at_pregnancy_stage(PersonLimits limits, CautionCondition stage) {
  auto& conditions = limits.conditions;
  conditions.erase(std::remove_if(conditions.begin(), conditions.end(),
                                  [](CautionCondition c) {
                                    return std::find(std::begin(kPregnancyStages),
                                                     std::end(kPregnancyStages),
                                                     c) != std::end(kPregnancyStages);
                                  }),
                   conditions.end());
  conditions.insert(std::upper_bound(conditions.begin(), conditions.end(), stage), stage);
  // Vleeming 2008 (docs/clinical-sources.md §2): no lying face down from the middle of pregnancy.
  limits.no_prone = stage == CautionCondition::pregnancy_trimester2 ||
                    stage == CautionCondition::pregnancy_trimester3;
  return limits;
}

PersonLimits without(PersonLimits limits, CautionCondition condition) {
  auto& conditions = limits.conditions;
  conditions.erase(std::remove(conditions.begin(), conditions.end(), condition), conditions.end());
  return limits;
}

std::vector<std::string> cautions_for(const Exercise& exercise, const PersonLimits& limits) {
  std::vector<std::string> texts;
  for (const Caution& caution : exercise.cautions) {
    if (caution.action == CautionAction::modify && limits.has(caution.condition)) {
      texts.push_back(caution.text);
    }
  }
  return texts;
}

std::optional<std::string> unsuitable_because(const Exercise& exercise, const PersonLimits& limits,
                                              Language language) {
  if (limits.no_prone && uses(exercise, Position::prone)) {
    return std::string(said_in(language,
                               "lying on your tummy is not safe from the middle of pregnancy",
                               "acostarte boca abajo no es seguro a partir de la mitad del "
                               "embarazo"));
  }
  if (!limits.floor_ok &&
      (uses(exercise, Position::floor) ||
       std::any_of(exercise.positions.begin(), exercise.positions.end(), needs_floor))) {
    return std::string(said_in(language, "it is done on the floor", "se hace en el suelo"));
  }
  if (!limits.kneeling_ok && uses(exercise, Position::kneeling)) {
    return std::string(said_in(language, "it is done kneeling", "se hace de rodillas"));
  }
  for (Equipment item : exercise.equipment) {
    if (item != Equipment::mat && !limits.owns(item)) {
      return std::string(said_in(language, "it needs ", "necesita ")) +
             std::string(in(kEquipmentWords[static_cast<std::size_t>(item)], language));
    }
  }
  for (const Caution& caution : exercise.cautions) {
    if (caution.action == CautionAction::avoid && limits.has(caution.condition)) {
      return std::string(said_in(language, "it is best avoided with ", "es mejor evitarlo con ")) +
             std::string(
                 in(kConditionWords[static_cast<std::size_t>(caution.condition)], language));
    }
  }
  return std::nullopt;
}

}  // namespace motus::core::program
