// Percent-encoded runs of a text, decoded so that the detectors can read them.
//
// Access logs and form bodies keep what people typed in URL encoding: "?email=ola%40firma.no",
// "name=Bj%C3%B8rn+S%C3%A6ther". The engine scans each such run a second time, decoded, and
// maps what it finds back to the bytes of the text.
//
// A run is a maximal stretch without white space that holds a %XX escape (X a hex digit), or
// a query or form body ('=' and '?' or '&') that holds a '+' ("?name=Ingrid+Solberg").
// Decoding turns each escape into its byte and, in a run that holds '=', each '+' into a
// space; escapes of non-ASCII bytes that do not spell valid UTF-8 ("%FF") stay as written,
// so a valid UTF-8 text decodes to valid UTF-8.
// Pure functions; the run is the caller's, reused between calls so that steady-state use
// does not allocate.
#ifndef SLADD_ENGINE_PERCENT_ENCODING_H_
#define SLADD_ENGINE_PERCENT_ENCODING_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace sladd {

struct PercentDecodedRun {
  // The decoded run: valid UTF-8.
  std::string text;
  // text.size() + 1 offsets into the encoded text: where each decoded byte's source
  // begins, then where the run ends. A span [s, e) of `text` came from [source[s],
  // source[e]). 32 bits: the engine scans texts under 4 GiB only.
  std::vector<uint32_t> source;
  // Whether each '+' of the run was read as a space (the run holds '=').
  bool plus_is_space = false;
};

// Decodes the next run of valid UTF-8 `text` that starts at or after `from` into `run`, and
// moves `from` past it; false when there is none.
bool NextPercentEncodedRun(std::string_view text, size_t& from, PercentDecodedRun& run);

// `encoded`, a piece of one run, decoded by the run's rules: what the operators read of a
// finding made in a decoded run, so that "Bj%C3%B8rn" and "Bjørn" are one value.
std::string PercentDecoded(std::string_view encoded, bool plus_is_space);

// What `value`, the text of `finding`, spells: decoded into `buffer` if the finding was made
// in a decoded run, else `value` itself.
std::string_view SpelledValue(const Finding& finding, std::string_view value,
                              std::string& buffer);

// False if `text` holds no run for certain: neither '%' nor '+'. Two memchr calls, for the
// many texts that have neither.
inline bool MayHoldPercentEncodedRuns(std::string_view text) {
  return memchr(text.data(), '%', text.size()) != nullptr ||
         memchr(text.data(), '+', text.size()) != nullptr;
}

}  // namespace sladd

#endif  // SLADD_ENGINE_PERCENT_ENCODING_H_
