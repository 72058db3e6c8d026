#include "engine/stream_redactor.h"

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

absl::Status StreamRedactor::Write(std::string_view piece, std::string& out,
                                   std::vector<Finding>* found) {
  pending_.append(piece);
  while (pending_end() - emitted_ >= limits_.window + limits_.overlap) {
    if (absl::Status status = Step(/*final=*/false, out, found); !status.ok()) return status;
  }
  return absl::OkStatus();
}

absl::Status StreamRedactor::Finish(std::string& out, std::vector<Finding>* found) {
  absl::Status status = absl::OkStatus();
  if (pending_end() > emitted_ || base_ == 0) status = Step(/*final=*/true, out, found);
  pending_.clear();
  base_ = emitted_ = 0;
  return status;
}

size_t StreamRedactor::WindowEnd(size_t floor, size_t limit) const {
  for (size_t at = limit; at > floor; --at) {
    if (IsSpace(pending_[at - base_ - 1])) return at;
  }
  // No space: a hard cut, at a character boundary.
  size_t at = limit;
  while (at > floor && IsUtf8Continuation(pending_[at - base_])) --at;
  return at > floor ? at : limit;
}

absl::Status StreamRedactor::Step(bool final, std::string& out, std::vector<Finding>* found) {
  const size_t window_end =
      final ? pending_end()
            : WindowEnd(emitted_ + limits_.window, emitted_ + limits_.window + limits_.overlap);
  std::string_view window(pending_.data(), window_end - base_);
  if (absl::Status status = engine_.Analyze(window, scratch_, analysis_); !status.ok()) {
    return status;
  }
  size_t end = window_end;
  if (analysis_.repaired_text) {
    // A repairing policy mended bad UTF-8: go on with the mended text, whose offsets the
    // findings use. (Text already written was mended alike.)
    pending_.replace(0, window.size(), *analysis_.repaired_text);
    end = base_ + analysis_.repaired_text->size();
    window = std::string_view(pending_.data(), end - base_);
  }
  // Write up to the window's last `overlap` bytes, at a space, where no finding lies across.
  size_t commit = end;
  if (!final) {
    commit = WindowEnd(emitted_, end - limits_.overlap);
    for (const Finding& finding : analysis_.findings) {
      const size_t start = base_ + finding.start, stop = base_ + finding.end;
      if (start < commit && commit < stop) commit = start > emitted_ ? start : stop;
    }
  }
  if (absl::Status status = engine_.Rewrite(window, analysis_.findings, emitted_ - base_,
                                            commit - base_, state_, out);
      !status.ok()) {
    return status;
  }
  if (found != nullptr) {
    for (Finding finding : analysis_.findings) {
      if (base_ + finding.end <= emitted_ || base_ + finding.start >= commit) continue;
      finding.start += base_;
      finding.end += base_;
      found->push_back(finding);
    }
  }
  emitted_ = commit;
  // Keep some text before the cut as context for the next window.
  size_t keep = emitted_ > base_ + limits_.context ? emitted_ - limits_.context : base_;
  while (keep < emitted_ && IsUtf8Continuation(pending_[keep - base_])) ++keep;
  pending_.erase(0, keep - base_);
  base_ = keep;
  return absl::OkStatus();
}

}  // namespace sladd
