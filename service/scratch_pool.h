// Scratches for one Engine, lent to whichever gRPC thread runs a call.
#ifndef SLADD_SERVICE_SCRATCH_POOL_H_
#define SLADD_SERVICE_SCRATCH_POOL_H_

#include <memory>
#include <mutex>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/engine.h"

namespace sladd {

// Thread-safe. The lock is held only to take or return a scratch, never while scanning.
class ScratchPool {
 public:
  explicit ScratchPool(const Engine& engine) : engine_(engine) {}

  // A scratch on loan; it goes back to the pool when the lease ends.
  class Lease {
   public:
    Lease(ScratchPool* pool, std::unique_ptr<Scratch> scratch)
        : pool_(pool), scratch_(std::move(scratch)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = default;
    ~Lease() {
      if (scratch_) pool_->Return(std::move(scratch_));
    }
    Scratch& operator*() const { return *scratch_; }

   private:
    ScratchPool* pool_;
    std::unique_ptr<Scratch> scratch_;
  };

  // A free scratch, or a new one when all are lent.
  absl::StatusOr<Lease> Acquire();

 private:
  void Return(std::unique_ptr<Scratch> scratch);

  const Engine& engine_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Scratch>> free_;
};

}  // namespace sladd

#endif  // SLADD_SERVICE_SCRATCH_POOL_H_
