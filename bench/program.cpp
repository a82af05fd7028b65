// Assessment + program build per second on one core over the intakes of the clinical
// vignettes (tests/cases/assessment), with the shipped knowledge base loaded once up front.
// Target (docs/performance.md): at least 100k per second per core.
#include "core/program/program.hpp"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "content/load_knowledge_base.hpp"
#include "core/assessment/assessment_json.hpp"

namespace fs = std::filesystem;
namespace a = motus::core::assessment;
namespace p = motus::core::program;

namespace {

std::vector<a::Intake> vignette_intakes() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(MOTUS_SOURCE_DIR) / "tests/cases/assessment")) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<a::Intake> intakes;
  for (const auto& file : files) {
    std::ifstream in(file);
    intakes.push_back(a::intake_from_json(nlohmann::json::parse(in)["intake"]));
  }
  return intakes;
}

void BM_AssessAndBuildProgram(benchmark::State& state) {
  const auto knowledge_base =
      motus::content::load_knowledge_base(fs::path(MOTUS_SOURCE_DIR) / "content").knowledge_base;
  const auto intakes = vignette_intakes();
  std::size_t next = 0;
  for (auto _ : state) {
    const a::Intake& intake = intakes[next];
    auto program = p::build_program(intake, a::assess(intake), knowledge_base);
    benchmark::DoNotOptimize(program);
    next = (next + 1) % intakes.size();
  }
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(BM_AssessAndBuildProgram);
BENCHMARK_MAIN();
