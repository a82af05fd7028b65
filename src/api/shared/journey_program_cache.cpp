#include "api/shared/journey_program_cache.hpp"

#include <nlohmann/json.hpp>

#include "core/program/program_json.hpp"

namespace motus::api {

namespace {
// About 4 KB of text and a few KB parsed per member: a few MB at most.
constexpr std::size_t kCachedMembers = 1024;
}  // namespace

std::shared_ptr<const core::program::ProgramState> ProgramStateCache::state(
    const std::string& member_id, const std::string& stored_text) {
  {
    std::lock_guard lock(mutex_);
    if (const auto found = by_member_.find(member_id);
        found != by_member_.end() && found->second.text == stored_text) {
      return found->second.state;
    }
  }
  // Parsing happens outside the lock so other members' reads do not wait for it.
  auto parsed = std::make_shared<const core::program::ProgramState>(
      core::program::state_from_json(nlohmann::json::parse(stored_text)));
  std::lock_guard lock(mutex_);
  if (by_member_.size() >= capacity_ && !by_member_.contains(member_id)) {
    by_member_.erase(by_member_.begin());
  }
  by_member_.insert_or_assign(member_id, Parsed{stored_text, parsed});
  return parsed;
}

ProgramStateCache& program_state_cache() {
  static ProgramStateCache cache(kCachedMembers);
  return cache;
}

}  // namespace motus::api
