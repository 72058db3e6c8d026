#include "engine/detector.h"

#include <algorithm>

namespace sladd {

const std::vector<ContextHit>& ScanView::HitsAround(size_t begin, size_t end) const {
  const size_t from = begin > kMaxContextWordBytes ? begin - kMaxContextWordBytes : 0;
  return context_.Cover(from, std::min(end + kMaxContextWordBytes, text_.size()));
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
    const bool is_before = it->end <= start;
    const bool is_after = it->start >= end && it->start <= end + after;
    if (is_before || is_after) return true;
  }
  return false;
}

bool ScanView::HasContextRightBefore(uint32_t tag, size_t start, size_t within) const {
  const uint32_t id = context_base_ + tag;
  const size_t earliest_end = start > within ? start - within : 0;
  const std::vector<ContextHit>& hits = HitsAround(earliest_end, start);
  auto it = std::lower_bound(hits.begin(), hits.end(), earliest_end,
                             [](const ContextHit& hit, size_t pos) { return hit.end < pos; });
  for (; it != hits.end() && it->end <= start; ++it) {
    if (it->id != id) continue;
    const std::string_view gap = text_.substr(it->end, start - it->end);
    if (gap.find_first_of("0123456789") == std::string_view::npos) return true;
  }
  return false;
}

}  // namespace sladd
