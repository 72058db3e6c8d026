// DK_CPR: Danish CPR numbers.
#ifndef SLADD_DETECTORS_DK_CPR_H_
#define SLADD_DETECTORS_DK_CPR_H_

#include <optional>
#include <string_view>

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

struct DanishCpr {
  int year = 0;
  // The pre-2007 modulus-11 check holds (numbers issued since may fail it).
  bool modulus11 = false;
};

// Validates DDMMYYSSSS (separators ignored): a real date whose century follows from the
// seventh digit and the year. The modulus-11 check is reported, not required: CPR numbers
// without it have been issued since 2007.
std::optional<DanishCpr> ValidateDanishCpr(const Digits& digits);

// Finds CPR numbers written DDMMYY-SSSS; ten plain digits only with context (cpr,
// personnummer).
class DkCprDetector final : public Detector {
 public:
  std::string_view name() const override { return "dk_cpr"; }
  std::vector<std::string_view> types() const override { return {"DK_CPR"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 10; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_DK_CPR_H_
