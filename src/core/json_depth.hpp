#pragma once
// How deeply JSON text nests, measured on the text before anything parses it. nlohmann parses
// without recursion, but copying, printing or comparing a parsed value recurses once per level,
// so a body of 200,000 `[` would overflow the stack; every JSON text a client or a file hands
// us is measured here first and refused when it nests deeper than kMaxJsonDepth.
#include <cstddef>
#include <string_view>

namespace motus::core {

// Far deeper than any document Motus reads (an intake or a program nests 4 levels).
inline constexpr std::size_t kMaxJsonDepth = 64;

// True when `text` opens more than `limit` arrays or objects inside one another. Brackets
// inside strings (escapes included) do not count; the text need not be valid JSON.
bool json_nests_deeper_than(std::string_view text, std::size_t limit = kMaxJsonDepth);

}  // namespace motus::core
