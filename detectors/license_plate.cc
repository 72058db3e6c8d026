#include "detectors/license_plate.h"

#include "detectors/checksums.h"
#include "detectors/label_values.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Words for a plate, matched at a word start ("registreringsnummeret", "kjennemerket"); "reg"
// as a word of its own ("reg.nr.", "Reg. nr.", "reg nr").
constexpr std::string_view kPlateWords[] = {
    "regnr",       "registreringsnummer", "registreringsnr", "bilnummer",  "skiltnummer",
    "kjennemerke", "regnummer",           "nummerplade",     "nummerplat", "rekisterinumero",
    "rekisterikilpi", "numberplate"};
constexpr std::string_view kPlateWordsOfSeveral[] = {
    "reg",          "registration number", "registration no", "registration plate",
    "number plate", "license plate",       "licence plate",   "plate number"};

// Words that may stand between the label and the plate: "Bilen har reg.nr. EL 12345",
// "registration number is AB12 CDE", "Registreringsnummeret på bilen min er ...".
constexpr std::string_view kBetweenWords[] = {
    "nr", "no", "number", "nummer", "nummeret", "is", "er", "är", "was", "var", "på", "bilen",
    "min", "mitt", "my", "the", "car", "bil"};
constexpr size_t kToPlate = 40;

constexpr size_t kMostLetters = 3;
constexpr size_t kFewestDigits = 2;
constexpr size_t kMostDigits = 5;

size_t LettersFrom(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsAsciiLetter(text[end])) ++end;
  return end;
}
size_t DigitsFrom(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size() && IsAsciiDigit(text[end])) ++end;
  return end;
}
bool IsSeparator(std::string_view text, size_t pos) {
  return pos < text.size() && (text[pos] == ' ' || text[pos] == '-');
}

// Britain's "AB12 CDE" (the space optional) from `start`, or nullopt.
std::optional<size_t> ReadBritishPlate(std::string_view text, size_t start) {
  if (LettersFrom(text, start) != start + 2 || DigitsFrom(text, start + 2) != start + 4) {
    return std::nullopt;
  }
  size_t pos = start + 4;
  if (pos < text.size() && text[pos] == ' ') ++pos;
  if (LettersFrom(text, pos) != pos + 3) return std::nullopt;
  return pos + 3;
}

}  // namespace

std::optional<size_t> ReadLicensePlate(std::string_view text, size_t start) {
  if (start >= text.size() || WordCharBefore(text, start)) return std::nullopt;
  std::optional<size_t> end = ReadBritishPlate(text, start);
  if (!end) {
    const size_t letters_end = LettersFrom(text, start);
    if (letters_end == start || letters_end - start > kMostLetters) return std::nullopt;
    size_t pos = letters_end + IsSeparator(text, letters_end);
    const size_t digits_start = pos;
    pos = DigitsFrom(text, pos);
    size_t digits = pos - digits_start;
    // Denmark's "AB 12 345": one space inside the digits.
    if (digits == 2 && pos + 1 < text.size() && text[pos] == ' ' && IsAsciiDigit(text[pos + 1])) {
      const size_t rest_end = DigitsFrom(text, pos + 1);
      if (rest_end - (pos + 1) == 3) {
        digits += 3;
        pos = rest_end;
      }
    }
    if (digits < kFewestDigits || digits > kMostDigits) return std::nullopt;
    // Sweden's "ABC 12A": a letter after two digits.
    if (digits == 2 && pos < text.size() && IsAsciiLetter(text[pos])) ++pos;
    end = pos;
  }
  if (WordCharAt(text, *end)) return std::nullopt;
  return end;
}

std::vector<Pattern> LicensePlateDetector::patterns() const {
  std::vector<Pattern> patterns;
  for (std::string_view word : kPlateWords) {
    patterns.push_back({std::string(word), Boundary::kWordStart, /*caseless=*/true,
                        /*unicode=*/false, /*tag=*/0, /*literal=*/true});
  }
  for (std::string_view word : kPlateWordsOfSeveral) {
    patterns.push_back({std::string(word), Boundary::kWord, /*caseless=*/true,
                        /*unicode=*/false, /*tag=*/0, /*literal=*/true});
  }
  return patterns;
}

void LicensePlateDetector::Confirm(const Candidate& label, const ScanView& view,
                                   std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t start = ValueStartAfterLabel(text, label.end, kBetweenWords, kToPlate);
  if (start == std::string_view::npos || !IsAsciiLetter(text[start])) return;
  if (const std::optional<size_t> end = ReadLicensePlate(text, start)) {
    out.push_back({"LICENSE_PLATE", start, *end, 0.85});
  }
}

std::string LicensePlateDetector::Normalize(std::string_view, std::string_view value) const {
  return UppercaseAlphanumerics(value);
}

}  // namespace sladd
