// PHONE_NUMBER: Norwegian numbers checked against the numbering plan, Swedish, Danish and
// Finnish numbers, and international numbers with a + or 00 prefix, validated against
// libphonenumber's numbering plans (PhonePlans).
#ifndef SLADD_DETECTORS_PHONE_NUMBER_H_
#define SLADD_DETECTORS_PHONE_NUMBER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "detectors/phone_plans.h"
#include "engine/detector.h"

namespace sladd {

// A validated number: its region ("NO", "SE", "DK", "FI", "IS", "GB" or "international"), whether
// it is a mobile number, and its E.164 form.
struct ValidPhoneNumber {
  std::string_view region;
  bool mobile = false;
  std::string e164;
};

enum class NorwegianLine { kInvalid, kMobile, kFixed, kService };

// The Norwegian numbering plan for eight-digit numbers (mobile 4, 59 and 9; fixed lines
// 21-24, 31-38, 51-57, 61-69, 70-78; the 8xx service ranges; nothing starting with 0 or 1),
// without a regular-expression engine: this runs for every eight-digit candidate. It is
// the union of the plan in Debian 12's libphonenumber (8.12) and the newer one in
// ../shared/lexicons/phone (which opened 42-44, 49 and 68); the tests hold it to both.
NorwegianLine ClassifyNorwegianNumber(std::string_view eight_digits);

// Validates an 8-digit Norwegian national number against the numbering plan; with
// `allow_danish`, a number valid only in Denmark's plan is accepted as Danish.
std::optional<ValidPhoneNumber> ValidateNordicEightDigits(const PhonePlans& plans,
                                                          std::string_view digits,
                                                          bool allow_danish);

// Validates a number written with an international prefix ("+46 70 123 45 67",
// "0045 12345678"), or a Swedish, Finnish or British number written with its trunk 0
// ("070-123 45 67", "040 123 4567", "07911 123456": eleven digits are British).
std::optional<ValidPhoneNumber> ValidateInternational(const PhonePlans& plans,
                                                      std::string_view text);
std::optional<ValidPhoneNumber> ValidateNationalWithTrunkZero(const PhonePlans& plans,
                                                              std::string_view text);

// Reads number tokens: eight digits in Norwegian groupings (with "(+47) " before or not),
// numbers after '+' or "00", numbers with a trunk 0 (Swedish, Finnish, British), and near
// phone words a Norwegian
// number after a bare 47 ("sms til 4791234567"). Context words (tlf, telefon,
// mobil, ring, phone, call) raise the score; amounts, order, invoice and tracking words
// right before ("kr", "ordre", "KID") rule a number out, as do dates and prices
// ("12345678,-").
class PhoneNumberDetector final : public Detector {
 public:
  static absl::StatusOr<std::unique_ptr<PhoneNumberDetector>> Create();
  // What the registry knows before making one (engine/detector_registry.h).
  static constexpr std::string_view kName = "phone_number";
  static std::vector<std::string_view> Types() { return {"PHONE_NUMBER"}; }

  std::string_view name() const override { return kName; }
  std::vector<std::string_view> types() const override { return Types(); }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 7; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
  // Compiles every calling code's numbering plan.
  void WarmUp() const override { plans_->CompileAll(); }

 private:
  explicit PhoneNumberDetector(std::unique_ptr<const PhonePlans> plans)
      : plans_(std::move(plans)) {}
  void ConfirmInternational(const NumberToken& token, const ScanView& view, bool plus,
                            std::vector<Finding>& out) const;
  void ConfirmEightDigits(const NumberSpan& span, const ScanView& view,
                          std::vector<Finding>& out) const;
  void ConfirmNorwegianWithoutPlus(const NumberSpan& span, const ScanView& view,
                                   std::vector<Finding>& out) const;
  bool IsNamedOtherwise(size_t start, const ScanView& view) const;
  void ConfirmTrunkZeroSpans(const NumberToken& token, const ScanView& view, bool prefixed,
                             std::vector<Finding>& out) const;
  // True if it found a number.
  bool ConfirmTrunkZero(const NumberSpan& span, const ScanView& view,
                        std::vector<Finding>& out) const;

  std::unique_ptr<const PhonePlans> plans_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_PHONE_NUMBER_H_
