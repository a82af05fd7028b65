#pragma once
// Path template segments (router.hpp): "{id}" is a parameter; "{token}.ics" is a parameter
// followed by a literal suffix, matched only by segments that end with it and have something
// before it.
#include <optional>
#include <string>
#include <string_view>

namespace motus::http {

struct PathParameter {
  std::string name;
  std::string suffix;
};

// Nothing when the segment is literal.
std::optional<PathParameter> path_parameter(std::string_view segment);

}  // namespace motus::http
