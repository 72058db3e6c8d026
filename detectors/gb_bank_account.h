// GB_BANK_ACCOUNT: British bank account numbers given with their sort code.
#ifndef SLADD_DETECTORS_GB_BANK_ACCOUNT_H_
#define SLADD_DETECTORS_GB_BANK_ACCOUNT_H_

#include <string_view>

#include "engine/detector.h"

namespace sladd {

// Finds the account number of bank details as British customers give them for a refund:
// "sort code 20-00-00, account number 12345678", "Account no: 12345678, sort code 200000".
// An account number is eight digits with no public check (the banks' modulus tables are
// not published for reuse), so both labels are required: a sort code (six digits after
// "sort code") within a few words of eight digits right after an account word. Only the
// account is the finding: a sort code names a branch. Texts without "sort code" cost only
// the literal in the shared scan. Immutable; thread-safe.
class GbBankAccountDetector final : public Detector {
 public:
  std::string_view name() const override { return "gb_bank_account"; }
  std::vector<std::string_view> types() const override { return {"GB_BANK_ACCOUNT"}; }
  std::vector<Pattern> patterns() const override;
  std::vector<ContextWords> context_words() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // Reports the eight digits at [start, end) if an account word stands right before them.
  bool ReportAccount(size_t start, size_t end, const ScanView& view,
                     std::vector<Finding>& out) const;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_GB_BANK_ACCOUNT_H_
