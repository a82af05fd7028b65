#pragma once
// Shared by the program tests: the real shipped knowledge base (loaded once with the real
// loader), case files read from tests/cases/, and an independent check of the rules no
// program may break (positions, cautions, equipment, time), written apart from the engine's
// own filter so that one cannot hide a mistake in the other.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content/load_knowledge_base.hpp"
#include "core/assessment/assessment_json.hpp"
#include "core/assessment/intake.hpp"
#include "core/content/knowledge_base.hpp"
#include "core/content/translation.hpp"
#include "core/program/program.hpp"
#include "support/case_files.hpp"

namespace motus::test {

namespace fs = std::filesystem;
namespace a = motus::core::assessment;

inline const core::KnowledgeBase& shipped_content() {
  static const core::KnowledgeBase knowledge_base = [] {
    auto loaded = content::load_knowledge_base(fs::path(MOTUS_SOURCE_DIR) / "content");
    EXPECT_TRUE(content::check_knowledge_base(loaded).empty()) << "shipped content has problems";
    return std::move(loaded.knowledge_base);
  }();
  return knowledge_base;
}

// The shipped knowledge base with its Spanish words laid over it (content/es), as the server
// builds it at start.
inline const core::KnowledgeBase& shipped_spanish_content() {
  static const core::KnowledgeBase spanish = [] {
    auto loaded = content::load_knowledge_base(fs::path(MOTUS_SOURCE_DIR) / "content");
    return core::translated(loaded.knowledge_base, loaded.spanish);
  }();
  return spanish;
}

// A self-care sacral pain intake (right side, one spot, worse sitting) with these preferences.
inline a::Intake sacral_intake(int minutes, bool floor, bool kneel, int age = 44) {
  return a::intake_from_json({{"age", age},
                              {"sex", "female"},
                              {"duration_weeks", 8},
                              {"onset", "gradual"},
                              {"pain_now", 4},
                              {"locations", {"sacrum_right", "buttock_right"}},
                              {"points_to_one_spot", true},
                              {"aggravating", nlohmann::json::array({"sitting"})},
                              {"prefs",
                               {{"minutes_per_day", minutes},
                                {"floor_ok", floor},
                                {"kneeling_ok", kneel},
                                {"equipment", nlohmann::json::array({"mat"})}}}});
}

inline bool lists(const std::vector<core::Position>& positions, core::Position position) {
  return std::find(positions.begin(), positions.end(), position) != positions.end();
}

// Osteoporosis, or long-term steroids that thin the bones (Downie 2013).
inline bool thin_bones(const a::Intake& intake) {
  return intake.red_flags.contains(a::RedFlag::osteoporosis) ||
         intake.red_flags.contains(a::RedFlag::steroid_use_long_term);
}

// The caution conditions an intake states outright (content/SCHEMA.md vocabulary).
inline std::vector<core::CautionCondition> stated_conditions(const a::Intake& intake) {
  using C = core::CautionCondition;
  std::vector<C> found;
  if (intake.pregnancy == a::Pregnancy::trimester1) found.push_back(C::pregnancy_trimester1);
  if (intake.pregnancy == a::Pregnancy::trimester2) found.push_back(C::pregnancy_trimester2);
  if (intake.pregnancy == a::Pregnancy::trimester3) found.push_back(C::pregnancy_trimester3);
  if (intake.pregnancy == a::Pregnancy::postpartum) found.push_back(C::postpartum);
  if (intake.leg_symptoms.any_nerve_sign()) found.push_back(C::leg_symptoms);
  if (intake.aggravating.contains(a::Aggravator::bending_forward))
    found.push_back(C::worse_bending_forward);
  if (intake.aggravating.contains(a::Aggravator::bending_backward))
    found.push_back(C::worse_bending_backward);
  if (intake.hypermobility == true) found.push_back(C::hypermobility);
  if (thin_bones(intake)) found.push_back(C::osteoporosis);
  if (intake.pain_now >= 7) found.push_back(C::acute_flare);
  return found;
}

// Every rule the program breaks, in words; empty when it keeps them all.
inline std::vector<std::string> broken_rules(const core::program::Program& program,
                                             const a::Intake& intake,
                                             const core::KnowledgeBase& knowledge_base) {
  using core::Position;
  std::vector<std::string> broken;
  const int budget = intake.prefs.minutes_per_day.value_or(15);
  if (program.minutes > budget) {
    broken.push_back(std::to_string(program.minutes) + " minutes over a budget of " +
                     std::to_string(budget));
  }
  if (program.minutes != core::program::estimate_minutes(program.exercises, knowledge_base)) {
    broken.push_back("minutes disagree with the estimate");
  }
  const auto conditions = stated_conditions(intake);
  for (const auto& prescription : program.exercises) {
    const core::Exercise* exercise = knowledge_base.exercise(prescription.exercise_id);
    if (exercise == nullptr) {
      broken.push_back(prescription.exercise_id + " is not in the library");
      continue;
    }
    const std::string& id = exercise->id;
    const auto& positions = exercise->positions;
    if ((intake.pregnancy == a::Pregnancy::trimester2 ||
         intake.pregnancy == a::Pregnancy::trimester3) &&
        lists(positions, Position::prone)) {
      broken.push_back(id + ": prone in pregnancy from the second trimester");
    }
    if (intake.prefs.floor_ok == false && lists(positions, Position::floor)) {
      broken.push_back(id + ": floor work without floor_ok");
    }
    if (intake.prefs.kneeling_ok == false && lists(positions, Position::kneeling)) {
      broken.push_back(id + ": kneeling without kneeling_ok");
    }
    if (exercise->kind == core::Kind::technique)
      broken.push_back(id + ": a technique as a timed set");
    for (const auto& caution : exercise->cautions) {
      if (caution.action == core::CautionAction::avoid &&
          std::find(conditions.begin(), conditions.end(), caution.condition) != conditions.end()) {
        broken.push_back(id + ": avoid caution " + std::string(core::to_string(caution.condition)));
      }
    }
    if (!intake.prefs.equipment.empty()) {
      for (core::Equipment item : exercise->equipment) {
        const auto said = a::enum_from_name<a::Equipment>(core::to_string(item));
        if (item != core::Equipment::mat && (!said || !intake.prefs.equipment.contains(*said))) {
          broken.push_back(id + ": needs " + std::string(core::to_string(item)));
        }
      }
    }
    if (prescription.why.empty()) broken.push_back(id + ": no why");
    const auto& dose = prescription.dose;
    if (dose.hold_seconds > 0 && dose.minutes == 0 && dose.reps < 2) {
      broken.push_back(id + ": a hold dosed as " + std::to_string(dose.sets) + " sets of " +
                       std::to_string(std::max(dose.reps, 1)) +
                       " hold, not as holds × seconds (at least 2 holds)");
    }
    for (const auto& other : program.exercises) {
      const core::Exercise* second = knowledge_base.exercise(other.exercise_id);
      if (&other < &prescription && second != nullptr &&
          core::family_of(*second) == core::family_of(*exercise)) {
        broken.push_back(id + ": the same movement as " + second->id + " in one session");
      }
    }
    if (thin_bones(intake) && core::has_feature(*exercise, core::Feature::spinal_flexion) &&
        prescription.cautions.empty()) {
      broken.push_back(id + ": rounds the spine with thin bones but carries no caution");
    }
  }
  return broken;
}

}  // namespace motus::test
