// The policy's allow list: values that are never redacted.
#ifndef SLADD_ENGINE_ALLOW_LIST_H_
#define SLADD_ENGINE_ALLOW_LIST_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/finding.h"
#include "sladd/v1/policy.pb.h"

namespace re2 {
class RE2;
}

namespace sladd {

// Immutable and thread-safe. Consulted once per finding, never per byte.
class AllowList {
 public:
  // Compiles `entries`. Errors name the entry ("allow[2].pattern: ...") but never echo its
  // text.
  static absl::StatusOr<std::unique_ptr<AllowList>> Create(
      const google::protobuf::RepeatedPtrField<v1::AllowEntry>& entries);
  ~AllowList();

  // True if `value`, the text of `finding`, is allowed and must not be redacted.
  bool Allows(const Finding& finding, std::string_view value) const;

  bool empty() const { return entries_.empty(); }

 private:
  struct Entry;
  AllowList();
  std::vector<Entry> entries_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_ALLOW_LIST_H_
