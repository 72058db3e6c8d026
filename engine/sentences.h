// Sentences around findings, for policies that redact the whole sentence of a
// special-category term.
#ifndef SLADD_ENGINE_SENTENCES_H_
#define SLADD_ENGINE_SENTENCES_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/finding.h"

namespace sladd {

// A sentence reaches at most this many bytes either side of what it holds, so that the
// work per finding stays bounded in a long line with no marks.
inline constexpr size_t kMaxSentenceReach = 1000;

// The sentence holding text[start, end): from just after the previous line break or '.',
// '!' or '?' followed by white space (leading spaces skipped), to the next line break
// (excluded) or such a mark (included), at most kMaxSentenceReach bytes either side, cut
// on a code point boundary. Abbreviations ("f.eks. ") end sentences too: the sentence is
// then shorter, never longer, than the reader's.
std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t start, size_t end);

// The question that ends `text`: its last sentence, from after the previous '.', '!', '?'
// or line break (leading blanks skipped) to the final '?' (included). After it may come
// blanks and up to `max_remark_bytes` of remark with no '?' (an emoji, an example in
// brackets, "Svar gjerne kort."). Nothing when `text` ends in no question or the question
// is empty.
std::optional<std::string_view> ClosingQuestion(std::string_view text, size_t max_remark_bytes = 0);

// Widens every finding for which `widen` holds to its sentence. A widened finding takes in
// the findings it then overlaps (a phone number in the sentence goes with it); widened
// findings that overlap are joined, keeping the first one's type and the highest score.
// `findings` must be sorted by start and not overlap, and are so afterwards.
void WidenToSentences(std::string_view text, std::vector<Finding>& findings,
                      const std::function<bool(const Finding&)>& widen);

}  // namespace sladd

#endif  // SLADD_ENGINE_SENTENCES_H_
