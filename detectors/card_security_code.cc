#include "detectors/card_security_code.h"

#include "detectors/checksums.h"
#include "detectors/label_values.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Names of the code on a card. One word may run on ("sikkerhetskoden", "cvc-koden"); a
// name of several words ends with its last word.
constexpr std::string_view kCodeWords[] = {
    // the card schemes' abbreviations
    "cvc", "cvv", "cvc2", "cvv2", "cvn",
    // and the words for the code in English and the Nordic languages
    "security code", "card verification", "sikkerhetskode", "sikkerheitskode", "säkerhetskod",
    "sikkerhedskode", "kontrolcifre", "turvakoodi", "tarkistusnumero"};

// Words that may stand between the name and the code: "CVC-koden er 123", "security code on
// the card is 0937", "CVV number: 123", "sikkerhetskoden på baksiden av kortet er 093".
constexpr std::string_view kBetweenWords[] = {
    "code",   "kode", "koden", "number",   "nr", "no",  "value", "is",
    "er",     "är",   "on",    "på",       "of", "av",  "the",   "card",
    "kortet", "kort", "back",  "baksiden", "my", "min", "mitt",  "din"};

// The code starts at most this many bytes after the name's word ends.
constexpr size_t kToCode = 32;
constexpr size_t kFewestDigits = 3;
constexpr size_t kMostDigits = 4;

}  // namespace

std::optional<size_t> ReadCardSecurityCode(std::string_view text, size_t start) {
  if (WordCharBefore(text, start)) return std::nullopt;
  size_t end = start;
  while (end < text.size() && IsAsciiDigit(text[end])) ++end;
  const size_t digits = end - start;
  if (digits < kFewestDigits || digits > kMostDigits || WordCharAt(text, end)) {
    return std::nullopt;
  }
  // "123,50 kr", "12:30", "3.500": a number of another kind goes on after a mark.
  if (end + 1 < text.size() && (text[end] == ',' || text[end] == '.' || text[end] == ':') &&
      IsAsciiDigit(text[end + 1])) {
    return std::nullopt;
  }
  return end;
}

std::vector<Pattern> CardSecurityCodeDetector::patterns() const {
  std::vector<Pattern> patterns;
  for (const std::string_view word : kCodeWords) {
    const bool one_word = word.find(' ') == std::string_view::npos;
    patterns.push_back({std::string(word), one_word ? Boundary::kWordStart : Boundary::kWord,
                        /*caseless=*/true, /*unicode=*/false, /*tag=*/0, /*literal=*/true});
  }
  return patterns;
}

void CardSecurityCodeDetector::Confirm(const Candidate& label, const ScanView& view,
                                       std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t start = ValueStartAfterLabel(text, label.end, kBetweenWords, kToCode);
  if (start == std::string_view::npos) return;
  const std::optional<size_t> end = ReadCardSecurityCode(text, start);
  if (!end) return;
  out.push_back({"CARD_SECURITY_CODE", start, *end, 0.9});
}

std::string CardSecurityCodeDetector::Normalize(std::string_view, std::string_view value) const {
  return std::string(value);
}

}  // namespace sladd
