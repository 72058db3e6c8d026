// Data files of the detectors (detectors/data/), built into the binary by an assembler
// .incbin (detectors/data/embedded_data.S.in): no file is read at run time.
#ifndef SLADD_DETECTORS_EMBEDDED_DATA_H_
#define SLADD_DETECTORS_EMBEDDED_DATA_H_

#include <string_view>

extern "C" {
extern const char sladd_person_tagger_weights_begin[];
extern const char sladd_person_tagger_weights_end[];
extern const char sladd_first_names_begin[];
extern const char sladd_first_names_end[];
extern const char sladd_last_names_begin[];
extern const char sladd_last_names_end[];
extern const char sladd_common_words_begin[];
extern const char sladd_common_words_end[];
}

namespace sladd::embedded {

inline std::string_view PersonTaggerWeights() {
  return {sladd_person_tagger_weights_begin,
          static_cast<size_t>(sladd_person_tagger_weights_end - sladd_person_tagger_weights_begin)};
}
inline std::string_view FirstNames() {
  return {sladd_first_names_begin, static_cast<size_t>(sladd_first_names_end - sladd_first_names_begin)};
}
inline std::string_view LastNames() {
  return {sladd_last_names_begin, static_cast<size_t>(sladd_last_names_end - sladd_last_names_begin)};
}

inline std::string_view CommonWords() {
  return {sladd_common_words_begin,
          static_cast<size_t>(sladd_common_words_end - sladd_common_words_begin)};
}

}  // namespace sladd::embedded

#endif  // SLADD_DETECTORS_EMBEDDED_DATA_H_
