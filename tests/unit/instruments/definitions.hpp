#pragma once
// The definitions the scoring tests use: the shipped free ones from content/, and the licensed
// instruments' stand-ins from tests/fixtures/instruments/ (their rules, none of their wording).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "content/load_instruments.hpp"
#include "core/instruments/response.hpp"

namespace motus::test {

inline const core::instruments::InstrumentDefinition& definition_in(const std::string& dir,
                                                                    const std::string& id) {
  static const auto load = [](const std::string& from) { return content::load_instruments(from); };
  static const auto shipped = load(std::string(MOTUS_SOURCE_DIR) + "/content");
  static const auto licensed =
      load(std::string(MOTUS_SOURCE_DIR) + "/tests/fixtures/instruments/licensed");
  const auto& found = dir == "content" ? shipped : licensed;
  for (const auto& definition : found.instruments) {
    if (definition.id == id) return definition;
  }
  throw std::runtime_error("no instrument " + id + " in " + dir);
}

inline const core::instruments::InstrumentDefinition& shipped(const std::string& id) {
  return definition_in("content", id);
}
inline const core::instruments::InstrumentDefinition& licensed(const std::string& id) {
  return definition_in("licensed", id);
}

// Answers given as values in item order: item_ids[i] gets values[i].
inline std::vector<core::instruments::Answer> answers_for(const std::vector<std::string>& item_ids,
                                                          const std::vector<int>& values) {
  std::vector<core::instruments::Answer> answers;
  for (std::size_t i = 0; i < values.size(); ++i) answers.push_back({item_ids[i], values[i], {}});
  return answers;
}

inline std::vector<std::string> numbered(const std::string& stem, int count) {
  std::vector<std::string> ids;
  for (int i = 1; i <= count; ++i) ids.push_back(stem + std::to_string(i));
  return ids;
}

}  // namespace motus::test
