#include "engine/detector_registry.h"

#include <algorithm>
#include <atomic>
#include <utility>

#include "absl/strings/str_cat.h"
#include "engine/status_macros.h"
#include "engine/string_view.h"

namespace sladd {

struct DetectorRegistry::Entry {
  std::string_view name;
  std::vector<std::string_view> types;
  Factory factory;
  mutable absl::once_flag once;
  mutable absl::StatusOr<std::unique_ptr<Detector>> made = absl::UnknownError("not made");
  // Set once `made` is written, for WarmUpMade, which must not make anything.
  mutable std::atomic<bool> is_made{false};
};

DetectorRegistry::DetectorRegistry() = default;
DetectorRegistry::~DetectorRegistry() = default;

absl::Status DetectorRegistry::Register(std::unique_ptr<Detector> detector) {
  const std::string_view name = detector->name();
  SLADD_RETURN_IF_ERROR(RegisterMadeLater(name, detector->types(), nullptr));
  Entry& entry = *entries_.back();
  entry.made = std::move(detector);
  absl::call_once(entry.once, [&entry] { entry.is_made.store(true, std::memory_order_release); });
  return absl::OkStatus();
}

absl::Status DetectorRegistry::RegisterMadeLater(std::string_view name,
                                                 std::vector<std::string_view> types,
                                                 Factory factory) {
  for (const auto& entry : entries_) {
    if (entry->name == name) {
      return absl::AlreadyExistsError(
          absl::StrCat("detector \"", ToAbsl(name), "\" is registered twice"));
    }
  }
  auto entry = std::make_unique<Entry>();
  entry->name = name;
  entry->types = std::move(types);
  entry->factory = std::move(factory);
  entries_.push_back(std::move(entry));
  return absl::OkStatus();
}

std::string_view DetectorRegistry::name(size_t index) const { return entries_[index]->name; }

const std::vector<std::string_view>& DetectorRegistry::types(size_t index) const {
  return entries_[index]->types;
}

absl::StatusOr<const Detector*> DetectorRegistry::Get(size_t index) const {
  const Entry& entry = *entries_[index];
  absl::call_once(entry.once, [&entry] {
    entry.made = entry.factory();
    if (entry.made.ok() &&
        ((*entry.made)->name() != entry.name || (*entry.made)->types() != entry.types)) {
      entry.made = absl::InternalError(absl::StrCat(
          "detector \"", ToAbsl(entry.name), "\" reports another name or types than registered"));
    }
    entry.is_made.store(true, std::memory_order_release);
  });
  if (!entry.made.ok()) return entry.made.status();
  return entry.made->get();
}

void DetectorRegistry::WarmUpMade() const {
  for (const auto& entry : entries_) {
    if (entry->is_made.load(std::memory_order_acquire) && entry->made.ok()) {
      (*entry->made)->WarmUp();
    }
  }
}

bool DetectorRegistry::KnowsType(std::string_view type) const {
  for (const auto& entry : entries_) {
    if (std::find(entry->types.begin(), entry->types.end(), type) != entry->types.end()) {
      return true;
    }
  }
  return false;
}

std::vector<std::string_view> DetectorRegistry::types() const {
  std::vector<std::string_view> all;
  for (const auto& entry : entries_) {
    for (std::string_view type : entry->types) {
      if (std::find(all.begin(), all.end(), type) == all.end()) all.push_back(type);
    }
  }
  return all;
}

}  // namespace sladd
