#include "config/policy_set.h"

#include <google/protobuf/util/json_util.h>
#include <openssl/crypto.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/crypto.h"
#include "engine/status_macros.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

bool IsValidPolicyName(std::string_view name) {
  if (name.empty() || name.size() > 64) return false;
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

absl::Status Prefixed(std::string_view prefix, const absl::Status& status) {
  return absl::Status(status.code(), absl::StrCat(ToAbsl(prefix), status.message()));
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return absl::NotFoundError("cannot open file");
  std::ostringstream contents;
  contents << file.rdbuf();
  if (file.bad()) return absl::DataLossError("cannot read file");
  return contents.str();
}

// The key material of `secret`: hex from the environment or a file, decoded. Errors start
// with the field at fault ("env: ...").
absl::StatusOr<std::string> ResolveSecret(const v1::Secret& secret,
                                          const EnvironmentLookup& environment) {
  std::string hex;
  std::string_view field;
  switch (secret.source_case()) {
    case v1::Secret::kEnv: {
      field = "env";
      auto value = environment(secret.env());
      if (!value) {
        return absl::NotFoundError(
            absl::StrCat("env: environment variable ", secret.env(), " is not set"));
      }
      hex = std::move(*value);
      break;
    }
    case v1::Secret::kFile: {
      field = "file";
      auto contents = ReadFile(secret.file());
      if (!contents.ok()) {
        return absl::NotFoundError(absl::StrCat("file: ", contents.status().message()));
      }
      hex = std::move(*contents);
      break;
    }
    case v1::Secret::SOURCE_NOT_SET:
      return absl::InvalidArgumentError("source: needs \"env\" or \"file\"");
  }
  auto bytes = HexDecode(ToStd(absl::StripAsciiWhitespace(hex)));
  OPENSSL_cleanse(hex.data(), hex.size());
  if (!bytes.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(ToAbsl(field), ": key material is not hex"));
  }
  return bytes;
}

}  // namespace

EnvironmentLookup ProcessEnvironment() {
  return [](std::string_view name) -> std::optional<std::string> {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  };
}

v1::Policy DefaultPolicy() {
  v1::Policy policy;
  policy.set_name("default");
  return policy;
}

namespace {

// The JSON parser's message without the input it quotes: the excerpt it shows below the
// first line, and the values it quotes ("invalid value \"kari@example.no\" for type
// TYPE_BOOL"), as an allow-list entry or deny-list term must not reach a log. Values that
// look like enum names stay, as they are what a typo needs.
std::string WithoutQuotedValues(std::string_view message) {
  message = message.substr(0, message.find('\n'));
  std::string out;
  size_t at = 0;
  while (at < message.size()) {
    const size_t open = message.find('"', at);
    const size_t close = open == std::string_view::npos ? open : message.find('"', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view value = message.substr(open + 1, close - open - 1);
    const bool enum_like = std::all_of(value.begin(), value.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
    out.append(message.substr(at, open - at));
    out.append(enum_like ? message.substr(open, close - open + 1) : "(a value)");
    at = close + 1;
  }
  out.append(message.substr(std::min(at, message.size())));
  return out;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const PolicySet>> PolicySet::FromJson(
    std::string_view json, std::shared_ptr<const DetectorRegistry> registry,
    const EnvironmentLookup& environment, const DatabaseCache* cache) {
  v1::PolicyConfig config;
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = false;
  const auto parsed = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), &config, options);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("not a valid policy file: ", WithoutQuotedValues(std::string(parsed.message()))));
  }
  std::unique_ptr<PolicySet> set(new PolicySet());
  SLADD_RETURN_IF_ERROR(set->Load(config, std::move(registry), environment, cache));
  return std::unique_ptr<const PolicySet>(std::move(set));
}

absl::StatusOr<std::unique_ptr<const PolicySet>> PolicySet::FromFile(
    const std::string& path, std::shared_ptr<const DetectorRegistry> registry,
    const EnvironmentLookup& environment, const DatabaseCache* cache) {
  auto json = ReadFile(path);
  if (!json.ok()) return Prefixed(path + ": ", json.status());
  auto set = FromJson(*json, std::move(registry), environment, cache);
  if (!set.ok()) return Prefixed(path + ": ", set.status());
  return set;
}

absl::StatusOr<std::unique_ptr<const PolicySet>> PolicySet::Default(
    std::shared_ptr<const DetectorRegistry> registry, const DatabaseCache* cache) {
  return FromJson("{}", std::move(registry), ProcessEnvironment(), cache);
}

absl::Status PolicySet::Load(const v1::PolicyConfig& config,
                             std::shared_ptr<const DetectorRegistry> registry,
                             const EnvironmentLookup& environment,
                             const DatabaseCache* cache) {
  for (int i = 0; i < config.secrets_size(); ++i) {
    const v1::Secret& secret = config.secrets(i);
    const std::string field = absl::StrCat("secrets[", i, "]");
    if (!IsValidKeyId(secret.id())) {
      return absl::InvalidArgumentError(field + ".id: must match [A-Za-z0-9_.-]{1,32}");
    }
    auto material = ResolveSecret(secret, environment);
    if (!material.ok()) return Prefixed(field + ".", material.status());
    SLADD_RETURN_IF_ERROR(Prefixed(field + ": ", keys_.Add(secret.id(), std::move(*material))));
  }

  std::vector<v1::Policy> policies(config.policies().begin(), config.policies().end());
  if (policies.empty()) policies.push_back(DefaultPolicy());
  for (size_t i = 0; i < policies.size(); ++i) {
    const v1::Policy& policy = policies[i];
    const std::string field = absl::StrCat("policies[", i, "]");
    if (!IsValidPolicyName(policy.name())) {
      return absl::InvalidArgumentError(field + ".name: must match [A-Za-z0-9_.-]{1,64}");
    }
    if (engines_.contains(policy.name())) {
      return absl::InvalidArgumentError(field + ".name: another policy has the same name");
    }
    auto engine = Engine::Create(policy, registry, keys_, cache);
    if (!engine.ok()) return Prefixed(field + ".", engine.status());
    engines_.emplace(policy.name(), std::move(*engine));
  }

  default_policy_ = config.default_policy().empty() ? policies[0].name() : config.default_policy();
  if (!engines_.contains(default_policy_)) {
    return absl::InvalidArgumentError("default_policy: no policy in \"policies\" has this name");
  }
  return absl::OkStatus();
}

absl::StatusOr<const Engine*> PolicySet::Find(std::string_view name) const {
  auto it = engines_.find(name.empty() ? std::string_view(default_policy_) : name);
  if (it == engines_.end()) {
    return absl::NotFoundError(absl::StrCat("no policy named \"", ToAbsl(name), "\""));
  }
  return it->second.get();
}

std::vector<std::string> PolicySet::names() const {
  std::vector<std::string> names;
  for (const auto& [name, engine] : engines_) names.push_back(name);
  return names;
}

}  // namespace sladd
