// What the CLI asks of sladd for one message, in process or from a running sladd-server.
#ifndef SLADD_CLI_BACKEND_H_
#define SLADD_CLI_BACKEND_H_

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/engine.h"
#include "engine/stream_redactor.h"
#include "engine/token.h"

namespace sladd {

// The findings of one message. `findings` may refer to strings owned by the backend and
// stay valid until its next call; offsets refer to `scanned`.
// Special-category types of a message or record, sorted ("HEALTH_DATA").
using SpecialCategorySet = std::set<std::string, std::less<>>;

struct AnalyzedMessage {
  std::vector<Finding> findings;
  std::string_view scanned;  // the message, or its repair when it was not valid UTF-8
  // Those of the findings, and those the policy gives every message.
  SpecialCategorySet special_categories;
};

// Findings per type, over many messages.
using TypeCounts = std::map<std::string, uint64_t, std::less<>>;

// What a caller wants to learn of a redaction besides its text; what is null is not filled.
struct RedactFacts {
  // Adds the special categories found, and those the policy gives every message.
  SpecialCategorySet* special_categories = nullptr;
  // Counts the findings by type.
  TypeCounts* type_counts = nullptr;
};

// Adds what `findings` hold to `facts`.
void AddFacts(const std::vector<Finding>& findings, const RedactFacts& facts);

// One backend per thread; not thread-safe.
class MessageBackend {
 public:
  virtual ~MessageBackend() = default;
  // Forgets the number operator's memory: a new conversation starts.
  virtual void NewConversation() = 0;
  // The turn the next messages answer, such as a chatbot's question, read before each
  // (AnalyzeOptions::previous_turn) until set again; empty: none.
  virtual void SetPreviousTurn(std::string_view turn) = 0;
  virtual absl::Status Analyze(std::string_view text, AnalyzedMessage& out) = 0;
  // Appends the redacted text to `out`, and what was found to `facts`.
  virtual absl::Status Redact(std::string_view text, std::string& out,
                              const RedactFacts& facts) = 0;
  // Appends the text with tokens restored to `out`.
  virtual absl::Status Restore(std::string_view text, std::string& out) = 0;
  // Redacts a message too long to hold, given in pieces; `last` ends it. Appends the text
  // that is final so far to `out`. Only the in-process engine can.
  virtual absl::Status RedactPiece(std::string_view piece, bool last, std::string& out,
                                   const RedactFacts& facts) {
    return absl::UnimplementedError("cannot redact a message in pieces");
  }
};

// The engine in this process. `restorer` may be null (restore is then refused).
class LocalBackend final : public MessageBackend {
 public:
  LocalBackend(const Engine& engine, std::unique_ptr<Scratch> scratch,
               const TokenRestorer* restorer, bool code_points)
      : engine_(engine), scratch_(std::move(scratch)), restorer_(restorer),
        options_{code_points} {}

  void NewConversation() override { state_.Clear(); }
  void SetPreviousTurn(std::string_view turn) override {
    previous_turn_.assign(turn);
    options_.previous_turn = previous_turn_;
  }
  absl::Status Analyze(std::string_view text, AnalyzedMessage& out) override;
  absl::Status Redact(std::string_view text, std::string& out,
                      const RedactFacts& facts) override;
  absl::Status Restore(std::string_view text, std::string& out) override;
  absl::Status RedactPiece(std::string_view piece, bool last, std::string& out,
                           const RedactFacts& facts) override;

 private:
  // AddFacts, with the special categories the policy gives every message.
  void AddFactsOf(const std::vector<Finding>& findings, const RedactFacts& facts) const;

  const Engine& engine_;
  std::unique_ptr<Scratch> scratch_;
  const TokenRestorer* restorer_;
  AnalyzeOptions options_;
  std::string previous_turn_;
  RedactionState state_;
  Analysis analysis_;
  Redaction redaction_;
  std::unique_ptr<StreamRedactor> stream_;  // made at the first piece
  std::vector<Finding> stream_findings_;
};

}  // namespace sladd

#endif  // SLADD_CLI_BACKEND_H_
