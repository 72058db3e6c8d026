// UTF-8 helpers for the scanner: validation, repair, word characters at a byte offset and
// byte-to-code-point offset conversion. All functions are pure and thread-safe.
#ifndef SLADD_ENGINE_UTF8_H_
#define SLADD_ENGINE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sladd {

// Returns the byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlong forms, surrogates and code points above U+10FFFF are ill-formed),
// or text.size() when the whole text is valid.
size_t FindInvalidUtf8(std::string_view text);

// Returns `text` with every maximal ill-formed subsequence replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view text);

// The position of the last byte `c` in `text`, or npos. std::string_view::rfind reads a
// byte at a time; memrchr (glibc) a vector at a time, which tells in long lines.
inline size_t FindLastByte(std::string_view text, char c) {
  const void* found = memrchr(text.data(), c, text.size());
  return found == nullptr ? std::string_view::npos
                          : static_cast<size_t>(static_cast<const char*>(found) - text.data());
}

// True for letters, digits and combining marks of any script, and '_': the characters that
// make a word. `æ`, `ø` and `ß` are word characters; spaces and punctuation are not.
bool IsWordCodePoint(char32_t c);

// IsWordCodePoint for an ASCII character (below 0x80), inline: it is asked of most bytes.
inline bool IsAsciiWordChar(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// True for an ASCII letter, either case.
inline bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// True for a byte that continues a UTF-8 sequence (10xxxxxx): no code point starts there.
inline bool IsUtf8Continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Byte offset where the code point ending just before `pos` starts (0 when pos == 0).
size_t PreviousCodePointStart(std::string_view text, size_t pos);

// Byte offset just past the code point starting at `pos` (text.size() at most).
size_t NextCodePointStart(std::string_view text, size_t pos);

// Decodes the code point that ends just before byte `pos` of valid UTF-8 `text`.
// Returns 0 when pos == 0.
char32_t CodePointBefore(std::string_view text, size_t pos);

// Decodes the code point that starts at byte `pos` of valid UTF-8 `text`.
// Returns 0 when pos >= text.size().
char32_t CodePointAt(std::string_view text, size_t pos);

// True if a word character ends just before `pos`, or starts at `pos`.
inline bool WordCharBefore(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
  if (c < 0x80) return IsAsciiWordChar(c);
  return IsWordCodePoint(CodePointBefore(text, pos));
}
inline bool WordCharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return IsAsciiWordChar(c);
  return IsWordCodePoint(CodePointAt(text, pos));
}

// Bytes of a space at text[pos]: ' ', or a space that text copied from web pages and word
// processors puts between digit groups and words (U+00A0 no-break, U+202F narrow
// no-break, U+2009 thin, U+2007 figure space: Norwegian formatting writes "912 34 567" and
// "45 000" with them). 0 if there is none. Inline: the number pass asks it of most spans.
inline size_t SpaceLengthAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  const auto first = static_cast<unsigned char>(text[pos]);
  if (first < 0x80) return first == ' ' ? 1 : 0;
  const std::string_view rest = text.substr(pos, 3);
  if (rest.starts_with("\xC2\xA0")) return 2;
  if (rest == "\xE2\x80\xAF" || rest == "\xE2\x80\x89" || rest == "\xE2\x80\x87") return 3;
  return 0;
}
// Bytes of such a space that ends at text[pos]; 0 if there is none.
inline size_t SpaceLengthBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  const auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) return last == ' ' ? 1 : 0;  // the common case, settled at once
  for (const size_t length : {size_t{2}, size_t{3}}) {
    if (pos >= length && SpaceLengthAt(text, pos - length) == length) return length;
  }
  return 0;
}

// Appends the UTF-8 encoding of `c` to `out`.
void AppendUtf8(char32_t c, std::string& out);

// True for uppercase letters of any script ('A', 'Ø', 'Ж').
bool IsUpperCodePoint(char32_t c);

// The simple uppercase mapping of `c` ('ø' -> 'Ø'); `c` itself when it has none.
char32_t ToUpper(char32_t c);

// Full Unicode case folding of valid UTF-8 `text` (simple folds, one code point to one):
// "ØSTBY" and "østby" fold alike.
std::string FoldCase(std::string_view text);
// FoldCase, appended to `out`.
void AppendFoldCase(std::string_view text, std::string& out);

// Number of code points in valid UTF-8 `text`.
size_t CountCodePoints(std::string_view text);

}  // namespace sladd

#endif  // SLADD_ENGINE_UTF8_H_
