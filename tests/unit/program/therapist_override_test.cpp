// A therapist's plan laid over a member's program, and kept through the sessions after it: the
// program holds exactly the plan's exercises at its doses, and adaptation never undoes it.
#include "core/program/therapist_override.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/program/program_json.hpp"
#include "program_rules.hpp"

namespace motus::test {
namespace {

namespace p = core::program;
namespace care = core::care;

p::ExerciseState entry(const std::string& id, int sets, int reps, const std::string& why) {
  p::Prescription prescription{id, {}, why, a::Pattern::si_joint, {}};
  prescription.dose.sets = sets;
  prescription.dose.reps = reps;
  prescription.dose.rest_seconds = 30;
  return {prescription, prescription, 1, 1};
}

p::ProgramState member_state() {
  p::ProgramState state;
  state.phase = p::Phase::build;
  state.budget_minutes = 30;
  state.sessions = 4;
  state.steps_up = 1;
  state.exercises = {entry("bridge", 2, 10, "Steadies your SI joint."),
                     entry("clamshell", 2, 10, "Strengthens the side of your hip."),
                     entry("cat_cow", 1, 8, "Keeps your back moving.")};
  return state;
}

care::OverrideExercise planned(const std::string& id, int sets, int reps, int hold = 0) {
  care::OverrideExercise item;
  item.exercise_id = id;
  item.dose.sets = sets;
  item.dose.reps = reps;
  item.dose.hold_seconds = hold;
  item.dose.rest_seconds = 45;
  return item;
}

// Keep the bridge at a lower dose, drop the clamshell and the cat-cow, add the bird dog.
care::ProgramOverride plan() {
  return {{planned("bridge", 1, 6), planned("bird_dog", 2, 5, 5)}, "Less bridging this week."};
}

std::vector<std::string> ids(const p::ProgramState& state) {
  std::vector<std::string> out;
  for (const auto& e : state.exercises) out.push_back(e.current.exercise_id);
  return out;
}

p::SessionFeedback session(const p::ProgramState& state, int pain, p::Difficulty difficulty) {
  p::SessionFeedback feedback;
  feedback.pain_before = 2;
  feedback.pain_after = pain > 5 ? 7 : 1;
  feedback.next_morning_pain = pain > 5 ? 6 : 1;
  for (const auto& e : state.exercises) {
    feedback.exercises.push_back({e.current.exercise_id, true, pain, difficulty});
  }
  return feedback;
}

TEST(TherapistOverride, TheProgramHoldsExactlyThePlansExercisesAtItsDoses) {
  const auto applied = p::apply_override(member_state(), plan(), shipped_content());
  EXPECT_EQ(ids(applied), (std::vector<std::string>{"bridge", "bird_dog"}));
  const auto& bridge = applied.exercises[0];
  EXPECT_EQ(bridge.current.dose.sets, 1);
  EXPECT_EQ(bridge.current.dose.reps, 6);
  EXPECT_EQ(bridge.current.dose.rest_seconds, 45);
  EXPECT_EQ(bridge.current.why, "Steadies your SI joint.") << "a kept exercise keeps its why";
  EXPECT_EQ(bridge.level, 1) << "and its history";
  EXPECT_EQ(bridge.last_tolerated.dose.reps, 6) << "a step back never returns to the old dose";
  const auto& bird_dog = applied.exercises[1];
  EXPECT_EQ(bird_dog.current.dose.hold_seconds, 5);
  EXPECT_EQ(bird_dog.current.why.rfind("Your therapist added this for you.", 0), 0u)
      << bird_dog.current.why;
  EXPECT_EQ(bird_dog.current.pattern, a::Pattern::si_joint);
  EXPECT_EQ(applied.sessions, 4);
  EXPECT_EQ(applied.phase, p::Phase::build);
}

TEST(TherapistOverride, ApplyingThePlanAgainChangesNothingMore) {
  const auto once = p::apply_override(member_state(), plan(), shipped_content());
  const auto twice = p::apply_override(once, plan(), shipped_content());
  EXPECT_EQ(p::to_json(twice).dump(), p::to_json(once).dump());
}

TEST(TherapistOverride, AnExerciseTheLibraryNoLongerHasIsLeftOut) {
  auto with_gone = plan();
  with_gone.exercises.push_back(planned("moonwalk", 1, 5));
  const auto applied = p::apply_override(member_state(), with_gone, shipped_content());
  EXPECT_EQ(ids(applied), (std::vector<std::string>{"bridge", "bird_dog"}));
}

TEST(TherapistOverride, EasySessionsDoNotStepThePlanUp) {
  const auto& content = shipped_content();
  auto state = p::apply_override(member_state(), plan(), content);
  for (int i = 0; i < 3; ++i) {
    const auto feedback = session(state, 1, p::Difficulty::easy);
    const auto engine = p::adapt(state, feedback, content);
    const auto kept = p::keep_override(state, engine, plan(), content);
    if (i == 1) {
      EXPECT_TRUE(std::any_of(engine.changes.begin(), engine.changes.end(), [](const p::Change& c) {
        return c.action == p::Action::progress;
      })) << "without the plan the engine would step up here";
    }
    for (const auto& change : kept.changes) {
      EXPECT_EQ(change.action, p::Action::hold) << change.exercise_id;
    }
    EXPECT_EQ(kept.state.sessions, state.sessions + 1);
    state = kept.state;
  }
  EXPECT_EQ(ids(state), (std::vector<std::string>{"bridge", "bird_dog"}));
  EXPECT_EQ(state.exercises[0].current.dose.reps, 6);
  EXPECT_EQ(state.phase, p::Phase::build);
  EXPECT_EQ(state.steps_up, 1);
}

TEST(TherapistOverride, AFlareHoldsThePlanAndThePhaseAndSaysWhatToDo) {
  const auto& content = shipped_content();
  const auto state = p::apply_override(member_state(), plan(), content);
  const auto engine = p::adapt(state, session(state, 7, p::Difficulty::hard), content);
  ASSERT_EQ(engine.state.phase, p::Phase::settle) << "the engine alone would step back";
  const auto kept = p::keep_override(state, engine, plan(), content);
  EXPECT_EQ(kept.state.phase, p::Phase::build) << "the phase is held";
  EXPECT_EQ(ids(kept.state), (std::vector<std::string>{"bridge", "bird_dog"}))
      << "no easier variant is swapped in";
  EXPECT_EQ(kept.state.exercises[0].current.dose.reps, 6);
  ASSERT_EQ(kept.changes.size(), 2u);
  for (const auto& change : kept.changes) {
    EXPECT_EQ(change.action, p::Action::hold);
    EXPECT_NE(change.reason.find("too much"), std::string::npos) << change.reason;
    EXPECT_NE(change.reason.find("therapist"), std::string::npos) << change.reason;
  }
}

TEST(TherapistOverride, AWarningSignStillPausesTheProgram) {
  const auto& content = shipped_content();
  const auto state = p::apply_override(member_state(), plan(), content);
  auto feedback = session(state, 2, p::Difficulty::right);
  feedback.red_flags.insert(a::RedFlag::saddle_numbness);
  const auto kept = p::keep_override(state, p::adapt(state, feedback, content), plan(), content);
  EXPECT_TRUE(kept.state.paused);
  ASSERT_EQ(kept.changes.size(), 1u);
  EXPECT_EQ(kept.changes[0].action, p::Action::pause);
}

}  // namespace
}  // namespace motus::test
