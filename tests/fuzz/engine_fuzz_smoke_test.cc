// A deterministic stand-in for fuzzing in ctest: texts assembled at random from the pieces
// detectors care about (digits, separators, markers, letters of several scripts, invalid
// bytes), checked against the same invariants as the libFuzzer target.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>

#include "tests/fuzz/engine_invariants.h"
#include "tests/fuzz/seed_files.h"

namespace sladd::fuzz {
namespace {

constexpr std::array<std::string_view, 81> kPieces = {
    "0", "1", "4", "9", "00", "47", "+", " ", "  ", ".", "-", ":", "/", "(", ")", "@",
    "[at]", " at ", " dot ", "ø", "Æ", "å", "ß", "ж", "😀", "\xFF", "\xC3", "\xE2\x82",
    "\n", "kr", "tlf", "konto", "fnr", "NO",
    // Words the PERSON and special-category rules turn on: names, cues, never-names, word
    // forms, particles. Texts of every length follow each other on one thread, as in a
    // batch, so state one message leaves behind is read by a shorter one if it leaks.
    " Kari", " Nordmann", " My", " Jeg", "Hei ", " og", " Appen", ". ", " ten", " Hag",
    " mvh", " emma", " I", " Love", " Sporingsnummer", " Hansen", " jeg har", " diabetes",
    // URL encoding, which the engine reads a second time decoded: escapes whole, cut short
    // and of invalid UTF-8, and what a query joins them with.
    "%40", "%2B", "%C3%B8", "%20", "%", "%4", "%FF", "=", "&", "?",
    // Birth dates, read after a birth word from the year back; and user names of names.
    "født ", "DOB ", "1985", " mars ", "14th", ",", "_", ".nordmann", "/home/",
    // Lone first names, places after verbs of going, numbered streets.
    " Greg", " flew", " to", " from", " Houston", " london", " 5th", " Avenue", " St",
    " hotel"};

constexpr std::array<std::string_view, 8> kValues = {
    "01019000083", "8601.11.17947", "912 34 567", "+46 70 123 45 67", "ola@example.no",
    "4111 1111 1111 1111", "NO93 8601 1117 947", "2001:db8::1"};

TEST(EngineFuzzSmoke, InvariantsHoldOnAssembledTexts) {
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state >> 33);
  };
  for (int round = 0; round < 100000; ++round) {
    std::string text;
    const size_t parts = next() % 24;
    for (size_t i = 0; i < parts; ++i) {
      if (next() % 5 == 0) {
        text += kValues[next() % kValues.size()];
      } else {
        text += kPieces[next() % kPieces.size()];
      }
    }
    const std::string error = CheckEngineInvariants(text);
    ASSERT_EQ(error, "") << "round " << round;
  }
}

// The seeds hold inputs the fuzzer once broke the engine with ("form-value-splits-character":
// a form's value cut inside a character at the line's reach).
TEST(EngineFuzzSmoke, InvariantsHoldOnTheSeeds) {
  for (const std::string& seed : ReadSeeds("engine")) {
    EXPECT_EQ(CheckEngineInvariants(seed), "") << seed;
  }
}

TEST(EngineFuzzSmoke, InvariantsHoldOnLongRuns) {
  for (std::string_view piece : {"1", "1 ", "1.", "a@", ":", "12 ", "ø", "\xFF"}) {
    std::string text;
    while (text.size() < 200000) text += piece;
    EXPECT_EQ(CheckEngineInvariants(text), "") << piece;
  }
}

}  // namespace
}  // namespace sladd::fuzz
