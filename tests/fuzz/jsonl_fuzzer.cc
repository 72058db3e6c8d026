// libFuzzer target (cmake -DSLADD_FUZZ=ON with clang, or make fuzz): see input_invariants.h.
//   build-fuzz/bin/jsonl_fuzzer -max_total_time=60 tests/fuzz/seeds/jsonl
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "tests/fuzz/input_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string error = sladd::fuzz::CheckJsonLineInvariants(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!error.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", error.c_str());
    std::abort();
  }
  return 0;
}
