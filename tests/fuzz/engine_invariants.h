// Invariants of the engine on arbitrary input, shared by the libFuzzer target and the
// deterministic smoke test that runs in ctest.
#ifndef SLADD_TESTS_FUZZ_ENGINE_INVARIANTS_H_
#define SLADD_TESTS_FUZZ_ENGINE_INVARIANTS_H_

#include <string>
#include <string_view>

namespace sladd::fuzz {

// Runs `input` through the default policy (rejecting bad UTF-8) and a repairing policy
// with code-point offsets, analyze and redact. Returns "" if every invariant holds, else
// what broke: a status that should (not) be OK, findings out of order, overlapping, out
// of bounds or inside a character, wrong code-point offsets, or a redaction that differs
// from the text with each finding replaced.
std::string CheckEngineInvariants(std::string_view input);

}  // namespace sladd::fuzz

#endif  // SLADD_TESTS_FUZZ_ENGINE_INVARIANTS_H_
