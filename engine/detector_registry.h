// The set of detectors an Engine can draw on, by name and by the types they find.
#ifndef SLADD_ENGINE_DETECTOR_REGISTRY_H_
#define SLADD_ENGINE_DETECTOR_REGISTRY_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "engine/detector.h"

namespace sladd {

// Owns detectors. Filled once at start-up (see detectors/builtin.h), then only read:
// reading is thread-safe, Register is not.
class DetectorRegistry {
 public:
  // Adds a detector. Fails if a detector with the same name is already registered.
  absl::Status Register(std::unique_ptr<Detector> detector);

  // Detectors in registration order.
  const std::vector<std::unique_ptr<Detector>>& detectors() const { return detectors_; }

  // The detector named `name`, or nullptr.
  const Detector* Find(std::string_view name) const;

  // True if some detector produces `type`.
  bool KnowsType(std::string_view type) const;

  // Every type some detector produces, in registration order.
  std::vector<std::string_view> types() const;

 private:
  std::vector<std::unique_ptr<Detector>> detectors_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_DETECTOR_REGISTRY_H_
