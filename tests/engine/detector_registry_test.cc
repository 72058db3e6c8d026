#include "engine/detector_registry.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "engine/engine.h"

namespace sladd {
namespace {

// A detector that finds nothing and counts its warm-ups.
class QuietDetector final : public Detector {
 public:
  explicit QuietDetector(std::string_view name, std::string_view type = "QUIET")
      : name_(name), type_(type) {}
  std::string_view name() const override { return name_; }
  std::vector<std::string_view> types() const override { return {type_}; }
  void WarmUp() const override { ++warm_ups; }
  mutable std::atomic<int> warm_ups{0};

 private:
  std::string_view name_;
  std::string_view type_;
};

// Registers a QuietDetector named `name` to be made later; `made` counts the makes.
void RegisterQuiet(DetectorRegistry& registry, std::string_view name, std::atomic<int>& made) {
  ASSERT_TRUE(registry
                  .RegisterMadeLater(name, {"QUIET"},
                                     [name, &made]() -> absl::StatusOr<std::unique_ptr<Detector>> {
                                       ++made;
                                       return std::make_unique<QuietDetector>(name);
                                     })
                  .ok());
}

TEST(DetectorRegistry, KnowsADetectorBeforeMakingItAndMakesItOnce) {
  DetectorRegistry registry;
  std::atomic<int> made{0};
  RegisterQuiet(registry, "quiet", made);
  EXPECT_EQ(registry.name(0), "quiet");
  EXPECT_TRUE(registry.KnowsType("QUIET"));
  EXPECT_EQ(made, 0);
  std::vector<std::thread> threads;
  std::vector<const Detector*> got(8);
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&, i] { got[i] = *registry.Get(0); });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(made, 1);
  for (const Detector* detector : got) EXPECT_EQ(detector, got[0]);
}

TEST(DetectorRegistry, AnEngineMakesOnlyTheDetectorsItsPolicyEnables) {
  auto registry = std::make_shared<DetectorRegistry>();
  std::atomic<int> made{0};
  RegisterQuiet(*registry, "quiet", made);
  ASSERT_TRUE(registry->Register(std::make_unique<QuietDetector>("loud", "LOUD")).ok());
  v1::Policy policy;
  policy.set_name("p");
  policy.add_types("LOUD");
  ASSERT_TRUE(Engine::Create(policy, registry, KeyRing()).ok());
  EXPECT_EQ(made, 0);
  policy.add_types("QUIET");
  ASSERT_TRUE(Engine::Create(policy, registry, KeyRing()).ok());
  ASSERT_TRUE(Engine::Create(policy, registry, KeyRing()).ok());
  EXPECT_EQ(made, 1);
}

TEST(DetectorRegistry, ReportsAFailedOrWrongMake) {
  DetectorRegistry registry;
  ASSERT_TRUE(registry
                  .RegisterMadeLater("broken", {"QUIET"},
                                     []() -> absl::StatusOr<std::unique_ptr<Detector>> {
                                       return absl::DataLossError("corrupt table");
                                     })
                  .ok());
  ASSERT_TRUE(registry
                  .RegisterMadeLater("misnamed", {"QUIET"},
                                     []() -> absl::StatusOr<std::unique_ptr<Detector>> {
                                       return std::make_unique<QuietDetector>("other");
                                     })
                  .ok());
  EXPECT_EQ(registry.Get(0).status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(registry.Get(0).status().code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(registry.Get(1).status().code(), absl::StatusCode::kInternal);
  EXPECT_EQ(registry.RegisterMadeLater("broken", {"QUIET"}, nullptr).code(),
            absl::StatusCode::kAlreadyExists);
}

TEST(DetectorRegistry, WarmsUpOnlyWhatItMade) {
  DetectorRegistry registry;
  std::atomic<int> made{0};
  RegisterQuiet(registry, "later", made);
  auto now = std::make_unique<QuietDetector>("now");
  const QuietDetector& made_now = *now;
  ASSERT_TRUE(registry.Register(std::move(now)).ok());
  registry.WarmUpMade();
  EXPECT_EQ(made, 0);
  EXPECT_EQ(made_now.warm_ups, 1);
  const auto* later = static_cast<const QuietDetector*>(*registry.Get(0));
  registry.WarmUpMade();
  EXPECT_EQ(later->warm_ups, 1);
}

}  // namespace
}  // namespace sladd
