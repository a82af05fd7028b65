#include <algorithm>
#include <cmath>
#include <limits>

#include "core/content/validation_steps.hpp"

namespace motus::core::validation {
namespace {

constexpr auto kNoLimit = std::numeric_limits<std::size_t>::max();

// Most holds in one set, as ACSM doses stretches (2–4 repetitions) and the catalogue doses
// holds (10 × 10 s): holds are counted in `reps`, never as sets of one hold each.
constexpr int kFewestHolds = 2;

void check_dosage(const Dosage& dosage, Kind kind, FileProblems& problems) {
  problems.check_range("dosage.sets", dosage.sets, 1, 10);
  problems.check_range("dosage.reps", dosage.reps, 0, 50);
  problems.check_range("dosage.hold_seconds", dosage.hold_seconds, 0, 120);
  problems.check_range("dosage.minutes", dosage.minutes, 0, 60);
  problems.check_range("dosage.rest_seconds", dosage.rest_seconds, 0, 180);
  if (dosage.reps <= 0 && dosage.hold_seconds <= 0 && dosage.minutes <= 0) {
    problems.add("dosage", "needs reps, hold_seconds or minutes above 0");
  }
  if (kind != Kind::technique && dosage.hold_seconds > 0 && dosage.minutes == 0 &&
      dosage.reps < kFewestHolds) {
    problems.add("dosage.reps", "counts the holds of a set (holds × hold_seconds), at least " +
                                    std::to_string(kFewestHolds) +
                                    ": write 10 × 10 s as sets: 1, reps: 10, hold_seconds: 10");
  }
}

// `family` names the main form of the same movement: an exercise that is its own family.
void check_family(const KnowledgeBase& knowledge_base, const Exercise& exercise,
                  FileProblems& problems) {
  if (!exercise.family) return;
  if (*exercise.family == exercise.id) {
    problems.add("family", "names the exercise itself; leave it out");
    return;
  }
  const Exercise* main = knowledge_base.exercise(*exercise.family);
  if (main == nullptr) {
    problems.add("family", "no exercise has the id `" + *exercise.family + "`");
  } else if (family_of(*main) != main->id) {
    problems.add("family", "`" + main->id + "` is itself a form of `" + family_of(*main) +
                               "`: name that one");
  }
}

// An exercise that rounds the spine says what to do with thin bones (Giangregorio 2014).
void check_features(const Exercise& exercise, FileProblems& problems) {
  if (!has_feature(exercise, Feature::spinal_flexion)) return;
  const bool cautioned = std::any_of(
      exercise.cautions.begin(), exercise.cautions.end(),
      [](const Caution& caution) { return caution.condition == CautionCondition::osteoporosis; });
  if (!cautioned) {
    problems.add("cautions",
                 "`spinal_flexion` needs an `osteoporosis` caution (avoid, or modify "
                 "saying how to spare the spine)");
  }
}

void check_positions(const std::vector<Position>& positions, FileProblems& problems) {
  problems.check_count("positions", positions.size(), 1, kNoLimit, "position");
  bool on_floor = std::find(positions.begin(), positions.end(), Position::floor) != positions.end();
  for (auto position : positions) {
    if (needs_floor(position) && !on_floor) {
      problems.add("positions", "`" + std::string(to_string(position)) +
                                    "` happens on the floor, so `floor` must be listed too");
      return;
    }
  }
}

void check_variant(const KnowledgeBase& knowledge_base, const Exercise& exercise,
                   const std::optional<std::string>& variant, const char* field,
                   FileProblems& problems) {
  if (!variant) return;
  if (*variant == exercise.id) {
    problems.add(field, "names the exercise itself");
  } else if (knowledge_base.exercise(*variant) == nullptr) {
    problems.add(field, "no exercise has the id `" + *variant + "`");
  }
}

// In `view: front` a bent hip or knee points towards the viewer, and the screen shows only the
// cosine of that angle of the thigh or shin: a knee bent 90° with the thigh upright leaves no
// shin at all (the clamshell's old figure). Each must keep at least this share of its length.
constexpr double kLeastShownShare = 1.0 / 3.0;
constexpr double kDegree = 3.14159265358979323846 / 180.0;

// The share of a thigh and shin the front view shows (see web/src/figure/pose.ts).
struct LegOnScreen {
  double thigh;
  double shin;
};

LegOnScreen leg_on_screen(double hip_flex, double knee) {
  return {std::abs(std::cos(hip_flex * kDegree)), std::abs(std::cos((hip_flex - knee) * kDegree))};
}

std::string percent(double share) { return std::to_string(std::lround(share * 100)) + "%"; }

// Knees and hips that bend towards the viewer (SCHEMA.md, "The stick figure"): `hip_flex_*`
// belongs to the front view only, and in it every thigh and shin stays visible.
void check_towards_viewer(const Exercise& exercise, std::size_t index, FileProblems& problems) {
  const Pose& pose = exercise.keyframes[index].pose;
  const std::string prefix = "keyframes[" + std::to_string(index) + "].pose.";
  const struct {
    const char* side;
    double hip_flex;
    double knee;
  } legs[] = {{"l", pose.hip_flex_l, pose.knee_l}, {"r", pose.hip_flex_r, pose.knee_r}};
  for (const auto& leg : legs) {
    const std::string hip_flex = std::string("hip_flex_") + leg.side;
    if (exercise.view == View::side) {
      if (leg.hip_flex != 0) {
        problems.add(prefix + hip_flex, "is read only in `view: front`; in `view: side` `hip_" +
                                            std::string(leg.side) + "` is the hip flexion");
      }
      continue;
    }
    const LegOnScreen shown = leg_on_screen(leg.hip_flex, leg.knee);
    if (shown.thigh < kLeastShownShare) {
      problems.add(prefix + hip_flex,
                   "points the thigh at the viewer, so `view: front` shows only " +
                       percent(shown.thigh) + " of it; bend the hip less or use `view: side`");
    }
    if (shown.shin < kLeastShownShare) {
      problems.add(prefix + "knee_" + leg.side,
                   "points the shin at the viewer, so `view: front` shows only " +
                       percent(shown.shin) + " of it; bend the hip towards the viewer too (`" +
                       hip_flex + "`, about the knee angle minus 45) or use `view: side`");
    }
  }
}

}  // namespace

void check_keyframes(const Exercise& exercise, FileProblems& problems) {
  const auto& keyframes = exercise.keyframes;
  problems.check_count("keyframes", keyframes.size(), 2, kNoLimit, "keyframes");
  for (std::size_t i = 0; i < keyframes.size(); ++i) {
    const auto& keyframe = keyframes[i];
    const std::string prefix = "keyframes[" + std::to_string(i) + "]";
    if (i == 0 && keyframe.at != 0) problems.add(prefix + ".at", "the first keyframe must be at 0");
    if (i > 0 && keyframe.at <= keyframes[i - 1].at) {
      problems.add(prefix + ".at", "must be later than the keyframe before it");
    }
    problems.check_not_empty(prefix + ".phase", keyframe.phase);
    for (const auto& joint : kPoseJoints) {
      problems.check_range(prefix + ".pose." + std::string(joint.name), keyframe.pose.*joint.angle,
                           joint.lowest, joint.highest);
    }
    check_towards_viewer(exercise, i, problems);
  }
}

void check_exercise(const KnowledgeBase& knowledge_base, const Exercise& exercise,
                    std::vector<ContentProblem>& all) {
  FileProblems problems(all, exercise.source_file);
  if (!is_snake_case(exercise.id)) {
    problems.add("id", "`" + exercise.id + "` must be lower-case words joined by `_`");
  }
  if (exercise.id != file_stem(exercise.source_file)) {
    problems.add("id", "`" + exercise.id + "` must equal the file name");
  }
  problems.check_not_empty("name", exercise.name);
  problems.check_not_empty("summary", exercise.summary);
  problems.check_count("steps", exercise.steps.size(), 3, 8, "steps");
  for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
    problems.check_not_empty("steps[" + std::to_string(i) + "]", exercise.steps[i]);
  }
  check_dosage(exercise.dosage, exercise.kind, problems);
  check_positions(exercise.positions, problems);
  for (std::size_t i = 0; i < exercise.cautions.size(); ++i) {
    problems.check_not_empty("cautions[" + std::to_string(i) + "].text", exercise.cautions[i].text);
  }
  check_variant(knowledge_base, exercise, exercise.easier, "easier", problems);
  check_variant(knowledge_base, exercise, exercise.harder, "harder", problems);
  check_family(knowledge_base, exercise, problems);
  check_features(exercise, problems);
  if (exercise.easier && exercise.easier == exercise.harder) {
    problems.add("harder", "the same exercise cannot be both easier and harder");
  }
  problems.check_count("patterns", exercise.patterns.size(), 1, kNoLimit, "pattern");
  for (const auto& pattern : exercise.patterns) {
    if (!is_pattern_id(pattern)) problems.add("patterns", "`" + pattern + "` is not a pattern id");
  }
  problems.check_count("citations", exercise.citations.size(), 1, kNoLimit, "citation");
  check_keyframes(exercise, problems);
}

}  // namespace motus::core::validation
