// Compiled scan databases kept as files in one directory, so that the next run of the CLI,
// or a restarted server, loads its policies' databases instead of compiling them.
//
// An entry is a file named by its key, "<key>.hsdb". It is written to a temporary file in the
// same directory and renamed into place, so a reader never sees half an entry and processes
// that share the directory do not disturb each other. The directory is made (mode 0700)
// when missing, and entries are 0600: a database holds the policy's deny-list terms in
// compiled form. Loading an entry marks it used; storing one removes the least recently
// used entries beyond kMaxEntries, so that the databases of earlier versions and policies do
// not pile up.
//
// Thread-safe: it holds nothing but the directory's path.
#ifndef SLADD_CONFIG_DATABASE_CACHE_DIRECTORY_H_
#define SLADD_CONFIG_DATABASE_CACHE_DIRECTORY_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "config/policy_set.h"
#include "engine/database_cache.h"

namespace sladd {

class DatabaseCacheDirectory final : public DatabaseCache {
 public:
  static constexpr size_t kMaxEntries = 16;

  // Opens the cache at `path`, making the directory if it is missing. Fails, naming the
  // path, when it cannot be made or is not a directory.
  static absl::StatusOr<std::unique_ptr<const DatabaseCacheDirectory>> Open(std::string path);

  std::optional<std::string> Load(std::string_view key) const override;
  void Store(std::string_view key, std::string_view bytes) const override;

  const std::string& path() const { return path_; }

 private:
  explicit DatabaseCacheDirectory(std::string path) : path_(std::move(path)) {}
  // The file of `key`, or nullopt for a key that is not 64 lowercase hex digits.
  std::optional<std::string> EntryPath(std::string_view key) const;
  // Removes the least recently used entries beyond kMaxEntries, and temporary files that a
  // killed process left behind.
  void Prune() const;

  std::string path_;
};

// Where a cache lives when no directory is named: $XDG_CACHE_HOME/sladd, else
// $HOME/.cache/sladd; nullopt when neither variable is set.
std::optional<std::string> DefaultDatabaseCachePath(const EnvironmentLookup& environment);

// The cache a command line asks for: none when `disabled`; the directory `path` when one is
// named, failing when it cannot be opened; else the default one when it can be opened, and
// none when it cannot (a cache only saves time, and a read-only home must not stop a run).
absl::StatusOr<std::unique_ptr<const DatabaseCacheDirectory>> OpenDatabaseCache(
    const std::string& path, bool disabled, const EnvironmentLookup& environment);

}  // namespace sladd

#endif  // SLADD_CONFIG_DATABASE_CACHE_DIRECTORY_H_
