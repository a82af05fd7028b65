#pragma once
// Parsed program states, kept per member so today's session and the program do not parse the
// stored JSON on every read. An entry is keyed by the very text it was parsed from: a read
// fetches the stored text anyway (one indexed row), and the cached state is used only when that
// text is byte-for-byte the same. So a change made by any server, through any route, is seen by
// the next read, and no invalidation can be forgotten.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/program/program_state.hpp"

namespace motus::api {

class ProgramStateCache {
 public:
  explicit ProgramStateCache(std::size_t members) : capacity_(members) {}

  // The state `stored_text` describes, parsed once per distinct text per member.
  std::shared_ptr<const core::program::ProgramState> state(const std::string& member_id,
                                                           const std::string& stored_text);

 private:
  struct Parsed {
    std::string text;
    std::shared_ptr<const core::program::ProgramState> state;
  };
  std::size_t capacity_;
  std::mutex mutex_;
  std::unordered_map<std::string, Parsed> by_member_;
};

// The one cache the server's routes share (bounded, so memory stays flat with many members).
ProgramStateCache& program_state_cache();

}  // namespace motus::api
