// IBAN_CODE: International Bank Account Numbers.
#ifndef SLADD_DETECTORS_IBAN_CODE_H_
#define SLADD_DETECTORS_IBAN_CODE_H_

#include <string_view>

#include "engine/detector.h"

namespace sladd {

// The total IBAN length for a country code in the SWIFT IBAN registry, or 0.
int IbanLength(std::string_view country_code);

// True if `compact` (no spaces, any case) has a registry country code, that country's
// length, two check digits and a mod-97 remainder of 1.
bool ValidateIban(std::string_view compact);

// Finds IBANs with or without spaces (NO93 8601 1117 947, SE45 5000 0000 0583 9825 7466,
// DK50 0040 0440 1162 43, FI21 1234 5600 0007 85) in upper or lower case. A candidate that
// runs on into further letters or digits is cut to its country's length.
class IbanCodeDetector final : public Detector {
 public:
  std::string_view name() const override { return "iban_code"; }
  std::vector<std::string_view> types() const override { return {"IBAN_CODE"}; }
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 2; }
  // An IBAN's check digits start a number token right after its two-letter country code.
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_IBAN_CODE_H_
