#include "engine/number_token.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdint>

#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-'; }

// Bytes of a separator that joins digit groups at text[pos]: one of ' ', '.', '-', or a
// multi-byte space. 0 if there is none.
size_t SeparatorLengthAt(std::string_view text, size_t pos) {
  if (pos < text.size() && IsSeparator(text[pos])) return 1;
  return SpaceLengthAt(text, pos);
}

#if defined(__SSE2__)
// Bit i set when bytes[i] is an ASCII digit, for 16 bytes.
uint64_t DigitBits16(const char* bytes) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  // Signed compares: bytes of multi-byte characters are negative, hence never digits.
  const __m128i digits = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                       _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  return static_cast<unsigned>(_mm_movemask_epi8(digits));
}
#endif

// Bit i set when text[base + i] is an ASCII digit, for the 64 bytes from `base`; bytes past
// the end of the text are not digits.
uint64_t DigitBits(std::string_view text, size_t base) {
  const size_t remaining = text.size() - base;
  uint64_t bits = 0;
#if defined(__SSE2__)
  if (text.size() >= 16) {
    // A 16-byte part that runs past the end is read as the text's last 16 bytes, shifted:
    // no copy of the tail (most texts end inside their last block).
    for (size_t part = 0; part < 64 && part < remaining; part += 16) {
      uint64_t part_bits;
      if (part + 16 <= remaining) {
        part_bits = DigitBits16(text.data() + base + part);
      } else {
        part_bits = DigitBits16(text.data() + text.size() - 16) >> (part + 16 - remaining);
      }
      bits |= part_bits << part;
    }
    return bits;
  }
#endif
  for (size_t i = 0; i < 64 && i < remaining; ++i) {
    bits |= static_cast<uint64_t>(IsDigit(text[base + i])) << i;
  }
  return bits;
}

// Calls visit(start, end) for every maximal run of ASCII digits in `text`, in order. The
// runs are read off 64-byte masks of digits, where a run starts or ends wherever a byte's
// bit differs from the one before: no loop over the bytes themselves.
template <typename Visit>
void ForEachDigitRun(std::string_view text, Visit&& visit) {
  size_t run_start = 0;
  uint64_t digit_before = 0;  // 1 when the byte before the block is a digit
  for (size_t base = 0; base < text.size(); base += 64) {
    const uint64_t digits = DigitBits(text, base);
    for (uint64_t edges = digits ^ ((digits << 1) | digit_before); edges != 0;
         edges &= edges - 1) {
      const auto bit = static_cast<unsigned>(__builtin_ctzll(edges));
      if ((digits >> bit) & 1) {
        run_start = base + bit;
      } else {
        visit(run_start, base + bit);
      }
    }
    digit_before = digits >> 63;
  }
  if (digit_before != 0) visit(run_start, text.size());
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
  const size_t space = SpaceLengthBefore(text, start);
  if (space == 0) return false;
  const size_t run = DigitRunBefore(text, start - space);
  if (run == 0 || run > 4) return false;
  const size_t group_start = start - space - run;
  const bool structured = group_start >= 2 && IsNumberPunctuation(text[group_start - 1]) &&
                          IsDigit(text[group_start - 2]);
  return !structured;
}

bool SpaceJoinsAfter(std::string_view text, size_t end) {
  const size_t space = SpaceLengthAt(text, end);
  if (space == 0) return false;
  const size_t run = DigitRunAt(text, end + space);
  if (run == 0 || run > 4) return false;
  const size_t group_end = end + space + run;
  const bool structured = group_end + 1 < text.size() &&
                          IsNumberPunctuation(text[group_end]) && IsDigit(text[group_end + 1]);
  return !structured;
}

}  // namespace

bool StartsANumber(std::string_view text, size_t start) {
  return !WordCharBefore(text, start) && !PunctuationJoinsBefore(text, start);
}

namespace number_token_internal {

bool StandsAlone(std::string_view text, NumberSpan& span) {
  if (!StartsANumber(text, span.start) || WordCharAt(text, span.end) ||
      PunctuationJoinsAfter(text, span.end)) {
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
  NumberToken token;  // the one being read; no groups before the first run
  auto finish_token = [&] {
    if (token.digits >= min_digits) {
      tokens.push_back(token);
    } else {
      groups.resize(token.first_group);
    }
  };
  ForEachDigitRun(text, [&](size_t start, size_t end) {
    const bool continues = token.group_count > 0 && token.group_count < NumberToken::kMaxGroups &&
                           start > token.end && start <= token.end + 3 &&
                           SeparatorLengthAt(text, token.end) == start - token.end;
    if (!continues) {
      if (token.group_count > 0) finish_token();
      token = NumberToken();
      token.start = start;
      token.first_group = groups.size();
    }
    groups.push_back({start, end});
    token.end = end;
    ++token.group_count;
    token.digits += end - start;
  });
  if (token.group_count > 0) finish_token();
  for (size_t i = first_token; i < tokens.size(); ++i) {
    tokens[i].groups = groups.data() + tokens[i].first_group;
  }
}

}  // namespace sladd
