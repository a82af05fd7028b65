#pragma once
// Reading one cookie out of a request's Cookie header (RFC 6265 §5.4: "name=value" pairs
// separated by "; "). Pure, so the fuzz target can drive it with any bytes.
#include <optional>
#include <string>
#include <string_view>

namespace motus::http {

// The value of the first cookie called `name`, or nullopt when the header has none.
std::optional<std::string> cookie_value(std::string_view header, std::string_view name);

}  // namespace motus::http
