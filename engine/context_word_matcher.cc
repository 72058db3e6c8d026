#include "engine/context_word_matcher.h"

#include <emmintrin.h>

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr unsigned char FoldAscii(unsigned char byte) {
  return byte >= 'A' && byte <= 'Z' ? static_cast<unsigned char>(byte - 'A' + 'a') : byte;
}

// Bit i set when bytes[i] is not an ASCII word character (non-ASCII bytes included).
uint32_t NotAsciiWordChars(const char* bytes) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  // Signed compares: bytes from 0x80 are negative and fall in no range.
  auto in_range = [](__m128i x, char low, char high) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
  };
  const __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
  const __m128i digit = in_range(v, '0', '9');
  const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  const __m128i word = _mm_or_si128(letter, _mm_or_si128(digit, underscore));
  return ~static_cast<uint32_t>(_mm_movemask_epi8(word)) & 0xFFFF;
}

}  // namespace

ContextWordMatcher::ContextWordMatcher(const std::vector<Word>& words) {
  for (const Word& word : words) {
    for (const char c : word.literal) {
      uint8_t& byte_class = class_of_[FoldAscii(static_cast<unsigned char>(c))];
      if (byte_class == 0) byte_class = static_cast<uint8_t>(classes_++);
    }
  }
  for (int byte = 'A'; byte <= 'Z'; ++byte) class_of_[byte] = class_of_[FoldAscii(byte)];
  // Rows are added as the words need them; the root's is row 0.
  next_.assign(classes_, 0);
  std::vector<std::vector<Ending>> endings(1);
  for (const Word& word : words) {
    uint32_t node = 0;
    for (const char c : word.literal) {
      const size_t cell = node * classes_ + class_of_[static_cast<unsigned char>(c)];
      if (next_[cell] == 0) {
        next_[cell] = static_cast<uint32_t>(endings.size());
        endings.emplace_back();
        next_.resize(next_.size() + classes_, 0);
      }
      node = next_[cell];
    }
    if (node == 0) continue;  // an empty literal matches nothing
    longest_word_bytes_ = std::max(longest_word_bytes_, word.literal.size());
    std::vector<Ending>& here = endings[node];
    const bool known = std::any_of(here.begin(), here.end(), [&](const Ending& ending) {
      return ending.id == word.id && ending.whole_word == word.whole_word;
    });
    if (!known) here.push_back({word.id, word.whole_word});
  }
  for (const std::vector<Ending>& here : endings) {
    first_ending_.push_back(static_cast<uint32_t>(endings_.size()));
    endings_.insert(endings_.end(), here.begin(), here.end());
  }
  first_ending_.push_back(static_cast<uint32_t>(endings_.size()));
}

void ContextWordMatcher::WalkFrom(std::string_view text, size_t start, uint32_t node,
                                  std::vector<ContextHit>& hits) const {
  for (size_t pos = start + 1;; ++pos) {
    // A literal ends where the text's character does (both are UTF-8), so only the word
    // end needs checking.
    for (uint32_t i = first_ending_[node]; i < first_ending_[node + 1]; ++i) {
      if (endings_[i].whole_word && WordCharAt(text, pos)) continue;
      hits.push_back({endings_[i].id, start, pos});
    }
    if (pos >= text.size()) return;
    node = Next(node, text[pos]);
    if (node == 0) return;
  }
}

inline void ContextWordMatcher::TryStart(std::string_view text, size_t pos,
                                         std::vector<ContextHit>& hits) const {
  // Most word starts lead nowhere within two bytes: those are settled here, inline.
  const uint32_t first = Next(0, text[pos]);
  if (first == 0) return;  // also for continuation bytes, which begin no word
  const bool one_byte_word = first_ending_[first] != first_ending_[first + 1];
  if (!one_byte_word && (pos + 1 >= text.size() || Next(first, text[pos + 1]) == 0)) return;
  const auto previous = pos > 0 ? static_cast<unsigned char>(text[pos - 1]) : 0;
  if (previous >= 0x80 && WordCharBefore(text, pos)) return;
  WalkFrom(text, pos, first, hits);
}

void ContextWordMatcher::Match(std::string_view text, size_t from, size_t to,
                               std::vector<ContextHit>& hits) const {
  to = std::min(to, text.size());
  if (from >= to) return;
  if (!WordCharBefore(text, from)) TryStart(text, from, hits);
  // Only a byte after one that is not an ASCII word character can begin a word: 16 at a
  // time, such bytes are found with a few vector compares. (TryStart checks a non-ASCII
  // byte before.)
  size_t pos = from + 1;
  for (; pos + 16 <= to; pos += 16) {
    for (uint32_t starts = NotAsciiWordChars(text.data() + pos - 1); starts != 0;
         starts &= starts - 1) {
      TryStart(text, pos + static_cast<size_t>(__builtin_ctz(starts)), hits);
    }
  }
  if (pos < to && to >= 17) {
    // The last starts, read from the 16 bytes before `to` and shifted: no byte-wise tail.
    const size_t shift = 16 - (to - pos);
    for (uint32_t starts = NotAsciiWordChars(text.data() + to - 17) >> shift; starts != 0;
         starts &= starts - 1) {
      TryStart(text, pos + static_cast<size_t>(__builtin_ctz(starts)), hits);
    }
    return;
  }
  for (; pos < to; ++pos) {
    const auto previous = static_cast<unsigned char>(text[pos - 1]);
    if (previous >= 0x80 || !IsAsciiWordChar(previous)) TryStart(text, pos, hits);
  }
}

}  // namespace sladd
