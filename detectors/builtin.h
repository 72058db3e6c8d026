// The detectors that ship with sladd.
#ifndef SLADD_DETECTORS_BUILTIN_H_
#define SLADD_DETECTORS_BUILTIN_H_

#include <memory>

#include "absl/status/statusor.h"
#include "engine/detector_registry.h"

namespace sladd {

// Registers every built-in detector into `registry`; the phone, person and special-category
// detectors, whose tables are costly to build, are made when an engine first needs them.
// Explicit rather than by static self-registration, which a static library can silently
// drop at link time.
absl::Status RegisterBuiltinDetectors(DetectorRegistry& registry);

// A registry holding just the built-in detectors.
absl::StatusOr<std::shared_ptr<const DetectorRegistry>> BuiltinDetectors();

}  // namespace sladd

#endif  // SLADD_DETECTORS_BUILTIN_H_
