// Line-by-line processing of large inputs on every core: one thread reads lines into
// batches, N workers process batches, one thread writes the outputs in input order. The
// output is byte-identical whatever N is. Memory is bounded by the batches in flight
// (a few per worker) and the longest line.
#ifndef SLADD_CLI_PARALLEL_LINES_H_
#define SLADD_CLI_PARALLEL_LINES_H_

#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "cli/byte_stream.h"
#include "cli/line_reader.h"

namespace sladd {

// Turns one line into its output. Each worker is used by one thread at a time.
class LineWorker {
 public:
  virtual ~LineWorker() = default;
  // Appends the output for `line` (without its terminator) to `out`. `line` is followed by
  // at least LineReader::kPadding readable bytes. On error `out` may hold a partial output,
  // which the caller discards.
  virtual absl::Status Process(std::string_view line, std::string& out) = 0;
};

// Counters a progress meter may read from any thread while the work runs.
struct LineProgress {
  std::atomic<size_t> lines_written{0};
  std::atomic<size_t> bytes_written{0};
};

struct ParallelLinesOptions {
  // Keep going past lines whose processing fails, leaving them out of the output; else stop
  // at the first.
  bool skip_bad_lines = false;
  // A batch closes at this many bytes or lines.
  size_t batch_bytes = 256 * 1024;
  size_t batch_lines = 4096;
  // Batches in flight per worker.
  size_t batches_per_worker = 4;
};

// Called in input order for every line whose processing failed, with its 1-based number.
using BadLineHandler = std::function<void(size_t line_number, const absl::Status& status)>;

// Reads `reader` to its end, processing line i on some worker and writing outputs, each with
// the line's own terminator, to `sink` in input order. `first_line_number` numbers the
// first line. Returns the first read or write error, or the first bad line's error unless
// skipping; then no output past the last good batch before it is written. Returns the number
// of lines read through `lines_read` and of lines skipped through `skipped`.
absl::Status ProcessLinesInParallel(LineReader& reader, const std::vector<LineWorker*>& workers,
                                    ByteSink& sink, const ParallelLinesOptions& options,
                                    const BadLineHandler& on_bad_line, LineProgress& progress,
                                    size_t& lines_read, size_t& skipped);

}  // namespace sladd

#endif  // SLADD_CLI_PARALLEL_LINES_H_
