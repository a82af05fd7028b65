#pragma once
// What a person's body and home allow: the caution conditions that match them, whether they
// can get down to the floor or kneel, their equipment and whether adult-dosage or older-adult
// dosage applies. Derived once from the intake and stored with the program, so adaptation
// checks every variant it swaps in against the same limits the program was built with.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/intake.hpp"
#include "core/content/exercise.hpp"
#include "core/content/language.hpp"

namespace motus::core::program {

struct PersonLimits {
  std::vector<CautionCondition> conditions;  // in vocabulary order, each once
  bool floor_ok = true;
  bool kneeling_ok = true;
  std::vector<Equipment> equipment;  // what they have (mat is never required)
  bool no_prone = false;             // pregnant from the second trimester
  bool older_adult = false;          // ACSM older-adult dosage

  bool has(CautionCondition condition) const;
  bool owns(Equipment item) const;
};

// Ages from which ACSM's older-adult dosage applies.
inline constexpr int kOlderAdultAge = 65;
// Pain now at or above this is treated as an acute flare (the `acute_flare` caution) and the
// program starts in the "settle" phase; above 5/10 is "too much" in Silbernagel 2007.
inline constexpr int kAcuteFlarePain = 7;

PersonLimits limits_for(const assessment::Intake& intake);

// The same limits at another stage of pregnancy (a trimester, or postpartum): the stage's
// condition replaces the one before, and lying face down is ruled out from the second trimester.
PersonLimits at_pregnancy_stage(PersonLimits limits, CautionCondition stage);

// The same limits with one condition lifted (e.g. the flare once it has settled).
PersonLimits without(PersonLimits limits, CautionCondition condition);

// What this person should do differently in the exercise: the text of each `modify` caution
// whose condition they have, in the order the exercise lists them.
std::vector<std::string> cautions_for(const Exercise& exercise, const PersonLimits& limits);

// Why the exercise is not for this person, in plain words; nullopt when it suits them.
std::optional<std::string> unsuitable_because(const Exercise& exercise, const PersonLimits& limits,
                                              Language language = Language::en);

}  // namespace motus::core::program
