#include "detectors/gb_bank_account.h"

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "detectors/digit_runs.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kAccountWords };

// How far from the label the sort code may start, and how far the account may stand from
// the sort code: "sort code is 20-00-00 and the account number is 12345678".
constexpr size_t kToSortCode = 16;
constexpr size_t kToAccount = 40;

}  // namespace

std::vector<Pattern> GbBankAccountDetector::patterns() const {
  return {{"sort code", Boundary::kWord, /*caseless=*/true, /*unicode=*/false, /*tag=*/0,
           /*literal=*/true}};
}

std::vector<ContextWords> GbBankAccountDetector::context_words() const {
  return {{kAccountWords,
           {"account", "acct", "acc no", "acc. no", "acc number", "a/c", "bank account"}}};
}

void GbBankAccountDetector::Confirm(const Candidate& label, const ScanView& view,
                                    std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t sort_start = NextDigit(text, label.end, kToSortCode);
  if (sort_start == std::string_view::npos) return;
  const DigitRun sort_code = DigitRunFrom(text, sort_start);
  if (sort_code.digits != 6 || !StandsAlone(text, sort_code)) return;
  // "sort code 20-00-00, account number 12345678", "account number 12345678 and sort code
  // 20-00-00"
  ReportAccountBesideCode(
      text, label.start, sort_code.end, kToAccount, [](size_t digits) { return digits == 8; },
      [&](const DigitRun& account) {
        return ReportAccount(account.start, account.end, view, out);
      });
}

bool GbBankAccountDetector::ReportAccount(size_t start, size_t end, const ScanView& view,
                                          std::vector<Finding>& out) const {
  if (!view.HasContextRightBefore(kAccountWords, start, kContextBefore)) return false;
  out.push_back({"GB_BANK_ACCOUNT", start, end, 0.95});
  return true;
}

std::string GbBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
