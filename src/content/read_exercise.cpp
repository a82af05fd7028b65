#include "content/read_items.hpp"

namespace motus::content {
namespace {

core::Dosage read_dosage(const YAML::Node& node, FileReport& report) {
  core::Dosage dosage;
  if (!node.IsDefined()) return dosage;
  FieldReader fields(node, "dosage.", report);
  dosage.sets = fields.whole_number("sets");
  dosage.reps = fields.whole_number("reps", Need::optional);
  dosage.hold_seconds = fields.whole_number("hold_seconds", Need::optional);
  dosage.minutes = fields.whole_number("minutes", Need::optional);
  dosage.sides = fields.choice("sides", core::Sides::both);
  dosage.rest_seconds = fields.whole_number("rest_seconds", Need::optional);
  fields.reject_unknown_fields();
  return dosage;
}

// Runs `read` on each mapping of a list, naming each as `<key>[i].`.
template <typename Item, typename Read>
std::vector<Item> read_list(FieldReader& fields, std::string_view key, Need need, Read read) {
  std::vector<Item> items;
  auto node = fields.list(key, need);
  if (!node.IsDefined()) return items;
  for (std::size_t i = 0; i < node.size(); ++i) {
    const auto entry = node[i];
    auto name = fields.field(key) + "[" + std::to_string(i) + "]";
    if (!entry.IsMap()) {
      fields.report().add(name, "should be a set of `name: value` fields" + line_of(entry));
      continue;
    }
    FieldReader entry_fields(entry, name + ".", fields.report());
    items.push_back(read(entry_fields));
    entry_fields.reject_unknown_fields();
  }
  return items;
}

core::Caution read_caution(FieldReader& fields) {
  core::Caution caution;
  caution.condition = fields.choice("condition", core::CautionCondition::acute_flare);
  caution.action = fields.choice("action", core::CautionAction::modify);
  caution.text = fields.text("text");
  return caution;
}

core::Pose read_pose(const YAML::Node& node, const std::string& prefix, FileReport& report) {
  core::Pose pose;
  if (!node.IsDefined()) return pose;
  FieldReader fields(node, prefix, report);
  for (const auto& joint : core::kPoseJoints) {
    pose.*joint.angle =
        fields.number(joint.name, joint.front_only ? Need::optional : Need::required);
  }
  fields.reject_unknown_fields();
  return pose;
}

core::Keyframe read_keyframe(FieldReader& fields) {
  core::Keyframe keyframe;
  keyframe.at = fields.number("at");
  keyframe.phase = fields.text("phase");
  keyframe.cue = fields.text("cue", Need::optional);
  keyframe.pose = read_pose(fields.mapping("pose"), fields.field("pose."), fields.report());
  return keyframe;
}

}  // namespace

core::Exercise read_exercise(const YAML::Node& root, FileReport& report) {
  FieldReader fields(root, "", report);
  core::Exercise exercise;
  exercise.id = fields.text("id");
  exercise.name = fields.text("name");
  exercise.kind = fields.choice("kind", core::Kind::strength);
  exercise.summary = fields.text("summary");
  exercise.steps = fields.texts("steps");
  exercise.breathing = fields.text("breathing", Need::optional);
  exercise.dosage = read_dosage(fields.mapping("dosage"), report);
  exercise.target_muscles = fields.texts("target_muscles", Need::optional);
  exercise.positions = fields.choices<core::Position>("positions");
  exercise.equipment = fields.choices<core::Equipment>("equipment", Need::optional);
  exercise.cautions = read_list<core::Caution>(fields, "cautions", Need::optional, read_caution);
  exercise.easier = fields.optional_text("easier");
  exercise.harder = fields.optional_text("harder");
  exercise.family = fields.optional_text("family");
  exercise.features = fields.choices<core::Feature>("features", Need::optional);
  exercise.patterns = fields.texts("patterns");
  exercise.citations = fields.texts("citations");
  exercise.view = fields.choice("view", core::View::side);
  exercise.keyframes =
      read_list<core::Keyframe>(fields, "keyframes", Need::required, read_keyframe);
  fields.reject_unknown_fields();
  exercise.source_file = report.file;
  return exercise;
}

}  // namespace motus::content
