// Each broken fixture is a copy of the valid knowledge base with one defect; the checker must
// name that defect's file and field, and must find nothing wrong with the valid one.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "content/load_knowledge_base.hpp"

namespace {

const std::filesystem::path kFixtures =
    std::filesystem::path(MOTUS_SOURCE_DIR) / "tests/fixtures/content";

std::vector<motus::core::ContentProblem> check(const std::filesystem::path& dir) {
  return motus::content::check_knowledge_base(motus::content::load_knowledge_base(dir));
}

std::string describe(const std::vector<motus::core::ContentProblem>& problems) {
  std::string text;
  for (const auto& p : problems) text += "\n  " + p.file + ": " + p.field + ": " + p.message;
  return text.empty() ? " (none)" : text;
}

TEST(ContentFixtures, ValidKnowledgeBaseHasNoProblems) {
  auto loaded = motus::content::load_knowledge_base(kFixtures / "valid");
  auto problems = motus::content::check_knowledge_base(loaded);
  EXPECT_TRUE(problems.empty()) << describe(problems);
  EXPECT_EQ(loaded.knowledge_base.exercises().size(), 3u);
  EXPECT_EQ(loaded.knowledge_base.patterns().size(), 1u);
  EXPECT_EQ(loaded.knowledge_base.articles().size(), 1u);
}

struct BrokenFixture {
  const char* name;
  const char* file;
  const char* field;
};

void PrintTo(const BrokenFixture& fixture, std::ostream* out) { *out << fixture.name; }

const BrokenFixture kBrokenFixtures[] = {
    BrokenFixture{"unknown_pattern_id", "exercises/bridge.yaml", "patterns"},
    BrokenFixture{"dangling_easier", "exercises/bridge.yaml", "easier"},
    BrokenFixture{"harder_cycle", "exercises/marching_bridge.yaml", "harder"},
    BrokenFixture{"variants_disagree", "exercises/marching_bridge.yaml", "harder"},
    BrokenFixture{"keyframe_out_of_range", "exercises/bridge.yaml", "keyframes[1].pose.knee_l"},
    BrokenFixture{"at_not_rising", "exercises/bridge.yaml", "keyframes[1].at"},
    BrokenFixture{"first_at_not_zero", "exercises/glute_squeeze.yaml", "keyframes[0].at"},
    BrokenFixture{"missing_keyframes", "exercises/marching_bridge.yaml", "keyframes"},
    BrokenFixture{"missing_pose_field", "exercises/glute_squeeze.yaml",
                  "keyframes[0].pose.elbow_l"},
    // Knees and hips that bend towards the viewer: the shin must not vanish in `view: front`.
    BrokenFixture{"shin_towards_viewer", "exercises/glute_squeeze.yaml",
                  "keyframes[0].pose.knee_l"},
    BrokenFixture{"hip_flex_in_side_view", "exercises/glute_squeeze.yaml",
                  "keyframes[0].pose.hip_flex_l"},
    BrokenFixture{"position_without_floor", "exercises/marching_bridge.yaml", "positions"},
    BrokenFixture{"unknown_position", "exercises/glute_squeeze.yaml", "positions[2]"},
    BrokenFixture{"no_reps_hold_minutes", "exercises/marching_bridge.yaml", "dosage"},
    BrokenFixture{"dosage_out_of_range", "exercises/bridge.yaml", "dosage.sets"},
    BrokenFixture{"single_hold", "exercises/glute_squeeze.yaml", "dosage.reps"},
    BrokenFixture{"family_unknown", "exercises/glute_squeeze.yaml", "family"},
    BrokenFixture{"flexion_without_caution", "exercises/glute_squeeze.yaml", "cautions"},
    BrokenFixture{"too_few_steps", "exercises/marching_bridge.yaml", "steps"},
    BrokenFixture{"bad_yaml_syntax", "exercises/marching_bridge.yaml", "yaml"},
    BrokenFixture{"wrong_type", "exercises/bridge.yaml", "dosage.sets"},
    BrokenFixture{"unknown_field", "exercises/bridge.yaml", "difficulty"},
    BrokenFixture{"unknown_kind", "exercises/bridge.yaml", "kind"},
    BrokenFixture{"id_not_file_name", "exercises/bridge.yaml", "id"},
    BrokenFixture{"duplicate_id", "exercises/bridge_again.yaml", "id"},
    BrokenFixture{"short_ladder", "patterns/si_joint.yaml", "core_exercises"},
    BrokenFixture{"missing_core_exercise", "patterns/si_joint.yaml", "core_exercises"},
    BrokenFixture{"missing_pattern_article", "patterns/si_joint.yaml", "articles"},
    BrokenFixture{"article_slug_mismatch", "articles/si-joints.md", "slug"},
    BrokenFixture{"article_missing_exercise", "articles/si-joints.md", "exercises"},
    BrokenFixture{"article_without_front_matter", "articles/si-joints.md", "front matter"},
    BrokenFixture{"article_reading_minutes", "articles/si-joints.md", "reading_minutes"},
    // The Spanish words (content/es, SCHEMA.md "Other languages").
    BrokenFixture{"untranslated_exercise", "exercises/glute_squeeze.yaml", ""},
    BrokenFixture{"spanish_same_as_english", "es/exercises/bridge.yaml", "steps[1]"},
    BrokenFixture{"spanish_list_length", "es/patterns/si_joint.yaml", "how_it_feels"},
    BrokenFixture{"spanish_citation", "es/exercises/bridge.yaml", "citations"},
    BrokenFixture{"spanish_unknown_caution", "es/exercises/bridge.yaml", "cautions.acute_flare"},
    BrokenFixture{"spanish_for_missing_item", "es/exercises/bird_dog.yaml", ""},
};

class BrokenFixtures : public testing::TestWithParam<BrokenFixture> {};

TEST_P(BrokenFixtures, NamesTheDefect) {
  const auto& fixture = GetParam();
  auto dir = kFixtures / "broken" / fixture.name;
  ASSERT_TRUE(std::filesystem::is_directory(dir)) << dir;
  auto problems = check(dir);
  bool found = std::any_of(problems.begin(), problems.end(), [&](const auto& problem) {
    return problem.file == fixture.file && problem.field == fixture.field;
  });
  EXPECT_TRUE(found) << "expected " << fixture.file << ": " << fixture.field << ", got"
                     << describe(problems);
  for (const auto& problem : problems) EXPECT_FALSE(problem.message.empty());
}

INSTANTIATE_TEST_SUITE_P(OneDefectEach, BrokenFixtures, testing::ValuesIn(kBrokenFixtures),
                         [](const testing::TestParamInfo<BrokenFixture>& info) {
                           return std::string(info.param.name);
                         });

// Every broken copy on disk is in the table above, so a new fixture cannot go unchecked.
TEST(ContentFixtures, EveryBrokenCopyIsChecked) {
  for (const auto& entry : std::filesystem::directory_iterator(kFixtures / "broken")) {
    auto name = entry.path().filename().string();
    bool listed = std::any_of(std::begin(kBrokenFixtures), std::end(kBrokenFixtures),
                              [&](const auto& fixture) { return name == fixture.name; });
    EXPECT_TRUE(listed) << name << " is not in kBrokenFixtures";
  }
}

TEST(ContentFixtures, MissingFolderIsAProblemNotACrash) {
  auto loaded = motus::content::load_knowledge_base(kFixtures / "no-such-folder");
  EXPECT_EQ(loaded.problems.size(), 3u);
  EXPECT_TRUE(loaded.knowledge_base.exercises().empty());
}

}  // namespace
