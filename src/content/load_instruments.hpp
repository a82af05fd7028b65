#pragma once
// Reads the instrument definitions in `dir`/instruments/*.yaml (and *.json) into core values.
// Built-in ones ship in content/instruments/; a deployment with a licence adds its own files
// (odi.yaml, start_back.yaml) beside them.
#include <filesystem>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/instruments/instrument.hpp"

namespace motus::content {

struct InstrumentLoad {
  std::vector<core::instruments::InstrumentDefinition> instruments;  // sorted by file name
  // A file with a problem is left out; its first problem is reported with the file (relative
  // to `dir`, e.g. `instruments/nprs.yaml`) and the field. Never throws for bad content.
  std::vector<core::ContentProblem> problems;
};

// A missing instruments/ folder is no problem: instruments are optional content.
InstrumentLoad load_instruments(const std::filesystem::path& dir);

}  // namespace motus::content
