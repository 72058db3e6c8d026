#include "engine/detector_registry.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {

absl::Status DetectorRegistry::Register(std::unique_ptr<Detector> detector) {
  if (Find(detector->name()) != nullptr) {
    return absl::AlreadyExistsError(
        absl::StrCat("detector \"", ToAbsl(detector->name()), "\" is registered twice"));
  }
  detectors_.push_back(std::move(detector));
  return absl::OkStatus();
}

const Detector* DetectorRegistry::Find(std::string_view name) const {
  for (const auto& detector : detectors_) {
    if (detector->name() == name) return detector.get();
  }
  return nullptr;
}

bool DetectorRegistry::KnowsType(std::string_view type) const {
  for (const auto& detector : detectors_) {
    const auto types = detector->types();
    if (std::find(types.begin(), types.end(), type) != types.end()) return true;
  }
  return false;
}

std::vector<std::string_view> DetectorRegistry::types() const {
  std::vector<std::string_view> all;
  for (const auto& detector : detectors_) {
    for (std::string_view type : detector->types()) {
      if (std::find(all.begin(), all.end(), type) == all.end()) all.push_back(type);
    }
  }
  return all;
}

}  // namespace sladd
