// SE_PERSONAL_NUMBER: Swedish personnummer and samordningsnummer.
#ifndef SLADD_DETECTORS_SE_PERSONAL_NUMBER_H_
#define SLADD_DETECTORS_SE_PERSONAL_NUMBER_H_

#include <optional>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

struct SwedishPersonalNumber {
  bool coordination = false;  // samordningsnummer: day + 60
  int year = 0;
};

// Validates YYMMDD-NNNC, YYMMDD+NNNC (the '+' marks 100 years or older), YYYYMMDDNNNC,
// YYYYMMDD-NNNC and YYMMDDNNNC: a real date (day + 60 for samordningsnummer) and the Luhn
// check digit over the ten digits YYMMDDNNNC. `current_year` resolves two-digit years.
std::optional<SwedishPersonalNumber> ValidateSwedishPersonalNumber(std::string_view text,
                                                                   int current_year);

// Finds Swedish personal numbers. The separated and 12-digit forms stand on their own; ten
// plain digits also look like phone numbers and need context (personnummer, pnr).
class SePersonalNumberDetector final : public Detector {
 public:
  // `current_year` (e.g. 2026) resolves two-digit years.
  explicit SePersonalNumberDetector(int current_year) : current_year_(current_year) {}
  std::string_view name() const override { return "se_personal_number"; }
  std::vector<std::string_view> types() const override { return {"SE_PERSONAL_NUMBER"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 10; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  void Report(size_t start, size_t end, const ScanView& view, std::vector<Finding>& out) const;
  int current_year_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_SE_PERSONAL_NUMBER_H_
