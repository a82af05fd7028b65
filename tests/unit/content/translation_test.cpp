// The Spanish words laid over the English knowledge base, and the check of a translation.
#include "core/content/translation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "content/load_knowledge_base.hpp"
#include "core/content/library.hpp"

namespace {

using namespace motus::core;

Exercise english_bridge() {
  Exercise bridge;
  bridge.id = "bridge";
  bridge.name = "Bridge";
  bridge.summary = "Lift your hips.";
  bridge.steps = {"Lie down.", "Lift."};
  bridge.breathing = "Breathe out as you lift.";
  bridge.cautions = {{CautionCondition::acute_flare, CautionAction::modify, "Lift a little."}};
  bridge.citations = {"Added 2018."};
  bridge.keyframes = {{0, "start", "Knees bent.", {}}, {2, "lift", "", {}}};
  bridge.source_file = "exercises/bridge.yaml";
  return bridge;
}

ExerciseWords spanish_bridge() {
  ExerciseWords words;
  words.id = "bridge";
  words.name = "Puente";
  words.summary = "Sube la cadera.";
  words.steps = {"Acuéstate.", "Sube."};
  words.breathing = "Suelta el aire al subir.";
  words.cautions = {{"acute_flare", "Sube poco."}};
  words.cues = {"Rodillas dobladas.", ""};
  words.source_file = "es/exercises/bridge.yaml";
  return words;
}

bool names(const std::vector<ContentProblem>& problems, const std::string& file,
           const std::string& field) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const auto& p) { return p.file == file && p.field == field; });
}

TEST(Translated, LaysTheWordsOverACopyAndKeepsEverythingElse) {
  const KnowledgeBase english({english_bridge()}, {}, {});
  Translation spanish;
  spanish.exercises = {spanish_bridge()};
  const KnowledgeBase translated_base = translated(english, spanish);
  const Exercise* bridge = translated_base.exercise("bridge");
  ASSERT_NE(bridge, nullptr);
  EXPECT_EQ(bridge->name, "Puente");
  EXPECT_EQ(bridge->steps[1], "Sube.");
  EXPECT_EQ(bridge->cautions[0].text, "Sube poco.");
  EXPECT_EQ(bridge->keyframes[0].cue, "Rodillas dobladas.");
  EXPECT_EQ(bridge->keyframes[1].at, 2);
  EXPECT_EQ(bridge->citations, english.exercise("bridge")->citations);
  EXPECT_EQ(english.exercise("bridge")->name, "Bridge");  // the English stays English
  EXPECT_TRUE(validate_translation(english, spanish).empty());
}

TEST(Translated, AMissingTextStaysEnglish) {
  const KnowledgeBase english({english_bridge()}, {}, {});
  Translation spanish;
  spanish.exercises = {spanish_bridge()};
  spanish.exercises[0].breathing.clear();
  EXPECT_EQ(translated(english, spanish).exercise("bridge")->breathing, "Breathe out as you lift.");
  EXPECT_TRUE(
      names(validate_translation(english, spanish), "es/exercises/bridge.yaml", "breathing"));
}

TEST(ValidateTranslation, ReportsEachUntranslatedItemOnItsEnglishFile) {
  Exercise other = english_bridge();
  other.id = "clamshell";
  other.source_file = "exercises/clamshell.yaml";
  const KnowledgeBase english({english_bridge(), other}, {}, {});
  Translation spanish;
  spanish.exercises = {spanish_bridge()};
  const auto problems = validate_translation(english, spanish);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "exercises/clamshell.yaml");
  EXPECT_NE(problems[0].message.find("es/exercises/clamshell.yaml"), std::string::npos);
}

TEST(ValidateTranslation, IdenticalTextIsAProblemExceptAllowedNames) {
  const KnowledgeBase english({english_bridge()}, {}, {});
  Translation spanish;
  spanish.exercises = {spanish_bridge()};
  spanish.exercises[0].steps[0] = "  Lie down. ";
  EXPECT_TRUE(
      names(validate_translation(english, spanish), "es/exercises/bridge.yaml", "steps[0]"));

  Exercise tai_chi = english_bridge();
  tai_chi.name = "Tai chi";
  ExerciseWords words = spanish_bridge();
  words.name = "Tai chi";
  Translation same_name;
  same_name.exercises = {words};
  EXPECT_TRUE(validate_translation(KnowledgeBase({tai_chi}, {}, {}), same_name).empty());
}

TEST(ValidateTranslation, ListsMustMatchAndCautionsMustExist) {
  const KnowledgeBase english({english_bridge()}, {}, {});
  Translation spanish;
  spanish.exercises = {spanish_bridge()};
  spanish.exercises[0].steps.pop_back();
  spanish.exercises[0].cautions["osteoporosis"] = "Con cuidado.";
  spanish.exercises[0].cautions.erase("acute_flare");
  const auto problems = validate_translation(english, spanish);
  EXPECT_TRUE(names(problems, "es/exercises/bridge.yaml", "steps"));
  EXPECT_TRUE(names(problems, "es/exercises/bridge.yaml", "cautions.osteoporosis"));
  EXPECT_TRUE(names(problems, "es/exercises/bridge.yaml", "cautions.acute_flare"));
}

TEST(ValidateTranslation, TherapistArticlesNeedNoSpanish) {
  Article therapist;
  therapist.slug = "for-clinicians";
  therapist.title = "For clinicians";
  therapist.audience = Audience::therapist;
  therapist.source_file = "articles/for-clinicians.md";
  Article member = therapist;
  member.slug = "for-members";
  member.audience = Audience::member;
  member.source_file = "articles/for-members.md";
  const auto problems = validate_translation(KnowledgeBase({}, {}, {therapist, member}), {});
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].file, "articles/for-members.md");
}

TEST(ShippedSpanish, EveryMemberTextHasItsSpanish) {
  const auto loaded =
      motus::content::load_knowledge_base(std::filesystem::path(MOTUS_SOURCE_DIR) / "content");
  const auto problems = validate_translation(loaded.knowledge_base, loaded.spanish);
  std::string listed;
  for (const auto& p : problems) listed += "\n  " + p.file + ": " + p.field + ": " + p.message;
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems:" << listed;
  EXPECT_EQ(loaded.spanish.exercises.size(), loaded.knowledge_base.exercises().size());
  EXPECT_EQ(loaded.spanish.patterns.size(), loaded.knowledge_base.patterns().size());

  const Library library(loaded.knowledge_base, loaded.spanish);
  EXPECT_EQ(library.in(Language::es).exercise("bridge")->name, "Puente");
  EXPECT_EQ(library.in(Language::en).exercise("bridge")->name, "Bridge");
  EXPECT_EQ(library.in(Language::es).pattern("si_joint")->core_exercises,
            library.in(Language::en).pattern("si_joint")->core_exercises);
}

}  // namespace
