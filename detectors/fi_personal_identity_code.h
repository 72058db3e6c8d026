// FI_PERSONAL_IDENTITY_CODE: Finnish henkilötunnus (HETU).
#ifndef SLADD_DETECTORS_FI_PERSONAL_IDENTITY_CODE_H_
#define SLADD_DETECTORS_FI_PERSONAL_IDENTITY_CODE_H_

#include <optional>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

struct FinnishIdentityCode {
  int year = 0;
  bool temporary = false;  // individual number 900-999
};

// Validates DDMMYYCZZZQ: century sign C ('+' 1800s; '-', Y, X, W, V, U 1900s; A-F 2000s,
// the signs added in 2023 included), a real date, individual number ZZZ 002-999 and the
// check character Q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[DDMMYYZZZ mod 31].
std::optional<FinnishIdentityCode> ValidateFinnishIdentityCode(std::string_view text);

// Finds DDMMYYCZZZQ. A code with '-' and a digit for Q has the shape of a Danish CPR number
// (DDMMYY-SSSS) and passes the check one time in 31: without Finnish context words it
// yields to DK_CPR.
class FiPersonalIdentityCodeDetector final : public Detector {
 public:
  std::string_view name() const override { return "fi_personal_identity_code"; }
  std::vector<std::string_view> types() const override {
    return {"FI_PERSONAL_IDENTITY_CODE"};
  }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 6; }
  // Every six-digit group followed by a century sign, three digits and a check character.
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_FI_PERSONAL_IDENTITY_CODE_H_
