#include "engine/overlap.h"

#include <algorithm>
#include <tuple>

namespace sladd {
namespace {

bool Overlap(const Finding& a, const Finding& b) { return a.start < b.end && b.start < a.end; }

// Two overlapping findings of one type by one detector are one finding of their union:
// "I'm 20 weeks" and "weeks gone" are "20 weeks gone" (and nothing of it is left unredacted).
bool IsOneWith(const Finding& kept, const Finding& other) {
  return kept.type == other.type && kept.detector == other.detector;
}

// Resolves one cluster [first, last) of transitively overlapping findings in place; returns
// the new end of the kept findings.
std::vector<Finding>::iterator ResolveCluster(std::vector<Finding>::iterator first,
                                              std::vector<Finding>::iterator last) {
  std::sort(first, last, TakesPrecedence);
  auto kept_end = first;
  for (auto it = first; it != last; ++it) {
    auto clash =
        std::find_if(first, kept_end, [&](const Finding& kept) { return Overlap(kept, *it); });
    if (clash == kept_end) {
      *kept_end++ = *it;
    } else if (IsOneWith(*clash, *it) &&
               std::none_of(clash + 1, kept_end,
                            [&](const Finding& kept) { return Overlap(kept, *it); })) {
      // Their union overlaps no other kept finding: each of the two overlaps none.
      clash->start = std::min(clash->start, it->start);
      clash->end = std::max(clash->end, it->end);
      // The union spans the other's bytes too: read decoded if either was.
      clash->encoding = std::max(clash->encoding, it->encoding);
    }
  }
  return kept_end;
}

}  // namespace

bool TakesPrecedence(const Finding& a, const Finding& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.length() != b.length()) return a.length() > b.length();
  return std::tie(a.start, a.type, a.detector, a.kind) <
         std::tie(b.start, b.type, b.detector, b.kind);
}

void ResolveOverlaps(std::vector<Finding>& findings) {
  auto by_start = [](const Finding& a, const Finding& b) {
    return std::tie(a.start, a.end) < std::tie(b.start, b.end);
  };
  std::sort(findings.begin(), findings.end(), by_start);
  auto out = findings.begin();
  auto cluster_begin = findings.begin();
  while (cluster_begin != findings.end()) {
    size_t cluster_end_offset = cluster_begin->end;
    auto cluster_end = cluster_begin + 1;
    while (cluster_end != findings.end() && cluster_end->start < cluster_end_offset) {
      cluster_end_offset = std::max(cluster_end_offset, cluster_end->end);
      ++cluster_end;
    }
    if (cluster_end - cluster_begin == 1) {
      *out++ = *cluster_begin;
    } else {
      auto kept_end = ResolveCluster(cluster_begin, cluster_end);
      std::sort(cluster_begin, kept_end, by_start);
      out = std::move(cluster_begin, kept_end, out);
    }
    cluster_begin = cluster_end;
  }
  findings.erase(out, findings.end());
}

}  // namespace sladd
