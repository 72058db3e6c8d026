// What the `number` operator remembers across messages of one conversation.
#ifndef SLADD_ENGINE_REDACTION_STATE_H_
#define SLADD_ENGINE_REDACTION_STATE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"

namespace sladd {

// Numbers the distinct values of each type in the order they are first seen: the first
// email address is 1, a second one 2, and the first again 1. Scope it to what should share
// numbers: one per request, or one per conversation. Holds normalised values in memory,
// never writes them anywhere. Not thread-safe: one state per conversation at a time.
class RedactionState {
 public:
  // The number of `normalized_value` among values of `type`, assigning the next free one.
  size_t NumberFor(std::string_view type, std::string_view normalized_value);

  // Forgets every value.
  void Clear();

  // Number of distinct values remembered, across types.
  size_t size() const { return numbers_.size(); }

 private:
  absl::flat_hash_map<std::string, size_t> numbers_;  // key: type '\0' value
  absl::flat_hash_map<std::string, size_t> counts_;   // key: type
};

}  // namespace sladd

#endif  // SLADD_ENGINE_REDACTION_STATE_H_
