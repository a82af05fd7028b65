#pragma once
// A YAML document as JSON, so instrument definitions written in YAML go through the same
// strict core reader as JSON ones. Plain scalars become numbers, true/false or null when they
// read as such; quoted scalars always stay text ("72514-3", "10").
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

namespace motus::content {

nlohmann::json yaml_to_json(const YAML::Node& node);

}  // namespace motus::content
