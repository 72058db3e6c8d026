// The server's policies: what one load of the policy file gives, and the swap on reload.
#ifndef SLADD_SERVICE_POLICY_HOLDER_H_
#define SLADD_SERVICE_POLICY_HOLDER_H_

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "config/policy_set.h"
#include "engine/database_cache.h"
#include "engine/token.h"
#include "service/scratch_pool.h"

namespace sladd {

// Everything one load of the policy file gives: the compiled engines, a scratch pool per
// engine and a token restorer. Immutable apart from its (thread-safe) pools; calls in
// flight keep using theirs while a reload installs a newer one.
class Generation {
 public:
  // Loads `config_path`, or the built-in default policy when it is empty, with the scan
  // databases of `cache` (may be nullptr).
  static absl::StatusOr<std::shared_ptr<const Generation>> Load(
      const std::string& config_path, std::shared_ptr<const DetectorRegistry> registry,
      uint64_t number, const DatabaseCache* cache);

  struct Policy {
    const Engine* engine;
    ScratchPool* pool;
  };
  // The policy named `name` (empty: the default). NotFound for an unknown name.
  absl::StatusOr<Policy> Find(std::string_view name) const;

  // Null when the policy file has no secrets.
  const TokenRestorer* restorer() const { return restorer_.get(); }
  const PolicySet& policies() const { return *policies_; }
  // 1 for the first load, then one more for each successful reload.
  uint64_t number() const { return number_; }

 private:
  Generation() = default;
  std::unique_ptr<const PolicySet> policies_;
  std::map<const Engine*, std::unique_ptr<ScratchPool>> pools_;
  std::unique_ptr<TokenRestorer> restorer_;
  uint64_t number_ = 0;
};

// Holds the current Generation. Thread-safe: current() is lock-free; Reload serialises.
class PolicyHolder {
 public:
  // `cache` (may be null) keeps compiled scan databases across loads and restarts.
  PolicyHolder(std::string config_path, std::shared_ptr<const DetectorRegistry> registry,
               std::shared_ptr<const DatabaseCache> cache = nullptr)
      : config_path_(std::move(config_path)),
        registry_(std::move(registry)),
        cache_(std::move(cache)) {}

  // Loads the policy file again and installs it. On failure the current generation keeps
  // serving and the error (naming the field, never a secret) is returned.
  absl::Status Reload();

  // The generation to use for one call; null before the first successful Reload.
  std::shared_ptr<const Generation> current() const { return current_.load(); }

  const std::string& config_path() const { return config_path_; }

 private:
  const std::string config_path_;
  const std::shared_ptr<const DetectorRegistry> registry_;
  const std::shared_ptr<const DatabaseCache> cache_;
  std::atomic<std::shared_ptr<const Generation>> current_;
  std::mutex reload_mutex_;
  uint64_t loads_ = 0;
};

}  // namespace sladd

#endif  // SLADD_SERVICE_POLICY_HOLDER_H_
