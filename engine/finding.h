// A piece of personal data found in a text.
#ifndef SLADD_ENGINE_FINDING_H_
#define SLADD_ENGINE_FINDING_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sladd {

// How the text of a finding is written. A finding made in a URL-encoded run (see
// engine/percent_encoding.h) spans escapes ("%40"), and in a form or query '+' for spaces;
// the operators that compare values (number, hash) read it decoded.
enum class TextEncoding : uint8_t { kAsWritten, kPercentEncoded, kFormEncoded };

// One finding: what was found and where. A Finding holds no copy of the text; its string
// views point to static strings or to strings owned by the Engine that produced it, so it
// must not outlive that Engine.
struct Finding {
  // The type, e.g. "NO_NATIONAL_ID" or "EMAIL_ADDRESS".
  std::string_view type;
  // UTF-8 byte offsets into the scanned text; `end` is exclusive.
  size_t start = 0;
  size_t end = 0;
  // Confidence in [0, 1].
  double score = 0;
  // Name of the detector that made the finding, e.g. "no_national_id".
  std::string_view detector;
  // Detector detail, e.g. the kind of national ID ("d_number"); may be empty.
  std::string_view kind;
  // Code-point offsets, filled only when asked for (AnalyzeOptions::code_point_offsets).
  size_t cp_start = 0;
  size_t cp_end = 0;
  TextEncoding encoding = TextEncoding::kAsWritten;

  size_t length() const { return end - start; }
};

}  // namespace sladd

#endif  // SLADD_ENGINE_FINDING_H_
