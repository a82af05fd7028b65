// Variant rules: easier/harder links form ladders a program climbs and descends, so they must
// never loop and must agree about which way is up.
#include <algorithm>
#include <string>
#include <vector>

#include "core/content/validation_steps.hpp"

namespace motus::core::validation {
namespace {

using Link = std::optional<std::string> Exercise::*;

// Walks `link` from `start`; returns how many steps it takes before the chain ends, stopping
// early (and setting `loops`) if it comes back to `start` or revisits anything.
std::size_t walk(const KnowledgeBase& knowledge_base, const Exercise& start, Link link,
                 bool* loops = nullptr) {
  const auto limit = knowledge_base.exercises().size();
  std::size_t steps = 0;
  std::vector<const Exercise*> seen{&start};
  const Exercise* current = &start;
  while (steps < limit) {
    const auto& next_id = current->*link;
    const Exercise* next = next_id ? knowledge_base.exercise(*next_id) : nullptr;
    if (next == nullptr) break;
    if (std::find(seen.begin(), seen.end(), next) != seen.end()) {
      if (loops != nullptr) *loops = next->id == start.id;
      break;
    }
    seen.push_back(next);
    current = next;
    ++steps;
  }
  return steps;
}

bool loops_back(const KnowledgeBase& knowledge_base, const Exercise& start, Link link) {
  const auto& first = start.*link;
  if (!first || *first == start.id) return false;  // a self-link is reported on its own
  bool loops = false;
  walk(knowledge_base, start, link, &loops);
  return loops;
}

// Indexes of exercises that are one step harder than each exercise, by either side's word:
// A.harder == B, or B.easier == A.
std::vector<std::vector<std::size_t>> harder_steps(const KnowledgeBase& knowledge_base) {
  const auto& exercises = knowledge_base.exercises();
  std::vector<std::vector<std::size_t>> steps(exercises.size());
  auto index_of = [&](const Exercise* exercise) {
    return static_cast<std::size_t>(exercise - exercises.data());
  };
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    if (const auto* harder = knowledge_base.harder_than(exercises[i])) {
      steps[i].push_back(index_of(harder));
    }
    if (const auto* easier = knowledge_base.easier_than(exercises[i])) {
      steps[index_of(easier)].push_back(i);
    }
  }
  return steps;
}

bool reaches_itself(const std::vector<std::vector<std::size_t>>& steps, std::size_t start) {
  std::vector<bool> visited(steps.size(), false);
  std::vector<std::size_t> frontier = steps[start];
  while (!frontier.empty()) {
    auto current = frontier.back();
    frontier.pop_back();
    if (current == start) return true;
    if (visited[current]) continue;
    visited[current] = true;
    frontier.insert(frontier.end(), steps[current].begin(), steps[current].end());
  }
  return false;
}

}  // namespace

void check_variant_chains(const KnowledgeBase& knowledge_base,
                          std::vector<ContentProblem>& problems) {
  const auto& exercises = knowledge_base.exercises();
  const auto steps = harder_steps(knowledge_base);
  for (std::size_t i = 0; i < exercises.size(); ++i) {
    const auto& exercise = exercises[i];
    FileProblems file(problems, exercise.source_file);
    bool harder_loops = loops_back(knowledge_base, exercise, &Exercise::harder);
    bool easier_loops = loops_back(knowledge_base, exercise, &Exercise::easier);
    if (harder_loops) file.add("harder", "following `harder` from here comes back to it");
    if (easier_loops) file.add("easier", "following `easier` from here comes back to it");
    bool self_linked = exercise.easier == exercise.id || exercise.harder == exercise.id ||
                       (exercise.easier && exercise.easier == exercise.harder);
    if (!harder_loops && !easier_loops && !self_linked && reaches_itself(steps, i)) {
      file.add(exercise.harder ? "harder" : "easier",
               "the easier and harder links disagree: going only upwards from here comes back "
               "to it");
    }
  }
}

void check_ladders(const KnowledgeBase& knowledge_base, std::vector<ContentProblem>& problems) {
  // Three rungs let a program step down twice and up twice once the engine's dosage steps
  // are counted in.
  constexpr std::size_t kFewestRungs = 3;
  for (const auto& pattern : knowledge_base.patterns()) {
    std::size_t longest = 0;
    for (const auto& id : pattern.core_exercises) {
      const auto* exercise = knowledge_base.exercise(id);
      if (exercise == nullptr || exercise->kind != Kind::strength) continue;
      auto rungs = walk(knowledge_base, *exercise, &Exercise::easier) + 1 +
                   walk(knowledge_base, *exercise, &Exercise::harder);
      longest = std::max(longest, rungs);
    }
    if (longest < kFewestRungs) {
      FileProblems(problems, pattern.source_file)
          .add("core_exercises",
               "needs a strength exercise on a ladder of at least 3 (easier, itself, harder); "
               "the longest has " +
                   std::to_string(longest));
    }
  }
}

}  // namespace motus::core::validation
