#pragma once
// What several subcommands read the same way: a document from a file or stdin, and the
// knowledge base, which must pass its checks before anything is built on it.
#include <string>

#include "core/content/knowledge_base.hpp"
#include "core/content/library.hpp"

namespace motus::cli {

// The whole of FILE, or of stdin when `path` is empty or "-"; UsageError if it cannot be read.
std::string read_input_text(const std::string& path);

// The knowledge base in `dir`; UsageError if the folder is missing or any check fails.
core::KnowledgeBase load_checked_knowledge_base(const std::string& dir);
// The same, with its Spanish words (content/es) laid over a copy.
core::Library load_checked_library(const std::string& dir);

}  // namespace motus::cli
