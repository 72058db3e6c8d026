// Where a labelled value starts: the value of "Passnummeret mitt er FH 254787" or "reg.nr.:
// EL 12345", read by detectors whose candidates are a label matched as a literal.
#ifndef SLADD_DETECTORS_LABEL_VALUES_H_
#define SLADD_DETECTORS_LABEL_VALUES_H_

#include <cstddef>
#include <span>
#include <string_view>

namespace sladd {

// The start of the value after a label ending at `label_end` of `text`: past the rest of
// the label's word ("passnummeret"), the marks ' ' ':' '#' '=' '.' '-' and the words of
// `between` (lowercase; ASCII letters matched in any case), within `reach` bytes of the
// word's end. The first other word starts the value if it begins with an ASCII letter or
// digit; npos if it does not, or if nothing else comes within reach.
size_t ValueStartAfterLabel(std::string_view text, size_t label_end,
                            std::span<const std::string_view> between, size_t reach);

}  // namespace sladd

#endif  // SLADD_DETECTORS_LABEL_VALUES_H_
