#include "core/assessment/json_text.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/assessment/input_error.hpp"
#include "core/json_depth.hpp"

namespace motus::core::assessment {
namespace {

using nlohmann::json;

// Remembers the keys seen in each open object, and the key path to it for the message.
class DuplicateKeyGuard {
 public:
  bool operator()(int depth, json::parse_event_t event, json& parsed) {
    const auto level = static_cast<std::size_t>(depth);
    if (event == json::parse_event_t::object_start) {
      grow(level + 1);
      seen_[level + 1].clear();
    } else if (event == json::parse_event_t::key) {
      grow(level);
      const auto& key = parsed.get_ref<const std::string&>();
      path_[level] = key;
      last_level_ = level;
      auto& keys = seen_[level];
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
        throw InputError(path_to(level) + ": given twice");
      }
      keys.push_back(key);
    }
    return true;
  }

  // The field being read when the text broke off, for messages about a number too big.
  std::string last_field() const { return path_to(last_level_); }

 private:
  void grow(std::size_t level) {
    if (seen_.size() <= level) {
      seen_.resize(level + 1);
      path_.resize(level + 1);
    }
  }
  std::string path_to(std::size_t level) const {
    std::string path;
    for (std::size_t i = 1; i <= level; ++i) {
      if (!path.empty()) path += '.';
      path += path_[i];
    }
    return path;
  }

  std::vector<std::vector<std::string>> seen_;
  std::vector<std::string> path_;
  std::size_t last_level_ = 0;
};

// nlohmann messages start with "[json.exception.parse_error.101] "; the rest is plain.
std::string without_prefix(const char* message) {
  std::string text = message;
  const auto end = text.find("] ");
  return end == std::string::npos ? text : text.substr(end + 2);
}

}  // namespace

json parse_json_text(std::string_view text, std::string_view what) {
  const bool blank = std::all_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  });
  if (blank) throw InputError(std::string(what) + ": empty input, expected a JSON object");
  if (json_nests_deeper_than(text)) {
    throw InputError(std::string(what) + ": nested more than " + std::to_string(kMaxJsonDepth) +
                     " levels deep");
  }
  DuplicateKeyGuard guard;
  try {
    return json::parse(text, std::ref(guard));
  } catch (const json::out_of_range& e) {
    const std::string field = guard.last_field();
    throw InputError((field.empty() ? std::string(what) : field) + ": number too big");
  } catch (const json::exception& e) {
    throw InputError(std::string(what) + ": not valid JSON (" + without_prefix(e.what()) + ")");
  }
}

}  // namespace motus::core::assessment
