// Digits read around a label, for detectors that read a form's fields beside the engine's
// number tokens ("Clearingnummer: 9420", "sort code 20-00-00, account 12345678").
#ifndef SLADD_DETECTORS_DIGIT_RUNS_H_
#define SLADD_DETECTORS_DIGIT_RUNS_H_

#include <cstddef>
#include <string_view>

namespace sladd {

// Digits joined by single spaces or dashes: "417 23 85", "20-00-00", "123 456 789-0".
struct DigitRun {
  size_t start = 0;
  size_t end = 0;
  size_t digits = 0;
};

// The run that starts at `start` (a digit).
DigitRun DigitRunFrom(std::string_view text, size_t start);
// The run that ends at `end` (one past a digit), read backwards.
DigitRun DigitRunTo(std::string_view text, size_t end);

// Whether `run` stands alone: no letter or digit of any script right before or after it.
bool StandsAlone(std::string_view text, const DigitRun& run);

// The first digit in [from, from + within); npos if there is none.
size_t NextDigit(std::string_view text, size_t from, size_t within);
// One past the last digit in [to - within, to); npos if there is none.
size_t LastDigitBefore(std::string_view text, size_t to, size_t within);

// The account of bank details given with a bank's code in either order ("sort code 20-00-00,
// account 12345678", "kontonr. 0001234567, reg.nr. 1234"): the run standing alone that
// starts within `within` bytes after `code_end`, and else the one that ends within `within`
// bytes before `label_start`, each tried if `fits` its digit count and taken if `report`
// does (returns true).
template <typename Fits, typename Report>
void ReportAccountBesideCode(std::string_view text, size_t label_start, size_t code_end,
                             size_t within, Fits fits, Report report) {
  const size_t after = NextDigit(text, code_end, within);
  if (after != std::string_view::npos) {
    const DigitRun account = DigitRunFrom(text, after);
    if (fits(account.digits) && StandsAlone(text, account) && report(account)) return;
  }
  const size_t before = LastDigitBefore(text, label_start, within);
  if (before == std::string_view::npos) return;
  const DigitRun account = DigitRunTo(text, before);
  if (fits(account.digits) && StandsAlone(text, account)) report(account);
}

}  // namespace sladd

#endif  // SLADD_DETECTORS_DIGIT_RUNS_H_
