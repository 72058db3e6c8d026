// Misspellings of the special-category terms. Chat misspells what it names ("i have
// diabeties", "my daughter is autistc", "im pregnent"), and a lexicon of literals
// misses every one. A word one edit from a term (a letter left out, added or changed, or
// two neighbours swapped) is taken for that term, if both are one word of seven to 24
// ASCII letters (shorter words have too many real neighbours: "katter" is not "kateter"),
// the term counts alone or with a person, and the word is in none of the dictionaries
// given ("Christina" is not "christian"). Words with letters beyond ASCII are not read: an
// edit would split a character. Norwegian misspellings are read as English ones are, but
// not of an English term.
//
// Words of the dictionaries, most long words of a text, are ruled out first by a Bloom
// filter. The rest are looked up by the symmetric-delete scheme: the terms and every form
// of them with one letter deleted are keys of a table; a word is looked up as itself and
// with each letter deleted, and the term so reached is checked to be one edit away.
//
// Immutable after construction; TermMisspelt is thread-safe and allocates nothing.
#ifndef SLADD_DETECTORS_MISSPELLINGS_H_
#define SLADD_DETECTORS_MISSPELLINGS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "detectors/special_lexicon.h"

namespace sladd {

class TermMisspellings {
 public:
  // Words of the terms' length that can be misspelt, in bytes.
  static constexpr size_t kMinLength = 7;
  static constexpr size_t kMaxLength = 24;

  // Reads the terms of `lexicon`, which must outlive this; each text of `dictionaries`
  // holds one real word a line, any case, '#' starting a comment; `english_terms`, in the
  // same form, the terms that are English words.
  TermMisspellings(const SpecialLexicon& lexicon,
                   const std::vector<std::string_view>& dictionaries,
                   std::string_view english_terms = {});
  TermMisspellings(const TermMisspellings&) = delete;
  TermMisspellings& operator=(const TermMisspellings&) = delete;

  // The index in the lexicon's terms of the term that `word`, the bytes of one whole word
  // in any case, misspells; nullopt if it misspells none, is in a dictionary, or reads as
  // a term (inflected or compounded), which the lexicon's own matching finds or rejects.
  std::optional<uint32_t> TermMisspelt(std::string_view word) const;

  // Whether the term at `index` is an English word: the caller does not take it as
  // misspelt in a Norwegian text, where a word near it is as likely a Norwegian word the
  // dictionaries lack ("speiding" is scouting, not "speeding").
  bool IsEnglishTerm(uint32_t index) const;

 private:
  // A term one edit from lowercase `folded`.
  std::optional<uint32_t> NearestTerm(std::string_view folded) const;
  // Whether lowercase `folded` is in the dictionaries (or, rarely, shares their bits).
  bool IsKnown(std::string_view folded) const;
  void AddKnown(std::string_view folded);

  const SpecialLexicon* lexicon_;
  // The slot where a key with this KeyHash (misspellings.cc) is first looked for, and the
  // tag it is stored under (never 0, which marks an empty slot).
  size_t SlotOf(uint64_t hash) const;
  static uint32_t TagOf(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) | 1; }

  // A term's text, and its forms with a letter deleted, to the term they come from: open
  // addressing over their hashes' tags, at most a quarter full (few probes per miss).
  std::vector<uint32_t> key_hashes_;
  std::vector<uint32_t> key_terms_;
  // The dictionaries' words as a Bloom filter of two bits a word: a lookup costs a hash
  // and two loads, and a misspelling lost to a shared bit is rare.
  static constexpr size_t kKnownLog2Bits = 21;
  std::vector<uint64_t> known_;
  absl::flat_hash_set<std::string> english_terms_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_MISSPELLINGS_H_
