// Context windows and word lists that several detectors consult.
#ifndef SLADD_DETECTORS_CONTEXT_H_
#define SLADD_DETECTORS_CONTEXT_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sladd {

// How far from a candidate a context word counts: "fødselsnummer mitt er 01019012345"
// (before) and "12345678 (mobil)" (after).
inline constexpr size_t kContextBefore = 40;
inline constexpr size_t kContextAfter = 24;
// Words that rule a number out must be closer: "ordre 12345678", "kr 45000000".
inline constexpr size_t kNegativeContextBefore = 16;

// Bank account words: konto, kontonummer, account, IBAN.
std::vector<std::string> AccountContextWords();

// Words that make the number right after them an amount, order, invoice, reference or
// tracking number rather than personal data, matched as word starts ("ordre" also matches
// "ordrenummeret")...
std::vector<std::string> NotPersonalNumberWords();
// ...and short ones matched only as whole words ("kr" but not "Kristian").
std::vector<std::string> NotPersonalNumberShortWords();

// True if `word` is one of the words of a constant list.
template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// True if `word` ends with one of the words of a constant list: a compound's last part
// ("kreftavdelingen", "Storsenter").
template <size_t N>
bool EndsWithOneOf(std::string_view word, const std::string_view (&endings)[N]) {
  return std::any_of(std::begin(endings), std::end(endings),
                     [&](std::string_view ending) { return word.ends_with(ending); });
}
// True if `word` ends with one of them after more than `first_part` bytes before it: a
// compound's last part, not the word alone ("fagdirektør", not "direktør").
template <size_t N>
bool EndsWithOneOfAfter(std::string_view word, const std::string_view (&endings)[N],
                        size_t first_part) {
  return std::any_of(std::begin(endings), std::end(endings), [&](std::string_view ending) {
    return word.size() > ending.size() + first_part && word.ends_with(ending);
  });
}
// True if `text` holds one of them anywhere: a word of a form's label ("medical" in
// "medical conditions").
template <size_t N>
bool ContainsOneOf(std::string_view text, const std::string_view (&parts)[N]) {
  return std::any_of(std::begin(parts), std::end(parts), [&](std::string_view part) {
    return text.find(part) != std::string_view::npos;
  });
}
// True if `word` starts with one of them: a compound's first part ("språkopplæring").
template <size_t N>
bool StartsWithOneOf(std::string_view word, const std::string_view (&starts)[N]) {
  return std::any_of(std::begin(starts), std::end(starts),
                     [&](std::string_view start) { return word.starts_with(start); });
}

}  // namespace sladd

#endif  // SLADD_DETECTORS_CONTEXT_H_
