#include "service/scratch_pool.h"

namespace sladd {

absl::StatusOr<ScratchPool::Lease> ScratchPool::Acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!free_.empty()) {
      std::unique_ptr<Scratch> scratch = std::move(free_.back());
      free_.pop_back();
      return Lease(this, std::move(scratch));
    }
  }
  auto scratch = engine_.NewScratch();
  if (!scratch.ok()) return scratch.status();
  return Lease(this, std::move(*scratch));
}

void ScratchPool::Return(std::unique_ptr<Scratch> scratch) {
  std::lock_guard<std::mutex> lock(mutex_);
  free_.push_back(std::move(scratch));
}

}  // namespace sladd
