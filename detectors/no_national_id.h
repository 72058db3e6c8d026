// NO_NATIONAL_ID: Norwegian fødselsnummer, D-, H- and FH-numbers and synthetic test numbers.
#ifndef SLADD_DETECTORS_NO_NATIONAL_ID_H_
#define SLADD_DETECTORS_NO_NATIONAL_ID_H_

#include <optional>
#include <string_view>

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

struct NorwegianNationalId {
  enum class Kind { kFodselsnummer, kDNumber, kHNumber, kFhNumber };
  Kind kind = Kind::kFodselsnummer;
  // Month + 80: test numbers from the Norwegian Tax Administration's Tenor.
  bool synthetic = false;
  // Valid only under the check-digit rule in force from 2032 (first check digit may leave
  // remainder 1, 2 or 3).
  bool needs_2032_rule = false;

  // "fnr", "d_number", "h_number", "fh_number", with a "synthetic_" prefix for test numbers.
  std::string_view KindName() const;
};

// Validates 11 digits as a Norwegian national identity number: both check digits (first
// weights 3,7,6,1,8,9,4,5,2 and remainder 0-3 by the 2032 rule; second weights
// 5,4,3,2,7,6,5,4,3,2), and, except for FH-numbers (first digit 8 or 9), a real calendar
// date whose century follows from the individual number. nullopt if not valid.
std::optional<NorwegianNationalId> ValidateNorwegianNationalId(const Digits& digits);

// Finds NO_NATIONAL_ID written as DDMMYYIIIKK, DDMMYY IIIKK, DDMMYY-IIIKK or in spaced
// groups. Context words (fødselsnummer, fnr, personnummer) raise the score; bank-account
// words (kontonummer) lower it, since every valid fødselsnummer is also a valid account
// number.
class NoNationalIdDetector final : public Detector {
 public:
  std::string_view name() const override { return "no_national_id"; }
  std::vector<std::string_view> types() const override { return {"NO_NATIONAL_ID"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  // Ten: a labelled ID with a digit lost is still one.
  size_t min_token_digits() const override { return 10; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_NO_NATIONAL_ID_H_
