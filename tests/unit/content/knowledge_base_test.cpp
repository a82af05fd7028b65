#include "core/content/knowledge_base.hpp"

#include <gtest/gtest.h>

#include "core/content/validate.hpp"
#include "core/content/vocabulary.hpp"

namespace {

using namespace motus::core;

Exercise exercise(std::string id, std::optional<std::string> easier,
                  std::optional<std::string> harder) {
  Exercise made;
  made.id = id;
  made.name = id;
  made.summary = "A test exercise.";
  made.steps = {"One.", "Two.", "Three."};
  made.dosage = {.sets = 2,
                 .reps = 10,
                 .hold_seconds = 0,
                 .minutes = 0,
                 .sides = Sides::both,
                 .rest_seconds = 30};
  made.positions = {Position::standing};
  made.easier = std::move(easier);
  made.harder = std::move(harder);
  made.patterns = {"nonspecific"};
  made.citations = {"A source."};
  made.keyframes = {Keyframe{.at = 0, .phase = "start", .cue = "", .pose = {}},
                    Keyframe{.at = 1, .phase = "end", .cue = "", .pose = {}}};
  made.source_file = "exercises/" + id + ".yaml";
  return made;
}

KnowledgeBase ladder_of_three() {
  return KnowledgeBase({exercise("low", std::nullopt, "mid"), exercise("mid", "low", "top"),
                        exercise("top", "mid", std::nullopt)},
                       {}, {});
}

TEST(KnowledgeBase, FindsItemsById) {
  auto knowledge_base = ladder_of_three();
  ASSERT_NE(knowledge_base.exercise("mid"), nullptr);
  EXPECT_EQ(knowledge_base.exercise("mid")->id, "mid");
  EXPECT_EQ(knowledge_base.exercise("nothing"), nullptr);
  EXPECT_EQ(knowledge_base.pattern("si_joint"), nullptr);
  EXPECT_EQ(knowledge_base.article("the-sacrum"), nullptr);
}

TEST(KnowledgeBase, LookupsSurviveCopying) {
  auto original = ladder_of_three();
  auto copy = original;
  ASSERT_NE(copy.exercise("top"), nullptr);
  EXPECT_EQ(copy.exercise("top"), &copy.exercises()[2]);
}

TEST(KnowledgeBase, StepsUpAndDownTheLadder) {
  auto knowledge_base = ladder_of_three();
  const auto& mid = *knowledge_base.exercise("mid");
  EXPECT_EQ(knowledge_base.easier_than(mid)->id, "low");
  EXPECT_EQ(knowledge_base.harder_than(mid)->id, "top");
  EXPECT_EQ(knowledge_base.harder_than(*knowledge_base.exercise("top")), nullptr);
}

TEST(KnowledgeBase, ExercisesForPattern) {
  auto knowledge_base = ladder_of_three();
  EXPECT_EQ(knowledge_base.exercises_for_pattern("nonspecific").size(), 3u);
  EXPECT_TRUE(knowledge_base.exercises_for_pattern("coccydynia").empty());
}

TEST(Vocabulary, RoundTripsEveryWord) {
  for (auto name : Vocabulary<CautionCondition>::names) {
    auto condition = from_string<CautionCondition>(name);
    ASSERT_TRUE(condition.has_value()) << name;
    EXPECT_EQ(to_string(*condition), name);
  }
  EXPECT_EQ(from_string<Position>("side_lying"), Position::side_lying);
  EXPECT_FALSE(from_string<Kind>("cardio").has_value());
  EXPECT_TRUE(is_pattern_id("pregnancy_pgp"));
  EXPECT_FALSE(is_pattern_id("lumbago"));
}

TEST(Validate, LadderRuleCountsEasierAndHarderRungs) {
  Pattern pattern;
  pattern.id = "nonspecific";
  pattern.core_exercises = {"low", "mid", "top"};
  pattern.source_file = "patterns/nonspecific.yaml";
  auto ladder = [&](std::optional<std::string> mid_harder) {
    auto top = exercise("top", mid_harder ? std::optional<std::string>("mid") : std::nullopt,
                        std::nullopt);
    return KnowledgeBase(
        {exercise("low", std::nullopt, "mid"), exercise("mid", "low", mid_harder), top}, {pattern},
        {});
  };
  auto has_ladder_problem = [](const std::vector<ContentProblem>& problems) {
    for (const auto& problem : problems) {
      if (problem.field == "core_exercises" &&
          problem.message.find("ladder") != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  EXPECT_FALSE(has_ladder_problem(validate(ladder("top"))));
  EXPECT_TRUE(has_ladder_problem(validate(ladder(std::nullopt))));
}

TEST(Validate, ExerciseSelfLinkIsReported) {
  KnowledgeBase knowledge_base({exercise("loop", std::nullopt, "loop")}, {}, {});
  auto problems = validate(knowledge_base);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems.front().field, "harder");
}

TEST(Validate, ConsistentExercisesPass) { EXPECT_TRUE(validate(ladder_of_three()).empty()); }

}  // namespace
