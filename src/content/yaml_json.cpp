#include "content/yaml_json.hpp"

#include <charconv>
#include <string>

namespace motus::content {
namespace {

nlohmann::json plain_scalar(const std::string& text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (text == "null" || text == "~" || text.empty()) return nullptr;
  const char* end = text.data() + text.size();
  long long whole = 0;
  auto [after_whole, whole_error] = std::from_chars(text.data(), end, whole);
  if (whole_error == std::errc() && after_whole == end) return whole;
  double decimal = 0;
  auto [after_decimal, decimal_error] = std::from_chars(text.data(), end, decimal);
  if (decimal_error == std::errc() && after_decimal == end) return decimal;
  return text;
}

}  // namespace

nlohmann::json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      auto object = nlohmann::json::object();
      for (const auto& entry : node) {
        object[entry.first.as<std::string>()] = yaml_to_json(entry.second);
      }
      return object;
    }
    case YAML::NodeType::Sequence: {
      auto list = nlohmann::json::array();
      for (const auto& entry : node) list.push_back(yaml_to_json(entry));
      return list;
    }
    case YAML::NodeType::Scalar:
      // yaml-cpp tags a quoted scalar "!" and a plain one "?".
      if (node.Tag() == "!") return node.Scalar();
      return plain_scalar(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
  }
  return nullptr;
}

}  // namespace motus::content
