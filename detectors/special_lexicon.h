// The lexicons of the special_category detector: terms, exclusions and cue words per GDPR
// special category, parsed from the data files in detectors/data/special/ (their README
// describes the line format).
//
// Immutable after Parse; safe to share between threads.
#ifndef SLADD_DETECTORS_SPECIAL_LEXICON_H_
#define SLADD_DETECTORS_SPECIAL_LEXICON_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "engine/special_categories.h"

namespace sladd {

// When a term counts.
enum class TermEvidence : uint8_t {
  // On its own ("diabetes", "cellegift").
  kAlone,
  // With a person or a cue of its category in the sentence ("muslim", "Fagforbundet").
  kNeedsPersonOrCue,
  // With a cue of its category in the sentence ("Høyre", "rødt").
  kNeedsCue,
  // With a person in the sentence and a cue of its category right before it: a country is
  // an origin only as a person's ("jeg kommer fra Somalia", not "pakken kommer fra Kina" or
  // "flyktningene på grensen av Burundi").
  kNeedsPersonAndCue,
};

struct LexiconTerm {
  // As matched: lowercase unless case_sensitive; may hold spaces ("multippel sklerose").
  std::string text;
  // Bytes of `text` that must be there but are not part of the finding ("er |same": 3).
  size_t focus = 0;
  uint8_t category = 0;  // index into kSpecialCategoryTypes
  TermEvidence evidence = TermEvidence::kAlone;
  // Only the whole word; no inflection or compound.
  bool whole_word = false;
  // Also the last part of a compound ("brystkreft" for "kreft").
  bool ends_compounds = false;
  bool case_sensitive = false;
  // Starts with an apostrophe that belongs to the word before it ("'s |bi" in "she's bi").
  bool joins_word_before = false;
  // Said of things and moods after "so" or "too" ("I'm so OCD about packaging", "ur app is
  // so bipolar"): there it is no one's condition.
  bool figurative_after_intensifier = false;
  // The twin with a space of a term the lexicon writes with a hyphen ("dna test"): no
  // misspelling of it is read, as none of the hyphened term is.
  bool spaced_twin = false;
  // The start of a form's label of the category ("allerg" in "Allergies:", "ethnic"): the
  // field's value is its filler's data of the category, whatever words it holds.
  bool form_label = false;
};

// One lexicon file and the category its entries belong to.
struct LexiconSource {
  std::string_view name;  // for error messages: "health.txt"
  uint8_t category = 0;
  std::string_view text;
};

class SpecialLexicon {
 public:
  // The word lists beside the category files, one entry a line.
  struct CueTexts {
    std::string_view person_cues;
    std::string_view seller_cues;
    std::string_view animal_cues;
    std::string_view compound_heads;
  };
  // Parses the category files and the cue texts ("one entry a line", '#' comments). Fails
  // naming the file and line of a malformed entry.
  static absl::StatusOr<SpecialLexicon> Parse(const std::vector<LexiconSource>& sources,
                                              const CueTexts& cue_texts);

  const std::vector<LexiconTerm>& terms() const { return terms_; }
  // Cue words of `category`, lowercase.
  const std::vector<std::string>& cues(size_t category) const { return cues_[category]; }
  // Cue words of `category` that count only as whole words ("@=eid"), lowercase.
  const std::vector<std::string>& whole_word_cues(size_t category) const {
    return whole_word_cues_[category];
  }
  const std::vector<std::string>& person_cues() const { return person_cues_; }
  // Phrases of a seller before its goods ("vi selger", "do you sell"), lowercase.
  const std::vector<std::string>& seller_cues() const { return seller_cues_; }
  // Words for animals, pets above all ("hunden", "katten", "dog"), lowercase.
  const std::vector<std::string>& animal_cues() const { return animal_cues_; }

  // True if `folded_word`, a whole word, is listed as not of any category ("kreftene").
  bool IsExcluded(std::string_view folded_word) const;
  // The words, lowercase and one space apart, that make `folded_word` not of any category
  // when they follow it: {"of", "and tired"} for "sick" ("sick of waiting").
  const std::vector<std::string>& ExcludedFollowers(std::string_view folded_word) const;
  // The words, lowercase and one space apart, that make `folded_word` not of any category
  // when they come before it: {"retail"} for "therapy" ("retail therapy").
  const std::vector<std::string>& ExcludedPreceders(std::string_view folded_word) const;
  bool has_excluded_preceders() const { return !excluded_preceders_.empty(); }

  // True if `folded_word` is the first word of a term as written, after its focus:
  // "orthodox", "multippel". ("Christian Orthodox" is a faith; "Christian Olsen" a name.)
  bool StartsATerm(std::string_view folded_word) const;

  // True if `folded_word`, a whole word, is a term of one word or reads as one inflected
  // or compounded ("diabetesen", "autisten"): the lexicon's own matching finds or rejects it.
  bool ReadsAsATerm(std::string_view folded_word) const;
  // The categories (a bit each, 1 << category) of the terms `folded_word` reads as, as
  // ReadsAsATerm; 0 if none.
  uint16_t TermCategoriesOf(std::string_view folded_word) const;

  // The category of the data in a form's field whose label is `folded_label` ("medical
  // conditions") and value `value` (as written): that of the first form label term ("medical")
  // that starts a word of the label; where the label holds form labels of several
  // categories ("religion / allergier"), that of the value's first word that reads as a
  // term of one of them ("muslim"), else the first's.
  std::optional<uint8_t> FormValueCategory(std::string_view folded_label,
                                           std::string_view value) const;

  // True if `folded_rest`, what follows a term inside its word, makes an inflection or a
  // compound of it: "", "en", "ene", "-pasient", "behandling", "sbehandlingen".
  bool IsAllowedContinuation(std::string_view folded_rest) const;

 private:
  // `source_of_term` maps each term read so far (category, focus and text) to its file's
  // name: a term of a category in two of its files is an error.
  absl::Status ParseSource(const LexiconSource& source,
                           absl::flat_hash_map<std::string, std::string_view>& source_of_term);
  // Reads one line with no word class left in it (the file's word classes are expanded by
  // ParseSource): an exclusion, a cue or a term. `error` makes an error naming the file and
  // line being read.
  absl::Status ParseLine(std::string_view line, const LexiconSource& source,
                         absl::flat_hash_map<std::string, std::string_view>& source_of_term,
                         absl::FunctionRef<absl::Status(std::string_view problem)> error);
  // Adds `term`, and its twin with U+2019 for each '\'' if it has one.
  void AddTerm(LexiconTerm term);
  // Adds, for each term with a hyphen between letters or digits, its twin with a space there,
  // as chat writes both ("dna-test" and "dna test", "c-section" and "c section"), unless
  // the twin is listed.
  void AddSpacedTwins();

  std::vector<LexiconTerm> terms_;
  std::array<std::vector<std::string>, kSpecialCategoryTypes.size()> cues_;
  std::array<std::vector<std::string>, kSpecialCategoryTypes.size()> whole_word_cues_;
  std::vector<std::string> person_cues_;
  std::vector<std::string> seller_cues_;
  std::vector<std::string> animal_cues_;
  absl::flat_hash_set<std::string> exclusions_;
  absl::flat_hash_map<std::string, std::vector<std::string>> excluded_followers_;
  absl::flat_hash_map<std::string, std::vector<std::string>> excluded_preceders_;
  absl::flat_hash_set<std::string> compound_heads_;
  // The first words of terms as written, after their focus, and their categories (a bit
  // each).
  absl::flat_hash_map<std::string, uint16_t> first_words_;
  std::vector<std::pair<std::string, uint8_t>> form_labels_;  // lowercase, and the category
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_SPECIAL_LEXICON_H_
