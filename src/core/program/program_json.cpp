#include "core/program/program_json.hpp"

#include <string>

#include "core/assessment/object_reader.hpp"
#include "core/program/dose_words.hpp"
#include "core/whole_number.hpp"

namespace motus::core::program {
namespace {

namespace a = assessment;
using nlohmann::json;
using nlohmann::ordered_json;

// Reads one JSON object strictly; every error names the field's full path.
class Fields {
 public:
  Fields(const json& value, std::string path) : value_(value), path_(std::move(path)) {
    if (!value_.is_object())
      throw a::InputError(where() + "expected an object", "se espera un objeto");
  }

  const json& at(std::string_view key) const {
    const auto found = value_.find(std::string(key));
    if (found == value_.end()) throw a::InputError(where(key) + ": missing", "falta este dato");
    return *found;
  }
  bool has(std::string_view key) const { return value_.contains(std::string(key)); }

  int integer(std::string_view key, int min, int max) const {
    const json& item = at(key);
    const auto number = whole_number_within(item, min, max);
    if (!number) {
      throw a::InputError(
          where(key) + ": expected a whole number from " + std::to_string(min) + " to " +
              std::to_string(max),
          "se espera un número entero del " + std::to_string(min) + " al " + std::to_string(max));
    }
    return static_cast<int>(*number);
  }
  bool boolean(std::string_view key) const {
    const json& item = at(key);
    if (!item.is_boolean()) {
      throw a::InputError(where(key) + ": expected true or false", "se espera true o false");
    }
    return item.get<bool>();
  }
  std::string text(std::string_view key) const {
    const json& item = at(key);
    if (!item.is_string())
      throw a::InputError(where(key) + ": expected text", "se espera un texto");
    return item.get<std::string>();
  }
  const json& list(std::string_view key) const {
    const json& item = at(key);
    if (!item.is_array())
      throw a::InputError(where(key) + ": expected a list", "se espera una lista");
    return item;
  }
  template <typename E, typename Parse>
  E word(std::string_view key, Parse parse) const {
    const std::string name = text(key);
    if (auto parsed = parse(name)) return *parsed;
    throw a::InputError(where(key) + ": \"" + name + "\" is not a known value",
                        "\"" + name + "\" no es un valor conocido");
  }
  std::string where(std::string_view key = {}) const {
    return path_ + std::string(key) + (key.empty() && !path_.empty() ? ": " : "");
  }
  std::string child(std::string_view key) const { return path_ + std::string(key) + "."; }
  std::string item(std::string_view key, std::size_t i) const {
    return path_ + std::string(key) + "[" + std::to_string(i) + "].";
  }

 private:
  const json& value_;
  std::string path_;
};

ordered_json dose_fields(ordered_json out, const Dosage& dose, bool always_minutes) {
  out["sets"] = dose.sets;
  out["reps"] = dose.reps;
  out["hold_seconds"] = dose.hold_seconds;
  if (always_minutes || dose.minutes > 0) out["minutes"] = dose.minutes;
  out["sides"] = to_string(dose.sides);
  out["rest_seconds"] = dose.rest_seconds;
  return out;
}

Dosage read_dose(const Fields& fields) {
  Dosage dose;
  dose.sets = fields.integer("sets", 1, 10);
  dose.reps = fields.integer("reps", 0, 50);
  dose.hold_seconds = fields.integer("hold_seconds", 0, 120);
  dose.minutes = fields.integer("minutes", 0, 60);
  dose.sides = fields.word<Sides>("sides", from_string<Sides>);
  dose.rest_seconds = fields.integer("rest_seconds", 0, 600);
  return dose;
}

ordered_json stored(const Prescription& prescription) {
  ordered_json out;
  out["exercise_id"] = prescription.exercise_id;
  out["pattern"] = a::name_of(prescription.pattern);
  out = dose_fields(std::move(out), prescription.dose, true);
  out["why"] = prescription.why;
  return out;
}

Prescription read_prescription(const Fields& fields) {
  Prescription prescription;
  prescription.exercise_id = fields.text("exercise_id");
  prescription.pattern = fields.word<a::Pattern>("pattern", a::enum_from_name<a::Pattern>);
  prescription.dose = read_dose(fields);
  prescription.why = fields.text("why");
  return prescription;
}

template <typename E>
ordered_json names(const std::vector<E>& values) {
  ordered_json list = ordered_json::array();
  for (E value : values) list.push_back(to_string(value));
  return list;
}

template <typename E>
std::vector<E> read_names(const Fields& fields, std::string_view key) {
  std::vector<E> values;
  for (const json& item : fields.list(key)) {
    const auto parsed = item.is_string() ? from_string<E>(item.get<std::string>()) : std::nullopt;
    if (!parsed) {
      throw a::InputError(fields.where(key) + ": unknown value " + item.dump(),
                          "valor desconocido " + item.dump());
    }
    values.push_back(*parsed);
  }
  return values;
}

ordered_json limits_json(const PersonLimits& limits) {
  return {{"conditions", names(limits.conditions)},
          {"floor_ok", limits.floor_ok},
          {"kneeling_ok", limits.kneeling_ok},
          {"equipment", names(limits.equipment)},
          {"no_prone", limits.no_prone},
          {"older_adult", limits.older_adult}};
}

PersonLimits read_limits(const Fields& fields) {
  PersonLimits limits;
  limits.conditions = read_names<CautionCondition>(fields, "conditions");
  limits.floor_ok = fields.boolean("floor_ok");
  limits.kneeling_ok = fields.boolean("kneeling_ok");
  limits.equipment = read_names<Equipment>(fields, "equipment");
  limits.no_prone = fields.boolean("no_prone");
  limits.older_adult = fields.boolean("older_adult");
  return limits;
}

PregnancyDating read_dating(const Fields& fields) {
  PregnancyDating dating;
  const auto on = day_from_text(fields.text("on"));
  if (!on) {
    throw a::InputError(fields.where("on") + ": expected a date like 2026-01-31",
                        "se espera una fecha como 2026-01-31");
  }
  dating.on = *on;
  dating.weeks_from = fields.integer("weeks_from", 1, a::kLongestPregnancyWeeks);
  dating.weeks_to = fields.integer("weeks_to", dating.weeks_from, a::kLongestPregnancyWeeks);
  return dating;
}

}  // namespace

ordered_json to_json(const Program& program) {
  ordered_json out;
  out["phase"] = phase_name(program.phase);
  out["minutes"] = program.minutes;
  ordered_json exercises = ordered_json::array();
  for (const Prescription& prescription : program.exercises) {
    ordered_json item;
    item["exercise_id"] = prescription.exercise_id;
    item = dose_fields(std::move(item), prescription.dose, false);
    item["dose_words"] = dose_words(prescription.dose, program.language);
    item["why"] = prescription.why;
    if (!prescription.cautions.empty()) item["cautions"] = prescription.cautions;
    exercises.push_back(std::move(item));
  }
  out["exercises"] = std::move(exercises);
  out["tips"] = program.tips;
  return out;
}

ordered_json to_json(const Dosage& dose, Language language) {
  ordered_json out = dose_fields(ordered_json::object(), dose, false);
  out["dose_words"] = dose_words(dose, language);
  return out;
}

ordered_json to_json(const ProgramState& state) {
  ordered_json out;
  out["phase"] = phase_name(state.phase);
  out["budget_minutes"] = state.budget_minutes;
  out["paused"] = state.paused;
  out["sessions"] = state.sessions;
  out["steps_up"] = state.steps_up;
  out["limits"] = limits_json(state.limits);
  if (state.pregnancy) {
    out["pregnancy"] = {{"on", day_text(state.pregnancy->on)},
                        {"weeks_from", state.pregnancy->weeks_from},
                        {"weeks_to", state.pregnancy->weeks_to}};
  }
  out["settled_sessions"] = state.settled_sessions;
  ordered_json exercises = ordered_json::array();
  for (const ExerciseState& entry : state.exercises) {
    exercises.push_back({{"current", stored(entry.current)},
                         {"last_tolerated", stored(entry.last_tolerated)},
                         {"level", entry.level},
                         {"easy_sessions", entry.easy_sessions}});
  }
  out["exercises"] = std::move(exercises);
  out["tips"] = state.tips;
  return out;
}

ProgramState state_from_json(const json& value) {
  const Fields fields(value, "");
  ProgramState state;
  state.phase = fields.word<Phase>("phase", phase_from_name);
  state.budget_minutes = fields.integer("budget_minutes", 5, 60);
  state.paused = fields.boolean("paused");
  state.sessions = fields.integer("sessions", 0, 1'000'000);
  state.steps_up = fields.integer("steps_up", -1'000'000, 1'000'000);
  state.limits = read_limits(Fields(fields.at("limits"), fields.child("limits")));
  // States stored before these fields existed have neither: no dating, no settled sessions.
  if (fields.has("pregnancy")) {
    state.pregnancy = read_dating(Fields(fields.at("pregnancy"), fields.child("pregnancy")));
  }
  if (fields.has("settled_sessions")) {
    state.settled_sessions = fields.integer("settled_sessions", 0, 1'000'000);
  }
  const json& exercises = fields.list("exercises");
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const Fields entry(exercises[i], fields.item("exercises", i));
    state.exercises.push_back(
        {read_prescription(Fields(entry.at("current"), entry.child("current"))),
         read_prescription(Fields(entry.at("last_tolerated"), entry.child("last_tolerated"))),
         entry.integer("level", -100, 100), entry.integer("easy_sessions", 0, 100)});
  }
  for (const json& tip : fields.list("tips")) {
    if (!tip.is_string()) throw a::InputError("tips: expected text");
    state.tips.push_back(tip.get<std::string>());
  }
  return state;
}

SessionFeedback feedback_from_json(const json& value) {
  const Fields fields(value, "");
  SessionFeedback feedback;
  feedback.pain_before = fields.integer("pain_before", 0, 10);
  feedback.pain_after = fields.integer("pain_after", 0, 10);
  if (fields.has("next_morning_pain")) {
    feedback.next_morning_pain = fields.integer("next_morning_pain", 0, 10);
  }
  const json& exercises = fields.list("exercises");
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const Fields entry(exercises[i], fields.item("exercises", i));
    ExerciseFeedback report;
    report.exercise_id = entry.text("exercise_id");
    report.done = entry.has("done") ? entry.boolean("done") : true;
    report.pain = entry.integer("pain", 0, 10);
    report.difficulty = entry.word<Difficulty>("difficulty", a::enum_from_name<Difficulty>);
    feedback.exercises.push_back(std::move(report));
  }
  if (fields.has("red_flags")) {
    a::ObjectReader flags(fields.at("red_flags"), "session feedback", "red_flags.");
    for (std::size_t i = 0; i < a::enum_count<a::RedFlag>(); ++i) {
      const auto flag = static_cast<a::RedFlag>(i);
      if (flags.optional_bool(a::name_of(flag)).value_or(false)) feedback.red_flags.insert(flag);
    }
    flags.reject_unread_keys();
  }
  return feedback;
}

ordered_json to_json(const std::vector<Change>& changes) {
  ordered_json list = ordered_json::array();
  for (const Change& change : changes) {
    ordered_json item;
    if (!change.exercise_id.empty()) item["exercise_id"] = change.exercise_id;
    item["action"] = a::name_of(change.action);
    item["reason"] = change.reason;
    list.push_back(std::move(item));
  }
  return {{"changes", std::move(list)}};
}

}  // namespace motus::core::program
