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

// The first digit in [from, from + within); npos if there is none.
size_t NextDigit(std::string_view text, size_t from, size_t within);
// One past the last digit in [to - within, to); npos if there is none.
size_t LastDigitBefore(std::string_view text, size_t to, size_t within);

}  // namespace sladd

#endif  // SLADD_DETECTORS_DIGIT_RUNS_H_
