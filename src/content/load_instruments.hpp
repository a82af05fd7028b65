#pragma once
// Reads the instrument definitions in `dir`/instruments/*.yaml (and *.json) into core values.
// Built-in ones ship in content/instruments/; a deployment with a licence adds its own files
// (odi.yaml, start_back.yaml) beside them.
#include <filesystem>
#include <vector>

#include "core/content/content_problem.hpp"
#include "core/instruments/instrument.hpp"
#include "core/instruments/instrument_words.hpp"

namespace motus::content {

struct InstrumentLoad {
  std::vector<core::instruments::InstrumentDefinition> instruments;  // sorted by file name
  // A file with a problem is left out; its first problem is reported with the file (relative
  // to `dir`, e.g. `instruments/nprs.yaml`) and the field. Never throws for bad content.
  std::vector<core::ContentProblem> problems;
  // The same instruments with the Spanish words of content/es/instruments laid over the ones
  // that have them (instrument_words.hpp); the others stay English.
  std::vector<core::instruments::InstrumentDefinition> spanish;
};

// A missing instruments/ folder is no problem: instruments are optional content. Spanish words
// are read from `dir`/es/instruments and checked against the English definitions.
InstrumentLoad load_instruments(const std::filesystem::path& dir);

}  // namespace motus::content
