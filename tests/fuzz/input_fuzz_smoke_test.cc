// A deterministic stand-in for fuzzing the policy parser, the JSON lines reader, the pairing
// of chat turns and the CSV reader in
// ctest: the seed files and many mutations of them (bytes flipped, cut, repeated, pieces
// of JSON inserted), checked against the invariants of the libFuzzer targets.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "tests/fuzz/input_invariants.h"
#include "tests/fuzz/seed_files.h"

namespace sladd::fuzz {
namespace {

constexpr std::array<std::string_view, 16> kPieces = {
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u00", "\\ud83d", "null", "1e999", "-0",
    "\xFF", "\"policies\":[{\"name\":\"p\"}]", "\"operators\":{\"X\":{}}"};

// `seed` changed at random in a few places.
std::string Mutate(const std::string& seed, uint64_t& state) {
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  std::string text = seed;
  for (size_t edits = 1 + next() % 4; edits > 0; --edits) {
    const size_t at = text.empty() ? 0 : next() % text.size();
    switch (next() % 4) {
      case 0:
        if (!text.empty()) text[at] = static_cast<char>(next() % 256);
        break;
      case 1:
        text.resize(at);
        break;
      case 2:
        text.insert(at, kPieces[next() % kPieces.size()]);
        break;
      default:
        text.insert(at, text.substr(at, next() % 16));
    }
  }
  return text;
}

// Checks each seed of `folder` and `rounds` mutations of it (from `state`) with `check`,
// which returns "" when the invariants hold.
void CheckSeedsAndMutations(const std::string& folder, std::string (*check)(std::string_view),
                            int rounds, uint64_t state) {
  for (const std::string& seed : ReadSeeds(folder)) {
    ASSERT_EQ(check(seed), "");
    for (int round = 0; round < rounds; ++round) {
      const std::string input = Mutate(seed, state);
      ASSERT_EQ(check(input), "") << input;
    }
  }
}

TEST(InputFuzzSmoke, PolicyParserInvariantsHold) {
  CheckSeedsAndMutations("policy", CheckPolicyInvariants, 300, 7);
}

TEST(InputFuzzSmoke, JsonLineReaderInvariantsHold) {
  CheckSeedsAndMutations("jsonl", CheckJsonLineInvariants, 20000, 11);
}

TEST(InputFuzzSmoke, ConversationTurnsInvariantsHold) {
  CheckSeedsAndMutations("conversations", CheckConversationTurnsInvariants, 3000, 17);
}

TEST(InputFuzzSmoke, CsvReaderInvariantsHold) {
  CheckSeedsAndMutations("csv", CheckCsvInvariants, 20000, 13);
}

}  // namespace
}  // namespace sladd::fuzz
