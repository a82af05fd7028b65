#pragma once
// How big the generated clinic is and where its made-up time sits. Every row's randomness
// comes from a stream named by what the row belongs to (see SeededRandom), so ids, names and
// tokens depend only on the seed, --now and the entity's number.
#include <cstdint>
#include <string>

#include "seeded.hpp"

namespace motus::bench {

inline constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

struct GenerationPlan {
  std::int64_t members = 1'000'000;
  std::int64_t organizations = 2'000;
  std::int64_t caseload = 250;  // members per therapist
  int days = 30;                // of sessions and check-ins before `now_ms`
  std::uint64_t seed = 20261124;
  std::int64_t now_ms = 0;
  std::int64_t members_per_batch = 1'000;
  std::string password_hash;  // one Argon2id hash shared by every account

  std::int64_t therapists() const { return (members + caseload - 1) / caseload; }
  std::int64_t window_start_ms() const { return now_ms - days * kDayMs; }
};

// The independent random streams, one per generated entity.
enum class Stream : std::uint64_t { organization = 1, therapist = 2, org_admin = 3, member = 4 };

inline SeededRandom random_for(const GenerationPlan& plan, Stream stream, std::int64_t number) {
  return SeededRandom(
      plan.seed, (static_cast<std::uint64_t>(stream) << 40) ^ static_cast<std::uint64_t>(number));
}

}  // namespace motus::bench
