#include "engine/utf8.h"

#include <cstring>

#include <simdjson.h>
#include <unicode/uchar.h>

namespace sladd {
namespace {

// Length of the well-formed prefix of the sequence starting at text[i] (Unicode Table 3-7),
// and whether that prefix is a complete code point.
struct SequenceCheck {
  size_t length;
  bool complete;
};

SequenceCheck CheckSequence(const unsigned char* p, size_t remaining) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return {1, true};
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    need = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    need = 3;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    need = 4;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
  } else {
    return {0, false};
  }
  size_t got = 1;
  for (; got < need && got < remaining; ++got) {
    const unsigned char c = p[got];
    const unsigned char min = got == 1 ? lo : 0x80;
    const unsigned char max = got == 1 ? hi : 0xBF;
    if (c < min || c > max) break;
  }
  return {got, got == need};
}

bool AllAscii8(const unsigned char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) == 0;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  // simdjson's SIMD validator, chosen for the CPU at run time, clears valid text at many
  // GB/s; the byte-wise walk below only runs to locate an error.
  if (simdjson::validate_utf8(text.data(), text.size())) return text.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && AllAscii8(p + i)) {
      i += 8;
      continue;
    }
    const SequenceCheck check = CheckSequence(p + i, n - i);
    if (!check.complete) return i;
    i += check.length;
  }
  return n;
}

std::string ReplaceInvalidUtf8(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const SequenceCheck check = CheckSequence(p + i, text.size() - i);
    if (check.complete) {
      out.append(text.substr(i, check.length));
      i += check.length;
    } else {
      out.append(kReplacement);
      i += check.length == 0 ? 1 : check.length;
    }
  }
  return out;
}

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) return IsAsciiWordChar(static_cast<unsigned char>(c));
  // Latin-1 letters (æ, ø, å, é, ü...) without a call into ICU: most of Nordic text.
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

size_t PreviousCodePointStart(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  // Walk back over at most three continuation bytes to the lead byte.
  while (start > 0 && pos - start < 4 && IsUtf8Continuation(text[start])) {
    --start;
  }
  return start;
}

size_t NextCodePointStart(std::string_view text, size_t pos) {
  if (pos >= text.size()) return text.size();
  size_t end = pos + 1;
  while (end < text.size() && end - pos < 4 && IsUtf8Continuation(text[end])) {
    ++end;
  }
  return end;
}

char32_t CodePointBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  return CodePointAt(text, PreviousCodePointStart(text, pos));
}

char32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t remaining = text.size() - pos;
  const unsigned char lead = p[0];
  if (lead < 0x80) return lead;
  if (lead < 0xE0 && remaining >= 2) return ((lead & 0x1F) << 6) | (p[1] & 0x3F);
  if (lead < 0xF0 && remaining >= 3) {
    return ((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if (remaining >= 4) {
    return ((lead & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
           (p[3] & 0x3F);
  }
  return 0xFFFD;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsUpperCodePoint(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xFF) return c <= 0xDE && c != 0xD7;
  return u_isupper(static_cast<UChar32>(c));
}

char32_t ToUpper(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }

std::string FoldCase(std::string_view text) {
  std::string folded;
  AppendFoldCase(text, folded);
  return folded;
}

void AppendFoldCase(std::string_view text, std::string& out) {
  out.reserve(out.size() + text.size());
  for (size_t pos = 0; pos < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      ++pos;
      continue;
    }
    AppendUtf8(static_cast<char32_t>(
                   u_foldCase(static_cast<UChar32>(CodePointAt(text, pos)), U_FOLD_CASE_DEFAULT)),
               out);
    pos = NextCodePointStart(text, pos);
  }
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += !IsUtf8Continuation(c);
  return count;
}

}  // namespace sladd
