#include "cli/parallel_lines.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace sladd {
namespace {

// A batch holds at least this many lines for each line before it that its worker reads
// again: at most an eighth more reading.
constexpr size_t kLinesPerContextLine = 8;

struct BadLine {
  size_t number;
  absl::Status status;
  size_t output_size;  // of the batch's output before this line
  bool fatal;          // a long line partly written: stops the run even when skipping
};

struct Batch {
  size_t sequence = 0;
  size_t first_line = 1;
  // The lines' bytes, each followed by its terminator, then LineReader::kPadding bytes.
  std::string input;
  // Up to ParallelLinesOptions::context_lines lines before the first, one after the other,
  // then LineReader::kPadding bytes; their sizes; and views of them for the worker.
  std::string lines_before;
  std::vector<size_t> lines_before_sizes;
  std::vector<std::string_view> lines_before_views;
  struct Span {
    size_t text_start, text_size, terminator_size;
  };
  std::vector<Span> lines;
  std::string output;
  std::vector<BadLine> bad_lines;
  // Lines the output completes: lines.size(), or for a piece of a long line 0 or 1.
  size_t completed_lines = 0;

  void Clear() {
    input.clear();
    lines_before.clear();
    lines_before_sizes.clear();
    lines_before_views.clear();
    lines.clear();
    output.clear();
    bad_lines.clear();
    completed_lines = 0;
  }
};

// The shared state of one run: a queue of batches to process, the processed ones waiting
// for their turn to be written, and a pool of cleared batches to reuse. Guarded by a
// std::mutex, not an Abseil one: Debian's Abseil is not built for ThreadSanitizer, which
// then cannot see its locks, while pthread's it can (make tsan).
class Pipeline {
 public:
  Pipeline(const std::vector<LineWorker*>& workers, LineWorker* long_lines, ByteSink& sink,
           const ParallelLinesOptions& options, const BadLineHandler& on_bad_line,
           LineProgress& progress)
      : workers_(workers), long_lines_(long_lines), sink_(sink), options_(options), on_bad_line_(on_bad_line),
        progress_(progress), in_flight_limit_(options.batches_per_worker * workers.size()) {}

  absl::Status Run(LineReader& reader, size_t& lines_read, size_t& skipped) {
    std::vector<std::thread> threads;
    for (LineWorker* worker : workers_) threads.emplace_back([this, worker] { Work(*worker); });
    std::thread writer([this] { Write(); });
    absl::Status read_status = Read(reader, lines_read);
    {
      std::lock_guard lock(mutex_);
      reading_done_ = true;
      changed_.notify_all();
    }
    for (std::thread& thread : threads) thread.join();
    writer.join();
    skipped = skipped_;
    if (!read_status.ok()) return read_status;
    return failure_;
  }

 private:
  // The reader: fills batches and queues them, waiting while too many are in flight.
  absl::Status Read(LineReader& reader, size_t& lines_read) {
    size_t sequence = 0;
    bool in_long_line = false;
    std::unique_ptr<Batch> batch;
    lines_read = 0;
    // What is gathered goes on before a read that may wait: a live feed is not held back.
    reader.set_before_read([this, &batch] {
      if (batch != nullptr) Submit(std::move(batch));
    });
    struct Unhook {
      LineReader& reader;
      ~Unhook() { reader.set_before_read(nullptr); }
    } unhook{reader};
    while (true) {
      auto line = reader.Next();
      if (!line.ok()) {
        Fail(line.status());
        return line.status();
      }
      if (!line->has_value()) break;
      const Line& read = **line;
      if (read.continues || in_long_line) {
        // A long line: the batch so far goes first, then the line piece by piece.
        if (batch != nullptr) Submit(std::move(batch));
        in_long_line = read.continues;
        if (!in_long_line) KeepRecentBlankLine();  // pieces are not read after one another
        if (!ProcessPiece(read, lines_read + 1, sequence++)) return absl::OkStatus();  // stopped
        if (!in_long_line) ++lines_read;
        continue;
      }
      if (batch == nullptr) {
        batch = TakeBatch();
        if (batch == nullptr) return absl::OkStatus();  // stopped
        batch->sequence = sequence++;
        batch->first_line = lines_read + 1;
        batch->lines_before.assign(recent_lines_);
        batch->lines_before.append(LineReader::kPadding, '\0');
        batch->lines_before_sizes.assign(recent_sizes_.begin(), recent_sizes_.end());
      }
      batch->lines.push_back({batch->input.size(), read.text.size(), read.terminator.size()});
      batch->input.append(read.text);
      batch->input.append(read.terminator);
      ++lines_read;
      if ((batch->input.size() >= options_.batch_bytes ||
           batch->lines.size() >= options_.batch_lines) &&
          batch->lines.size() >= kLinesPerContextLine * options_.context_lines) {
        Submit(std::move(batch));
      }
    }
    if (batch != nullptr) Submit(std::move(batch));
    return absl::OkStatus();
  }

  // A cleared batch once fewer than the limit are in flight; null once the run has failed.
  std::unique_ptr<Batch> TakeBatch() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !failure_.ok() || in_flight_ < in_flight_limit_; });
    if (!failure_.ok()) return nullptr;
    ++in_flight_;
    if (pool_.empty()) return std::make_unique<Batch>();
    std::unique_ptr<Batch> batch = std::move(pool_.back());
    pool_.pop_back();
    return batch;
  }

  // Processes a piece of a long line on this thread into a batch of its own, ready to write.
  // False once the run has failed.
  bool ProcessPiece(const Line& piece, size_t number, size_t sequence) {
    std::unique_ptr<Batch> batch = TakeBatch();
    if (batch == nullptr) return false;
    batch->sequence = sequence;
    batch->first_line = number;
    const bool last = !piece.continues;
    const absl::Status status = long_lines_ == nullptr
                                    ? absl::InternalError("a line came in pieces")
                                    : long_lines_->ProcessPiece(piece.text, last, batch->output);
    if (status.ok()) {
      batch->output.append(piece.terminator);
      batch->completed_lines = last ? 1 : 0;
    } else {
      batch->bad_lines.push_back({number, status, 0, /*fatal=*/true});
    }
    std::lock_guard lock(mutex_);
    processed_.emplace(sequence, std::move(batch));
    changed_.notify_all();
    return true;
  }

  void Submit(std::unique_ptr<Batch> batch) {
    KeepRecentLines(*batch);
    batch->completed_lines = batch->lines.size();
    batch->input.append(LineReader::kPadding, '\0');
    std::lock_guard lock(mutex_);
    queued_.push_back(std::move(batch));
    changed_.notify_all();
  }

  // A worker: processes queued batches until reading is done and the queue is empty.
  void Work(LineWorker& worker) {
    while (true) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] { return !queued_.empty() || reading_done_ || !failure_.ok(); });
        if (!failure_.ok() || queued_.empty()) return;
        batch = std::move(queued_.front());
        queued_.pop_front();
      }
      Process(worker, *batch);
      std::lock_guard lock(mutex_);
      processed_.emplace(batch->sequence, std::move(batch));
      changed_.notify_all();
    }
  }

  void Process(LineWorker& worker, Batch& batch) {
    const std::string_view input = batch.input;
    size_t offset = 0;
    for (const size_t size : batch.lines_before_sizes) {
      batch.lines_before_views.push_back(std::string_view(batch.lines_before).substr(offset, size));
      offset += size;
    }
    worker.BeginBatch(batch.lines_before_views);
    for (size_t i = 0; i < batch.lines.size(); ++i) {
      const Batch::Span& span = batch.lines[i];
      const size_t rollback = batch.output.size();
      const absl::Status status =
          worker.Process(input.substr(span.text_start, span.text_size), batch.output);
      if (!status.ok()) {
        batch.output.resize(rollback);  // never a partial line
        batch.bad_lines.push_back({batch.first_line + i, status, rollback, /*fatal=*/false});
        if (!options_.skip_bad_lines) return;
        continue;
      }
      batch.output.append(input.substr(span.text_start + span.text_size, span.terminator_size));
    }
  }

  // The reader's: keeps the last context_lines lines of recent_lines_ and `batch`.
  void KeepRecentLines(const Batch& batch) {
    const size_t limit = options_.context_lines;
    const size_t taken = std::min(limit, batch.lines.size());
    KeepLastRecentLines(limit - taken);
    for (size_t i = batch.lines.size() - taken; i < batch.lines.size(); ++i) {
      const Batch::Span& line = batch.lines[i];
      recent_lines_.append(batch.input, line.text_start, line.text_size);
      recent_sizes_.push_back(line.text_size);
    }
  }

  void KeepRecentBlankLine() {
    if (options_.context_lines == 0) return;
    KeepLastRecentLines(options_.context_lines - 1);
    recent_sizes_.push_back(0);
  }

  void KeepLastRecentLines(size_t count) {
    size_t dropped = 0;
    for (; recent_sizes_.size() > count; recent_sizes_.pop_front())
      dropped += recent_sizes_.front();
    recent_lines_.erase(0, dropped);
  }

  // The writer: writes processed batches in sequence until all are written or the run fails.
  void Write() {
    for (size_t next = 0;; ++next) {
      std::unique_ptr<Batch> batch;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this, next] {
          return processed_.count(next) > 0 || !failure_.ok() ||
                 (reading_done_ && queued_.empty() && in_flight_ == 0);
        });
        auto found = processed_.find(next);
        if (found == processed_.end()) return;  // failed, or all written
        batch = std::move(found->second);
        processed_.erase(found);
      }
      const absl::Status status = WriteBatch(*batch);
      batch->Clear();
      std::lock_guard lock(mutex_);
      --in_flight_;
      pool_.push_back(std::move(batch));
      if (!status.ok() && failure_.ok()) failure_ = status;
      changed_.notify_all();
      if (!failure_.ok()) return;
    }
  }

  absl::Status WriteBatch(const Batch& batch) {
    size_t good_bytes = batch.output.size();
    absl::Status stop;
    for (const BadLine& bad : batch.bad_lines) {
      on_bad_line_(bad.number, bad.status);
      if (!options_.skip_bad_lines || bad.fatal) {
        good_bytes = bad.output_size;
        stop = bad.status;
        break;
      }
    }
    if (absl::Status status = sink_.Write({batch.output.data(), good_bytes}); !status.ok()) {
      return status;
    }
    progress_.bytes_written += good_bytes;
    progress_.lines_written += batch.completed_lines - batch.bad_lines.size();
    {
      std::lock_guard lock(mutex_);
      skipped_ += options_.skip_bad_lines ? batch.bad_lines.size() : 0;
    }
    return stop;
  }

  void Fail(const absl::Status& status) {
    std::lock_guard lock(mutex_);
    if (failure_.ok()) failure_ = status;
    changed_.notify_all();
  }

  const std::vector<LineWorker*>& workers_;
  LineWorker* const long_lines_;
  ByteSink& sink_;
  const ParallelLinesOptions& options_;
  const BadLineHandler& on_bad_line_;
  LineProgress& progress_;
  const size_t in_flight_limit_;
  // The reader's: the last context_lines lines of the batches submitted, one after the
  // other (a CSV record may hold line breaks), and their sizes.
  std::string recent_lines_;
  std::deque<size_t> recent_sizes_;

  std::mutex mutex_;
  std::condition_variable changed_;  // notified on every change of the state below
  // Guarded by mutex_:
  std::deque<std::unique_ptr<Batch>> queued_;
  std::map<size_t, std::unique_ptr<Batch>> processed_;
  std::vector<std::unique_ptr<Batch>> pool_;
  size_t in_flight_ = 0;
  bool reading_done_ = false;
  absl::Status failure_;
  size_t skipped_ = 0;
};

}  // namespace

absl::Status ProcessLinesInParallel(LineReader& reader, const std::vector<LineWorker*>& workers,
                                    LineWorker* long_lines, ByteSink& sink,
                                    const ParallelLinesOptions& options,
                                    const BadLineHandler& on_bad_line, LineProgress& progress,
                                    size_t& lines_read, size_t& skipped) {
  Pipeline pipeline(workers, long_lines, sink, options, on_bad_line, progress);
  return pipeline.Run(reader, lines_read, skipped);
}

}  // namespace sladd
