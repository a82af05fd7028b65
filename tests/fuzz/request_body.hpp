#pragma once
// A request body read the way every handler reads it (Request::json_body): the JSON fuzz
// targets start from the same bytes a member's app sends, not from an already parsed value.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace motus::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The body as a JSON object, or nullopt when the server would refuse it with a 4xx (checked:
// anything else aborts the run).
std::optional<nlohmann::json> json_request_body(std::string_view bytes);

}  // namespace motus::fuzz
