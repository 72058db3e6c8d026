// The policies a command runs with, loaded as its options say.
#ifndef SLADD_CLI_POLICIES_H_
#define SLADD_CLI_POLICIES_H_

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "config/policy_set.h"

namespace sladd {

// Where compiled scan databases are kept between runs (config/database_cache_directory.h).
struct DatabaseCacheOptions {
  std::string directory;  // empty: $XDG_CACHE_HOME/sladd or ~/.cache/sladd, if it can be made
  bool disabled = false;  // compile every time, write nothing
};

// The built-in detectors with the policy file at `config_path`, or with the built-in policy
// when it is empty.
absl::StatusOr<std::unique_ptr<const PolicySet>> LoadPolicies(const std::string& config_path,
                                                             const DatabaseCacheOptions& cache);

}  // namespace sladd

#endif  // SLADD_CLI_POLICIES_H_
