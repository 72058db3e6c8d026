// Data files of the detectors (detectors/data/), built into the binary by an assembler
// .incbin (detectors/CMakeLists.txt): no file is read at run time.
#ifndef SLADD_DETECTORS_EMBEDDED_DATA_H_
#define SLADD_DETECTORS_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

#include "detectors/special_lexicon.h"

// Declares the symbols of one embedded file and a function returning its bytes.
#define SLADD_EMBEDDED_FILE(name, function)                                          \
  extern "C" const char sladd_##name##_begin[];                                     \
  extern "C" const char sladd_##name##_end[];                                       \
  namespace sladd::embedded {                                                       \
  inline std::string_view function() {                                              \
    return {sladd_##name##_begin,                                                   \
            static_cast<size_t>(sladd_##name##_end - sladd_##name##_begin)};        \
  }                                                                                 \
  }

SLADD_EMBEDDED_FILE(person_tagger_weights, PersonTaggerWeights)
SLADD_EMBEDDED_FILE(first_names, FirstNames)
SLADD_EMBEDDED_FILE(last_names, LastNames)
SLADD_EMBEDDED_FILE(common_words, CommonWords)
SLADD_EMBEDDED_FILE(known_words, KnownWords)
SLADD_EMBEDDED_FILE(place_names, PlaceNames)
SLADD_EMBEDDED_FILE(brand_names, BrandNames)
SLADD_EMBEDDED_FILE(lowercase_first_names, LowercaseFirstNames)
SLADD_EMBEDDED_FILE(lowercase_names_also_words, LowercaseNamesAlsoWords)
SLADD_EMBEDDED_FILE(public_figures, PublicFigures)
SLADD_EMBEDDED_FILE(special_health, SpecialHealth)
SLADD_EMBEDDED_FILE(special_health_icd10, SpecialHealthIcd10)
SLADD_EMBEDDED_FILE(special_religion, SpecialReligion)
SLADD_EMBEDDED_FILE(special_politics, SpecialPolitics)
SLADD_EMBEDDED_FILE(special_politics_parties, SpecialPoliticsParties)
SLADD_EMBEDDED_FILE(special_trade_union, SpecialTradeUnion)
SLADD_EMBEDDED_FILE(special_ethnicity, SpecialEthnicity)
SLADD_EMBEDDED_FILE(special_sexuality, SpecialSexuality)
SLADD_EMBEDDED_FILE(special_genetic, SpecialGenetic)
SLADD_EMBEDDED_FILE(special_biometric, SpecialBiometric)
SLADD_EMBEDDED_FILE(special_criminal, SpecialCriminal)
SLADD_EMBEDDED_FILE(special_person_cues, PersonCues)
SLADD_EMBEDDED_FILE(special_seller_cues, SellerCues)
SLADD_EMBEDDED_FILE(special_animal_cues, AnimalCues)
SLADD_EMBEDDED_FILE(special_compound_heads, CompoundHeads)
SLADD_EMBEDDED_FILE(special_near_term_words, NearTermWords)
SLADD_EMBEDDED_FILE(special_english_terms, EnglishTerms)

#undef SLADD_EMBEDDED_FILE

namespace sladd::embedded {

// The special-category lexicon files with their categories (kSpecialCategoryTypes order).
inline std::vector<LexiconSource> SpecialCategoryLexicons() {
  return {{"health.txt", 0, SpecialHealth()},
          {"health_icd10.txt", 0, SpecialHealthIcd10()},
          {"religion.txt", 1, SpecialReligion()},
          {"politics.txt", 2, SpecialPolitics()},
          {"politics_parties.txt", 2, SpecialPoliticsParties()},
          {"trade_union.txt", 3, SpecialTradeUnion()},
          {"ethnicity.txt", 4, SpecialEthnicity()},
          {"sexuality.txt", 5, SpecialSexuality()},
          {"genetic.txt", 6, SpecialGenetic()},
          {"biometric.txt", 7, SpecialBiometric()},
          {"criminal.txt", 8, SpecialCriminal()}};
}

}  // namespace sladd::embedded

#endif  // SLADD_DETECTORS_EMBEDDED_DATA_H_
