#include "engine/line_escapes.h"

#include <cstddef>

namespace sladd {
namespace {

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The length of the JSON string's escape that the backslash at text[at] opens, or 0 if it
// opens none.
size_t EscapeLength(std::string_view text, size_t at) {
  if (at + 1 >= text.size()) return 0;
  switch (text[at + 1]) {
    case 'n':
    case 'r':
    case 't':
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
      return 2;
    case 'u':
      for (size_t i = at + 2; i < at + 6; ++i) {
        if (i >= text.size() || !IsHexDigit(text[i])) return 0;
      }
      return 6;
    default:
      return 0;
  }
}

// The control character a line escape's letter names, or 0 for another escape.
char LineBreakOf(char letter) {
  switch (letter) {
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return 0;
  }
}

}  // namespace

bool ReadLineEscapes(std::string_view text, std::string& view) {
  bool holds_breaks = false;
  for (size_t at = text.find('\\'); at != std::string_view::npos; at = text.find('\\', at)) {
    const size_t length = EscapeLength(text, at);
    if (length == 0) return false;
    holds_breaks = holds_breaks || LineBreakOf(text[at + 1]) != 0;
    at += length;
  }
  if (!holds_breaks) return false;
  view.assign(text);
  for (size_t at = view.find('\\'); at != std::string::npos; at = view.find('\\', at)) {
    const size_t length = EscapeLength(view, at);
    if (const char line_break = LineBreakOf(view[at + 1])) {
      view[at] = ' ';
      view[at + 1] = line_break;
    }
    at += length;
  }
  return true;
}

}  // namespace sladd
