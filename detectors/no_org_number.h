// NO_ORG_NUMBER: Norwegian organisation numbers (organisasjonsnummer).
#ifndef SLADD_DETECTORS_NO_ORG_NUMBER_H_
#define SLADD_DETECTORS_NO_ORG_NUMBER_H_

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

// True if 9 digits start with 8 or 9 (the only series issued) and carry a valid mod-11
// check digit (weights 3,2,7,6,5,4,3,2).
bool ValidateNorwegianOrgNumber(const Digits& digits);

// Finds organisation numbers written "NO 123 456 789 MVA" or "NO123456789MVA" (VAT form,
// certain), or as "123 456 789" / "123456789" next to words such as org.nr or
// organisasjonsnummer. A bare nine-digit number without such context scores below the
// default threshold.
class NoOrgNumberDetector final : public Detector {
 public:
  std::string_view name() const override { return "no_org_number"; }
  std::vector<std::string_view> types() const override { return {"NO_ORG_NUMBER"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 9; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_NO_ORG_NUMBER_H_
