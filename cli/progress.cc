#include "cli/progress.h"

namespace sladd {

void FormatBytes(uint64_t bytes, char* out, size_t size) {
  static constexpr const char* kUnits[] = {"B", "kB", "MB", "GB", "TB"};
  double value = static_cast<double>(bytes);
  size_t unit = 0;
  while (value >= 1000 && unit + 1 < std::size(kUnits)) {
    value /= 1000;
    ++unit;
  }
  std::snprintf(out, size, unit == 0 ? "%.0f %s" : "%.1f %s", value, kUnits[unit]);
}

ProgressMeter::ProgressMeter(const ReadCounter& counter, uint64_t total, std::FILE* err)
    : counter_(counter), total_(total), err_(err), start_(std::chrono::steady_clock::now()),
      thread_([this] { Run(); }) {}

void ProgressMeter::Stop() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;
    stopping_ = true;
    stop_.notify_all();
  }
  thread_.join();
  Draw(/*final=*/true);
}

void ProgressMeter::Run() {
  std::unique_lock lock(mutex_);
  while (!stop_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stopping_; })) {
    lock.unlock();
    Draw(/*final=*/false);
    lock.lock();
  }
}

void ProgressMeter::Draw(bool final) {
  const uint64_t done = counter_.bytes.load(std::memory_order_relaxed);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  char done_text[32], total_text[32], rate_text[32];
  FormatBytes(done, done_text, sizeof done_text);
  FormatBytes(static_cast<uint64_t>(rate), rate_text, sizeof rate_text);
  if (total_ > 0) {
    FormatBytes(total_, total_text, sizeof total_text);
    const double fraction = std::min(1.0, static_cast<double>(done) / static_cast<double>(total_));
    const int eta = rate > 0 ? static_cast<int>(static_cast<double>(total_ - std::min(done, total_)) / rate) : 0;
    std::fprintf(err_, "\rsladd: %3.0f%%  %s of %s  %s/s  ETA %d:%02d   ", fraction * 100,
                 done_text, total_text, rate_text, eta / 60, eta % 60);
  } else {
    std::fprintf(err_, "\rsladd: %s  %s/s   ", done_text, rate_text);
  }
  if (final) std::fputc('\n', err_);
  std::fflush(err_);
}

}  // namespace sladd
