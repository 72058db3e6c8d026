// Invariants of the readers of untrusted configuration and input on arbitrary bytes: the
// policy JSON parser, the JSON lines reader, the pairing of chat turns and the CSV reader. Shared by the libFuzzer targets and the
// deterministic smoke test in ctest.
#ifndef SLADD_TESTS_FUZZ_INPUT_INVARIANTS_H_
#define SLADD_TESTS_FUZZ_INPUT_INVARIANTS_H_

#include <string>
#include <string_view>

namespace sladd::fuzz {

// Loads `json` as a policy file. A policy set that loads must give an engine for each of
// its policies that analyzes and redacts a fixed text; one that does not must say why
// without quoting the input's string values (keys and enum names may be named). Returns "" if all holds, else what broke.
std::string CheckPolicyInvariants(std::string_view json);

// Reads `line` as a JSON line, every string selected. When it parses, each selected
// string's token must lie inside the line, open and close with a quote, and the line with
// every string rewritten must parse again with the same number of strings.
std::string CheckJsonLineInvariants(std::string_view line);

// Reads `input` after its first byte as JSON lines of one chat log (ids at "c", messages
// at "t"), with a window of 1 to 8 lines from that byte. Each record must answer what a
// plain search back through the window finds, and starting over after any line with the
// lines before it must give the same answers as reading on.
std::string CheckConversationTurnsInvariants(std::string_view input);

// Reads `input` as CSV records (delimiter ','). Each record that parses must be tiled by its
// fields, one delimiter between them, quoted ones in their quotes; with every value
// rewritten, it must parse to as many fields with the new values, and read back as one
// record: what redact writes is CSV that splits as its input did.
std::string CheckCsvInvariants(std::string_view input);

}  // namespace sladd::fuzz

#endif  // SLADD_TESTS_FUZZ_INPUT_INVARIANTS_H_
