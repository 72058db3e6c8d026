// The server's shared state hammered by threads in one process, without gRPC: policy
// reloads swapping generations while calls redact with pooled scratches and numbered
// conversations. It runs in make test and, with sladd's own code instrumented, under
// ThreadSanitizer in make tsan (the gRPC integration tests cannot: see RELIABILITY.md).
#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "detectors/builtin.h"
#include "service/conversations.h"
#include "service/policy_holder.h"

namespace sladd {
namespace {

constexpr char kReplacing[] = R"({"policies":[{"name":"p"}]})";
constexpr char kNumbering[] = R"({"policies":[{"name":"p","defaultOperator":{"number":{}}}]})";
constexpr char kBroken[] = R"({"policies":[{"name":"p","types":["NO_SUCH_TYPE"]}]})";

void WritePolicy(const std::string& path, const char* contents) {
  const std::string temp = path + ".tmp";
  std::ofstream(temp) << contents;
  std::rename(temp.c_str(), path.c_str());
}

TEST(ServerSharedState, ReloadsWhileThreadsRedactInConversations) {
  const std::string path = ::testing::TempDir() + "/shared_state_policy.json";
  WritePolicy(path, kReplacing);
  auto registry = BuiltinDetectors();
  ASSERT_TRUE(registry.ok()) << registry.status();
  PolicyHolder holder(path, *registry);
  ASSERT_TRUE(holder.Reload().ok());
  ConversationStore conversations(/*capacity=*/50, std::chrono::minutes(30));

  constexpr int kThreads = 4;
  constexpr int kReloads = 9;  // three rounds of the cycle below
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::atomic<int> messages{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      uint64_t last_generation = 0;
      for (int i = 0; !done.load(); ++i) {
        const std::shared_ptr<const Generation> generation = holder.current();
        // Generations only move forward, whatever thread installed them.
        if (generation->number() < last_generation) ++failures;
        last_generation = generation->number();
        auto policy = generation->Find("");
        if (!policy.ok()) {
          ++failures;
          continue;
        }
        auto lease = policy->pool->Acquire();
        if (!lease.ok()) {
          ++failures;
          continue;
        }
        const std::string text = "tlf 912 34 5" + std::to_string(10 + i % 90) + ", kari" +
                                 std::to_string(t) + "@firma.no";
        const auto conversation =
            conversations.Get("p", "chat-" + std::to_string((t * 7 + i) % 120));
        Redaction redaction;
        absl::Status status;
        {
          std::lock_guard lock(conversation->mutex);
          status = policy->engine->Redact(text, **lease, conversation->state, redaction);
        }
        if (!status.ok() || redaction.text.find("@firma.no") != std::string::npos ||
            redaction.text.find("912 34") != std::string::npos) {
          ++failures;
        }
        ++messages;
      }
    });
  }
  // Reload as fast as the policy compiles, the calls running all the while: numbering,
  // broken, replacing, numbering...
  const char* const cycle[] = {kNumbering, kBroken, kReplacing};
  int failed_reloads = 0;
  for (int reload = 0; reload < kReloads; ++reload) {
    const char* contents = cycle[reload % 3];
    WritePolicy(path, contents);
    const bool ok = holder.Reload().ok();
    failed_reloads += !ok;
    if (ok == (contents == kBroken)) ++failures;
  }
  done = true;
  for (std::thread& thread : threads) thread.join();

  EXPECT_EQ(failures.load(), 0);
  EXPECT_GT(messages.load(), kThreads * kReloads) << "the calls did not overlap the reloads";
  EXPECT_EQ(holder.current()->number(), static_cast<uint64_t>(kReloads - failed_reloads + 1));
  EXPECT_LE(conversations.size(), 50u);
}

}  // namespace
}  // namespace sladd
