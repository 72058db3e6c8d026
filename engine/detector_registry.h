// The set of detectors an Engine can draw on, by name and by the types they find.
#ifndef SLADD_ENGINE_DETECTOR_REGISTRY_H_
#define SLADD_ENGINE_DETECTOR_REGISTRY_H_

#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "absl/base/call_once.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "engine/detector.h"

namespace sladd {

// Knows every detector by name and types, and makes the costly ones only when an engine
// first enables one of their types: their tables take tens of milliseconds to build (the
// name lists, the special-category lexicons, the numbering plans), which a process whose
// policies leave them off never pays (`sladd analyze` with the structured detectors starts
// in about half the time). Filled once at start-up (see detectors/builtin.h), then only
// read: everything but Register and RegisterMadeLater is thread-safe, and a detector is made
// once however many threads ask for it. Owns the detectors.
class DetectorRegistry {
 public:
  using Factory = std::function<absl::StatusOr<std::unique_ptr<Detector>>()>;

  DetectorRegistry();
  ~DetectorRegistry();

  // Adds a detector made already: one that costs little to make. Fails if a detector of
  // the same name is registered already.
  absl::Status Register(std::unique_ptr<Detector> detector);
  // Adds the detector `factory` makes at the first Get, which must report `name` and
  // `types` (static strings). Fails as Register does.
  absl::Status RegisterMadeLater(std::string_view name, std::vector<std::string_view> types,
                                 Factory factory);

  // How many detectors are registered; each has an index in [0, size()), in registration
  // order.
  size_t size() const { return entries_.size(); }
  std::string_view name(size_t index) const;
  const std::vector<std::string_view>& types(size_t index) const;

  // Detector `index`, made at the first call. The factory's error if it failed, or an
  // internal error if what it made reports another name or other types; the same answer at
  // every call.
  absl::StatusOr<const Detector*> Get(size_t index) const;

  // Calls WarmUp on each detector made so far.
  void WarmUpMade() const;

  // True if some detector produces `type`.
  bool KnowsType(std::string_view type) const;

  // Every type some detector produces, in registration order.
  std::vector<std::string_view> types() const;

 private:
  struct Entry;
  std::vector<std::unique_ptr<Entry>> entries_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_DETECTOR_REGISTRY_H_
