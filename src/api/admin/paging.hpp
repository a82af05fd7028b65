#pragma once
// The query parameters the admin console's lists page with: limit (how many) and after (where
// the previous page stopped: a sequence number for the audit log, an account id for the staff
// and member lists). A bad value answers 400 naming the parameter.
#include <cstdint>
#include <string>

#include "http/json_schema.hpp"
#include "http/message.hpp"

namespace motus::api {

inline constexpr std::int64_t kDefaultPageSize = 100;
inline constexpr std::int64_t kLargestPageSize = 1000;

// The whole number in query parameter `name` (`fallback` when absent), from `low` to `high`.
std::int64_t whole_number_param(const http::Request& request, const std::string& name,
                                std::int64_t fallback, std::int64_t low, std::int64_t high);

// The schema of limit, for the routes' contracts.
nlohmann::json page_limit_schema();

// limit, from 1 to kLargestPageSize.
std::int64_t page_limit(const http::Request& request);

// after as an account id ("" when absent: the first page).
std::string page_after_id(const http::Request& request);

}  // namespace motus::api
