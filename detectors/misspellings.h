// Misspellings of the special-category terms. Chat misspells what it names ("i have
// diabeties", "my daughter is autistc", "im pregnent"), and a lexicon of literals misses
// every one. A word one edit from a term (a letter left out or added, two neighbours
// swapped, or a letter changed by a slip: a vowel for a vowel, a neighbouring key or a
// letter of the same sound; other changes make other words, "hengsel" is no "fengsel") is
// taken for that term, if both are one word of seven to 24 ASCII letters (shorter words
// have too many real neighbours: "katter" is not "kateter"), or the word is one edit from
// such a word of a term of several ("cerebal palsy"), the term counts alone or with a
// person, and the word is in none of the dictionaries given ("Christina" is not
// "christian"). Words with letters beyond ASCII are not read: an edit would split a
// character. Norwegian misspellings are read as English ones are, but not of an English
// term.
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
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
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

  // A term reached from a misspelt word: its index in the lexicon's terms, and which of
  // its words (split at spaces) the word misspells: "cerebal" is word 0 of "cerebral palsy".
  struct Reached {
    uint32_t term = 0;
    uint32_t word = 0;
  };

  // The first term one of whose words `word`, the bytes of one whole word in any case,
  // misspells and that `accept` accepts (where the caller checks the term's other words);
  // nullopt if none, or if the word is in a dictionary or reads as a term (inflected or
  // compounded), which the lexicon's own matching finds or rejects.
  std::optional<Reached> TermMisspelt(std::string_view word,
                                      absl::FunctionRef<bool(const Reached&)> accept) const;
  std::optional<Reached> TermMisspelt(std::string_view word) const {
    return TermMisspelt(word, [](const Reached&) { return true; });
  }

  // The span of `text` that holds the whole term `reached`, whose misspelt word is
  // text[start, end): the term's other words must stand around it as written, one space
  // apart (any case). nullopt if they do not.
  std::optional<std::pair<size_t, size_t>> SpanOf(const Reached& reached, std::string_view text,
                                                  size_t start, size_t end) const;

  // Whether the misspelt word of `reached` is an English word: the caller does not take it
  // as misspelt in a Norwegian text, where a word near it is as likely a Norwegian word
  // the dictionaries lack ("speiding" is scouting, not "speeding").
  bool IsEnglishTerm(const Reached& reached) const;

 private:
  // The first term `accept` accepts with a word one edit from lowercase `folded`.
  std::optional<Reached> NearestTerm(std::string_view folded,
                                     absl::FunctionRef<bool(const Reached&)> accept) const;
  // Word `word` of the text of term `term`.
  std::string_view WordOf(uint32_t term, uint32_t word) const;
  // Whether lowercase `folded` is in the dictionaries (or, rarely, shares their bits).
  bool IsKnown(std::string_view folded) const;
  void AddKnown(std::string_view folded);

  const SpecialLexicon* lexicon_;
  // The slot where a key with this KeyHash (misspellings.cc) is first looked for, and the
  // tag it is stored under (never 0, which marks an empty slot).
  size_t SlotOf(uint64_t hash) const;
  static uint32_t TagOf(uint64_t hash) { return static_cast<uint32_t>(hash >> 32) | 1; }

  // The terms' distinct words, and their forms with a letter deleted, to the word they come
  // from: open addressing over their hashes' tags, at most a quarter full (few probes per
  // miss). Each word's terms, and where in each the word stands, in the lexicon's order.
  std::vector<uint32_t> key_hashes_;
  std::vector<uint32_t> key_words_;
  std::vector<std::vector<Reached>> terms_of_word_;
  // The dictionaries' words as a Bloom filter of two bits a word: a lookup costs a hash
  // and two loads, and a misspelling lost to a shared bit is rare.
  static constexpr size_t kKnownLog2Bits = 21;
  std::vector<uint64_t> known_;
  absl::flat_hash_set<std::string> english_terms_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_MISSPELLINGS_H_
