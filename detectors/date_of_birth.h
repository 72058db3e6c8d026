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

// Finds the dates ReadDate reads right after a birth word ("fødselsdato", "født", "f.",
// "DOB", "date of birth", "born"; in the engine's database), at most a few words after it
// and with no digit between ("Fødselsdato (dd.mm.åååå): 01.01.1990", "født den 3. mars
// 1985", "born on March 14, 1985"). Only texts with a birth word cost anything: the many
// dates of orders and deliveries are never read. Stateless and thread-safe.
class DateOfBirthDetector final : public Detector {
 public:
  explicit DateOfBirthDetector(int this_year) : this_year_(this_year) {}

  std::string_view name() const override { return "date_of_birth"; }
  std::vector<std::string_view> types() const override { return {"DATE_OF_BIRTH"}; }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& candidate, const ScanView& view,
               std::vector<Finding>& out) const override;
  // "YYYY-MM-DD": "01.01.1990" and "1. januar 1990" are one date.
  std::string Normalize(std::string_view type, std::string_view value) const override;

 private:
  // Adds the date a birth date ending at `end` was changed to, as audit logs write it:
  // "birth_date from 1985-03-14 to 1985-04-13", "fødselsdato 01.01.1990 -> 02.01.1990".
  void ConfirmChangedTo(std::string_view text, size_t end, std::vector<Finding>& out) const;

  int this_year_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_DATE_OF_BIRTH_H_
