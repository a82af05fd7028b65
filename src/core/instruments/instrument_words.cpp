#include "core/instruments/instrument_words.hpp"

#include <algorithm>
#include <cctype>

namespace motus::core::instruments {
namespace {

bool only_a_number(const std::string& label) {
  return !label.empty() && std::all_of(label.begin(), label.end(),
                                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

const InstrumentWords* words_for(const std::vector<InstrumentWords>& words, const std::string& id) {
  for (const auto& entry : words) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

template <typename Key>
const std::string* find(const std::map<Key, std::string>& texts, const Key& key) {
  const auto found = texts.find(key);
  return found == texts.end() || found->second.empty() ? nullptr : &found->second;
}

InstrumentDefinition lay_over(InstrumentDefinition definition, const InstrumentWords& words) {
  if (!words.title.empty()) definition.title = words.title;
  if (!words.licence.empty()) definition.licence = words.licence;
  if (!words.instructions.empty()) definition.instructions = words.instructions;
  for (auto& item : definition.items) {
    if (const auto* text = find(words.items, item.id)) item.text = *text;
    for (auto& option : item.answers) {
      if (const auto* label = find(words.answers, option.value)) option.label = *label;
    }
  }
  for (auto& band : definition.scoring.bands) {
    if (const auto* label = find(words.bands, band.code)) band.label = *label;
  }
  return definition;
}

class Checker {
 public:
  Checker(const std::string& file, std::vector<ContentProblem>& problems)
      : file_(file), problems_(problems) {}

  void add(std::string field, std::string message) {
    problems_.push_back({file_, std::move(field), std::move(message)});
  }

  void text(const std::string& field, const std::string& english, const std::string* words) {
    if (english.empty()) return;
    if (words == nullptr) {
      add(field, "has no Spanish text; the English is: " + english);
    } else if (*words == english) {
      add(field, "is the same as the English text; write it in Spanish");
    }
  }

 private:
  const std::string& file_;
  std::vector<ContentProblem>& problems_;
};

void check(const InstrumentDefinition& english, const InstrumentWords& words,
           std::vector<ContentProblem>& problems) {
  Checker check(words.source_file, problems);
  check.text("title", english.title, words.title.empty() ? nullptr : &words.title);
  check.text("licence", english.licence, words.licence.empty() ? nullptr : &words.licence);
  check.text("instructions", english.instructions,
             words.instructions.empty() ? nullptr : &words.instructions);
  std::map<int, std::string> labels;  // every English label with words, by value
  for (const auto& item : english.items) {
    check.text("items." + item.id, item.text, find(words.items, item.id));
    for (const auto& option : item.answers) {
      if (!only_a_number(option.label)) labels.emplace(option.value, option.label);
    }
  }
  for (const auto& [value, label] : labels) {
    check.text("answers." + std::to_string(value), label, find(words.answers, value));
  }
  for (const auto& band : english.scoring.bands) {
    check.text("bands." + band.code, band.label, find(words.bands, band.code));
  }
  for (const auto& [id, text] : words.items) {
    if (english.item(id) == nullptr) check.add("items." + id, "the English file has no item " + id);
  }
  for (const auto& [value, label] : words.answers) {
    if (!labels.contains(value)) {
      check.add("answers." + std::to_string(value),
                "the English file has no answer label with words for this value");
    }
  }
  for (const auto& entry : words.bands) {
    const auto& code = entry.first;  // a name, not a structured binding: clang 14's lambdas
    const bool known = std::any_of(english.scoring.bands.begin(), english.scoring.bands.end(),
                                   [&](const Band& band) { return band.code == code; });
    if (!known) check.add("bands." + code, "the English file has no band " + code);
  }
}

}  // namespace

std::vector<InstrumentDefinition> translated(const std::vector<InstrumentDefinition>& english,
                                             const std::vector<InstrumentWords>& words) {
  std::vector<InstrumentDefinition> result;
  result.reserve(english.size());
  for (const auto& definition : english) {
    const auto* found = words_for(words, definition.id);
    result.push_back(found ? lay_over(definition, *found) : definition);
  }
  return result;
}

std::vector<ContentProblem> validate_words(const std::vector<InstrumentDefinition>& english,
                                           const std::vector<InstrumentWords>& words) {
  std::vector<ContentProblem> problems;
  for (const auto& entry : words) {
    const auto found =
        std::find_if(english.begin(), english.end(),
                     [&](const InstrumentDefinition& d) { return d.id == entry.id; });
    if (found == english.end()) {
      problems.push_back(
          {entry.source_file, "id", "translates `" + entry.id + "`, which no English file has"});
    } else {
      check(*found, entry, problems);
    }
  }
  return problems;
}

}  // namespace motus::core::instruments
