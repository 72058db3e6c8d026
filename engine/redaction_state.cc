#include "engine/redaction_state.h"

#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {

size_t RedactionState::NumberFor(std::string_view type, std::string_view normalized_value) {
  std::string key = absl::StrCat(ToAbsl(type), absl::string_view("\0", 1), ToAbsl(normalized_value));
  auto [it, inserted] = numbers_.try_emplace(std::move(key), 0);
  if (inserted) it->second = ++counts_[ToAbsl(type)];
  return it->second;
}

void RedactionState::Clear() {
  numbers_.clear();
  counts_.clear();
}

}  // namespace sladd
