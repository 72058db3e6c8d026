// An Engine given a DatabaseCache: what it stores, what it loads, what it refuses.
#include "engine/database_cache.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "absl/strings/str_cat.h"
#include "engine/engine.h"
#include "google/protobuf/util/json_util.h"
#include "sladd/v1/policy.pb.h"
#include "tests/support/engine_fixture.h"
#include "tests/support/memory_database_cache.h"

namespace sladd {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;
using ::testing::SizeIs;

constexpr char kPolicy[] =
    R"({"name":"p","types":["EMAIL_ADDRESS","NO_NATIONAL_ID","PHONE_NUMBER"],)"
    R"("deny":[{"term":"Prosjekt Ørn","type":"INTERNAL_PROJECT"}]})";
constexpr char kText[] =
    "Prosjekt Ørn: send til ola@example.no, fnr 01019000083, tlf 912 34 567";

v1::Policy ParsePolicy(std::string_view json) {
  v1::Policy policy;
  EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(std::string(json), &policy).ok());
  return policy;
}

absl::StatusOr<std::unique_ptr<const Engine>> Create(std::string_view json,
                                                     const DatabaseCache* cache) {
  return Engine::Create(ParsePolicy(json), testing::Registry(), KeyRing(), cache);
}

std::string Redacted(const Engine& engine, std::string_view text) {
  auto scratch = engine.NewScratch();
  EXPECT_TRUE(scratch.ok());
  RedactionState state;
  Redaction out;
  EXPECT_TRUE(engine.Redact(text, **scratch, state, out).ok());
  return out.text;
}

TEST(DatabaseCache, AnEngineStoresItsCompiledDatabaseUnderAHexKey) {
  MemoryDatabaseCache cache;
  auto engine = Create(kPolicy, &cache);
  ASSERT_TRUE(engine.ok()) << engine.status();
  EXPECT_EQ(cache.loads, 1);
  ASSERT_THAT(cache.entries, SizeIs(1));
  EXPECT_THAT(cache.entries.begin()->first, MatchesRegex("[0-9a-f]{64}"));
  // The bytes are the database, never the policy's terms in plain text.
  EXPECT_THAT(cache.entries.begin()->second, Not(HasSubstr("Prosjekt")));
}

TEST(DatabaseCache, ASecondEngineLoadsWhatTheFirstStoredAndFindsTheSame) {
  MemoryDatabaseCache cache;
  auto compiled = Create(kPolicy, &cache);
  ASSERT_TRUE(compiled.ok());
  auto loaded = Create(kPolicy, &cache);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(cache.loads, 2);
  EXPECT_EQ(cache.stores, 1);
  const std::string expected =
      "<INTERNAL_PROJECT>: send til <EMAIL_ADDRESS>, fnr <NO_NATIONAL_ID>, tlf <PHONE_NUMBER>";
  EXPECT_EQ(Redacted(**compiled, kText), expected);
  EXPECT_EQ(Redacted(**loaded, kText), expected);
}

TEST(DatabaseCache, PoliciesWithOtherExpressionsGetOtherKeys) {
  MemoryDatabaseCache cache;
  ASSERT_TRUE(Create(kPolicy, &cache).ok());
  ASSERT_TRUE(Create(R"({"name":"p","types":["EMAIL_ADDRESS"]})", &cache).ok());
  // Only the deny term's case differs: a case-sensitive term is another expression.
  ASSERT_TRUE(Create(R"({"name":"p","types":["EMAIL_ADDRESS","NO_NATIONAL_ID","PHONE_NUMBER"],)"
                     R"("deny":[{"term":"Prosjekt Ørn","type":"INTERNAL_PROJECT",)"
                     R"("caseSensitive":true}]})",
                     &cache)
                  .ok());
  EXPECT_THAT(cache.entries, SizeIs(3));
  // The name and operators of a policy are not in its database.
  ASSERT_TRUE(Create(R"({"name":"other","types":["EMAIL_ADDRESS"],)"
                     R"("defaultOperator":{"mask":{}}})",
                     &cache)
                  .ok());
  EXPECT_THAT(cache.entries, SizeIs(3));
}

// The fuzzer's cache holds a few databases: a fourth policy's forgets the three before it,
// and a policy whose entry was forgotten compiles again.
std::string PolicyDenying(const char* term) {
  return absl::StrCat(R"({"name":"p","types":["EMAIL_ADDRESS"],"deny":[{"term":")", term,
                      R"(","type":"INTERNAL_PROJECT"}]})");
}

TEST(DatabaseCache, ABoundedMemoryCacheForgetsItsEntriesWhenFull) {
  MemoryDatabaseCache cache(/*max_entries=*/3);
  for (const char* term : {"Alfa", "Bravo", "Charlie"}) {
    ASSERT_TRUE(Create(PolicyDenying(term), &cache).ok());
  }
  EXPECT_EQ(cache.entries.size(), 3u);
  ASSERT_TRUE(Create(PolicyDenying("Delta"), &cache).ok());
  EXPECT_EQ(cache.entries.size(), 1u);
  auto again = Create(PolicyDenying("Alfa"), &cache);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(cache.stores, 5);
  EXPECT_EQ(Redacted(**again, "Alfa: ola@example.no"), "<INTERNAL_PROJECT>: <EMAIL_ADDRESS>");
}

TEST(DatabaseCache, ADamagedEntryIsCompiledAgainAndReplaced) {
  MemoryDatabaseCache cache;
  ASSERT_TRUE(Create(kPolicy, &cache).ok());
  const std::string key = cache.entries.begin()->first;
  const std::string good = cache.entries.begin()->second;
  for (std::string damaged : {good.substr(0, good.size() / 2), std::string("not a database"),
                              std::string(), good}) {
    if (damaged == good) damaged[damaged.size() / 2] ^= 0x20;  // one flipped bit in the middle
    cache.entries[key] = damaged;
    auto engine = Create(kPolicy, &cache);
    ASSERT_TRUE(engine.ok()) << engine.status();
    EXPECT_EQ(Redacted(**engine, "fnr 01019000083"), "fnr <NO_NATIONAL_ID>");
    EXPECT_EQ(cache.entries[key], good);
  }
}

TEST(DatabaseCache, APolicyThatDoesNotCompileStoresNothing) {
  MemoryDatabaseCache cache;
  auto engine = Create(R"({"name":"p","deny":[{"pattern":"hemmelig(("}]})", &cache);
  EXPECT_FALSE(engine.ok());
  EXPECT_THAT(std::string(engine.status().message()), HasSubstr("deny[0].pattern"));
  EXPECT_EQ(cache.stores, 0);
}

}  // namespace
}  // namespace sladd
