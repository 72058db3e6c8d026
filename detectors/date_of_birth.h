// DATE_OF_BIRTH: a date written right after a word that says it is a birth date
// ("Fødselsdato: 01.01.1990", "født 3. mars 1985", "DOB 14/03/1985", "born on March 14,
// 1985"), as lead forms, CVs and case notes write it. Any other date is left alone: on its
// own a date says nothing of anyone.
#ifndef SLADD_DETECTORS_DATE_OF_BIRTH_H_
#define SLADD_DETECTORS_DATE_OF_BIRTH_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// Reads all of `text` as a real date of a year from 1900 to `this_year`: "01.01.1990",
// "1.1.90", "01/01/1990", "01-01-1990", "1990-01-01", "3. mars 1985", "14 March 1985",
// "14th March 1985", "March 14, 1985", with the months in Norwegian, Swedish, Danish and
// English, in full or short. A two-digit year is the last such year up to `this_year`.
std::optional<CalendarDate> ReadDate(std::string_view text, int this_year);

// Finds the dates ReadDate reads that a birth word ("fødselsdato", "født", "f.", "DOB",
// "date of birth", "born") comes right before, with no digit between. A date with a
// two-digit year after '/' ("14/03/85") is not read: the engine offers number tokens of four
// digits or more. Stateless and thread-safe.
class DateOfBirthDetector final : public Detector {
 public:
  explicit DateOfBirthDetector(int this_year) : this_year_(this_year) {}

  std::string_view name() const override { return "date_of_birth"; }
  std::vector<std::string_view> types() const override { return {"DATE_OF_BIRTH"}; }
  std::vector<ContextWords> context_words() const override;
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 4; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
  // "YYYY-MM-DD": "01.01.1990" and "1. januar 1990" are one date.
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // Reports text[start, end) if it is a date a birth word comes right before.
  void ConfirmDate(const ScanView& view, size_t start, size_t end,
                   std::vector<Finding>& out) const;

  int this_year_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_DATE_OF_BIRTH_H_
