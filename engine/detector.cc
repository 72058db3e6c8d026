#include "engine/detector.h"

#include <algorithm>

namespace sladd {
namespace {

// True if `gap` ends a sentence: a line break, or '.', '!' or '?' before a space. A period
// that opens the gap ends the context word itself ("tlf.", "org.nr.") and does not count.
bool CrossesSentenceEnd(std::string_view gap, bool after_word) {
  if (after_word && gap.starts_with(".")) gap.remove_prefix(1);
  for (size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '\n') return true;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == gap.size() || gap[i + 1] == ' ')) {
      return true;
    }
  }
  return false;
}

}  // namespace

const std::vector<ContextHit>& ScanView::HitsAround(size_t first_end, size_t last_start) const {
  return context_.Cover(context_base_ / kMaxContextTags, first_end, last_start);
}

bool ScanView::HasContext(uint32_t tag, size_t start, size_t end, size_t before,
                          size_t after) const {
  const uint32_t id = context_base_ + tag;
  const size_t earliest_end = start > before ? start - before : 0;
  // A hit that starts within `after` of `end` ends at most one word length later.
  const size_t latest_end = end + after + kMaxContextWordBytes;
  const std::vector<ContextHit>& hits = HitsAround(earliest_end, end + after);
  auto it = std::lower_bound(hits.begin(), hits.end(), earliest_end,
                             [](const ContextHit& hit, size_t pos) { return hit.end < pos; });
  for (; it != hits.end() && it->end <= latest_end; ++it) {
    if (it->id != id) continue;
    if (it->end <= start) {
      if (!CrossesSentenceEnd(text_.substr(it->end, start - it->end), true)) return true;
    } else if (it->start >= end && it->start <= end + after) {
      if (!CrossesSentenceEnd(text_.substr(end, it->start - end), false)) return true;
    }
  }
  return false;
}

std::optional<size_t> ScanView::LastContextRightBefore(uint32_t tag, size_t start, size_t within,
                                                       DigitsBetween digits) const {
  const uint32_t id = context_base_ + tag;
  const size_t earliest_end = start > within ? start - within : 0;
  const std::vector<ContextHit>& hits = HitsAround(earliest_end, start);
  auto it = std::lower_bound(hits.begin(), hits.end(), earliest_end,
                             [](const ContextHit& hit, size_t pos) { return hit.end < pos; });
  // Hits are sorted by end, and a later hit's gap is part of an earlier one's: the last
  // hit decides.
  std::optional<size_t> last;
  for (; it != hits.end() && it->end <= start; ++it) {
    if (it->id == id) last = it->end;
  }
  if (!last) return std::nullopt;
  const std::string_view gap = text_.substr(*last, start - *last);
  if ((digits == DigitsBetween::kPart &&
       gap.find_first_of("0123456789") != std::string_view::npos) ||
      CrossesSentenceEnd(gap, true)) {
    return std::nullopt;
  }
  return last;
}

}  // namespace sladd
