#include "engine/sentences.h"

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsSentenceMark(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t start, size_t end) {
  // Cut where the reach ends, on a code point's first byte.
  size_t floor = start > kMaxSentenceReach ? start - kMaxSentenceReach : 0;
  while (floor < start && IsUtf8Continuation(text[floor])) ++floor;
  size_t ceiling = std::min(text.size(), end + kMaxSentenceReach);
  while (ceiling > end && ceiling < text.size() && IsUtf8Continuation(text[ceiling])) --ceiling;
  size_t first = start;
  while (first > floor) {
    const char before = text[first - 1];
    if (before == '\n') break;
    if (IsBlank(before) && first >= 2 && IsSentenceMark(text[first - 2])) break;
    --first;
  }
  while (first < start && IsBlank(text[first])) ++first;
  size_t last = end;
  while (last < ceiling) {
    const char c = text[last];
    if (c == '\n') break;
    if (IsSentenceMark(c) && (last + 1 == text.size() || IsBlank(text[last + 1]))) {
      ++last;
      break;
    }
    ++last;
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

}  // namespace sladd
