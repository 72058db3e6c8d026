// GB_NHS_NUMBER: the health service numbers of the United Kingdom.
#ifndef SLADD_DETECTORS_GB_NHS_NUMBER_H_
#define SLADD_DETECTORS_GB_NHS_NUMBER_H_

#include <optional>
#include <string_view>

#include "detectors/checksums.h"
#include "engine/detector.h"

namespace sladd {

// Which service issued a number, read off its first digits.
enum class NhsNumberKind : uint8_t {
  kNhs,  // England, Wales and the Isle of Man
  kChi,  // Scotland's Community Health Index: a date of birth, DDMMYY, first
  kHc,   // Northern Ireland's Health and Care number: 320-399
};

// Validates ten digits as a health service number by the mod 11 check digit they all
// carry (weights 10 to 2; a remainder that would make the check digit 10 is never issued),
// and names the issuer. nullopt if not valid.
std::optional<NhsNumberKind> ValidateNhsNumber(const Digits& digits);

// Finds them as the NHS prints them (943 476 5919) and as typed (9434765919,
// 943-476-5919). Ten digits pass the check one time in eleven and US phone numbers are
// grouped 3-3-4, so a number is reported only near NHS words (NHS number, CHI number,
// H&C number). Immutable; thread-safe.
class GbNhsNumberDetector final : public Detector {
 public:
  std::string_view name() const override { return "gb_nhs_number"; }
  std::vector<std::string_view> types() const override { return {"GB_NHS_NUMBER"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 10; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_GB_NHS_NUMBER_H_
