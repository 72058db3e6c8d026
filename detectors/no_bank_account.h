// NO_BANK_ACCOUNT: Norwegian bank account numbers (kontonummer).
#ifndef SLADD_DETECTORS_NO_BANK_ACCOUNT_H_
#define SLADD_DETECTORS_NO_BANK_ACCOUNT_H_

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

// True if 11 digits carry a valid mod-11 check digit (weights 5,4,3,2,7,6,5,4,3,2).
bool ValidateNorwegianBankAccount(const Digits& digits);

// Finds account numbers written XXXX.XX.XXXXX, XXXX XX XXXXX or as 11 plain digits. Every
// valid fødselsnummer passes the same check, so the decision is by format and context: the
// dotted and spaced bank formats and account words (konto, kontonummer, account) make an
// account; 11 plain digits that form a valid fødselsnummer, or that stand near ID words,
// score below the default threshold and are left to NO_NATIONAL_ID.
class NoBankAccountDetector final : public Detector {
 public:
  std::string_view name() const override { return "no_bank_account"; }
  std::vector<std::string_view> types() const override { return {"NO_BANK_ACCOUNT"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 11; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_NO_BANK_ACCOUNT_H_
