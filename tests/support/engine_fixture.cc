#include "tests/support/engine_fixture.h"

#include <gtest/gtest.h>

#include "detectors/builtin.h"

namespace sladd::testing {

std::shared_ptr<const DetectorRegistry> Registry() {
  static const auto* registry = [] {
    auto built = BuiltinDetectors();
    if (!built.ok()) std::abort();
    return new std::shared_ptr<const DetectorRegistry>(*built);
  }();
  return *registry;
}

std::unique_ptr<const PolicySet> LoadPolicies(std::string_view json) {
  auto set = PolicySet::FromJson(json, Registry());
  EXPECT_TRUE(set.ok()) << set.status();
  return set.ok() ? std::move(*set) : nullptr;
}

TestEngine::TestEngine(std::string_view policy_json) {
  const std::string file =
      policy_json.empty() ? "{}" : "{\"policies\":[" + std::string(policy_json) + "]}";
  policies_ = LoadPolicies(file);
  if (!policies_) return;
  engine_ = *policies_->Find("");
  scratch_ = *engine_->NewScratch();
}

std::vector<Found> TestEngine::Find(std::string_view text) const {
  Analysis analysis;
  const absl::Status status = engine_->Analyze(text, *scratch_, analysis);
  EXPECT_TRUE(status.ok()) << status;
  std::vector<Found> found;
  for (const Finding& f : analysis.findings) {
    found.push_back({std::string(f.type), std::string(text.substr(f.start, f.length())),
                     std::string(f.kind), f.score});
  }
  return found;
}

std::vector<std::string> TestEngine::Values(std::string_view text, std::string_view type) const {
  std::vector<std::string> values;
  for (const Found& f : Find(text)) {
    if (f.type == type) values.push_back(f.value);
  }
  return values;
}

std::string TestEngine::Redact(std::string_view text) const {
  RedactionState state;
  Redaction redaction;
  const absl::Status status = engine_->Redact(text, *scratch_, state, redaction);
  EXPECT_TRUE(status.ok()) << status;
  return redaction.text;
}

}  // namespace sladd::testing
