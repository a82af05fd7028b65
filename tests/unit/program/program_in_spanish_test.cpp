// The program's own words in Spanish (issue 20): the dose and pain words, each exercise's why,
// the tips, and every reason a change gives, after a session, a re-screen, a therapist's plan
// or new preferences. The engine reads the content in the member's language
// (KnowledgeBase::language) and decides exactly as it does in English; a stored program, kept in
// the words it was built with, reads in either language (program_words.hpp).
#include <gtest/gtest.h>

#include <array>
#include <string>

#include "core/pain_scale.hpp"
#include "core/program/dose_words.hpp"
#include "core/program/preferences_change.hpp"
#include "core/program/program_json.hpp"
#include "core/program/program_words.hpp"
#include "core/program/therapist_override.hpp"
#include "core/program/tips.hpp"
#include "core/program/training_days.hpp"
#include "core/program/why_text.hpp"
#include "program_rules.hpp"

namespace motus::test {
namespace {

namespace p = core::program;
using core::Language;

// English left in a Spanish sentence: the words every English sentence of the engine uses.
bool reads_english(const std::string& text) {
  for (const char* word : {"your ", "Your ", " the ", " so we ", " it ", " is ", " and "}) {
    if (text.find(word) != std::string::npos) return true;
  }
  return false;
}

// 70 years old, so balance joins the program with its reason after the why.
a::Intake member_intake(bool floor = true, int minutes = 15) {
  return sacral_intake(minutes, floor, true, 70);
}

const p::Day kToday = std::chrono::sys_days{std::chrono::year{2026} / 12 / 7};

p::ProgramState built_state(const a::Intake& intake) {
  const auto program = p::build_program(intake, a::assess(intake), shipped_content());
  EXPECT_TRUE(program);
  return p::start_state(*program, intake, kToday);
}

p::SessionFeedback feedback_for(const p::ProgramState& state, int pain, p::Difficulty how,
                                int before = 2, int morning = 2) {
  p::SessionFeedback feedback;
  feedback.pain_before = before;
  feedback.pain_after = morning;
  feedback.next_morning_pain = morning;
  for (const auto& e : state.exercises) {
    feedback.exercises.push_back({e.current.exercise_id, true, pain, how});
  }
  return feedback;
}

const std::array<const core::KnowledgeBase*, 2>& known() {
  static const std::array<const core::KnowledgeBase*, 2> both{&shipped_content(),
                                                              &shipped_spanish_content()};
  return both;
}

TEST(ProgramInSpanish, TheSpanishContentSaysItsLanguage) {
  EXPECT_EQ(shipped_content().language(), Language::en);
  EXPECT_EQ(shipped_spanish_content().language(), Language::es);
}

TEST(ProgramInSpanish, DoseWords) {
  const auto es = Language::es;
  EXPECT_EQ(p::dose_words({2, 10, 0, 0, core::Sides::both, 30}, es),
            "2 series de 10, descansa 30 segundos");
  EXPECT_EQ(p::dose_words({1, 3, 20, 0, core::Sides::each, 0}, es),
            "1 serie de 3 × mantener 20 segundos, de cada lado");
  EXPECT_EQ(p::dose_words({1, 0, 0, 5, core::Sides::both, 30}, es), "5 minutos");
  EXPECT_EQ(p::dose_words({1, 0, 0, 1, core::Sides::both, 0}, es), "1 minuto");
  EXPECT_EQ(p::dose_words({1, 5, 0, 0, core::Sides::both, 1}, es),
            "1 serie de 5, descansa 1 segundo");
  EXPECT_EQ(p::dose_words({2, 10, 0, 0, core::Sides::both, 30}), "2 sets of 10, rest 30 seconds")
      << "English stays the default";
}

TEST(ProgramInSpanish, PainWords) {
  const std::array<const char*, 11> words{"sin dolor", "leve",     "leve",         "leve",
                                          "moderado",  "moderado", "moderado",     "fuerte",
                                          "fuerte",    "fuerte",   "el peor dolor"};
  for (int pain = 0; pain <= 10; ++pain) {
    EXPECT_EQ(core::pain_words(pain, Language::es), words[static_cast<std::size_t>(pain)]) << pain;
  }
  EXPECT_EQ(core::pain_words(5), "moderate");
}

TEST(ProgramInSpanish, TheWhyOfAnExerciseWithItsStudy) {
  const auto& bridge = *shipped_content().exercise("bridge");
  const auto english = p::why_text(bridge, a::Pattern::si_joint);
  const auto spanish = p::why_text(bridge, a::Pattern::si_joint, Language::es);
  EXPECT_EQ(spanish.rfind("Fortalece los músculos de tus glúteos para dar estabilidad a tu "
                          "articulación sacroilíaca",
                          0),
            0u)
      << spanish;
  const auto study = english.substr(english.find(" ("));
  EXPECT_TRUE(spanish.ends_with(study)) << "the study is named as in English: " << spanish;
  for (const auto pattern :
       {a::Pattern::si_joint, a::Pattern::radicular, a::Pattern::piriformis,
        a::Pattern::sacral_myofascial, a::Pattern::inflammatory, a::Pattern::pregnancy_pgp,
        a::Pattern::coccydynia, a::Pattern::nonspecific}) {
    for (const auto& exercise : shipped_content().exercises()) {
      const auto words = p::why_text(exercise, pattern, Language::es);
      EXPECT_FALSE(reads_english(words)) << exercise.id << ": " << words;
    }
  }
}

TEST(ProgramInSpanish, AStoredWhyIsWordedAgainBothWaysKeepingWhatCameBeforeAndAfter) {
  const auto& bridge = *shipped_content().exercise("bridge");
  const std::string stored =
      std::string(p::therapist_added(Language::en)) + p::why_text(bridge, a::Pattern::si_joint) +
      std::string(p::balance_words(p::BalanceReason::thin_bones, Language::en));
  const auto spanish = p::reworded_why(stored, bridge, a::Pattern::si_joint, Language::es);
  EXPECT_EQ(spanish, std::string(p::therapist_added(Language::es)) +
                         p::why_text(bridge, a::Pattern::si_joint, Language::es) +
                         std::string(p::balance_words(p::BalanceReason::thin_bones, Language::es)));
  EXPECT_EQ(p::reworded_why(spanish, bridge, a::Pattern::si_joint, Language::en), stored);
}

TEST(ProgramInSpanish, AProgramReadsInSpanishAndBackInEnglish) {
  const auto state = built_state(member_intake());
  const auto english = p::current_program(state, shipped_content());
  ASSERT_FALSE(english.exercises.empty());
  ASSERT_FALSE(english.tips.empty());
  const auto& es = shipped_spanish_content();
  const auto spanish = p::in_words(p::current_program(state, es), es, known());
  EXPECT_EQ(spanish.language, Language::es);
  ASSERT_EQ(spanish.exercises.size(), english.exercises.size());
  for (std::size_t i = 0; i < spanish.exercises.size(); ++i) {
    EXPECT_NE(spanish.exercises[i].why, english.exercises[i].why);
    EXPECT_FALSE(reads_english(spanish.exercises[i].why)) << spanish.exercises[i].why;
  }
  ASSERT_EQ(spanish.tips.size(), english.tips.size());
  for (std::size_t i = 0; i < spanish.tips.size(); ++i) {
    EXPECT_NE(spanish.tips[i], english.tips[i]) << "a tip left in English: " << english.tips[i];
  }
  const auto json = p::to_json(spanish);
  for (const auto& item : json["exercises"]) {
    const std::string words = item["dose_words"];
    EXPECT_TRUE(words.find("serie") != std::string::npos ||
                words.find("minuto") != std::string::npos)
        << words;
  }
  const auto back = p::in_words(spanish, shipped_content(), known());
  for (std::size_t i = 0; i < back.exercises.size(); ++i) {
    EXPECT_EQ(back.exercises[i].why, english.exercises[i].why);
  }
  EXPECT_EQ(back.tips, english.tips);
  EXPECT_EQ(p::to_json(back).dump(), p::to_json(english).dump());
}

TEST(ProgramInSpanish, AdaptationDecidesAsInEnglishAndSaysWhyInSpanish) {
  const auto state = built_state(member_intake());
  // Too much pain, then two easy sessions: a step down, then a hold and a step up.
  for (const auto& feedback : {feedback_for(state, 7, p::Difficulty::hard, 2, 6),
                               feedback_for(state, 1, p::Difficulty::easy)}) {
    auto english_state = state;
    auto spanish_state = state;
    for (int round = 0; round < 2; ++round) {
      const auto english = p::adapt(english_state, feedback, shipped_content());
      const auto spanish = p::adapt(spanish_state, feedback, shipped_spanish_content());
      EXPECT_EQ(p::to_json(spanish.state).dump(), p::to_json(english.state).dump())
          << "the same decisions, and the state is kept in the same words";
      ASSERT_EQ(spanish.changes.size(), english.changes.size());
      for (std::size_t i = 0; i < spanish.changes.size(); ++i) {
        EXPECT_EQ(spanish.changes[i].action, english.changes[i].action);
        EXPECT_NE(spanish.changes[i].reason, english.changes[i].reason);
        EXPECT_FALSE(reads_english(spanish.changes[i].reason)) << spanish.changes[i].reason;
      }
      english_state = english.state;
      spanish_state = spanish.state;
    }
  }
  const auto pain =
      p::adapt(state, feedback_for(state, 7, p::Difficulty::hard, 2, 6), shipped_spanish_content());
  EXPECT_NE(pain.changes.front().reason.find("Tu dolor subió a 7/10"), std::string::npos)
      << pain.changes.front().reason;
}

TEST(ProgramInSpanish, AWarningSignPausesWithTheSignsInSpanish) {
  const auto state = built_state(member_intake());
  auto feedback = feedback_for(state, 2, p::Difficulty::right);
  feedback.red_flags.insert(a::RedFlag::saddle_numbness);
  const auto paused = p::adapt(state, feedback, shipped_spanish_content());
  ASSERT_EQ(paused.changes.size(), 1u);
  const auto& reason = paused.changes.front().reason;
  EXPECT_EQ(reason.rfind("Pausamos tus ejercicios", 0), 0u) << reason;
  EXPECT_NE(reason.find("silla de montar"), std::string::npos) << "the sign's own Spanish";
  EXPECT_FALSE(reads_english(reason)) << reason;
}

TEST(ProgramInSpanish, TheTherapistsPlanSaysItsHoldsInSpanish) {
  auto state = built_state(member_intake());
  core::care::ProgramOverride plan;
  plan.note = "Menos puentes esta semana.";
  for (const auto& e : state.exercises)
    plan.exercises.push_back({e.current.exercise_id, e.current.dose});
  const auto& es = shipped_spanish_content();
  const auto engine = p::adapt(state, feedback_for(state, 7, p::Difficulty::hard, 2, 6), es);
  const auto kept = p::keep_override(state, engine, plan, es);
  for (const auto& change : kept.changes) {
    EXPECT_NE(change.reason.find("fisioterapeuta"), std::string::npos) << change.reason;
    EXPECT_FALSE(reads_english(change.reason)) << change.reason;
  }
  EXPECT_EQ(p::plan_changed_message(plan.note, Language::es),
            "Tu fisioterapeuta cambió tu plan: Menos puentes esta semana.");
  EXPECT_FALSE(reads_english(p::plan_kept_message("Ana Ruiz", Language::es)));
}

TEST(ProgramInSpanish, NewPreferencesSayWhatChangedInSpanishAndKeepTheProgramInEnglish) {
  const auto before = built_state(member_intake(true, 15));
  const auto after = member_intake(false, 10);
  const auto english =
      p::rebuild_for_preferences(before, after, a::assess(after), shipped_content(), kToday);
  const auto spanish = p::rebuild_for_preferences(
      before, after, a::assess(after), shipped_content(), kToday, shipped_spanish_content());
  ASSERT_TRUE(english && spanish);
  EXPECT_EQ(p::to_json(spanish->state).dump(), p::to_json(english->state).dump());
  ASSERT_EQ(spanish->changes.size(), english->changes.size());
  EXPECT_EQ(spanish->changes.front(), "Ahora son unos 10 minutos al día; antes eran 15.");
  for (const auto& line : spanish->changes) EXPECT_FALSE(reads_english(line)) << line;
}

TEST(ProgramInSpanish, TheDaysNote) {
  p::SessionDay rest;
  EXPECT_EQ(p::day_note(false, rest, Language::es).rfind("Hoy es un día de descanso.", 0), 0u);
  EXPECT_EQ(p::day_note(false, rest, Language::en).rfind("Today is a rest day.", 0), 0u);
  EXPECT_NE(p::day_note(true, rest, Language::es).find("señal de alarma"), std::string::npos);
}

TEST(ProgramInSpanish, WhyAnExerciseDoesNotSuit) {
  p::PersonLimits limits;
  limits.floor_ok = false;
  const auto& bridge = *shipped_content().exercise("bridge");
  EXPECT_EQ(p::unsuitable_because(bridge, limits, Language::es), "se hace en el suelo");
  EXPECT_EQ(p::unsuitable_because(bridge, limits), "it is done on the floor");
}

}  // namespace
}  // namespace motus::test
