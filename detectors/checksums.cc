#include "detectors/checksums.h"

namespace sladd {

std::optional<Digits> Digits::Of(std::string_view text) {
  Digits digits;
  for (const char c : text) {
    if (!IsAsciiDigit(c)) continue;
    if (digits.size_ == kCapacity) return std::nullopt;
    digits.digits_[digits.size_++] = static_cast<uint8_t>(c - '0');
  }
  return digits;
}

int Digits::Number(size_t from, size_t count) const {
  int value = 0;
  for (size_t i = from; i < from + count && i < size_; ++i) value = value * 10 + digits_[i];
  return value;
}

int WeightedMod11(const Digits& digits, std::span<const int> weights, size_t from) {
  int sum = 0;
  for (size_t i = 0; i < weights.size() && from + i < digits.size(); ++i) {
    sum += digits[from + i] * weights[i];
  }
  return sum % 11;
}

bool LuhnValid(std::span<const uint8_t> digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i];
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

int Mod97(std::string_view alphanumeric) {
  int remainder = 0;
  for (const char c : alphanumeric) {
    int value;
    if (c >= '0' && c <= '9') {
      value = c - '0';
      remainder = (remainder * 10 + value) % 97;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      value = c - 'A' + 10;
    } else if (c >= 'a' && c <= 'z') {
      value = c - 'a' + 10;
    } else {
      return -1;
    }
    remainder = (remainder * 100 + value) % 97;
  }
  return remainder;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool IsValidDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const int days = kDaysInMonth[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  return day <= days;
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace sladd

namespace sladd {

std::string DigitsOnly(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (IsAsciiDigit(c)) digits.push_back(c);
  }
  return digits;
}

std::string UppercaseAlphanumerics(std::string_view text) {
  std::string normal;
  for (const char c : text) {
    if (IsAsciiDigit(c)) {
      normal.push_back(c);
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      normal.push_back(static_cast<char>(c & ~0x20));
    }
  }
  return normal;
}

}  // namespace sladd
