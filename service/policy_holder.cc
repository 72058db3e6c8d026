#include "service/policy_holder.h"

#include "engine/status_macros.h"

namespace sladd {

absl::StatusOr<std::shared_ptr<const Generation>> Generation::Load(
    const std::string& config_path, std::shared_ptr<const DetectorRegistry> registry,
    uint64_t number, const DatabaseCache* cache) {
  std::shared_ptr<Generation> generation(new Generation());
  generation->number_ = number;
  if (config_path.empty()) {
    SLADD_ASSIGN_OR_RETURN(generation->policies_, PolicySet::Default(std::move(registry), cache));
  } else {
    SLADD_ASSIGN_OR_RETURN(generation->policies_,
                           PolicySet::FromFile(config_path, std::move(registry),
                                               ProcessEnvironment(), cache));
  }
  for (const std::string& name : generation->policies_->names()) {
    SLADD_ASSIGN_OR_RETURN(const Engine* engine, generation->policies_->Find(name));
    generation->pools_.emplace(engine, std::make_unique<ScratchPool>(*engine));
  }
  if (!generation->policies_->keys().empty()) {
    SLADD_ASSIGN_OR_RETURN(generation->restorer_,
                           TokenRestorer::Create(generation->policies_->keys()));
  }
  return std::shared_ptr<const Generation>(std::move(generation));
}

absl::StatusOr<Generation::Policy> Generation::Find(std::string_view name) const {
  SLADD_ASSIGN_OR_RETURN(const Engine* engine, policies_->Find(name));
  return Policy{engine, pools_.at(engine).get()};
}

absl::Status PolicyHolder::Reload() {
  std::lock_guard<std::mutex> lock(reload_mutex_);
  auto generation = Generation::Load(config_path_, registry_, loads_ + 1, cache_.get());
  if (!generation.ok()) return generation.status();
  ++loads_;
  current_.store(std::move(*generation));
  return absl::OkStatus();
}

}  // namespace sladd
