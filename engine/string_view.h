// Conversions between std::string_view and absl::string_view.
//
// In Debian 12's Abseil (20220623) absl::string_view is its own type, so absl::StrCat,
// Status::message() and the string-keyed hash containers do not speak std::string_view.
#ifndef SLADD_ENGINE_STRING_VIEW_H_
#define SLADD_ENGINE_STRING_VIEW_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace sladd {

inline absl::string_view ToAbsl(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view ToStd(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace sladd

#endif  // SLADD_ENGINE_STRING_VIEW_H_
