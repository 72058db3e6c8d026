#include "detectors/id_document_number.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "detectors/checksums.h"
#include "detectors/label_values.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum LabelTag : uint32_t { kPassport, kDriversLicense };

constexpr std::string_view kPassportWords[] = {
    "passnummer", "passnr", "pass nr", "pass-nr", "pass no", "pasnummer", "pasnr", "pas nr",
    "passport", "passinumero"};
constexpr std::string_view kDriversLicenseWords[] = {
    "førerkort",       "førarkort",        "körkort",         "kørekort",
    "driving licence", "driving license",  "driver's license", "drivers license",
    "driver license",  "driver's licence", "drivers licence",  "driver licence",
    "ajokortti"};

// Words that may stand between the label and the number: "Passnummeret mitt er FH254787",
// "passport no. is 123456789", "licence number: ...".
constexpr std::string_view kBetweenWords[] = {
    "number", "no",  "nr",   "num", "nummer", "nummeret", "numret", "numero", "numer",
    "is",     "er",  "är",   "on",  "mitt",   "mit",      "min",    "my",     "the",
    "id",     "sitt", "hans", "hennes", "his", "her"};

// The number starts at most this many bytes after the label's word ends.
constexpr size_t kToNumber = 32;
constexpr size_t kFewestCharacters = 6;
constexpr size_t kMostCharacters = 20;
constexpr size_t kFewestDigits = 5;
constexpr size_t kLongestPrefix = 3;

bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }

// The end of the ASCII letters and digits from `pos`, and how many of them are digits.
size_t GroupEnd(std::string_view text, size_t pos, size_t& digits) {
  while (pos < text.size() && IsAsciiAlnum(text[pos])) {
    digits += IsAsciiDigit(text[pos]);
    ++pos;
  }
  return pos;
}

}  // namespace

std::optional<DocumentNumber> ReadDocumentNumber(std::string_view text, size_t start) {
  if (start >= text.size() || !IsAsciiAlnum(text[start]) || WordCharBefore(text, start)) {
    return std::nullopt;
  }
  DocumentNumber number{start, start, 0, 0};
  size_t digits = 0;
  number.end = GroupEnd(text, start, digits);
  number.characters = number.end - start;
  // A group of letters alone is a series' prefix: "FH 254787", not "expires 20270101".
  if (digits == 0 && (number.characters > kLongestPrefix ||
                      !std::all_of(text.begin() + start, text.begin() + number.end,
                                   absl::ascii_isupper))) {
    return std::nullopt;
  }
  // Join the next group over one space or dash if it holds a digit.
  while (number.end + 1 < text.size() && (text[number.end] == ' ' || text[number.end] == '-')) {
    size_t group_digits = 0;
    const size_t group_end = GroupEnd(text, number.end + 1, group_digits);
    if (group_end == number.end + 1 || group_digits == 0) break;
    number.characters += group_end - (number.end + 1);
    digits += group_digits;
    number.end = group_end;
  }
  number.digits = digits;
  if (number.characters < kFewestCharacters || number.characters > kMostCharacters ||
      number.digits < kFewestDigits || WordCharAt(text, number.end)) {
    return std::nullopt;
  }
  return number;
}

std::vector<Pattern> IdDocumentNumberDetector::patterns() const {
  std::vector<Pattern> patterns;
  auto add = [&patterns](std::string_view word, LabelTag tag) {
    // One word may run on ("passnummeret", "førerkortet"); a label of several ends with its
    // last word, so that "pass no" is not the start of "pass nothing".
    const bool one_word = word.find_first_of(" -") == std::string_view::npos;
    patterns.push_back({std::string(word), one_word ? Boundary::kWordStart : Boundary::kWord,
                        /*caseless=*/true, /*unicode=*/false, tag, /*literal=*/true});
  };
  for (std::string_view word : kPassportWords) add(word, kPassport);
  for (std::string_view word : kDriversLicenseWords) add(word, kDriversLicense);
  return patterns;
}

void IdDocumentNumberDetector::Confirm(const Candidate& label, const ScanView& view,
                                       std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t start = ValueStartAfterLabel(text, label.end, kBetweenWords, kToNumber);
  if (start == std::string_view::npos) return;
  const std::optional<DocumentNumber> number = ReadDocumentNumber(text, start);
  if (!number) return;
  const std::string_view type =
      label.tag == kPassport ? "PASSPORT_NUMBER" : "DRIVERS_LICENSE_NUMBER";
  out.push_back({type, number->start, number->end, 0.9});
}

std::string IdDocumentNumberDetector::Normalize(std::string_view, std::string_view value) const {
  return UppercaseAlphanumerics(value);
}

}  // namespace sladd
