// Compiled scan databases kept in memory, counting what they are asked: for tests of the
// engine's cache, and for the policy fuzzer, whose inputs mostly compile the same
// expressions (the built-in lexicons) and would otherwise spend nearly all their time in
// Hyperscan's compiler.
//
// Holds at most `max_entries` databases (about 2 MB each for the built-in policy); storing
// one more forgets them all first. Thread-safe.
#ifndef SLADD_TESTS_SUPPORT_MEMORY_DATABASE_CACHE_H_
#define SLADD_TESTS_SUPPORT_MEMORY_DATABASE_CACHE_H_

#include <cstddef>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "engine/database_cache.h"

namespace sladd {

class MemoryDatabaseCache final : public DatabaseCache {
 public:
  explicit MemoryDatabaseCache(size_t max_entries = std::numeric_limits<size_t>::max())
      : max_entries_(max_entries) {}

  std::optional<std::string> Load(std::string_view key) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++loads;
    auto it = entries.find(std::string(key));
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }

  void Store(std::string_view key, std::string_view bytes) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++stores;
    if (entries.size() >= max_entries_) entries.clear();
    entries[std::string(key)] = std::string(bytes);
  }

  // Public so that tests can look at and damage entries; the lock guards them only inside
  // Load and Store, so tests touch them between engine builds, never during one.
  mutable std::map<std::string, std::string> entries;
  mutable int loads = 0;
  mutable int stores = 0;

 private:
  const size_t max_entries_;
  mutable std::mutex mutex_;
};

}  // namespace sladd

#endif  // SLADD_TESTS_SUPPORT_MEMORY_DATABASE_CACHE_H_
