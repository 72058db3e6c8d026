// Special categories of personal data (GDPR Art. 9) and criminal offences (Art. 10):
// HEALTH_DATA, RELIGIOUS_BELIEF, POLITICAL_OPINION, TRADE_UNION_MEMBERSHIP, ETHNIC_ORIGIN,
// SEX_LIFE_OR_ORIENTATION, GENETIC_DATA, BIOMETRIC_DATA and CRIMINAL_OFFENCE.
//
// Every term of the lexicons (detectors/special_lexicon.h) is a literal in the engine's one
// Hyperscan database. A match is confirmed as a term of its own, inflected ("depresjonen")
// or the first part of a compound ("diabetesmedisin"; some terms also the last part:
// "brystkreft"), unless the whole word is excluded ("kreftene": forces). Its score depends
// on what else is in the sentence: a person ("jeg har", "min sønn er", "I was diagnosed")
// raises it, and ambiguous terms count only with a cue of their category ("stemmer på Høyre"
// but not "sving til høyre", "Rødt" but not "rødt lys"); a party or a union is someone's
// only with a person ("Arbeiderpartiet vant valget" is news). A word one edit from a term
// ("diabeties", "pregnent"; detectors/misspellings.h) counts as the term, with a person or
// a cue only.
//
// Immutable after Create; the lexicons are built into the binary.
#ifndef SLADD_DETECTORS_SPECIAL_CATEGORY_H_
#define SLADD_DETECTORS_SPECIAL_CATEGORY_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "detectors/misspellings.h"
#include "detectors/special_context.h"
#include "detectors/special_lexicon.h"
#include "detectors/word_lists.h"
#include "engine/detector.h"
#include "engine/special_categories.h"

namespace sladd {

class SpecialCategoryDetector final : public Detector {
 public:
  // Parses the built-in lexicons; fails only if they are malformed.
  static absl::StatusOr<std::unique_ptr<SpecialCategoryDetector>> Create();
  // A detector over other lexicons (tests); `first_names` tells a named subject ("Grace
  // has type 1"), with none known by default; `dictionaries` (one word a line) hold the
  // real words that are never taken for a misspelt term, `english_terms` the terms not
  // misspelt in a Norwegian text (detectors/misspellings.h).
  explicit SpecialCategoryDetector(SpecialLexicon lexicon, NameLists first_names = {},
                                   const std::vector<std::string_view>& dictionaries = {},
                                   std::string_view english_terms = {})
      : lexicon_(std::move(lexicon)),
        first_names_(std::move(first_names)),
        misspellings_(lexicon_, dictionaries, english_terms) {}

  // What the registry knows before making one (engine/detector_registry.h).
  static constexpr std::string_view kName = "special_category";
  static std::vector<std::string_view> Types() {
    return {kSpecialCategoryTypes.begin(), kSpecialCategoryTypes.end()};
  }

  std::string_view name() const override { return kName; }
  std::vector<std::string_view> types() const override { return Types(); }
  std::vector<Pattern> patterns() const override;
  std::vector<ContextWords> context_words() const override;
  void Confirm(const Candidate& candidate, const ScanView& view,
               std::vector<Finding>& out) const override;
  // Misspelt terms ("diabeties"), found only with a person or a cue near them.
  bool reads_text() const override { return true; }
  void ConfirmText(const ScanView& view, std::vector<Finding>& out) const override;
  // Case-folded.
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // Whether the words after text[end] are listed as making `folded_word`, the word ending
  // there, not of any category ("sick" + "of").
  bool IsFollowedByExcluded(std::string_view text, size_t end, std::string_view folded_word) const;
  // Whether the words before text[start] are listed as making the word starting there not
  // of any category ("retail" + "therapy").
  bool IsPrecededByExcluded(std::string_view text, size_t start) const;
  // Whether the term at text[start, end) is for or of an animal: "the deaf cat",
  // "DNA-test for hunder", "allergi hos katten min", "diabetiker-katt".
  bool IsForAnAnimal(std::string_view text, size_t start, size_t end) const;
  // Whether the term found at `site` says nothing of anyone where it stands: goods a shop
  // sells or stocks, a pet's illness, a language, a body, a topic, a workplace or a job.
  // (A place of care is asked in Confirm, which knows the person; so is a place's feature,
  // which a form may ask of its filler.)
  bool SpeaksOfNoOne(const LexiconTerm& term, const ScanView& view, const TermSite& site) const;
  // Whether text[start, end) is in a form's label and so stands for no statement itself. If
  // the label is of a category ("Allergies" in "Allergies: peanuts"), or is a question of
  // the term's own `term_category` that the filler answers yes ("Er du gravid? Ja"), adds
  // its value, whole, to `out`; if the field holds nothing ("Disability: none"), adds
  // nothing. A label that names a place ("Medical Centre: Storgata 1") or a politically
  // exposed person is of no category.
  bool FindFormValue(std::string_view text, size_t start, size_t end,
                     std::optional<uint8_t> term_category, std::vector<Finding>& out) const;

  SpecialLexicon lexicon_;
  NameLists first_names_;  // only first_names.txt
  TermMisspellings misspellings_;  // reads lexicon_
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_SPECIAL_CATEGORY_H_
