#include "config/database_cache_directory.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace sladd {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Optional;

// A fresh directory under the test's scratch space for each test.
std::string FreshPath(const std::string& name) {
  const std::string path = ::testing::TempDir() + "/cache-" + name;
  fs::remove_all(path);
  return path;
}

std::string KeyOf(int n) { return absl::StrFormat("%064d", n); }

unsigned ModeOf(const std::string& path) {
  struct stat status;
  EXPECT_EQ(stat(path.c_str(), &status), 0) << path;
  return status.st_mode & 0777;
}

std::set<std::string> FilesIn(const std::string& path) {
  std::set<std::string> names;
  for (const auto& file : fs::directory_iterator(path)) names.insert(file.path().filename());
  return names;
}

EnvironmentLookup Environment(std::map<std::string, std::string> variables) {
  return [variables](std::string_view name) -> std::optional<std::string> {
    auto it = variables.find(std::string(name));
    if (it == variables.end()) return std::nullopt;
    return it->second;
  };
}

TEST(DatabaseCacheDirectory, MakesAPrivateDirectoryAndKeepsPrivateEntries) {
  const std::string path = FreshPath("private") + "/nested/sladd";
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_TRUE(cache.ok()) << cache.status();
  EXPECT_EQ(ModeOf(path), 0700u);
  (*cache)->Store(KeyOf(1), std::string("data\0base", 9));
  EXPECT_THAT((*cache)->Load(KeyOf(1)), Optional(std::string("data\0base", 9)));
  EXPECT_EQ(ModeOf(path + "/" + KeyOf(1) + ".hsdb"), 0600u);
  EXPECT_EQ(FilesIn(path), std::set<std::string>{KeyOf(1) + ".hsdb"});
}

TEST(DatabaseCacheDirectory, AStoreReplacesTheEntryOfItsKey) {
  auto cache = DatabaseCacheDirectory::Open(FreshPath("replace"));
  ASSERT_TRUE(cache.ok());
  (*cache)->Store(KeyOf(1), "old");
  (*cache)->Store(KeyOf(1), "new");
  EXPECT_THAT((*cache)->Load(KeyOf(1)), Optional(std::string("new")));
  EXPECT_EQ((*cache)->Load(KeyOf(2)), std::nullopt);
}

TEST(DatabaseCacheDirectory, KeysThatAreNotDigestsNameNoFile) {
  const std::string path = FreshPath("keys");
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_TRUE(cache.ok());
  const std::string upper(64, 'A');
  for (const std::string& key : {std::string("../escape"), std::string(63, 'a'), upper,
                                 std::string(64, 'g'), std::string()}) {
    (*cache)->Store(key, "bytes");
    EXPECT_EQ((*cache)->Load(key), std::nullopt) << key;
  }
  EXPECT_TRUE(FilesIn(path).empty());
  EXPECT_FALSE(fs::exists(FreshPath("keys") + "/../escape.hsdb"));
}

TEST(DatabaseCacheDirectory, KeepsTheMostRecentlyUsedEntries) {
  const std::string path = FreshPath("prune");
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_TRUE(cache.ok());
  const size_t kept = DatabaseCacheDirectory::kMaxEntries;
  const auto now = fs::file_time_type::clock::now();
  for (size_t i = 0; i < kept; ++i) {
    (*cache)->Store(KeyOf(static_cast<int>(i)), "bytes");
    // Entry i was last used i minutes ago.
    fs::last_write_time(path + "/" + KeyOf(static_cast<int>(i)) + ".hsdb",
                        now - std::chrono::minutes(i));
  }
  // Using the oldest makes it the newest; the next store drops the one used longest ago.
  EXPECT_TRUE((*cache)->Load(KeyOf(static_cast<int>(kept - 1))).has_value());
  (*cache)->Store(KeyOf(100), "bytes");
  const std::set<std::string> files = FilesIn(path);
  EXPECT_EQ(files.size(), kept);
  EXPECT_FALSE(files.contains(KeyOf(static_cast<int>(kept - 2)) + ".hsdb"));
  EXPECT_TRUE(files.contains(KeyOf(static_cast<int>(kept - 1)) + ".hsdb"));
  EXPECT_TRUE(files.contains(KeyOf(100) + ".hsdb"));
}

TEST(DatabaseCacheDirectory, RemovesWhatAKilledWriterLeftButNotAWriteInProgress) {
  const std::string path = FreshPath("abandoned");
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_TRUE(cache.ok());
  const std::string abandoned = absl::StrCat(".", KeyOf(7), ".hsdb.Ab12Cd");
  const std::string in_progress = absl::StrCat(".", KeyOf(8), ".hsdb.Ef34Gh");
  std::ofstream(path + "/" + abandoned) << "half";
  std::ofstream(path + "/" + in_progress) << "half";
  fs::last_write_time(path + "/" + abandoned,
                      fs::file_time_type::clock::now() - std::chrono::hours(2));
  (*cache)->Store(KeyOf(1), "bytes");
  EXPECT_EQ(FilesIn(path), (std::set<std::string>{in_progress, KeyOf(1) + ".hsdb"}));
}

TEST(DatabaseCacheDirectory, ReadersNeverSeeHalfAnEntryWhileOthersWrite) {
  auto cache = DatabaseCacheDirectory::Open(FreshPath("concurrent"));
  ASSERT_TRUE(cache.ok());
  // Two writers store different bytes under one key while two readers load it: every
  // load is one whole value or nothing.
  const std::string a(1 << 20, 'a');
  const std::string b(1 << 20, 'b');
  std::atomic<int> torn{0};
  std::vector<std::thread> threads;
  for (const std::string* value : {&a, &b}) {
    threads.emplace_back([&, value] {
      for (int i = 0; i < 50; ++i) (*cache)->Store(KeyOf(1), *value);
    });
  }
  for (int reader = 0; reader < 2; ++reader) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        const std::optional<std::string> loaded = (*cache)->Load(KeyOf(1));
        if (loaded && *loaded != a && *loaded != b) ++torn;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(torn.load(), 0);
  EXPECT_EQ(FilesIn((*cache)->path()), std::set<std::string>{KeyOf(1) + ".hsdb"});
}

TEST(DatabaseCacheDirectory, AGoneDirectoryMeansNoEntriesAndNoFailure) {
  const std::string path = FreshPath("gone");
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_TRUE(cache.ok());
  fs::remove_all(path);
  (*cache)->Store(KeyOf(1), "bytes");
  EXPECT_EQ((*cache)->Load(KeyOf(1)), std::nullopt);
}

TEST(DatabaseCacheDirectory, AFileInTheWayIsAnErrorNamingThePath) {
  const std::string path = FreshPath("file");
  std::ofstream(path) << "not a directory";
  auto cache = DatabaseCacheDirectory::Open(path);
  ASSERT_FALSE(cache.ok());
  EXPECT_THAT(std::string(cache.status().message()), HasSubstr(path));
}

TEST(DatabaseCacheDirectory, TheDefaultPathFollowsXdgThenHome) {
  EXPECT_THAT(DefaultDatabaseCachePath(Environment({{"XDG_CACHE_HOME", "/x"}, {"HOME", "/h"}})),
              Optional(std::string("/x/sladd")));
  EXPECT_THAT(DefaultDatabaseCachePath(Environment({{"XDG_CACHE_HOME", ""}, {"HOME", "/h"}})),
              Optional(std::string("/h/.cache/sladd")));
  EXPECT_EQ(DefaultDatabaseCachePath(Environment({})), std::nullopt);
}

TEST(OpenDatabaseCache, ANamedDirectoryMustOpenTheDefaultNeedNot) {
  const std::string blocked = FreshPath("blocked");
  std::ofstream(blocked) << "not a directory";
  EXPECT_FALSE(OpenDatabaseCache(blocked + "/sladd", false, Environment({})).ok());
  auto fallback = OpenDatabaseCache("", false, Environment({{"XDG_CACHE_HOME", blocked}}));
  ASSERT_TRUE(fallback.ok());
  EXPECT_EQ(*fallback, nullptr);
  auto none = OpenDatabaseCache("", false, Environment({}));
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(*none, nullptr);
  const std::string xdg = FreshPath("xdg");
  auto opened = OpenDatabaseCache("", false, Environment({{"XDG_CACHE_HOME", xdg}}));
  ASSERT_TRUE(opened.ok());
  ASSERT_NE(*opened, nullptr);
  EXPECT_EQ((*opened)->path(), xdg + "/sladd");
  auto disabled = OpenDatabaseCache(xdg + "/other", true, Environment({}));
  ASSERT_TRUE(disabled.ok());
  EXPECT_EQ(*disabled, nullptr);
  EXPECT_FALSE(fs::exists(xdg + "/other"));
}

}  // namespace
}  // namespace sladd
