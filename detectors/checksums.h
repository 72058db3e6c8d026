// Check-digit algorithms and calendar checks shared by the identifier validators.
#ifndef SLADD_DETECTORS_CHECKSUMS_H_
#define SLADD_DETECTORS_CHECKSUMS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sladd {

// The decimal digits of a candidate, separators dropped. Fixed capacity: no allocation.
class Digits {
 public:
  static constexpr size_t kCapacity = 40;

  // The digits of `text`, skipping every other character; nullopt if there are more than
  // kCapacity digits.
  static std::optional<Digits> Of(std::string_view text);

  size_t size() const { return size_; }
  int operator[](size_t i) const { return digits_[i]; }
  // The number formed by digits [from, from + count).
  int Number(size_t from, size_t count) const;
  std::span<const uint8_t> span() const { return {digits_.data(), size_}; }

 private:
  std::array<uint8_t, kCapacity> digits_{};
  size_t size_ = 0;
};

// Sum of digits[i] * weights[i] over the weights, modulo 11.
int WeightedMod11(const Digits& digits, std::span<const int> weights, size_t from = 0);

// The Luhn (mod 10) check over all digits, the last being the check digit.
bool LuhnValid(std::span<const uint8_t> digits);

// ISO 7064 mod 97-10 over an IBAN-style string (letters A=10..Z=35, digits as they are):
// the remainder of the whole number modulo 97. Characters other than A-Z, a-z and 0-9 make
// the result -1.
int Mod97(std::string_view alphanumeric);

bool IsLeapYear(int year);
// True if day/month/year is a date of the Gregorian calendar.
bool IsValidDate(int year, int month, int day);

bool IsAsciiDigit(char c);

// The Finding kind of a number that a label right before it names ("fnr", "kontonummer")
// although its check digits fail: a typing error leaves it personal data.
inline constexpr std::string_view kInvalidCheckDigits = "invalid_check_digits";

// `text` without its non-digit characters: the normal form of written numbers.
std::string DigitsOnly(std::string_view text);
// `text`'s ASCII letters, in capitals, and digits, without anything else: the normal form of
// codes written in groups ("FH 254787", "el-12345").
std::string UppercaseAlphanumerics(std::string_view text);

}  // namespace sladd

#endif  // SLADD_DETECTORS_CHECKSUMS_H_
