#include "core/instruments/read_definition.hpp"

#include <algorithm>
#include <set>

#include "core/instruments/definition_reader.hpp"

namespace motus::core::instruments {
namespace {

// Ids are snake_case so they can sit in URLs, JSON keys and FHIR linkIds unchanged.
void check_id(const std::string& id, const std::string& where) {
  const bool fits = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  if (!fits) throw InputError(where + ": \"" + id + "\" should use only a-z, 0-9 and _");
}

AnswerOption read_answer(DefinitionReader fields) {
  AnswerOption answer;
  answer.value = fields.whole_number("value", -1000, 1000);
  answer.label = fields.text("label");
  answer.points = fields.optional_whole_number("points", -1000, 1000).value_or(answer.value);
  fields.reject_unread_keys();
  return answer;
}

Item read_item(DefinitionReader fields) {
  Item item;
  item.id = fields.text("id");
  check_id(item.id, fields.field("id"));
  item.text = fields.text("text");
  item.named_by_person = fields.flag("named_by_person", false);
  std::set<int> values;
  auto answers = fields.objects("answers", 2);
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const std::string where = answers[i].field("value");
    item.answers.push_back(read_answer(std::move(answers[i])));
    if (!values.insert(item.answers.back().value).second) {
      throw InputError(where + ": " + std::to_string(item.answers.back().value) +
                       " is listed twice");
    }
  }
  fields.reject_unread_keys();
  return item;
}

ScoreRange read_range(DefinitionReader& fields, const char* min_key, const char* max_key) {
  ScoreRange range{fields.optional_number(min_key), fields.optional_number(max_key)};
  if (range.min && range.max && *range.min > *range.max) {
    throw InputError(fields.field(min_key) + ": is above " + max_key);
  }
  return range;
}

// Item ids listed by a rule must be items of this instrument, each once.
std::vector<std::string> read_item_ids(DefinitionReader& fields, const char* key,
                                       const std::vector<Item>& items) {
  auto ids = fields.texts(key);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string where = fields.field(key) + "[" + std::to_string(i) + "]";
    const bool known = std::any_of(items.begin(), items.end(),
                                   [&](const Item& item) { return item.id == ids[i]; });
    if (!known) throw InputError(where + ": \"" + ids[i] + "\" is not an item of this instrument");
    if (std::count(ids.begin(), ids.end(), ids[i]) > 1) {
      throw InputError(where + ": \"" + ids[i] + "\" is listed twice");
    }
  }
  return ids;
}

Subscale read_subscale(DefinitionReader fields, const std::vector<Item>& items) {
  Subscale subscale;
  subscale.id = fields.text("id");
  check_id(subscale.id, fields.field("id"));
  subscale.title = fields.text("title");
  subscale.kind = fields.optional_choice<ScoreKind>("kind").value_or(ScoreKind::sum);
  subscale.items = read_item_ids(fields, "items", items);
  if (subscale.items.empty()) throw InputError(fields.field("items") + ": required");
  if (subscale.kind == ScoreKind::single && subscale.items.size() != 1) {
    throw InputError(fields.field("items") + ": a single score needs exactly one item");
  }
  subscale.loinc = fields.optional_text("loinc");
  fields.reject_unread_keys();
  return subscale;
}

Band read_band(DefinitionReader fields, const std::vector<Subscale>& subscales) {
  Band band;
  band.label = fields.text("label");
  band.code = fields.text("code");
  band.range = read_range(fields, "min", "max");
  if (auto condition = fields.optional_object("subscale")) {
    band.subscale = condition->text("id");
    const bool known = std::any_of(subscales.begin(), subscales.end(),
                                   [&](const Subscale& s) { return s.id == *band.subscale; });
    if (!known) {
      throw InputError(condition->field("id") + ": \"" + *band.subscale +
                       "\" is not a subscale of this instrument");
    }
    band.subscale_range = read_range(*condition, "min", "max");
    condition->reject_unread_keys();
  }
  fields.reject_unread_keys();
  return band;
}

ScoringRule read_scoring(DefinitionReader fields, const std::vector<Item>& items) {
  ScoringRule rule;
  const auto kind = fields.optional_choice<ScoreKind>("kind");
  if (!kind) throw InputError(fields.field("kind") + ": required");
  rule.kind = *kind;
  rule.items = read_item_ids(fields, "items", items);
  if (rule.items.empty()) {
    for (const auto& item : items) rule.items.push_back(item.id);
  }
  const int counted = static_cast<int>(rule.items.size());
  if (rule.kind == ScoreKind::single && counted != 1) {
    throw InputError(fields.field("items") + ": a single score needs exactly one item");
  }
  rule.min_answered = fields.optional_whole_number("min_answered", 1, counted).value_or(counted);
  for (auto& subscale : fields.objects("subscales", 0)) {
    const std::string where = subscale.field("id");
    rule.subscales.push_back(read_subscale(std::move(subscale), items));
    const auto& id = rule.subscales.back().id;
    if (std::count_if(rule.subscales.begin(), rule.subscales.end(),
                      [&](const Subscale& s) { return s.id == id; }) > 1) {
      throw InputError(where + ": \"" + id + "\" is listed twice");
    }
  }
  for (auto& band : fields.objects("bands", 0)) {
    rule.bands.push_back(read_band(std::move(band), rule.subscales));
  }
  fields.reject_unread_keys();
  return rule;
}

ChangeRule read_change(DefinitionReader fields) {
  ChangeRule change;
  change.better = fields.optional_choice<Better>("better").value_or(Better::lower);
  const auto points = fields.optional_number("points");
  if (!points) throw InputError(fields.field("points") + ": required");
  if (*points <= 0) throw InputError(fields.field("points") + ": must be above 0");
  change.points = *points;
  change.percent = fields.optional_number("percent");
  if (change.percent && (*change.percent <= 0 || *change.percent > 100)) {
    throw InputError(fields.field("percent") + ": must be above 0 and at most 100");
  }
  change.item_points = fields.optional_number("item_points");
  if (change.item_points && *change.item_points <= 0) {
    throw InputError(fields.field("item_points") + ": must be above 0");
  }
  change.source = fields.text("source");
  fields.reject_unread_keys();
  return change;
}

LoincCodes read_loinc(DefinitionReader fields) {
  LoincCodes codes{fields.optional_text("panel"), fields.optional_text("score"),
                   fields.optional_text("band")};
  fields.reject_unread_keys();
  return codes;
}

}  // namespace

InstrumentDefinition read_definition(const nlohmann::json& document) {
  DefinitionReader fields(document, "instrument");
  InstrumentDefinition definition;
  definition.id = fields.text("id");
  check_id(definition.id, "id");
  definition.title = fields.text("title");
  definition.licence = fields.text("licence");
  definition.instructions = fields.optional_text("instructions").value_or("");
  if (auto loinc = fields.optional_object("loinc")) definition.loinc = read_loinc(*loinc);
  auto items = fields.objects("items", 1);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string where = items[i].field("id");
    definition.items.push_back(read_item(std::move(items[i])));
    const auto& id = definition.items.back().id;
    if (std::count_if(definition.items.begin(), definition.items.end(),
                      [&](const Item& item) { return item.id == id; }) > 1) {
      throw InputError(where + ": \"" + id + "\" is listed twice");
    }
  }
  auto scoring = fields.optional_object("scoring");
  if (!scoring) throw InputError("scoring: required");
  definition.scoring = read_scoring(std::move(*scoring), definition.items);
  if (auto change = fields.optional_object("change")) definition.change = read_change(*change);
  fields.reject_unread_keys();
  return definition;
}

}  // namespace motus::core::instruments
