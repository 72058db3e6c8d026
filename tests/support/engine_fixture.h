// Helpers for tests that run text through a real Engine over the built-in detectors.
#ifndef SLADD_TESTS_SUPPORT_ENGINE_FIXTURE_H_
#define SLADD_TESTS_SUPPORT_ENGINE_FIXTURE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "config/policy_set.h"
#include "engine/engine.h"

namespace sladd::testing {

// A finding with its text, for readable assertions.
struct Found {
  std::string type;
  std::string value;
  std::string kind;
  double score = 0;
};

// The built-in detectors, compiled once per test binary.
std::shared_ptr<const DetectorRegistry> Registry();

// Loads `json` as a policy file; fails the test on error.
std::unique_ptr<const PolicySet> LoadPolicies(std::string_view json);

// An engine for one policy given as JSON (a sladd.v1.Policy), or the default policy.
class TestEngine {
 public:
  explicit TestEngine(std::string_view policy_json = "");

  // Every finding in `text`.
  std::vector<Found> Find(std::string_view text) const;
  // Values of the findings of `type` in `text`.
  std::vector<std::string> Values(std::string_view text, std::string_view type) const;
  // The redacted text.
  std::string Redact(std::string_view text) const;

  const Engine& engine() const { return *engine_; }
  Scratch& scratch() const { return *scratch_; }

 private:
  std::unique_ptr<const PolicySet> policies_;
  const Engine* engine_ = nullptr;
  std::unique_ptr<Scratch> scratch_;
};

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_ENGINE_FIXTURE_H_
