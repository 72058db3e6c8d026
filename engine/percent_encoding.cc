#include "engine/percent_encoding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstring>
#include <utility>

#include "engine/utf8.h"

namespace sladd {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsEscapeAt(std::string_view text, size_t pos) {
  return pos + 2 < text.size() && text[pos] == '%' && HexValue(text[pos + 1]) >= 0 &&
         HexValue(text[pos + 2]) >= 0;
}

// The byte that the escape at `pos` stands for.
char EscapedByte(std::string_view text, size_t pos) {
  return static_cast<char>(HexValue(text[pos + 1]) * 16 + HexValue(text[pos + 2]));
}

bool IsWhiteSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first escape at or after `from`, or npos: memchr finds the candidates.
size_t FindEscape(std::string_view text, size_t from) {
  while (from < text.size()) {
    const void* found = memchr(text.data() + from, '%', text.size() - from);
    if (found == nullptr) return std::string_view::npos;
    const size_t pos = static_cast<size_t>(static_cast<const char*>(found) - text.data());
    if (IsEscapeAt(text, pos)) return pos;
    from = pos + 1;
  }
  return std::string_view::npos;
}

#if defined(__SSE2__)
// Bit i set when bytes[i] is '%' or '+', for 16 bytes.
unsigned MarkBits16(const char* bytes) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  return static_cast<unsigned>(_mm_movemask_epi8(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('%')), _mm_cmpeq_epi8(v, _mm_set1_epi8('+')))));
}
#endif

bool IsMarkAt(std::string_view text, size_t pos) {
  return text[pos] == '+' || IsEscapeAt(text, pos);
}

// The first byte at or after `from` that may mark an encoded run: an escape's '%' or a '+'.
// One pass for both, sixteen bytes at a time: a log with a '+' on every line (a time zone)
// and no escape must not be searched to its end for every '+'.
size_t FindMark(std::string_view text, size_t from) {
  size_t pos = from;
#if defined(__SSE2__)
  for (; pos + 16 <= text.size(); pos += 16) {
    for (unsigned bits = MarkBits16(text.data() + pos); bits != 0; bits &= bits - 1) {
      const size_t at = pos + static_cast<size_t>(__builtin_ctz(bits));
      if (IsMarkAt(text, at)) return at;
    }
  }
#endif
  for (; pos < text.size(); ++pos) {
    if (IsMarkAt(text, pos)) return pos;
  }
  return std::string_view::npos;
}

// A query or a form body: "?q=a+b", "a=1&b=c+d".
bool IsQuery(std::string_view run) {
  return run.find('=') != std::string_view::npos &&
         run.find_first_of("?&") != std::string_view::npos;
}

void Append(PercentDecodedRun& run, char byte, size_t source) {
  run.text.push_back(byte);
  run.source.push_back(static_cast<uint32_t>(source));
}

// Appends the escapes of non-ASCII bytes that start at `pos` of `encoded` (at `offset` of
// the text), decoded if they spell valid UTF-8 and as written if not; returns their end.
size_t AppendNonAsciiEscapes(std::string_view encoded, size_t pos, size_t offset,
                             PercentDecodedRun& run) {
  size_t end = pos;
  char bytes[64];
  size_t count = 0;
  while (count < sizeof(bytes) && IsEscapeAt(encoded, end) && HexValue(encoded[end + 1]) >= 8) {
    bytes[count++] = EscapedByte(encoded, end);
    end += 3;
  }
  const std::string_view decoded(bytes, count);
  if (FindInvalidUtf8(decoded) == decoded.size()) {
    for (size_t i = 0; i < count; ++i) Append(run, bytes[i], offset + pos + 3 * i);
  } else {
    for (size_t i = pos; i < end; ++i) Append(run, encoded[i], offset + i);
  }
  return end;
}

void Decode(std::string_view encoded, size_t offset, bool plus_is_space,
            PercentDecodedRun& run) {
  run.text.clear();
  run.source.clear();
  run.plus_is_space = plus_is_space;
  for (size_t pos = 0; pos < encoded.size();) {
    if (!IsEscapeAt(encoded, pos)) {
      Append(run, plus_is_space && encoded[pos] == '+' ? ' ' : encoded[pos], offset + pos);
      ++pos;
    } else if (HexValue(encoded[pos + 1]) < 8) {
      Append(run, EscapedByte(encoded, pos), offset + pos);
      pos += 3;
    } else {
      pos = AppendNonAsciiEscapes(encoded, pos, offset, run);
    }
  }
  run.source.push_back(static_cast<uint32_t>(offset + encoded.size()));
}

}  // namespace

bool NextPercentEncodedRun(std::string_view text, size_t& from, PercentDecodedRun& run) {
  while (true) {
    const size_t mark = FindMark(text, from);
    if (mark == std::string_view::npos) {
      from = text.size();
      return false;
    }
    size_t begin = mark;
    while (begin > from && !IsWhiteSpace(text[begin - 1])) --begin;
    size_t end = mark;
    while (end < text.size() && !IsWhiteSpace(text[end])) ++end;
    from = end;
    const std::string_view encoded = text.substr(begin, end - begin);
    // A '+' alone marks a run only in a query, where it stands for a space: not "+47".
    const bool escaped = FindEscape(encoded, 0) != std::string_view::npos;
    if (text[mark] == '+' && !escaped && !IsQuery(encoded)) continue;
    Decode(encoded, begin, encoded.find('=') != std::string_view::npos, run);
    return true;
  }
}

std::string PercentDecoded(std::string_view encoded, bool plus_is_space) {
  PercentDecodedRun run;
  Decode(encoded, 0, plus_is_space, run);
  return std::move(run.text);
}

std::string_view SpelledValue(const Finding& finding, std::string_view value,
                              std::string& buffer) {
  if (finding.encoding == TextEncoding::kAsWritten) return value;
  buffer = PercentDecoded(value, finding.encoding == TextEncoding::kFormEncoded);
  return buffer;
}

}  // namespace sladd
