#pragma once
// The data cases in tests/cases/<folder>/*.json. Each runner makes one GoogleTest per file
// (TEST_P over case_names, named by case_test_name), so ctest lists every file as its own test
// and a failure names its file. A case may only use the keys its runner reads:
// expect_known_keys fails the case for any other, naming the key, so a misspelt expectation
// can never pass by being ignored.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace motus::test {

inline std::filesystem::path cases_folder(const std::string& folder) {
  return std::filesystem::path(MOTUS_SOURCE_DIR) / "tests/cases" / folder;
}

inline std::vector<std::filesystem::path> case_files(const std::string& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(cases_folder(folder))) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline nlohmann::json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

// The file names of a folder's cases, sorted: the parameters of its TEST_P.
inline std::vector<std::string> case_names(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& file : case_files(folder)) names.push_back(file.filename().string());
  return names;
}

// "age-16-new-pain.json" → "age_16_new_pain": GoogleTest names allow letters, digits and _.
inline std::string case_test_name(const testing::TestParamInfo<std::string>& info) {
  std::string name = std::filesystem::path(info.param).stem().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
      '_');
  return name;
}

// Fails the current case once for every key of `object` that is not in `known`, naming it as
// `where` + key (e.g. "expect.tierr").
inline void expect_known_keys(const nlohmann::json& object,
                              std::initializer_list<std::string_view> known,
                              const std::string& where = "") {
  if (!object.is_object()) return;
  for (const auto& [key, value] : object.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string list;
      for (const auto name : known) list += (list.empty() ? "" : ", ") + std::string(name);
      ADD_FAILURE() << "unknown key \"" << where << key << "\" (this runner reads " << list << ")";
    }
  }
}

}  // namespace motus::test
