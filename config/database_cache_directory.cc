#include "config/database_cache_directory.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <system_error>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

namespace fs = std::filesystem;

constexpr char kEntrySuffix[] = ".hsdb";
// Temporary files are ".<key>.hsdb.XXXXXX": hidden, and never taken for an entry.
constexpr char kTemporaryInfix[] = ".hsdb.";
// A temporary file older than this belongs to a process that died while writing it.
constexpr auto kAbandonedAfter = std::chrono::hours(1);
// No database of a policy comes near this; a larger file is not one of ours.
constexpr off_t kMaxEntryBytes = off_t{1} << 30;

bool IsLowercaseHex(std::string_view key) {
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// Writes all of `bytes` to `fd`.
bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

// The whole file open as `fd`, or nullopt when it cannot be read or is too large.
std::optional<std::string> ReadAll(int fd) {
  struct stat status;
  if (fstat(fd, &status) != 0 || !S_ISREG(status.st_mode) || status.st_size > kMaxEntryBytes) {
    return std::nullopt;
  }
  std::string bytes(static_cast<size_t>(status.st_size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t got = read(fd, bytes.data() + done, bytes.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return std::nullopt;
    done += static_cast<size_t>(got);
  }
  return bytes;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const DatabaseCacheDirectory>> DatabaseCacheDirectory::Open(
    std::string path) {
  std::error_code error;
  if (!fs::is_directory(path, error)) {
    fs::create_directories(path, error);
    if (!error) fs::permissions(path, fs::perms::owner_all, fs::perm_options::replace, error);
    if (error) {
      return absl::FailedPreconditionError(
          absl::StrCat("cache directory ", path, ": ", error.message()));
    }
  }
  return std::unique_ptr<const DatabaseCacheDirectory>(new DatabaseCacheDirectory(std::move(path)));
}

std::optional<std::string> DatabaseCacheDirectory::EntryPath(std::string_view key) const {
  if (key.size() != 64 || !IsLowercaseHex(key)) return std::nullopt;
  return absl::StrCat(path_, "/", ToAbsl(key), kEntrySuffix);
}

std::optional<std::string> DatabaseCacheDirectory::Load(std::string_view key) const {
  const std::optional<std::string> entry = EntryPath(key);
  if (!entry) return std::nullopt;
  const int fd = open(entry->c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> bytes = ReadAll(fd);
  close(fd);
  // Marks the entry used, for Prune.
  if (bytes) utimensat(AT_FDCWD, entry->c_str(), nullptr, 0);
  return bytes;
}

void DatabaseCacheDirectory::Store(std::string_view key, std::string_view bytes) const {
  const std::optional<std::string> entry = EntryPath(key);
  if (!entry) return;
  std::string temporary = absl::StrCat(path_, "/.", ToAbsl(key), kTemporaryInfix, "XXXXXX");
  const int fd = mkstemp(temporary.data());  // mode 0600
  if (fd < 0) return;
  const bool written = WriteAll(fd, bytes);
  if (close(fd) != 0 || !written || rename(temporary.c_str(), entry->c_str()) != 0) {
    unlink(temporary.c_str());
    return;
  }
  Prune();
}

void DatabaseCacheDirectory::Prune() const {
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  const auto now = fs::file_time_type::clock::now();
  std::error_code error;
  for (fs::directory_iterator file(path_, error), end; !error && file != end;
       file.increment(error)) {
    const std::string name = file->path().filename().string();
    std::error_code unreadable;
    const fs::file_time_type used = file->last_write_time(unreadable);
    if (unreadable) continue;
    if (absl::StartsWith(name, ".") && absl::StrContains(name, kTemporaryInfix)) {
      if (now - used > kAbandonedAfter) fs::remove(file->path(), unreadable);
    } else if (absl::EndsWith(name, kEntrySuffix)) {
      entries.emplace_back(used, file->path());
    }
  }
  if (entries.size() <= kMaxEntries) return;
  // The most recently used first.
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = kMaxEntries; i < entries.size(); ++i) fs::remove(entries[i].second, error);
}

std::optional<std::string> DefaultDatabaseCachePath(const EnvironmentLookup& environment) {
  const std::optional<std::string> xdg = environment("XDG_CACHE_HOME");
  if (xdg && !xdg->empty()) return absl::StrCat(*xdg, "/sladd");
  const std::optional<std::string> home = environment("HOME");
  if (home && !home->empty()) return absl::StrCat(*home, "/.cache/sladd");
  return std::nullopt;
}

absl::StatusOr<std::unique_ptr<const DatabaseCacheDirectory>> OpenDatabaseCache(
    const std::string& path, bool disabled, const EnvironmentLookup& environment) {
  if (disabled) return nullptr;
  if (!path.empty()) return DatabaseCacheDirectory::Open(path);
  const std::optional<std::string> default_path = DefaultDatabaseCachePath(environment);
  if (!default_path) return nullptr;
  auto cache = DatabaseCacheDirectory::Open(*default_path);
  if (!cache.ok()) return nullptr;
  return cache;
}

}  // namespace sladd
