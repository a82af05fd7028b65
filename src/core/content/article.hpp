#pragma once
#include <string>
#include <vector>

#include "core/content/vocabulary.hpp"

namespace motus::core {

struct Article {
  std::string slug;
  std::string title;
  std::string summary;
  Audience audience = Audience::member;
  int reading_minutes = 0;
  std::vector<std::string> patterns;
  std::vector<std::string> exercises;
  std::vector<std::string> citations;
  std::string body;  // Markdown, rendered by render_markdown
  std::string source_file;
};

}  // namespace motus::core
