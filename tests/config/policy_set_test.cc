#include "config/policy_set.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kHexKey[] = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

EnvironmentLookup FakeEnvironment() {
  return [](std::string_view name) -> std::optional<std::string> {
    if (name == "SLADD_KEY") return std::string(kHexKey);
    if (name == "SHORT_KEY") return std::string("0011");
    if (name == "NOT_HEX") return std::string("zz-hunter2-zz");
    return std::nullopt;
  };
}

absl::StatusOr<std::unique_ptr<const PolicySet>> Load(std::string_view json) {
  return PolicySet::FromJson(json, testing::Registry(), FakeEnvironment());
}

std::string ErrorOf(std::string_view json) {
  auto set = Load(json);
  EXPECT_FALSE(set.ok());
  return set.ok() ? "" : std::string(set.status().message());
}

TEST(PolicySet, DefaultsToTheBuiltInPolicy) {
  auto set = Load("{}");
  ASSERT_TRUE(set.ok()) << set.status();
  EXPECT_EQ((*set)->default_policy(), "default");
  auto engine = (*set)->Find("");
  ASSERT_TRUE(engine.ok());
  EXPECT_THAT((*engine)->enabled_types(), ::testing::Contains("NO_NATIONAL_ID"));
}

TEST(PolicySet, LoadsNamedPoliciesAndKeys) {
  auto set = Load(R"({
    "secrets": [{"id": "analytics", "env": "SLADD_KEY"}],
    "defaultPolicy": "logs",
    "policies": [
      {"name": "llm", "defaultOperator": {"tokenize": {"key": "analytics"}}},
      {"name": "logs", "operators": {"EMAIL_ADDRESS": {"hash": {"key": "analytics"}}}}
    ]})");
  ASSERT_TRUE(set.ok()) << set.status();
  EXPECT_THAT((*set)->names(), ElementsAre("llm", "logs"));
  EXPECT_EQ((*(*set)->Find(""))->policy_name(), "logs");
  EXPECT_EQ((*(*set)->Find("llm"))->policy_name(), "llm");
  EXPECT_EQ((*set)->Find("nope").status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE((*set)->keys().Find("analytics"), nullptr);
}

TEST(PolicySet, ReadsKeysFromFiles) {
  const std::string path = ::testing::TempDir() + "/sladd_key.hex";
  std::ofstream(path) << kHexKey << "\n";
  auto set = Load(R"({"secrets":[{"id":"k","file":")" + path + R"("}]})");
  ASSERT_TRUE(set.ok()) << set.status();
  EXPECT_EQ((*set)->keys().Find("k")->size(), 32u);
  std::remove(path.c_str());
}

TEST(PolicySet, ErrorsNameTheFieldAndTheProblem) {
  EXPECT_THAT(ErrorOf(R"({"policies":[{"name":"a","bogus":1}]})"),
              HasSubstr("not a valid policy file"));
  EXPECT_EQ(ErrorOf(R"({"policies":[{"name":"a"},{"name":"a"}]})"),
            "policies[1].name: another policy has the same name");
  EXPECT_EQ(ErrorOf(R"({"policies":[{"name":"has space"}]})"),
            "policies[0].name: must match [A-Za-z0-9_.-]{1,64}");
  EXPECT_EQ(ErrorOf(R"({"defaultPolicy":"x","policies":[{"name":"a"}]})"),
            "default_policy: no policy in \"policies\" has this name");
  EXPECT_EQ(ErrorOf(R"({"policies":[{"name":"a","operators":{"PHONE_NUMBER":{"hash":{"key":"k"}}}}]})"),
            "policies[0].operators[\"PHONE_NUMBER\"]: hash.key: no secret in \"secrets\" has this id");
  EXPECT_EQ(ErrorOf(R"({"secrets":[{"id":"k","env":"UNSET_VAR"}]})"),
            "secrets[0].env: environment variable UNSET_VAR is not set");
  EXPECT_EQ(ErrorOf(R"({"secrets":[{"id":"k","env":"SHORT_KEY"}]})"),
            "secrets[0]: key shorter than 32 bytes");
  EXPECT_EQ(ErrorOf(R"({"secrets":[{"id":"k"}]})"), "secrets[0].source: needs \"env\" or \"file\"");
  EXPECT_EQ(ErrorOf(R"({"secrets":[{"id":"k","env":"SLADD_KEY"},{"id":"k","env":"SLADD_KEY"}]})"),
            "secrets[1]: another secret has the same id");
  // Found by the policy fuzzer: a name is never quoted back, however it is shaped.
  EXPECT_EQ(
      ErrorOf(R"({"defaultPolicy":"logsrrrrrrrrrrrrrrrrrrrrrrrrrrrr","policies":[{"name":"logs"}]})"),
      "default_policy: no policy in \"policies\" has this name");
}

// Found by fuzzing the policy parser: the JSON parser's messages quoted values and showed
// an excerpt of the file, allow-list addresses included.
TEST(PolicySet, JsonErrorsNameTheFieldButNotTheValues) {
  const std::string wrong_type = ErrorOf(
      R"({"policies":[{"name":"p","allow":[{"exact":"a@b.no","ignoreCase":"kari.nordmann@example.no"}]}]})");
  EXPECT_THAT(wrong_type, HasSubstr("policies[0].allow[0].ignore_case"));
  EXPECT_THAT(wrong_type, Not(HasSubstr("kari.nordmann")));
  const std::string misspelt =
      ErrorOf(R"({"policies":[{"name":"p","specialCategories":"SPECIAL_CATEGORY_REDACT"}]})");
  EXPECT_THAT(misspelt, HasSubstr("\"SPECIAL_CATEGORY_REDACT\""));  // an enum name stays
  const std::string broken =
      ErrorOf(R"({"policies":[{"name":"p","deny":[{"term":"Prosjekt \ud83d Ørn"}]}]})");
  EXPECT_THAT(broken, Not(HasSubstr("Prosjekt")));
  EXPECT_THAT(broken, Not(HasSubstr("\n")));
}

TEST(PolicySet, NeverEchoesKeyMaterial) {
  const std::string error = ErrorOf(R"({"secrets":[{"id":"k","env":"NOT_HEX"}]})");
  EXPECT_THAT(error, Not(HasSubstr("hunter2")));
  EXPECT_EQ(error, "secrets[0].env: key material is not hex");
}

}  // namespace
}  // namespace sladd
