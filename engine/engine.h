// The sladd engine: finds personal data in a message and redacts it, as a policy says.
//
//   auto engine = Engine::Create(policy, registry, keys);   // once; expensive
//   auto scratch = (*engine)->NewScratch();                  // once per thread
//   Analysis analysis;
//   absl::Status s = (*engine)->Analyze(text, **scratch, analysis);
//
// An Engine is compiled once from a sladd.v1.Policy: the patterns of every enabled detector,
// their context words and the policy's deny list go into one Hyperscan database, scanned in
// one pass per message; a second, SIMD pass splits the message into number tokens for the
// detectors of numbers. Candidates are confirmed by the detectors' exact validators, then
// filtered by type, score and allow list, and overlaps are resolved (engine/overlap.h).
//
// Thread-safety: an Engine is immutable and may be shared by any number of threads. A
// Scratch belongs to one thread at a time and to the Engine that made it. Findings refer to
// strings owned by the Engine and must not outlive it.
#ifndef SLADD_ENGINE_ENGINE_H_
#define SLADD_ENGINE_ENGINE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "engine/allow_list.h"
#include "engine/context_word_matcher.h"
#include "engine/database_cache.h"
#include "engine/detector_registry.h"
#include "engine/finding.h"
#include "engine/key_ring.h"
#include "engine/operators.h"
#include "engine/percent_encoding.h"
#include "engine/redaction_state.h"
#include "sladd/v1/policy.pb.h"

struct hs_scratch;

namespace sladd {

class Engine;
class Scanner;
struct ScanBuffers;
struct ScanEntry;
struct ScanExpression;

// Working memory for scanning with one Engine on one thread at a time.
class Scratch {
 public:
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

 private:
  friend class Engine;
  explicit Scratch(const Engine* engine);
  const Engine* engine_;
  hs_scratch* hyperscan_ = nullptr;
  std::unique_ptr<ScanBuffers> buffers_;
  // For the percent-encoded runs of a text (engine/percent_encoding.h).
  PercentDecodedRun percent_run_;
  std::vector<Finding> percent_findings_;
  // A text with its line escapes read as line breaks (engine/line_escapes.h).
  std::string line_view_;
  // A message after the turn it answers (engine/previous_turn.h).
  std::string transcript_;
};

struct AnalyzeOptions {
  // Also fill Finding::cp_start / cp_end.
  bool code_point_offsets = false;
  // The turn the text answers, such as a chatbot's last message ("Har du noen allergier vi
  // bør vite om?"): its question is read before the text as a transcript's turn, so that a
  // short answer ("ja, nøtter") is found. Nothing in it is found or returned. Valid UTF-8.
  std::string_view previous_turn;
};

// The result of Analyze. Reuse one per thread to avoid allocations.
struct Analysis {
  // Non-overlapping findings sorted by start.
  std::vector<Finding> findings;
  // Set when the input was not valid UTF-8 and the policy repairs such input: the text the
  // offsets refer to.
  std::optional<std::string> repaired_text;
};

// The result of Redact.
struct Redaction {
  std::string text;
  Analysis analysis;
};

class Engine {
 public:
  // Compiles `policy`. Fails with InvalidArgument naming the field and the problem
  // ("operators[\"FOO\"]: unknown type") for a bad policy; never echoes deny-list terms,
  // allow-list values or keys. `registry` is shared and kept alive by the Engine. The scan
  // database comes from `cache` when it holds it and is stored there when compiled
  // (engine/database_cache.h); `cache` may be nullptr and is used during the call only.
  static absl::StatusOr<std::unique_ptr<const Engine>> Create(
      const v1::Policy& policy, std::shared_ptr<const DetectorRegistry> registry,
      const KeyRing& keys, const DatabaseCache* cache = nullptr);
  ~Engine();

  // A scratch for use with this Engine on one thread at a time.
  absl::StatusOr<std::unique_ptr<Scratch>> NewScratch() const;

  // Finds the personal data in `text`. Fails with InvalidArgument for invalid UTF-8 (naming
  // the byte offset) unless the policy repairs it, and with FailedPrecondition for a scratch
  // of another Engine.
  absl::Status Analyze(std::string_view text, Scratch& scratch, Analysis& out,
                       const AnalyzeOptions& options = {}) const;

  // Analyze, then rewrite each finding with its type's operator. `state` carries `number`
  // operator memory across the calls that share it. On any error `out.text` is cleared:
  // text is never passed through unredacted.
  absl::Status Redact(std::string_view text, Scratch& scratch, RedactionState& state,
                      Redaction& out, const AnalyzeOptions& options = {}) const;

  // Appends `scanned`[from, to) to `out` with each of `findings` (sorted, not overlapping,
  // offsets into `scanned`) that lies in the range rewritten by its type's operator; a
  // finding that sticks out of the range is rewritten for its part inside. For callers
  // that analyze once and rewrite in parts (StreamRedactor). On error `out` may hold part of
  // the range.
  absl::Status Rewrite(std::string_view scanned, const std::vector<Finding>& findings,
                       size_t from, size_t to, RedactionState& state, std::string& out) const;

  const std::string& policy_name() const { return policy_name_; }

  // The policy lets API responses carry each finding's text.
  bool return_values() const { return return_values_; }

  // The types this engine reports, deny-list types included.
  std::vector<std::string> enabled_types() const;
  // The special categories the policy gives every message (Policy.channel_categories),
  // sorted, each once.
  const std::vector<std::string>& channel_categories() const { return channel_categories_; }

 private:
  struct DetectorSlot {
    const Detector* detector;
    uint32_t context_base;
  };
  struct DenyEntry {
    std::string type;
  };

  // The expressions of a policy, with where each came from for error messages.
  struct Expressions {
    std::vector<ScanExpression> list;
    std::vector<std::string> origins;
    // In every case variant of their non-ASCII letters.
    std::vector<ContextWordMatcher::Word> context_words;
    // Adds `literal` in all its case variants.
    void AddLiteral(std::string_view literal, bool caseless, ScanEntry entry,
                    const std::string& origin);
  };

  Engine() = default;
  absl::Status Build(const v1::Policy& policy, const KeyRing& keys, const DatabaseCache* cache);
  absl::Status EnableTypes(const v1::Policy& policy);
  absl::Status SetChannelCategories(const v1::Policy& policy);
  // Enables the SPECIAL_CATEGORY types the registry has; false if it has none.
  bool EnableSpecialCategories();
  absl::Status AddDetectorExpressions(Expressions& expressions);
  absl::Status AddDenyExpressions(const v1::Policy& policy, Expressions& expressions);
  absl::Status CompileScanner(const Expressions& expressions, const DatabaseCache* cache);
  absl::Status BuildOperators(const v1::Policy& policy, const KeyRing& keys);
  // Operators of the special-category types: the SPECIAL_CATEGORY entry for those not named
  // on their own, or keep for all of them when the policy only flags them.
  absl::Status BuildSpecialCategoryOperators(const v1::Policy& policy, const KeyRing& keys);
  // Scans `text` (the text or a decoded run) and appends what the detectors find.
  absl::Status ScanAndConfirm(std::string_view text, Scratch& scratch,
                              std::vector<Finding>& findings) const;
  absl::Status ConfirmAll(std::string_view text, Scratch& scratch,
                          std::vector<Finding>& findings) const;
  // ScanAndConfirm of `text` read after the question of `previous_turn`
  // (engine/previous_turn.h); fails on a turn of invalid UTF-8.
  absl::Status ScanAfterTurn(std::string_view previous_turn, std::string_view text,
                             Scratch& scratch, std::vector<Finding>& findings) const;
  // Appends the findings in the percent-encoded runs of `text`, decoded, with their offsets
  // mapped back to `text` ("?email=ola%40firma.no").
  absl::Status ConfirmPercentEncoded(std::string_view text, Scratch& scratch,
                                     std::vector<Finding>& findings) const;
  // Stamps the detector on findings [first, end) and checks their spans. Inline for the
  // common case, a detector that found nothing: an out-of-line call per number token and
  // detector cost 4% of scanning chat.
  absl::Status Stamp(const DetectorSlot& slot, std::string_view text, size_t first,
                     std::vector<Finding>& findings) const {
    if (first == findings.size()) return absl::OkStatus();
    return StampFound(slot, text, first, findings);
  }
  absl::Status StampFound(const DetectorSlot& slot, std::string_view text, size_t first,
                          std::vector<Finding>& findings) const;
  // Drops disabled types and low scores, resolves overlaps, then applies the allow list.
  void Filter(std::string_view text, std::vector<Finding>& findings) const;
  const Operator& OperatorFor(std::string_view type) const;
  const Detector* DetectorNamed(std::string_view name) const;

  std::string policy_name_;
  std::shared_ptr<const DetectorRegistry> registry_;
  std::vector<DetectorSlot> slots_;
  struct NumberReader {
    uint32_t slot;
    size_t min_digits;
  };
  // Sorted by min_digits, so a short token stops the walk early.
  std::vector<NumberReader> number_readers_;
  // Slots of the detectors that read whole texts.
  std::vector<uint32_t> text_readers_;
  std::vector<DenyEntry> deny_;
  std::unique_ptr<Scanner> scanner_;
  absl::flat_hash_set<std::string> enabled_types_;
  double min_score_ = 0.5;
  bool repair_invalid_utf8_ = false;
  bool return_values_ = false;
  v1::SpecialCategoryAction special_action_ = v1::SPECIAL_CATEGORY_REDACT_TERM;
  std::vector<std::string> channel_categories_;
  std::unique_ptr<AllowList> allow_;
  absl::flat_hash_map<std::string, std::unique_ptr<const Operator>> operators_;
  std::unique_ptr<const Operator> default_operator_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_ENGINE_H_
