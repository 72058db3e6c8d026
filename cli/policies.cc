#include "cli/policies.h"

#include "config/database_cache_directory.h"
#include "detectors/builtin.h"

namespace sladd {

absl::StatusOr<std::unique_ptr<const PolicySet>> LoadPolicies(const std::string& config_path,
                                                             const DatabaseCacheOptions& cache) {
  auto registry = BuiltinDetectors();
  if (!registry.ok()) return registry.status();
  const EnvironmentLookup environment = ProcessEnvironment();
  auto directory = OpenDatabaseCache(cache.directory, cache.disabled, environment);
  if (!directory.ok()) return directory.status();
  if (config_path.empty()) return PolicySet::Default(*registry, directory->get());
  return PolicySet::FromFile(config_path, *registry, environment, directory->get());
}

}  // namespace sladd
