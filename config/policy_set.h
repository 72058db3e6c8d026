// Loading a policy file: every policy compiled into an Engine, keys resolved.
#ifndef SLADD_CONFIG_POLICY_SET_H_
#define SLADD_CONFIG_POLICY_SET_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/database_cache.h"
#include "engine/detector_registry.h"
#include "engine/engine.h"
#include "engine/key_ring.h"
#include "sladd/v1/policy.pb.h"

namespace sladd {

// Looks up an environment variable; nullopt when unset. Injected so tests need not touch
// the process environment.
using EnvironmentLookup = std::function<std::optional<std::string>(std::string_view)>;
EnvironmentLookup ProcessEnvironment();

// The built-in policy used when no file is given: every type, replaced by "<TYPE>", minimum
// score 0.5.
v1::Policy DefaultPolicy();

// The compiled policies of one policy file. Immutable and thread-safe once loaded; engines
// live as long as the set. Each loader takes a `cache` of compiled scan databases
// (engine/database_cache.h; nullptr for none), used during the call only.
class PolicySet {
 public:
  // Parses `json` (a sladd.v1.PolicyConfig) and compiles every policy. Errors name the
  // field and the problem ("policies[1].operators[\"FOO\"]: unknown type").
  static absl::StatusOr<std::unique_ptr<const PolicySet>> FromJson(
      std::string_view json, std::shared_ptr<const DetectorRegistry> registry,
      const EnvironmentLookup& environment = ProcessEnvironment(),
      const DatabaseCache* cache = nullptr);

  // Reads and loads the file at `path`; errors are prefixed with the path.
  static absl::StatusOr<std::unique_ptr<const PolicySet>> FromFile(
      const std::string& path, std::shared_ptr<const DetectorRegistry> registry,
      const EnvironmentLookup& environment = ProcessEnvironment(),
      const DatabaseCache* cache = nullptr);

  // Just the built-in default policy.
  static absl::StatusOr<std::unique_ptr<const PolicySet>> Default(
      std::shared_ptr<const DetectorRegistry> registry, const DatabaseCache* cache = nullptr);

  // The engine of policy `name`, or of the default policy when `name` is empty. NotFound
  // for an unknown name.
  absl::StatusOr<const Engine*> Find(std::string_view name) const;

  const std::string& default_policy() const { return default_policy_; }
  std::vector<std::string> names() const;
  // Every key of the file, for restoring tokens.
  const KeyRing& keys() const { return keys_; }

 private:
  PolicySet() = default;
  absl::Status Load(const v1::PolicyConfig& config,
                    std::shared_ptr<const DetectorRegistry> registry,
                    const EnvironmentLookup& environment, const DatabaseCache* cache);

  KeyRing keys_;
  std::map<std::string, std::unique_ptr<const Engine>, std::less<>> engines_;
  std::string default_policy_;
};

}  // namespace sladd

#endif  // SLADD_CONFIG_POLICY_SET_H_
