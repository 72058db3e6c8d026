// Operators: what happens to the text of a finding when a message is redacted.
//
// Each operator is configured by a sladd.v1.Operator message (proto/sladd/v1/policy.proto):
// replace, number, mask, hash, tokenize, remove or keep. Operators are immutable and
// thread-safe; per-conversation memory (for `number`) lives in a RedactionState.
#ifndef SLADD_ENGINE_OPERATORS_H_
#define SLADD_ENGINE_OPERATORS_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "engine/detector.h"
#include "engine/finding.h"
#include "engine/key_ring.h"
#include "engine/redaction_state.h"
#include "sladd/v1/policy.pb.h"

namespace sladd {

// A finding and its text, as an operator sees it.
struct OperatorInput {
  const Finding& finding;
  std::string_view value;
  // The detector that made the finding, for Normalize; nullptr for deny-list findings.
  const Detector* detector = nullptr;

  // The value's normal form: decoded if the finding was made in a URL-encoded run, then
  // the detector's Normalize.
  std::string Normalized() const;
};

class Operator {
 public:
  virtual ~Operator() = default;

  // Appends the replacement of input.value to `out`. Fails only on an internal error (e.g.
  // the crypto library), never because of the value; the caller then redacts nothing.
  virtual absl::Status Apply(const OperatorInput& input, RedactionState& state,
                             std::string& out) const = 0;

  // False for `keep`, which reports findings but leaves their text alone.
  virtual bool changes_text() const { return true; }
};

// Builds the operator `config` describes, with keys from `keys`. An unset operator is
// `replace` with its default format. Errors name the offending field relative to the
// operator ("mask.char: ...").
absl::StatusOr<std::unique_ptr<const Operator>> CreateOperator(const v1::Operator& config,
                                                               const KeyRing& keys);

}  // namespace sladd

#endif  // SLADD_ENGINE_OPERATORS_H_
