// Line breaks written as backslash escapes, as logs keep a message of several lines inside
// one quoted value: 'msg="Hei\njeg har diabetes\nMvh Kari"', 'text="Ring meg på\n91234567"'.
// Read as written, "\n91234567" is no number and "\nKari" no name ("nKari"); the engine
// reads such a text with its line escapes as the breaks they stand for.
//
// The view has the text's length: the backslash of "\n", "\r" or "\t" becomes a space and
// the letter the control character it names, so every offset found in the view is the
// text's own. A text is read so only when it holds such an escape and every backslash in
// it opens an escape of a JSON string ("\n", "\"", "\\", "\u00e6", ...): a Windows path
// ("C:\Users\nina") or a pattern ("\d+") is left as written.
// A pure function; the view is the caller's buffer, reused so that steady-state use does
// not allocate.
#ifndef SLADD_ENGINE_LINE_ESCAPES_H_
#define SLADD_ENGINE_LINE_ESCAPES_H_

#include <cstring>
#include <string>
#include <string_view>

namespace sladd {

// False if `text` holds no escape for certain: no backslash. One memchr, for the many
// texts that have none.
inline bool MayHoldLineEscapes(std::string_view text) {
  return memchr(text.data(), '\\', text.size()) != nullptr;
}

// Writes `text` with its line escapes read as line breaks into `view`, if it holds any and
// all its backslashes open escapes of a JSON string; false, and `view` untouched, if not.
bool ReadLineEscapes(std::string_view text, std::string& view);

}  // namespace sladd

#endif  // SLADD_ENGINE_LINE_ESCAPES_H_
