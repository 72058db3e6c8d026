// SE_BANK_ACCOUNT: Swedish bank account numbers, a clearing number and an account number.
#ifndef SLADD_DETECTORS_SE_BANK_ACCOUNT_H_
#define SLADD_DETECTORS_SE_BANK_ACCOUNT_H_

#include <cstdint>
#include <optional>
#include <span>

#include "engine/detector.h"

namespace sladd {

// What a clearing number and the digits after it are as a Swedish account.
enum class SwedishAccountCheck : uint8_t {
  // No bank has the clearing number, or its accounts have another length.
  kNoSuchAccount,
  // The bank and length fit but the check digit fails: a mistyped account.
  kCheckDigitFails,
  kValid,
};

// Checks `account` under `clearing` (4 digits, or Swedbank's 5 with its check digit) by the
// rules of Bankgirot's "Bankernas kontonummer": the clearing number names the bank, and
// the bank's type and comment say the account's length and check (mod 11 over clearing
// and account, mod 11 over Handelsbanken's nine digits, mod 10 over the account).
SwedishAccountCheck CheckSwedishBankAccount(std::span<const uint8_t> clearing,
                                            std::span<const uint8_t> account);

// Finds Swedish accounts as banks print and people copy them: the clearing number apart
// ("8424-4, 983 189 224-6", "9420, 417 23 85", "6789-123 456 789", "3300 000620-5124")
// or joined to the account ("94204172385"). A type-1 account has eleven digits as a
// Norwegian account or fødselsnummer has, so Norwegian groupings are left alone, plain
// digits need account or Swedish words, and a number valid in both countries stays
// Norwegian unless Swedish words (clearing, Swedbank, Handelsbanken...) are near.
// Immutable; thread-safe.
class SeBankAccountDetector final : public Detector {
 public:
  std::string_view name() const override { return "se_bank_account"; }
  std::vector<std::string_view> types() const override { return {"SE_BANK_ACCOUNT"}; }
  std::vector<Pattern> patterns() const override;
  std::vector<ContextWords> context_words() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  bool reads_numbers() const override { return true; }
  // Seven: the account of "9420, 417 23 85", after the clearing number's comma.
  size_t min_token_digits() const override { return 7; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // How the clearing number is set off from the account: by '-' or ',', by a space or not
  // at all, in a Norwegian account's grouping, or as the value of a field of its own.
  enum class Layout : uint8_t { kApart, kJoined, kNorwegian, kLabelled };
  struct Reading {
    size_t start = 0;  // the clearing number's first digit
    // The account's first digit; no digit but the clearing number's lies before it.
    size_t account_start = 0;
    size_t end = 0;
    Layout layout = Layout::kJoined;
  };

  void ReadAfterClearingAndComma(const NumberToken& token, const ScanView& view,
                                 std::vector<Finding>& out) const;
  void ReadSpan(const NumberSpan& span, const ScanView& view, std::vector<Finding>& out) const;
  // Reports `reading` if it is a Swedish account; false if no bank has such accounts.
  bool Report(const Reading& reading, const ScanView& view, std::vector<Finding>& out) const;
  bool IsLabelledSwedish(const Reading& reading, const ScanView& view) const;
  // The score of a valid account, or none when it is not reported.
  std::optional<double> Score(const Reading& reading, int clearing_number,
                              const ScanView& view) const;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_SE_BANK_ACCOUNT_H_
