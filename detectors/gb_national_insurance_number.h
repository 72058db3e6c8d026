// GB_NATIONAL_INSURANCE_NUMBER: the United Kingdom's National Insurance number (NINO).
#ifndef SLADD_DETECTORS_GB_NATIONAL_INSURANCE_NUMBER_H_
#define SLADD_DETECTORS_GB_NATIONAL_INSURANCE_NUMBER_H_

#include <string_view>

#include "engine/detector.h"

namespace sladd {

// True if two letters (any case) can open a National Insurance number: neither D, F, I, Q,
// U nor V, no O second, and not one of the prefixes HMRC never allocates (BG, GB, KN, NK,
// NT, TN, ZZ).
bool IsNationalInsurancePrefix(char first, char second);

// Finds AB 12 34 56 C (HMRC's grouping) and AB123456C: two prefix letters, six digits and
// a suffix A-D. The digits are a number token, so the detector reads the letters around
// it: no pattern of letter classes slows the shared scan. Upper case with the suffix is
// reported on its own; lower case, or without the suffix (which some forms leave off),
// only near National Insurance words. Immutable; thread-safe.
class GbNationalInsuranceNumberDetector final : public Detector {
 public:
  std::string_view name() const override { return "gb_national_insurance_number"; }
  std::vector<std::string_view> types() const override { return {"GB_NATIONAL_INSURANCE_NUMBER"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 6; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  // Upper case without spaces: "ab 12 34 56 c" and "AB123456C" are one number.
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_GB_NATIONAL_INSURANCE_NUMBER_H_
