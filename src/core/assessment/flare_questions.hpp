#pragma once
// The warning-sign questions a flare asks, in the flare check's own field names
// (assessment_json.hpp), so any client can ask them and send the answers back as `flare_check`.
// docs/clinical-sources.md §3: "Screen at intake and again on every flare or new symptom. Ask
// directly: people rarely volunteer them."
#include <span>
#include <string_view>

namespace motus::core::assessment {

enum class AnswerKind { yes_no, leg_side };

struct FlareQuestion {
  std::string_view field;  // inside the flare check, e.g. red_flags.saddle_numbness
  AnswerKind kind;
  std::string_view text;  // what the person reads
};

// The symptoms a flare can bring: the emergency tier's triggers (docs/clinical-sources.md §3; NICE
// NG59; Greenhalgh/Finucane/Mercer cauda equina symptom card), the urgent ones that can start now
// (weight loss, constant night pain, a hard fall: NICE NG59; Downie 2013 BMJ 347:f7095), new
// symptoms and nerve signs in the legs. The history questions (cancer, thin bones, steroids,
// drug use, a weak immune system) were asked at intake and a flare does not change them.
std::span<const FlareQuestion> flare_questions();

}  // namespace motus::core::assessment
