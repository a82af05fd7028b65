#pragma once
// Text to a JSON value for the strict readers: empty text, broken JSON, numbers too big for a
// double, keys given twice (nlohmann would keep the last) and nesting deeper than
// core::kMaxJsonDepth become InputError.
#include <nlohmann/json.hpp>
#include <string_view>

namespace motus::core::assessment {

// `what` names the document in messages ("intake", "flare check").
nlohmann::json parse_json_text(std::string_view text, std::string_view what);

}  // namespace motus::core::assessment
