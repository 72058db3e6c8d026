// DK_BANK_ACCOUNT: Danish bank account numbers given with their registration number.
#ifndef SLADD_DETECTORS_DK_BANK_ACCOUNT_H_
#define SLADD_DETECTORS_DK_BANK_ACCOUNT_H_

#include <string_view>

#include "engine/detector.h"

namespace sladd {

// Finds the account number of bank details as Danish customers give them for a refund:
// "reg.nr. 1234 kontonr. 0001234567", "Kontonummer: 1234567890, reg. nr. 1234",
// "Reg.nr./konto: 1234-1234567890". A Danish account is up to ten digits after the bank's
// four-digit registration number; the banks check them by rules of their own (some mod 11,
// some none), so both labels are required: four digits after a registration label, and
// six to ten digits within a few words of them right after an account word, or joined to
// them by a space or a dash. Only the account is the finding: a registration number names
// a branch. Texts without a registration label cost only the literals in the shared scan.
// Immutable; thread-safe.
class DkBankAccountDetector final : public Detector {
 public:
  std::string_view name() const override { return "dk_bank_account"; }
  std::vector<std::string_view> types() const override { return {"DK_BANK_ACCOUNT"}; }
  std::vector<Pattern> patterns() const override;
  std::vector<ContextWords> context_words() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // Reports the digits at [start, end) if an account word stands right before them.
  bool ReportAccount(size_t start, size_t end, const ScanView& view,
                     std::vector<Finding>& out) const;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_DK_BANK_ACCOUNT_H_
