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
  // Appends the output for the next piece of a line too long to hold (see
  // LineReader::set_max_piece_bytes); `last` ends the line. On error the line cannot be
  // left out any more, part of it being written: the run stops.
  virtual absl::Status ProcessPiece(std::string_view piece, bool last, std::string& out) {
    return absl::UnimplementedError("this command cannot take lines in pieces");
  }
  // Called before the lines of each batch with the ParallelLinesOptions::context_lines
  // lines before its first (fewer near the input's start), oldest first, a line read in
  // pieces as a blank one; each is followed by LineReader::kPadding readable bytes, and
  // valid until the batch's last Process. A worker that reads each line after those before
  // it, wherever batches begin, starts from here.
  virtual void BeginBatch(const std::vector<std::string_view>& lines_before) {}
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
  // A batch closes at this many bytes or lines, but not before it has eight lines for each
  // of its context_lines.
  size_t batch_bytes = 256 * 1024;
  size_t batch_lines = 4096;
  // Batches in flight per worker.
  size_t batches_per_worker = 4;
  // Lines before each batch handed to LineWorker::BeginBatch.
  size_t context_lines = 0;
};

// Called in input order for every line whose processing failed, with its 1-based number.
using BadLineHandler = std::function<void(size_t line_number, const absl::Status& status)>;

// Reads `reader` to its end, processing each line on some worker and writing outputs, each
// with the line's own terminator, to `sink` in input order; lines are numbered from 1.
// Lines the reader hands out in pieces go, in order, to `long_lines` on the reading thread
// (it may be null when the reader does not split lines). Returns the first read or write
// error, or the first bad line's error unless skipping; the lines before a bad line are
// written, none after it. Returns the number of lines read through `lines_read` and of
// lines skipped through `skipped`.
absl::Status ProcessLinesInParallel(LineReader& reader, const std::vector<LineWorker*>& workers,
                                    LineWorker* long_lines, ByteSink& sink,
                                    const ParallelLinesOptions& options,
                                    const BadLineHandler& on_bad_line, LineProgress& progress,
                                    size_t& lines_read, size_t& skipped);

}  // namespace sladd

#endif  // SLADD_CLI_PARALLEL_LINES_H_
