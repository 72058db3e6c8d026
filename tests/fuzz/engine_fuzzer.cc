// libFuzzer target (cmake -DSLADD_FUZZ=ON with clang): the engine on arbitrary bytes.
//   build-fuzz/bin/engine_fuzzer -max_total_time=300 tests/fuzz/seeds/engine
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/engine_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string error = sladd::fuzz::CheckEngineInvariants(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!error.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
