// CREDIT_CARD: payment card numbers.
#ifndef SLADD_DETECTORS_CREDIT_CARD_H_
#define SLADD_DETECTORS_CREDIT_CARD_H_

#include <optional>
#include <string_view>

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

// The card scheme of a number whose issuer prefix and length belong to a known scheme
// (Visa, Mastercard, American Express, Discover, JCB, Diners Club, Maestro, UnionPay, Mir)
// and whose Luhn check digit is right: "visa", "mastercard", ... nullopt otherwise.
std::optional<std::string_view> ValidateCardNumber(const Digits& digits);

// The scheme whose issuer prefix and length `digits` have, whatever the check digit.
std::optional<std::string_view> CardSchemeOf(const Digits& digits);

// Finds card numbers of 13-19 digits written plain, in groups of four, or Amex/Diners-style
// 4-6-5 and 4-6-4, with one kind of separator. EAN-13 barcodes, KID numbers and tracking
// numbers are ruled out by their prefixes (EAN and SSCC prefixes are not issuer prefixes),
// by context words (KID, faktura, sporing, tracking, EAN) and, for 13 plain digits (the
// length of EAN-13), by requiring card words nearby.
class CreditCardDetector final : public Detector {
 public:
  std::string_view name() const override { return "credit_card"; }
  std::vector<std::string_view> types() const override { return {"CREDIT_CARD"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 13; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_CREDIT_CARD_H_
