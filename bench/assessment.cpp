// Assessments per second on one core over the intakes of the clinical vignettes
// (tests/cases/assessment): parse + assess from JSON text, and assess alone on parsed intakes.
#include "core/assessment/assessment.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/assessment/assessment_json.hpp"

namespace fs = std::filesystem;
namespace a = motus::core::assessment;

namespace {

const std::vector<std::string>& vignette_intakes() {
  static const std::vector<std::string> intakes = [] {
    std::vector<fs::path> files;
    for (const auto& entry :
         fs::directory_iterator(fs::path(MOTUS_SOURCE_DIR) / "tests/cases/assessment")) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<std::string> texts;
    for (const auto& file : files) {
      std::ifstream in(file);
      texts.push_back(nlohmann::json::parse(in)["intake"].dump());
    }
    return texts;
  }();
  return intakes;
}

void BM_ParseAndAssess(benchmark::State& state) {
  const auto& texts = vignette_intakes();
  std::size_t next = 0;
  for (auto _ : state) {
    a::Assessment result = a::assess(a::parse_intake(texts[next]));
    benchmark::DoNotOptimize(result);
    next = (next + 1) % texts.size();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_AssessOnly(benchmark::State& state) {
  std::vector<a::Intake> intakes;
  for (const auto& text : vignette_intakes()) intakes.push_back(a::parse_intake(text));
  std::size_t next = 0;
  for (auto _ : state) {
    a::Assessment result = a::assess(intakes[next]);
    benchmark::DoNotOptimize(result);
    next = (next + 1) % intakes.size();
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_ParseAssessAndPrint(benchmark::State& state) {
  const auto& texts = vignette_intakes();
  std::size_t next = 0;
  for (auto _ : state) {
    std::string out = a::to_json(a::assess(a::parse_intake(texts[next]))).dump();
    benchmark::DoNotOptimize(out);
    next = (next + 1) % texts.size();
  }
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_ParseAndAssess);
BENCHMARK(BM_AssessOnly);
BENCHMARK(BM_ParseAssessAndPrint);
BENCHMARK_MAIN();
