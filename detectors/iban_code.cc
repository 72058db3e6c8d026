#include "detectors/iban_code.h"

#include <string>

#include "detectors/checksums.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

struct Country {
  std::string_view code;
  int length;
};

// SWIFT IBAN registry (release 98), total lengths.
constexpr Country kCountries[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
    {"BG", 22}, {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22},
    {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20},
    {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22},
    {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28},
    {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30},
    {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21},
    {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24},
    {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27},
    {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29},
    {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// `text` in capitals without its spaces (' ' and those SpaceLengthAt knows).
std::string Compact(std::string_view text) {
  std::string compact;
  for (size_t i = 0; i < text.size();) {
    if (const size_t space = SpaceLengthAt(text, i); space > 0) {
      i += space;
    } else {
      compact.push_back(Upper(text[i++]));
    }
  }
  return compact;
}

// Byte length of the prefix of `text` made of `count` ASCII letters and digits with single
// spaces (as SpaceLengthAt) between them; shorter if another character comes first.
size_t AlphanumericPrefix(std::string_view text, size_t count) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (IsAsciiLetter(c) || IsAsciiDigit(c)) {
      if (++seen == count) return i + 1;
      ++i;
      continue;
    }
    const size_t space = SpaceLengthAt(text, i);
    if (space == 0 || i + space >= text.size() || SpaceLengthAt(text, i + space) > 0) return i;
    i += space;
  }
  return text.size();
}

}  // namespace

int IbanLength(std::string_view country_code) {
  for (const Country& country : kCountries) {
    if (country.code == country_code) return country.length;
  }
  return 0;
}

bool ValidateIban(std::string_view compact) {
  if (compact.size() < 15) return false;
  const std::string upper = Compact(compact);
  if (static_cast<int>(upper.size()) != IbanLength(upper.substr(0, 2))) return false;
  if (!IsAsciiDigit(upper[2]) || !IsAsciiDigit(upper[3])) return false;
  // Move the country code and check digits to the end, then the remainder must be 1.
  return Mod97(upper.substr(4) + upper.substr(0, 4)) == 1;
}

void IbanCodeDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                     std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  if (token.start < 2 || token.group(0).length() < 2) return;
  const size_t start = token.start - 2;
  if (!IsAsciiLetter(text[start]) || !IsAsciiLetter(text[start + 1]) ||
      WordCharBefore(text, start)) {
    return;
  }
  const int length = IbanLength(Compact(text.substr(start, 2)));
  if (length == 0) return;
  // Letters and digits in groups of any size with single spaces, up to the country's length.
  const size_t end = start + AlphanumericPrefix(text.substr(start), static_cast<size_t>(length));
  const std::string_view iban = text.substr(start, end - start);
  if (WordCharAt(text, end) || !ValidateIban(iban)) return;
  const bool upper = Upper(iban[0]) == iban[0] && Upper(iban[1]) == iban[1];
  out.push_back({"IBAN_CODE", start, end, upper ? 0.97 : 0.85});
}

std::string IbanCodeDetector::Normalize(std::string_view, std::string_view value) const {
  return Compact(value);
}

}  // namespace sladd
