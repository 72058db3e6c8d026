// Deterministic resolution of overlapping findings.
#ifndef SLADD_ENGINE_OVERLAP_H_
#define SLADD_ENGINE_OVERLAP_H_

#include <vector>

#include "engine/finding.h"

namespace sladd {

// True if `a` wins over `b` where they overlap: higher score, then longer span, then
// earlier start, then type and detector name. A strict total order on distinct findings.
bool TakesPrecedence(const Finding& a, const Finding& b);

// Leaves in `findings` a set of non-overlapping findings, sorted by start. Where findings
// overlap, they are taken in TakesPrecedence order and each is kept unless it overlaps one
// already kept; if that one is of its type and detector and no other kept one overlaps it,
// the kept one grows to span both (keeping its score and kind). Findings that overlap
// nothing are always kept. O(n log n) for findings that mostly do not overlap.
void ResolveOverlaps(std::vector<Finding>& findings);

}  // namespace sladd

#endif  // SLADD_ENGINE_OVERLAP_H_
