#pragma once
// The fuzz targets' one assertion: a property the server promises every client.
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace motus::fuzz {

// Aborts the run with `what` when `ok` is false; libFuzzer keeps the input as a crash.
inline void require(bool ok, std::string_view what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

}  // namespace motus::fuzz
