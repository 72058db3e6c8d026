// What the CLI asks of sladd for one message, in process or from a running sladd-server.
#ifndef SLADD_CLI_BACKEND_H_
#define SLADD_CLI_BACKEND_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/engine.h"
#include "engine/token.h"

namespace sladd {

// The findings of one message. `findings` may refer to strings owned by the backend and
// stay valid until its next call; offsets refer to `scanned`.
struct AnalyzedMessage {
  std::vector<Finding> findings;
  std::string_view scanned;  // the message, or its repair when it was not valid UTF-8
};

// Special-category types found in a message or record, sorted ("HEALTH_DATA").
using SpecialCategorySet = std::set<std::string, std::less<>>;

// One backend per thread; not thread-safe.
class MessageBackend {
 public:
  virtual ~MessageBackend() = default;
  // Forgets the number operator's memory: a new conversation starts.
  virtual void NewConversation() = 0;
  virtual absl::Status Analyze(std::string_view text, AnalyzedMessage& out) = 0;
  // Appends the redacted text to `out`, and adds the special categories found to
  // `special_categories` (when given).
  virtual absl::Status Redact(std::string_view text, std::string& out,
                              SpecialCategorySet* special_categories) = 0;
  // Appends the text with tokens restored to `out`.
  virtual absl::Status Restore(std::string_view text, std::string& out) = 0;
};

// The engine in this process. `restorer` may be null (restore is then refused).
class LocalBackend final : public MessageBackend {
 public:
  LocalBackend(const Engine& engine, std::unique_ptr<Scratch> scratch,
               const TokenRestorer* restorer, bool code_points)
      : engine_(engine), scratch_(std::move(scratch)), restorer_(restorer),
        options_{code_points} {}

  void NewConversation() override { state_.Clear(); }
  absl::Status Analyze(std::string_view text, AnalyzedMessage& out) override;
  absl::Status Redact(std::string_view text, std::string& out,
                      SpecialCategorySet* special_categories) override;
  absl::Status Restore(std::string_view text, std::string& out) override;

 private:
  const Engine& engine_;
  std::unique_ptr<Scratch> scratch_;
  const TokenRestorer* restorer_;
  const AnalyzeOptions options_;
  RedactionState state_;
  Analysis analysis_;
  Redaction redaction_;
};

}  // namespace sladd

#endif  // SLADD_CLI_BACKEND_H_
