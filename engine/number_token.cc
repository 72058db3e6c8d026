#include "engine/number_token.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

// Offset of the first ASCII digit at or after `pos`, or text.size().
size_t FindDigit(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  const __m128i below_zero = _mm_set1_epi8('0' - 1);
  const __m128i above_nine = _mm_set1_epi8('9' + 1);
  while (pos + 16 <= text.size()) {
    const __m128i bytes =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    // Signed compares: bytes of multi-byte characters are negative, hence never digits.
    const __m128i digits =
        _mm_and_si128(_mm_cmpgt_epi8(bytes, below_zero), _mm_cmplt_epi8(bytes, above_nine));
    const int mask = _mm_movemask_epi8(digits);
    if (mask != 0) return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    pos += 16;
  }
#endif
  while (pos < text.size() && !IsDigit(text[pos])) ++pos;
  return pos;
}

size_t SkipDigits(std::string_view text, size_t pos) {
  while (pos < text.size() && IsDigit(text[pos])) ++pos;
  return pos;
}

size_t DigitRunBefore(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos > n && IsDigit(text[pos - n - 1])) ++n;
  return n;
}

size_t DigitRunAt(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && IsDigit(text[pos + n])) ++n;
  return n;
}

bool IsNumberPunctuation(char c) { return c == '.' || c == '-' || c == ':' || c == '/'; }

// '.', '-', ':' or '/' between digits makes one thing of them: "1.2.3.4.5", "2024-03-12",
// "10:15:01", "2024/1187".
bool PunctuationJoinsBefore(std::string_view text, size_t start) {
  return start >= 2 && IsNumberPunctuation(text[start - 1]) && IsDigit(text[start - 2]);
}

bool PunctuationJoinsAfter(std::string_view text, size_t end) {
  return end + 1 < text.size() && IsNumberPunctuation(text[end]) && IsDigit(text[end + 1]);
}

// A single space joins a number written in spaced groups to a short plain group beside it
// ("1234 5678 9012", "12 34 56 78 90"), but not to a time, date or address
// ("10:15:01 22 33 44 55") nor to a whole number ("ring 22334455 99887766").
bool SpaceJoinsBefore(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return false;
  const size_t run = DigitRunBefore(text, start - 1);
  if (run == 0 || run > 4) return false;
  const size_t group_start = start - 1 - run;
  const bool structured = group_start >= 2 && IsNumberPunctuation(text[group_start - 1]) &&
                          IsDigit(text[group_start - 2]);
  return !structured;
}

bool SpaceJoinsAfter(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  const size_t run = DigitRunAt(text, end + 1);
  if (run == 0 || run > 4) return false;
  const size_t group_end = end + 1 + run;
  const bool structured = group_end + 1 < text.size() &&
                          IsNumberPunctuation(text[group_end]) && IsDigit(text[group_end + 1]);
  return !structured;
}

}  // namespace

namespace number_token_internal {

bool StandsAlone(std::string_view text, NumberSpan& span) {
  if (WordCharBefore(text, span.start) || WordCharAt(text, span.end) ||
      PunctuationJoinsBefore(text, span.start) || PunctuationJoinsAfter(text, span.end)) {
    return false;
  }
  const bool spaced = span.separator == ' ' || span.separator == '?';
  span.joined = spaced && (SpaceJoinsBefore(text, span.start) || SpaceJoinsAfter(text, span.end));
  return true;
}

}  // namespace number_token_internal

void FindNumberTokens(std::string_view text, size_t min_digits,
                      std::vector<NumberToken>& tokens, std::vector<DigitGroup>& groups) {
  const size_t first_token = tokens.size();
  size_t pos = FindDigit(text, 0);
  while (pos < text.size()) {
    NumberToken token;
    token.start = pos;
    const size_t first_group = groups.size();
    token.first_group = first_group;
    while (true) {
      const size_t group_end = SkipDigits(text, pos);
      groups.push_back({pos, group_end});
      token.digits += group_end - pos;
      pos = group_end;
      const bool continues = pos + 1 < text.size() && IsSeparator(text[pos]) &&
                             IsDigit(text[pos + 1]) &&
                             groups.size() - first_group < NumberToken::kMaxGroups;
      if (!continues) break;
      ++pos;
    }
    token.end = pos;
    token.group_count = groups.size() - first_group;
    if (token.digits >= min_digits) {
      tokens.push_back(token);
    } else {
      groups.resize(first_group);
    }
    pos = FindDigit(text, pos);
  }
  for (size_t i = first_token; i < tokens.size(); ++i) {
    tokens[i].groups = groups.data() + tokens[i].first_group;
  }
}

}  // namespace sladd
