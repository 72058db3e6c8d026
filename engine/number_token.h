// Numbers as the engine hands them to detectors: runs of digit groups joined by single
// separators, found in one SIMD pass.
//
// Most personal identifiers are numbers in some grouping ("010190 00083", "912 34 567",
// "8601.11.17947"). Expressing every grouping as a Hyperscan pattern made the database
// slow (digit classes give it no literal to skip to: under 60 MB/s on chat with all
// numeric detectors). Instead the engine splits the text once into number tokens and each
// numeric detector looks at the digit groups of each token, which costs a few integer
// comparisons per token.
#ifndef SLADD_ENGINE_NUMBER_TOKEN_H_
#define SLADD_ENGINE_NUMBER_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace sladd {

// The separator that starts at text[pos] between two digit groups of a token: ' ', '.' or
// '-', with a multi-byte space (SpaceLengthAt in engine/utf8.h) read as ' '.
inline char SeparatorAt(std::string_view text, size_t pos) {
  return static_cast<unsigned char>(text[pos]) >= 0x80 ? ' ' : text[pos];
}

// Byte range of one run of digits.
struct DigitGroup {
  size_t start = 0;
  size_t end = 0;
  size_t length() const { return end - start; }
};

// A maximal run of digit groups joined by exactly one ' ', '.' or '-' each ("12.03.2025",
// "1234 5678 9012"), or by one of the multi-byte spaces of copied and locale-formatted
// text (U+00A0, U+202F, U+2009, U+2007), which detectors read as ' '. Very long runs are
// cut into tokens of at most kMaxGroups groups.
struct NumberToken {
  static constexpr size_t kMaxGroups = 24;

  size_t start = 0;  // first digit
  size_t end = 0;    // past the last digit
  const DigitGroup* groups = nullptr;
  size_t group_count = 0;
  size_t first_group = 0;  // index of groups[0] in FindNumberTokens' `groups`
  size_t digits = 0;       // in all groups

  const DigitGroup& group(size_t i) const { return groups[i]; }
  // The separator after group i (i + 1 < group_count), read from `text`.
  char separator_after(std::string_view text, size_t i) const {
    return SeparatorAt(text, groups[i].end);
  }
};

// A candidate number inside a token: groups [first, first + count).
struct NumberSpan {
  size_t start = 0;  // byte offsets
  size_t end = 0;
  size_t first = 0;
  size_t count = 0;
  size_t digits = 0;
  // The single separator used between the span's groups: 0 for one group, '?' when mixed.
  char separator = 0;
  // A space joins the span to a short digit group beside it ("5678 9012" in
  // "1234 5678 9012"): it may be part of a longer number.
  bool joined = false;
  // Lengths of the span's groups, for layout checks.
  const DigitGroup* groups = nullptr;

  size_t length_of(size_t i) const { return groups[first + i].length(); }
  // True if the group lengths are exactly `layout`.
  bool Is(std::initializer_list<size_t> layout) const;
};

// Splits valid UTF-8 `text` into number tokens, appending those with at least `min_digits`
// digits to `tokens` and their groups to `groups` (`tokens` point into `groups`, so neither
// may change until the tokens are used).
void FindNumberTokens(std::string_view text, size_t min_digits,
                      std::vector<NumberToken>& tokens, std::vector<DigitGroup>& groups);

// True if a number may start at `start`: no letter or digit of any script directly before
// it, nor '.', '-', ':' or '/' after a digit ("03" of "2024-03-12" starts none).
bool StartsANumber(std::string_view text, size_t start);

// Calls `visit(span)` for each span of `token` with between `min_digits` and `max_digits`
// digits that stands as a number of its own: no letter or digit of any script directly
// before or after it, and not joined to neighbouring digits by '.', '-', ':' or '/'
// ("1.2.3.4" of "1.2.3.4.5" is not offered, nor "01 22 33 44" of "10:15:01 22 33 44").
// Spaces joining short groups only set `joined`.
template <typename Visit>
void ForEachNumberSpan(const NumberToken& token, std::string_view text, size_t min_digits,
                       size_t max_digits, Visit&& visit);

// Implementation details below.
namespace number_token_internal {
bool StandsAlone(std::string_view text, NumberSpan& span);
}  // namespace number_token_internal

inline bool NumberSpan::Is(std::initializer_list<size_t> layout) const {
  if (layout.size() != count) return false;
  size_t i = 0;
  for (const size_t length : layout) {
    if (length_of(i++) != length) return false;
  }
  return true;
}

template <typename Visit>
void ForEachNumberSpan(const NumberToken& token, std::string_view text, size_t min_digits,
                       size_t max_digits, Visit&& visit) {
  for (size_t first = 0; first < token.group_count; ++first) {
    NumberSpan span;
    span.first = first;
    span.groups = token.groups;
    span.start = token.groups[first].start;
    for (size_t last = first; last < token.group_count; ++last) {
      span.digits += token.groups[last].length();
      if (span.digits > max_digits) break;
      if (last > first) {
        const char separator = token.separator_after(text, last - 1);
        span.separator = span.separator == 0 || span.separator == separator ? separator : '?';
      }
      span.count = last - first + 1;
      span.end = token.groups[last].end;
      if (span.digits < min_digits) continue;
      NumberSpan candidate = span;
      if (number_token_internal::StandsAlone(text, candidate)) visit(candidate);
    }
  }
}

}  // namespace sladd

#endif  // SLADD_ENGINE_NUMBER_TOKEN_H_
