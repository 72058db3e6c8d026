// Redacts one message too long to hold in memory (a log line of gigabytes), piece by piece.
//
// The message is analyzed in windows cut at whitespace. Of each window only the first part
// is written out, up to a cut that no finding straddles; the next window starts `context`
// bytes before that cut. So a value shorter than `overlap` is found whole wherever pieces
// and windows fall, with the words before it as context. Memory stays near
// window + overlap + context bytes, whatever the message's length. A value longer than the
// overlap that a window cut splits is redacted in part or missed; none of the built-in
// types comes near 16 KiB.
//
// Not thread-safe. The engine, scratch and state must outlive the redactor.
#ifndef SLADD_ENGINE_STREAM_REDACTOR_H_
#define SLADD_ENGINE_STREAM_REDACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "engine/engine.h"

namespace sladd {

// Bytes per window, of overlap between windows, and of context kept before a cut.
struct StreamLimits {
  size_t window = 1 << 20;
  size_t overlap = 16 << 10;
  size_t context = 4 << 10;
};

class StreamRedactor {
 public:
  using Limits = StreamLimits;

  StreamRedactor(const Engine& engine, Scratch& scratch, RedactionState& state,
                 Limits limits = {})
      : engine_(engine), scratch_(scratch), state_(state), limits_(limits) {}

  // Adds the next piece of the message (pieces may cut a character; the message as a whole
  // is checked as UTF-8). Appends the redacted text that is final to `out`, and the findings
  // in it, with offsets into the whole message, to `found` when given.
  absl::Status Write(std::string_view piece, std::string& out,
                     std::vector<Finding>* found = nullptr);
  // Ends the message: appends the rest. The redactor may then start a new message.
  absl::Status Finish(std::string& out, std::vector<Finding>* found = nullptr);

 private:
  // Analyzes the next window and writes its first part; with `final`, all that is pending.
  absl::Status Step(bool final, std::string& out, std::vector<Finding>* found);
  // The end of the next window: the last whitespace before `limit`, at least `floor`.
  size_t WindowEnd(size_t floor, size_t limit) const;
  size_t pending_end() const { return base_ + pending_.size(); }

  const Engine& engine_;
  Scratch& scratch_;
  RedactionState& state_;
  const Limits limits_;
  std::string pending_;  // the message from offset base_ on
  size_t base_ = 0;
  size_t emitted_ = 0;  // the message is written out up to here
  Analysis analysis_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_STREAM_REDACTOR_H_
