#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/content/vocabulary.hpp"

namespace motus::core {

// The default dose of one exercise; the program engine scales it up and down.
struct Dosage {
  int sets = 0;
  int reps = 0;
  int hold_seconds = 0;
  int minutes = 0;
  Sides sides = Sides::both;
  int rest_seconds = 0;
};

struct Caution {
  CautionCondition condition = CautionCondition::acute_flare;
  CautionAction action = CautionAction::modify;
  std::string text;
};

// Joint angles in degrees of the stick figure (see SCHEMA.md, "The stick figure").
struct Pose {
  double trunk = 0;
  double neck = 0;
  double hip_l = 0;
  double knee_l = 0;
  double hip_r = 0;
  double knee_r = 0;
  double shoulder_l = 0;
  double elbow_l = 0;
  double shoulder_r = 0;
  double elbow_r = 0;
  // `view: front` only: hip flexion towards the viewer (in `view: side`, `hip_*` is the
  // flexion). The knee then bends back from the thigh, so a sitting figure seen from the front
  // shows its shins and a clamshell its shin, not a thigh with the shin pointing at the viewer.
  double hip_flex_l = 0;
  double hip_flex_r = 0;
};

// One joint of the figure: its field name, where it lives in Pose, and the angles a body can
// plausibly reach, so the loader and the validator read the same table.
struct PoseJoint {
  std::string_view name;
  double Pose::*angle;
  double lowest;
  double highest;
  bool front_only = false;  // optional, and read only in `view: front`
};

inline constexpr std::array<PoseJoint, 12> kPoseJoints{{
    {"trunk", &Pose::trunk, -180, 360},
    {"neck", &Pose::neck, -60, 80},
    {"hip_l", &Pose::hip_l, -40, 150},
    {"knee_l", &Pose::knee_l, 0, 160},
    {"hip_r", &Pose::hip_r, -40, 150},
    {"knee_r", &Pose::knee_r, 0, 160},
    {"shoulder_l", &Pose::shoulder_l, -60, 190},
    {"elbow_l", &Pose::elbow_l, 0, 150},
    {"shoulder_r", &Pose::shoulder_r, -60, 190},
    {"elbow_r", &Pose::elbow_r, 0, 150},
    {"hip_flex_l", &Pose::hip_flex_l, 0, 150, true},
    {"hip_flex_r", &Pose::hip_flex_r, 0, 150, true},
}};

// A moment of the animation; the last keyframe's `at` is the length of one cycle.
struct Keyframe {
  double at = 0;
  std::string phase;
  std::string cue;
  Pose pose;
};

struct Exercise {
  std::string id;
  std::string name;
  Kind kind = Kind::strength;
  std::string summary;
  std::vector<std::string> steps;
  std::string breathing;
  Dosage dosage;
  std::vector<std::string> target_muscles;
  std::vector<Position> positions;
  std::vector<Equipment> equipment;
  std::vector<Caution> cautions;
  std::optional<std::string> easier;
  std::optional<std::string> harder;
  // The movement this is a form of (an exercise id), when it is one movement done another way
  // (seated, supported): a session never has two forms of one movement. Unset: its own id.
  std::optional<std::string> family;
  std::vector<Feature> features;
  std::vector<std::string> patterns;
  std::vector<std::string> citations;
  View view = View::side;
  std::vector<Keyframe> keyframes;
  // Where it was read from, relative to the content folder (e.g. `exercises/bridge.yaml`).
  std::string source_file;
};

// The movement an exercise is a form of: its `family`, or its own id.
inline const std::string& family_of(const Exercise& exercise) {
  return exercise.family ? *exercise.family : exercise.id;
}

inline bool has_feature(const Exercise& exercise, Feature feature) {
  for (Feature listed : exercise.features) {
    if (listed == feature) return true;
  }
  return false;
}

}  // namespace motus::core
