#include "detectors/no_national_id.h"

#include <array>

#include "detectors/context.h"
#include "detectors/form_fields.h"

namespace sladd {
namespace {

constexpr std::array<int, 9> kFirstCheckWeights = {3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> kSecondCheckWeights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

enum ContextTag : uint32_t { kIdWords, kAccountWords };

// The year of birth from the two-digit year and the individual number (digits 7-9), or 0
// for combinations that are never issued.
int BirthYear(int yy, int individual) {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return 0;
}

// True for the ways people write the number; other spaced groupings ("1234 56 78901", the
// bank account style) still count but score lower.
bool IsUsualGrouping(const NumberSpan& span) {
  return span.Is({11}) || span.Is({6, 5}) || span.Is({2, 2, 2, 5}) || span.Is({6, 3, 2}) ||
         span.Is({2, 2, 2, 3, 2});
}

// DD.MM.YY IIIKK or DD.MM.YY-IIIKK: the date written as dates are, then the rest.
bool IsDottedDateThenIndividual(const NumberSpan& span, std::string_view text) {
  if (span.separator != '?' || !span.Is({2, 2, 2, 5})) return false;
  const auto separator_after = [&](size_t i) {
    return SeparatorAt(text, span.groups[span.first + i].end);
  };
  const char last = separator_after(2);
  return separator_after(0) == '.' && separator_after(1) == '.' && (last == ' ' || last == '-');
}

// DDMMYYIIIKK, DDMMYY IIIKK, DDMMYY-IIIKK, spaced groups or a dotted date then the rest;
// never dotted throughout (a bank account).
bool IsNationalIdWriting(const NumberSpan& span, std::string_view text) {
  return span.separator == 0 || span.separator == ' ' ||
         (span.separator == '-' && span.Is({6, 5})) || IsDottedDateThenIndividual(span, text);
}

// The day and month of a national ID's first four digits, with the offsets that mark its
// kind taken off: +40 days a D-number, +40 months an H-number, +80 months a synthetic
// number (for tests); nullopt for a D- and H-number at once.
struct IdDate {
  int day;
  int month;
  NorwegianNationalId::Kind kind = NorwegianNationalId::Kind::kFodselsnummer;
  bool synthetic = false;
};

std::optional<IdDate> ReadIdDate(const Digits& digits) {
  IdDate date{digits.Number(0, 2), digits.Number(2, 2)};
  if (date.month > 80) {
    date.month -= 80;
    date.synthetic = true;
  }
  if (date.day > 40) {
    date.day -= 40;
    date.kind = NorwegianNationalId::Kind::kDNumber;
  }
  if (date.month > 40) {
    if (date.kind == NorwegianNationalId::Kind::kDNumber) return std::nullopt;
    date.month -= 40;
    date.kind = NorwegianNationalId::Kind::kHNumber;
  }
  return date;
}

// True if the first six digits read as an ID's date: what is left of a national ID whose
// check digits a typing error broke.
bool StartsWithIdDate(const Digits& digits) {
  const std::optional<IdDate> date = ReadIdDate(digits);
  // A leap year, so that 29 February stands whatever the century.
  return date && IsValidDate(2000, date->month, date->day);
}

}  // namespace

std::string_view NorwegianNationalId::KindName() const {
  switch (kind) {
    case Kind::kFodselsnummer: return synthetic ? "synthetic_fnr" : "fnr";
    case Kind::kDNumber: return synthetic ? "synthetic_d_number" : "d_number";
    case Kind::kHNumber: return synthetic ? "synthetic_h_number" : "h_number";
    case Kind::kFhNumber: return "fh_number";
  }
  return "fnr";
}

std::optional<NorwegianNationalId> ValidateNorwegianNationalId(const Digits& digits) {
  if (digits.size() != 11) return std::nullopt;
  const int first_remainder = (WeightedMod11(digits, kFirstCheckWeights) * 1 + digits[9]) % 11;
  if (first_remainder > 3) return std::nullopt;
  if ((WeightedMod11(digits, kSecondCheckWeights) + digits[10]) % 11 != 0) return std::nullopt;

  NorwegianNationalId id;
  id.needs_2032_rule = first_remainder != 0;
  if (digits[0] >= 8) {
    id.kind = NorwegianNationalId::Kind::kFhNumber;
    return id;
  }
  const std::optional<IdDate> date = ReadIdDate(digits);
  if (!date) return std::nullopt;
  id.kind = date->kind;
  id.synthetic = date->synthetic;
  const int year = BirthYear(digits.Number(4, 2), digits.Number(6, 3));
  if (year == 0 || !IsValidDate(year, date->month, date->day)) return std::nullopt;
  return id;
}

std::vector<ContextWords> NoNationalIdDetector::context_words() const {
  return {{kIdWords,
           {"fødselsnummer", "fødselsnr", "fodselsnummer", "fnr", "f.nr", "personnummer",
            "personnr", "pers.nr", "pnr", "d-nummer", "d-nr", "h-nummer", "fh-nummer",
            "født", "fødd", "fødselsnummeret", "national id", "national identity",
            "identity number", "id number", "id-nummer", "idnummer", "birth number", "ssn"}},
          {kAccountWords, AccountContextWords()}};
}

void NoNationalIdDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                         std::vector<Finding>& out) const {
  ForEachNumberSpan(token, view.text(), 10, 12, [&](const NumberSpan& span) {
    if (!IsNationalIdWriting(span, view.text())) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    // Ten or twelve digits, a whole number, plain or its date apart: an ID with a digit lost
    // or added, if anything.
    const bool mistyped_length = span.digits != 11 && span.first == 0 &&
                                 span.count == token.group_count &&
                                 (span.count == 1 || (span.count == 2 && span.length_of(0) == 6));
    if (span.digits != 11 && !mistyped_length) return;
    const auto id = ValidateNorwegianNationalId(*digits);
    if (!id) {
      // "fnr 01019000084", "Fnr: 0101900008": a label right before it makes a number with a
      // date but broken check digits or a digit too few or many a mistyped national ID,
      // still personal data (not a phone number); so does a question for it that the number
      // answers ("Agent: Kan jeg få fødselsnummeret ditt?" then "Kunde: 01019000084").
      if (StartsWithIdDate(*digits) &&
          (view.HasContextRightBefore(kIdWords, span.start, kContextBefore) ||
           AnswersAQuestionFor(kIdWords, view, span.start))) {
        out.push_back({"NO_NATIONAL_ID", span.start, span.end, 0.8, {}, kInvalidCheckDigits});
      }
      return;
    }
    double score = 0.9;
    if (id->kind == NorwegianNationalId::Kind::kFhNumber) score = 0.6;
    if (id->needs_2032_rule) score -= 0.05;
    if (!IsUsualGrouping(span)) score = 0.55;
    if (view.HasContext(kIdWords, span.start, span.end, kContextBefore, kContextAfter)) {
      score = 0.99;
    } else if (view.HasContext(kAccountWords, span.start, span.end, kContextBefore,
                               kContextAfter)) {
      score = 0.45;
    }
    out.push_back({"NO_NATIONAL_ID", span.start, span.end, score, {}, id->KindName()});
  });
}

std::string NoNationalIdDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
