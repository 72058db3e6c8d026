#include "detectors/digit_runs.h"

#include <algorithm>

#include "detectors/checksums.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsJoiner(char c) { return c == ' ' || c == '-'; }

}  // namespace

DigitRun DigitRunFrom(std::string_view text, size_t start) {
  DigitRun run{start, start, 0};
  while (run.end < text.size() && IsAsciiDigit(text[run.end])) {
    ++run.end;
    ++run.digits;
    if (run.end + 1 < text.size() && IsJoiner(text[run.end]) && IsAsciiDigit(text[run.end + 1])) {
      ++run.end;
    }
  }
  return run;
}

DigitRun DigitRunTo(std::string_view text, size_t end) {
  DigitRun run{end, end, 0};
  while (run.start > 0 && IsAsciiDigit(text[run.start - 1])) {
    --run.start;
    ++run.digits;
    if (run.start >= 2 && IsJoiner(text[run.start - 1]) && IsAsciiDigit(text[run.start - 2])) {
      --run.start;
    }
  }
  return run;
}

bool StandsAlone(std::string_view text, const DigitRun& run) {
  return !WordCharBefore(text, run.start) && !WordCharAt(text, run.end);
}

size_t NextDigit(std::string_view text, size_t from, size_t within) {
  const size_t stop = std::min(text.size(), from + within);
  for (size_t i = from; i < stop; ++i) {
    if (IsAsciiDigit(text[i])) return i;
  }
  return std::string_view::npos;
}

size_t LastDigitBefore(std::string_view text, size_t to, size_t within) {
  const size_t stop = to > within ? to - within : 0;
  for (size_t i = to; i > stop; --i) {
    if (IsAsciiDigit(text[i - 1])) return i;
  }
  return std::string_view::npos;
}

}  // namespace sladd
