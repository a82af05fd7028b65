#include "content/field_reader.hpp"

#include <algorithm>
#include <utility>

namespace motus::content {

std::string line_of(const YAML::Node& node) {
  const auto mark = node.Mark();
  if (mark.line < 0) return "";
  return " (line " + std::to_string(mark.line + 1) + ")";
}

FieldReader::FieldReader(const YAML::Node& mapping, std::string prefix, FileReport& report)
    : mapping_(mapping), prefix_(std::move(prefix)), report_(report) {}

YAML::Node FieldReader::present(std::string_view key, Need need) {
  known_.emplace_back(key);
  // Looked up through a const node: yaml-cpp adds the key when asked on a mutable one.
  YAML::Node node = std::as_const(mapping_)[std::string(key)];
  if (node && !node.IsNull()) return node;
  if (need == Need::required) report_.add(field(key), "is missing");
  return YAML::Node(YAML::NodeType::Undefined);
}

void FieldReader::wrong_type(std::string_view key, const YAML::Node& node,
                             std::string_view wanted) {
  report_.add(field(key), "should be " + std::string(wanted) + line_of(node));
}

std::string FieldReader::text(std::string_view key, Need need) {
  auto node = present(key, need);
  if (!node.IsDefined()) return {};
  if (!node.IsScalar()) {
    wrong_type(key, node, "text");
    return {};
  }
  return node.Scalar();
}

std::optional<std::string> FieldReader::optional_text(std::string_view key) {
  auto node = present(key, Need::optional);
  if (!node.IsDefined()) return std::nullopt;
  if (!node.IsScalar()) {
    wrong_type(key, node, "text or null");
    return std::nullopt;
  }
  return node.Scalar();
}

int FieldReader::whole_number(std::string_view key, Need need) {
  auto node = present(key, need);
  if (!node.IsDefined()) return 0;
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value)) {
    wrong_type(key, node, "a whole number");
    return 0;
  }
  return value;
}

double FieldReader::number(std::string_view key, Need need) {
  auto node = present(key, need);
  if (!node.IsDefined()) return 0;
  double value = 0;
  if (!node.IsScalar() || !YAML::convert<double>::decode(node, value)) {
    wrong_type(key, node, "a number");
    return 0;
  }
  return value;
}

std::vector<std::string> FieldReader::texts(std::string_view key, Need need) {
  auto node = list(key, need);
  std::vector<std::string> values;
  if (!node.IsDefined()) return values;
  values.reserve(node.size());
  for (std::size_t i = 0; i < node.size(); ++i) {
    const auto item = node[i];
    if (!item.IsScalar()) {
      report_.add(field(key) + "[" + std::to_string(i) + "]", "should be text" + line_of(item));
      continue;
    }
    values.push_back(item.Scalar());
  }
  return values;
}

YAML::Node FieldReader::mapping(std::string_view key, Need need) {
  auto node = present(key, need);
  if (node.IsDefined() && !node.IsMap()) {
    wrong_type(key, node, "a set of `name: value` fields");
    return YAML::Node(YAML::NodeType::Undefined);
  }
  return node;
}

YAML::Node FieldReader::list(std::string_view key, Need need) {
  auto node = present(key, need);
  if (node.IsDefined() && !node.IsSequence()) {
    wrong_type(key, node, "a list");
    return YAML::Node(YAML::NodeType::Undefined);
  }
  return node;
}

void FieldReader::reject_unknown_fields() {
  for (const auto& entry : mapping_) {
    const auto& key = entry.first;
    std::string name = key.IsScalar() ? key.Scalar() : std::string("?");
    if (std::find(known_.begin(), known_.end(), name) == known_.end()) {
      report_.add(field(name), "is not a known field" + line_of(key));
    }
  }
}

}  // namespace motus::content
