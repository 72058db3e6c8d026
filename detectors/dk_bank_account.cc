#include "detectors/dk_bank_account.h"

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "detectors/digit_runs.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kAccountWords };

// How far from the label the registration number may start ("Reg. nr.: 1234"), and how
// far the account may stand from it ("reg.nr. 1234 og kontonummer 0001234567").
constexpr size_t kToRegistration = 16;
constexpr size_t kToAccount = 40;

constexpr size_t kRegistrationDigits = 4;
constexpr size_t kFewestAccountDigits = 6;
constexpr size_t kMostAccountDigits = 10;

bool IsAccountLength(size_t digits) {
  return digits >= kFewestAccountDigits && digits <= kMostAccountDigits;
}

}  // namespace

std::vector<Pattern> DkBankAccountDetector::patterns() const {
  std::vector<Pattern> patterns;
  // "reg" as a word: "reg.nr.", "Reg. nr.", "reg nr", "reg.-nr.", "reg 1234".
  for (const char* label : {"reg", "regnr", "registreringsnummer", "registreringsnr"}) {
    patterns.push_back({label, Boundary::kWord, /*caseless=*/true, /*unicode=*/false, /*tag=*/0,
                        /*literal=*/true});
  }
  return patterns;
}

std::vector<ContextWords> DkBankAccountDetector::context_words() const {
  return {{kAccountWords,
           {"konto", "kontonr", "kontonummer", "kontonummeret", "kto", "kto.nr", "account",
            "acc no", "account no"}}};
}

void DkBankAccountDetector::Confirm(const Candidate& label, const ScanView& view,
                                    std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t registration_start = NextDigit(text, label.end, kToRegistration);
  if (registration_start == std::string_view::npos) return;
  const DigitRun registration = DigitRunFrom(text, registration_start);
  if (!StandsAlone(text, registration)) return;
  // "Reg.nr./konto: 1234-1234567890": the label speaks of both.
  const size_t joined_start = registration_start + kRegistrationDigits + 1;
  if (registration.digits > kRegistrationDigits && joined_start < registration.end &&
      !IsAsciiDigit(text[joined_start - 1]) &&
      IsAccountLength(registration.digits - kRegistrationDigits)) {
    out.push_back({"DK_BANK_ACCOUNT", joined_start, registration.end, 0.95});
    return;
  }
  if (registration.digits != kRegistrationDigits) return;
  // "reg.nr. 1234 kontonr. 0001234567", "kontonr. 0001234567, reg.nr. 1234"
  ReportAccountBesideCode(text, label.start, registration.end, kToAccount, IsAccountLength,
                          [&](const DigitRun& account) {
                            return ReportAccount(account.start, account.end, view, out);
                          });
}

bool DkBankAccountDetector::ReportAccount(size_t start, size_t end, const ScanView& view,
                                          std::vector<Finding>& out) const {
  if (!view.HasContextRightBefore(kAccountWords, start, kContextBefore)) return false;
  out.push_back({"DK_BANK_ACCOUNT", start, end, 0.95});
  return true;
}

std::string DkBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
