// A progress line on standard error for long runs: bytes read of the total, speed and time
// left, redrawn in place a few times a second. Says nothing of the data itself.
#ifndef SLADD_CLI_PROGRESS_H_
#define SLADD_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <thread>

namespace sladd {

// Input bytes consumed so far, shared between the reader (which adds) and the meter.
struct ReadCounter {
  std::atomic<uint64_t> bytes{0};
};

// Draws until destroyed or Stop. Thread-safe.
class ProgressMeter {
 public:
  // `total` bytes (0 when unknown, as for a pipe) are expected through `counter`.
  ProgressMeter(const ReadCounter& counter, uint64_t total, std::FILE* err);
  ~ProgressMeter() { Stop(); }
  ProgressMeter(const ProgressMeter&) = delete;
  ProgressMeter& operator=(const ProgressMeter&) = delete;

  // Draws the final state and ends the line.
  void Stop();

 private:
  void Run();
  void Draw(bool final);

  const ReadCounter& counter_;
  const uint64_t total_;
  std::FILE* const err_;
  const std::chrono::steady_clock::time_point start_;
  std::mutex mutex_;  // not absl::Mutex, so that ThreadSanitizer sees it (make tsan)
  std::condition_variable stop_;
  bool stopping_ = false;  // guarded by mutex_
  std::thread thread_;
};

// "1.5 GB", "820.0 MB", "12 B": decimal units, as disk sizes are given.
void FormatBytes(uint64_t bytes, char* out, size_t size);

}  // namespace sladd

#endif  // SLADD_CLI_PROGRESS_H_
