// Whether a word that no list holds as written is still an ordinary word: an inflected form
// of a known word ("appen" = app + en, "hukommelsen", "strømmen") or a compound whose last
// part is one ("sporingsnummer", "grovbrød", "ordrenummeret"). Norwegian inflects by suffix
// and writes compounds as one word, so most of its nouns are in no word list as written.
//
// Names seldom parse so, though some do (farm names: "Krokstad" = krok + stad), so the
// PERSON detector asks this only of a lone unknown word opening a sentence, where the
// tagger cannot tell a surname ("Fardal har") from a noun ("Appen har"). A pure function
// of the lists; thread-safe.
#ifndef SLADD_DETECTORS_WORD_FORMS_H_
#define SLADD_DETECTORS_WORD_FORMS_H_

#include <string_view>

#include "detectors/word_lists.h"

namespace sladd {

// `folded` is a case-folded word. Known words are those with NameLists::kCommon or
// kKnownWord; words with a hyphen are never taken apart.
bool IsWordForm(const NameLists& lists, std::string_view folded);

}  // namespace sladd

#endif  // SLADD_DETECTORS_WORD_FORMS_H_
