#include "detectors/phone_number.h"

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <cctype>

#include "detectors/checksums.h"
#include "detectors/context.h"

namespace sladd {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

enum PatternTag : uint32_t { kNational, kNorwegianPrefixed, kInternational, kTrunkZero };
enum ContextTag : uint32_t { kPhoneWords, kNotPhoneWords };

// The groupings Norwegians write eight digits in: 91234567, 912 34 567, 91 23 45 67,
// 9123 4567. Thousands grouping (12 345 678) is an amount and is left out on purpose.
constexpr std::string_view kEightDigits =
    R"((?:\d{8}|\d{3}[ .]\d{2}[ .]\d{3}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}|\d{4} \d{4}))";

PhoneNumberUtil& Util() { return *PhoneNumberUtil::GetInstance(); }

std::string_view StaticRegion(const std::string& region) {
  static constexpr std::array<std::string_view, 9> kNordic = {"NO", "SE", "DK", "FI", "IS",
                                                              "AX", "SJ", "FO", "GL"};
  for (std::string_view known : kNordic) {
    if (known == region) return known;
  }
  return "international";
}

std::optional<ValidPhoneNumber> Describe(const PhoneNumber& number) {
  const PhoneNumberUtil& util = Util();
  if (!util.IsValidNumber(number)) return std::nullopt;
  std::string region;
  util.GetRegionCodeForNumber(number, &region);
  ValidPhoneNumber valid;
  valid.region = StaticRegion(region);
  const auto type = util.GetNumberType(number);
  valid.mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
  util.Format(number, PhoneNumberUtil::E164, &valid.e164);
  return valid;
}

std::optional<ValidPhoneNumber> ParseAndDescribe(const std::string& text,
                                                 const std::string& region) {
  PhoneNumber number;
  if (Util().Parse(text, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return std::nullopt;
  }
  return Describe(number);
}

// "dd-mm-yyyy", "yyyy-mm-dd", "dd.mm.yy" and the like: never a phone number.
bool LooksLikeDate(std::string_view text) {
  const DigitGroups groups = DigitGroups::Of(text);
  if (groups.count != 3 || !groups.uniform_separator) return false;
  const auto digits = Digits::Of(text);
  if (!digits) return false;
  const bool day_first = groups.lengths[0] <= 2 && groups.lengths[1] <= 2 &&
                         (groups.lengths[2] == 2 || groups.lengths[2] == 4);
  const bool year_first = groups.lengths[0] == 4 && groups.lengths[1] <= 2 &&
                          groups.lengths[2] <= 2;
  if (day_first) {
    const int day = digits->Number(0, groups.lengths[0]);
    const int month = digits->Number(groups.lengths[0], groups.lengths[1]);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }
  if (year_first) {
    const int month = digits->Number(4, groups.lengths[1]);
    return month >= 1 && month <= 12;
  }
  return false;
}

bool StartsWithCaseless(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] + 32) : text[i];
    if (c != prefix[i]) return false;
  }
  return true;
}

// "12345678,-", "12345678,00", "45000000 kr", "45 000 000 NOK": a price. A currency word
// followed by a number ("912 34 567 kr 200") belongs to that number instead.
bool FollowedByPriceSuffix(std::string_view text, size_t end) {
  std::string_view rest = text.substr(end);
  if (rest.starts_with(",-") || rest.starts_with(".-") || rest.starts_with(",00") ||
      rest.starts_with(",\xE2\x80\x93")) {  // ",–"
    return true;
  }
  if (rest.starts_with(" ")) rest.remove_prefix(1);
  for (std::string_view unit : {"kroner", "kr", "nok", "sek", "dkk", "eur", "usd"}) {
    if (!StartsWithCaseless(rest, unit)) continue;
    std::string_view after = rest.substr(unit.size());
    if (!after.empty() && (std::isalpha(static_cast<unsigned char>(after[0])) ||
                           static_cast<unsigned char>(after[0]) >= 0x80)) {
      return false;  // a longer word: "krone", "kristin"
    }
    while (after.starts_with(" ") || after.starts_with(".")) after.remove_prefix(1);
    return after.empty() || !IsAsciiDigit(after[0]);
  }
  return false;
}

// Shortens an international candidate at its last separator: "+46 70 123 45 67 12" ->
// "+46 70 123 45 67". Returns the new length, or 0 when nothing sensible is left.
size_t TrimLastGroup(std::string_view text) {
  const size_t cut = text.find_last_of(" -.");
  return cut == std::string_view::npos || cut < 8 ? 0 : cut;
}

// The text as libphonenumber reads it: "(0)" and parentheses dropped, "00" prefix as "+".
std::string InternationalForm(std::string_view text) {
  std::string form;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "(0)") {
      i += 2;
    } else if (text[i] != '(' && text[i] != ')') {
      form.push_back(text[i]);
    }
  }
  if (form.starts_with("00")) {
    form.erase(0, 1);
    form[0] = '+';
  }
  return form;
}

bool HasInternationalPrefix(std::string_view text) {
  while (text.starts_with("(")) text.remove_prefix(1);
  return text.starts_with("+") || text.starts_with("00");
}

bool InRange(int value, int low, int high) { return value >= low && value <= high; }

}  // namespace

NorwegianLine ClassifyNorwegianNumber(std::string_view d) {
  if (d.size() != 8) return NorwegianLine::kInvalid;
  auto prefix = [&](size_t n) {
    int value = 0;
    for (size_t i = 0; i < n; ++i) value = value * 10 + (d[i] - '0');
    return value;
  };
  const int p2 = prefix(2);
  if (d[0] == '4' || d[0] == '9' || p2 == 59) return NorwegianLine::kMobile;
  if (InRange(p2, 21, 24) || InRange(p2, 31, 33) || p2 == 35 || p2 == 37 || p2 == 38 ||
      InRange(p2, 51, 53) || InRange(p2, 55, 57) || InRange(p2, 61, 64) ||
      InRange(p2, 66, 69) || InRange(p2, 70, 78)) {
    return NorwegianLine::kFixed;
  }
  const int p3 = prefix(3);
  const int p5 = prefix(5);
  const bool service =
      p3 == 800 || p3 == 801 || p3 == 820 || p3 == 829 ||  // freephone, premium rate
      p3 == 880 || InRange(p3, 850, 855) ||                // personal numbers, VoIP
      p3 == 812 || p3 == 813 ||                            // voicemail
      InRange(p5, 81000, 81006) || InRange(p5, 81020, 81089) ||  // shared cost
      InRange(p5, 81007, 81019) || p3 == 815;                    // universal access
  return service ? NorwegianLine::kService : NorwegianLine::kInvalid;
}

std::optional<ValidPhoneNumber> ValidateNordicEightDigits(std::string_view digits,
                                                          bool allow_danish) {
  if (digits.size() != 8) return std::nullopt;
  if (const NorwegianLine line = ClassifyNorwegianNumber(digits);
      line != NorwegianLine::kInvalid) {
    return ValidPhoneNumber{"NO", line == NorwegianLine::kMobile, "+47" + std::string(digits)};
  }
  if (!allow_danish) return std::nullopt;
  uint64_t national = 0;
  for (const char c : digits) national = national * 10 + static_cast<uint64_t>(c - '0');
  PhoneNumber number;
  number.set_country_code(45);
  number.set_national_number(national);
  return Describe(number);
}

std::optional<ValidPhoneNumber> ValidateInternational(std::string_view text) {
  const std::string form = InternationalForm(text);
  if (form.starts_with("+47")) {
    // Norway's plan without libphonenumber's regular expressions.
    const std::string digits = DigitsOnly(std::string_view(form).substr(3));
    return ValidateNordicEightDigits(digits, /*allow_danish=*/false);
  }
  return ParseAndDescribe(form, "ZZ");
}

std::optional<ValidPhoneNumber> ValidateSwedishOrFinnishNational(std::string_view text) {
  const std::string number(text);
  if (auto valid = ParseAndDescribe(number, "SE"); valid && valid->region == "SE") return valid;
  if (auto valid = ParseAndDescribe(number, "FI"); valid && valid->region == "FI") return valid;
  return std::nullopt;
}

PhoneNumberDetector::PhoneNumberDetector() {
  // libphonenumber may log parts of what it parses; numbers must never reach a log.
  Util().SetLogger(new i18n::phonenumbers::NullLogger());
}

std::vector<Pattern> PhoneNumberDetector::patterns() const {
  const std::string eight(kEightDigits);
  return {
      {eight, Boundary::kNumber, false, false, kNational},
      {R"((?:\+ ?47|0047|\(\+?47\)|\(0047\))[ \-]?)" + eight, Boundary::kNumber, false, false,
       kNorwegianPrefixed},
      {R"((?:\+|00)[1-9]\d{0,2}(?:[ \-.]?\(0\))?(?:[ \-.]?\d){6,14})", Boundary::kNumber, false,
       false, kInternational},
      {R"(0\d{1,3}[ \-]?\d{2,4}(?:[ \-]?\d{2,4}){1,3})", Boundary::kNumber, false, false,
       kTrunkZero},
  };
}

std::vector<ContextWords> PhoneNumberDetector::context_words() const {
  ContextWords phone{kPhoneWords,
                     {"tlf", "telefon", "tel", "mobil", "mob", "mobilnummer", "mobilnr",
                      "ring", "ringe", "ringer", "nummer", "nummeret", "sms", "whatsapp",
                      "signal", "phone", "call", "cell", "mobile", "telephone", "number",
                      "text me", "fax", "kontakt", "contact", "reach me", "nå meg",
                      "jobb", "privat", "hjemme", "puhelin", "telefonnummer"}};
  ContextWords not_phone{kNotPhoneWords, NotPersonalNumberWords(), /*whole_words=*/true};
  return {phone, not_phone};
}

void PhoneNumberDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                  std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  size_t end = candidate.end;
  std::string_view value = view.slice(candidate);
  std::optional<ValidPhoneNumber> valid;
  const bool phone_words =
      view.HasContext(kPhoneWords, candidate.start, end, kContextBefore, kContextAfter);
  switch (candidate.tag) {
    case kNational:
      // A number valid only in Denmark's plan needs phone words in Norwegian chat; without
      // them, skip libphonenumber's (slow) check altogether.
      valid = ValidateNordicEightDigits(DigitsOnly(value), /*allow_danish=*/phone_words);
      break;
    case kNorwegianPrefixed: {
      const std::string digits = DigitsOnly(value);
      valid = ValidateNordicEightDigits(std::string_view(digits).substr(digits.size() - 8),
                                        /*allow_danish=*/false);
      break;
    }
    case kInternational:
      for (int attempt = 0; attempt < 4 && !value.empty(); ++attempt) {
        if ((valid = ValidateInternational(value))) break;
        value = value.substr(0, TrimLastGroup(value));
      }
      end = candidate.start + value.size();
      break;
    case kTrunkZero:
      if (!LooksLikeDate(value)) valid = ValidateSwedishOrFinnishNational(value);
      break;
  }
  if (!valid || FollowedByPriceSuffix(text, end)) return;
  if (candidate.start > 0 && text[candidate.start - 1] == '#') return;  // "#91234567": an id

  const bool prefixed = candidate.tag == kNorwegianPrefixed || candidate.tag == kInternational;
  // Without a country prefix, a word such as "ordre" or "kr" right before makes it an order
  // number or an amount.
  if (!phone_words && !prefixed &&
      view.HasContextRightBefore(kNotPhoneWords, candidate.start, kNegativeContextBefore)) {
    return;
  }
  double score;
  if (candidate.joined && !prefixed) {
    score = 0.4;  // "5678 9012" of "1234 5678 9012": part of a longer number
  } else if (phone_words || candidate.tag == kNorwegianPrefixed) {
    score = 0.95;
  } else if (candidate.tag == kInternational) {
    score = 0.9;
  } else if (candidate.tag == kTrunkZero) {
    score = 0.6;
  } else {
    score = valid->mobile ? 0.8 : 0.65;
    if (DigitGroups::Of(value).count > 1) score += 0.1;
  }
  out.push_back({"PHONE_NUMBER", candidate.start, end, score, {}, valid->region});
}

std::string PhoneNumberDetector::Normalize(std::string_view, std::string_view value) const {
  const std::string digits = DigitsOnly(value);
  std::optional<ValidPhoneNumber> valid;
  if (HasInternationalPrefix(value)) {
    valid = ValidateInternational(value);
  } else if (digits.size() == 8) {
    valid = ValidateNordicEightDigits(digits, true);
  } else {
    valid = ValidateSwedishOrFinnishNational(value);
  }
  return valid ? valid->e164 : digits;
}

}  // namespace sladd
