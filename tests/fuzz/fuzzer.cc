// The libFuzzer targets (cmake -DSLADD_FUZZ=ON with clang, or make fuzz), one per invariant
// check, which the build names in SLADD_FUZZ_CHECK (tests/CMakeLists.txt):
//   build-fuzz/bin/engine_fuzzer -max_total_time=300 tests/fuzz/seeds/engine
// engine_fuzzer: engine_invariants.h; policy_, jsonl_, csv_ and conversations_fuzzer:
// input_invariants.h.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/engine_invariants.h"
#include "tests/fuzz/input_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string error =
      sladd::fuzz::SLADD_FUZZ_CHECK(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!error.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
