#include "engine/sentences.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsSentenceMark(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
// A byte where a sentence may end: a line break or a mark.
bool MayEndASentence(char c) { return c == '\n' || IsSentenceMark(c); }

#if defined(__SSE2__)
// Bit i set when bytes[i] may end a sentence, for 16 bytes.
unsigned SentenceEndBits16(const char* bytes) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const __m128i breaks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                      _mm_cmpeq_epi8(v, _mm_set1_epi8('.')));
  const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(breaks, marks)));
}
#endif

// The first position in [from, to) where a sentence may end; `to` if none. Sixteen bytes
// at a time: a line with no marks is read up to kMaxSentenceReach for every term in it.
size_t NextSentenceEnd(std::string_view text, size_t from, size_t to) {
  size_t pos = from;
#if defined(__SSE2__)
  for (; pos + 16 <= to; pos += 16) {
    if (const unsigned bits = SentenceEndBits16(text.data() + pos); bits != 0) {
      return pos + static_cast<size_t>(__builtin_ctz(bits));
    }
  }
#endif
  while (pos < to && !MayEndASentence(text[pos])) ++pos;
  return pos;
}

// The last position in [from, to) where a sentence may end; npos if none.
size_t PreviousSentenceEnd(std::string_view text, size_t from, size_t to) {
  size_t pos = to;
#if defined(__SSE2__)
  for (; pos >= from + 16; pos -= 16) {
    if (const unsigned bits = SentenceEndBits16(text.data() + pos - 16); bits != 0) {
      return pos - 16 + static_cast<size_t>(31 - __builtin_clz(bits));
    }
  }
#endif
  while (pos > from) {
    if (MayEndASentence(text[--pos])) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t start, size_t end) {
  // Cut where the reach ends, on a code point's first byte.
  size_t floor = start > kMaxSentenceReach ? start - kMaxSentenceReach : 0;
  while (floor < start && IsUtf8Continuation(text[floor])) ++floor;
  size_t ceiling = std::min(text.size(), end + kMaxSentenceReach);
  while (ceiling > end && ceiling < text.size() && IsUtf8Continuation(text[ceiling])) --ceiling;
  // Back to just after a line break, or after a mark and the blank that follows it (the
  // mark may stand just before the reach).
  size_t first = floor;
  for (size_t to = start;;) {
    const size_t mark = PreviousSentenceEnd(text, floor > 0 ? floor - 1 : 0, to);
    if (mark == std::string_view::npos) break;
    if (text[mark] == '\n') {
      first = std::max(floor, mark + 1);
      break;
    }
    if (mark + 2 <= start && IsBlank(text[mark + 1])) {
      first = mark + 2;
      break;
    }
    to = mark;
  }
  while (first < start && IsBlank(text[first])) ++first;
  // On to a line break (excluded) or a mark followed by a blank or the end (included).
  size_t last = ceiling;
  for (size_t from = end;;) {
    const size_t mark = NextSentenceEnd(text, from, ceiling);
    if (mark == ceiling) break;
    if (text[mark] == '\n') {
      last = mark;
      break;
    }
    if (mark + 1 == text.size() || IsBlank(text[mark + 1])) {
      last = mark + 1;
      break;
    }
    from = mark + 1;
  }
  while (last > end && IsBlank(text[last - 1])) --last;
  return {first, last};
}

void WidenToSentences(std::string_view text, std::vector<Finding>& findings,
                      const std::function<bool(const Finding&)>& widen) {
  if (std::none_of(findings.begin(), findings.end(), widen)) return;
  for (Finding& finding : findings) {
    if (widen(finding)) {
      std::tie(finding.start, finding.end) = SentenceAround(text, finding.start, finding.end);
    }
  }
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.start < b.start; });
  // Join overlapping findings; only widened ones can overlap, and the group takes the type
  // of its first widened member.
  std::vector<Finding> joined;
  joined.reserve(findings.size());
  for (const Finding& finding : findings) {
    if (joined.empty() || finding.start >= joined.back().end) {
      joined.push_back(finding);
      continue;
    }
    Finding& group = joined.back();
    const size_t start = group.start;
    const size_t end = std::max(group.end, finding.end);
    const double score = std::max(group.score, finding.score);
    if (!widen(group)) group = finding;
    group.start = start;
    group.end = end;
    group.score = score;
  }
  findings = std::move(joined);
}

std::optional<std::string_view> ClosingQuestion(std::string_view text, size_t max_remark_bytes) {
  const size_t mark = text.rfind('?');
  if (mark == std::string_view::npos) return std::nullopt;
  const size_t remark_end = text.find_last_not_of(" \t\r\n");
  if (remark_end - mark > max_remark_bytes) return std::nullopt;
  const size_t before = text.substr(0, mark).find_last_of(".!?\n");
  const size_t start =
      text.find_first_not_of(" \t\r", before == std::string_view::npos ? 0 : before + 1);
  if (start == mark) return std::nullopt;
  return text.substr(start, mark + 1 - start);
}

}  // namespace sladd
