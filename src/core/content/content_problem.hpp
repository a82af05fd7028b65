#pragma once
#include <string>

namespace motus::core {

// One thing wrong in the knowledge base, named so an author can find and fix it: the file
// (relative to the content folder), the field inside it (e.g. `keyframes[1].pose.trunk`, empty
// when the whole file is at fault) and a plain sentence.
struct ContentProblem {
  std::string file;
  std::string field;
  std::string message;

  bool operator==(const ContentProblem&) const = default;
};

}  // namespace motus::core
