#include "detectors/label_values.h"

#include <algorithm>
#include <string>

#include "absl/strings/ascii.h"
#include "detectors/checksums.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsMark(char c) {
  return c == ' ' || c == ':' || c == '#' || c == '=' || c == '.' || c == '-' || c == '\t';
}

size_t WordEnd(std::string_view text, size_t pos) {
  while (WordCharAt(text, pos)) pos = NextCodePointStart(text, pos);
  return pos;
}

}  // namespace

size_t ValueStartAfterLabel(std::string_view text, size_t label_end,
                            std::span<const std::string_view> between, size_t reach) {
  size_t pos = WordEnd(text, label_end);
  const size_t limit = std::min(text.size(), pos + reach);
  while (pos < limit) {
    const char c = text[pos];
    if (IsMark(c)) {
      ++pos;
      continue;
    }
    if (!WordCharAt(text, pos)) return std::string_view::npos;
    const size_t word_end = WordEnd(text, pos);
    const std::string word = absl::AsciiStrToLower(ToAbsl(text.substr(pos, word_end - pos)));
    if (std::find(between.begin(), between.end(), word) == between.end()) {
      return IsAsciiLetter(c) || IsAsciiDigit(c) ? pos : std::string_view::npos;
    }
    pos = word_end;
  }
  return std::string_view::npos;
}

}  // namespace sladd
