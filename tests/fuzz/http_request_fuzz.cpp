// Bytes as a client sends them on one connection → the server's HTTP parser → the pipeline.
#include <cstddef>
#include <cstdint>

#include "pipeline_rig.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  motus::fuzz::prepare_rig();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  motus::fuzz::answer_connection({reinterpret_cast<const char*>(data), size});
  return 0;
}
