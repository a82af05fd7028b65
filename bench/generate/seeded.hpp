#pragma once
// Everything the generator makes up comes from one seed, so the same seed and the same --now
// give the same rows, ids and tokens on every run and on both back ends. Each member draws from
// a stream of their own (seed and member number), so batch sizes never change what a member
// looks like.
#include <cstdint>
#include <string>

namespace motus::bench {

// splitmix64: tiny, fast, and good enough for made-up people (not for secrets).
class SeededRandom {
 public:
  explicit SeededRandom(std::uint64_t seed) : state_(seed) {}
  SeededRandom(std::uint64_t seed, std::uint64_t stream);

  std::uint64_t next();
  // A whole number in [low, high].
  std::int64_t between(std::int64_t low, std::int64_t high);
  // True with probability `p`.
  bool chance(double p);
  double unit();  // in [0, 1)

  // A UUIDv7-shaped id for a row made at `at_ms` (the shape store::new_id gives), with the
  // random bits drawn from this stream.
  std::string id_at(std::int64_t at_ms);
  // A session token shaped like store::new_session_token: 32 bytes, base64url, no padding.
  std::string session_token();

 private:
  std::uint64_t state_;
};

}  // namespace motus::bench
