#include "detectors/phone_number.h"

#include <array>
#include <cctype>

#include "detectors/checksums.h"
#include "detectors/context.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kPhoneWords, kNotPhoneWords };

// The digits of a British number with its trunk 0 ("07911 123456").
constexpr size_t kBritishDigits = 11;

std::string_view StaticRegion(std::string_view region) {
  static constexpr std::array<std::string_view, 13> kNamed = {
      "NO", "SE", "DK", "FI", "IS", "AX", "SJ", "FO", "GL", "GB", "GG", "JE", "IM"};
  for (std::string_view known : kNamed) {
    if (known == region) return known;
  }
  return "international";
}

// Validates `national` digits (the national significant number) under `country_code`
// against libphonenumber's plans.
std::optional<ValidPhoneNumber> ValidateWithCountryCode(const PhonePlans& plans,
                                                        int country_code,
                                                        std::string_view national) {
  if (national.empty() || national.size() > 14) return std::nullopt;
  if (national.find_first_not_of('0') == std::string_view::npos) return std::nullopt;
  const std::optional<std::string_view> region = plans.RegionOfValidNumber(country_code, national);
  if (!region) return std::nullopt;
  return ValidPhoneNumber{StaticRegion(*region), false,
                          "+" + std::to_string(country_code) + std::string(national)};
}

// Splits "+" digits into a country calling code (1-3 digits; the codes are prefix-free)
// and validates the rest.
std::optional<ValidPhoneNumber> ValidateE164Digits(const PhonePlans& plans,
                                                   std::string_view digits) {
  for (size_t length = 1; length <= 3 && length < digits.size(); ++length) {
    int code = 0;
    for (const char c : digits.substr(0, length)) code = code * 10 + (c - '0');
    if (plans.IsCountryCode(code)) {
      return ValidateWithCountryCode(plans, code, digits.substr(length));
    }
  }
  return std::nullopt;
}

// "dd-mm-yyyy", "yyyy-mm-dd", "dd mm yy" and the like: never a phone number.
bool LooksLikeDate(const NumberSpan& span, std::string_view text) {
  if (span.count != 3 || span.separator == '?') return false;
  const size_t first = span.length_of(0);
  const size_t second = span.length_of(1);
  const size_t third = span.length_of(2);
  const auto digits = Digits::Of(text.substr(span.start, span.end - span.start));
  if (first <= 2 && second <= 2 && (third == 2 || third == 4)) {
    const int day = digits->Number(0, first);
    const int month = digits->Number(first, second);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  }
  if (first == 4 && second <= 2 && third <= 2) {
    const int month = digits->Number(4, second);
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

// Length of a Norwegian country prefix written apart from the number just before `start`:
// "(+47) ", "(0047) ", "(47) ", with or without the space. 0 if there is none.
size_t NorwegianPrefixBefore(std::string_view text, size_t start) {
  for (std::string_view prefix : {"(+47) ", "(+47)", "(0047) ", "(0047)", "(47) "}) {
    if (start >= prefix.size() && text.substr(start - prefix.size(), prefix.size()) == prefix) {
      return prefix.size();
    }
  }
  return 0;
}

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

std::optional<ValidPhoneNumber> ValidateNordicEightDigits(const PhonePlans& plans,
                                                          std::string_view digits,
                                                          bool allow_danish) {
  if (digits.size() != 8) return std::nullopt;
  if (const NorwegianLine line = ClassifyNorwegianNumber(digits);
      line != NorwegianLine::kInvalid) {
    return ValidPhoneNumber{"NO", line == NorwegianLine::kMobile, "+47" + std::string(digits)};
  }
  if (!allow_danish) return std::nullopt;
  auto danish = ValidateWithCountryCode(plans, 45, digits);
  if (danish && danish->region != "DK") return std::nullopt;
  return danish;
}

std::optional<ValidPhoneNumber> ValidateInternational(const PhonePlans& plans,
                                                      std::string_view text) {
  const std::string form = InternationalForm(text);
  if (!form.starts_with("+")) return std::nullopt;
  const std::string digits = DigitsOnly(form);
  if (digits.starts_with("47")) {
    // Norway's plan without libphonenumber's regular expressions.
    return ValidateNordicEightDigits(plans, std::string_view(digits).substr(2),
                                     /*allow_danish=*/false);
  }
  return ValidateE164Digits(plans, digits);
}

std::optional<ValidPhoneNumber> ValidateNationalWithTrunkZero(const PhonePlans& plans,
                                                              std::string_view text) {
  const std::string digits = DigitsOnly(text);
  if (digits.size() < 2 || digits[0] != '0') return std::nullopt;
  const std::string_view national = std::string_view(digits).substr(1);  // the trunk 0 off
  // Eleven digits with the trunk 0 are of the United Kingdom's plan ("020 7946 0958"; GB,
  // or Guernsey, Jersey and Man: "07911 123456" is Guernsey's): Swedish numbers have at
  // most ten, and Finnish ones of eleven are rare.
  if (digits.size() == kBritishDigits) return ValidateWithCountryCode(plans, 44, national);
  // Finnish mobile numbers start 04x or 050; try the likelier country first.
  const bool finnish_first = digits.starts_with("04") || digits.starts_with("050");
  for (const int code : finnish_first ? std::array{358, 46} : std::array{46, 358}) {
    auto valid = ValidateWithCountryCode(plans, code, national);
    if (valid && valid->region == (code == 46 ? "SE" : "FI")) return valid;
  }
  return std::nullopt;
}

absl::StatusOr<std::unique_ptr<PhoneNumberDetector>> PhoneNumberDetector::Create() {
  auto plans = PhonePlans::Create();
  if (!plans.ok()) return plans.status();
  return std::unique_ptr<PhoneNumberDetector>(new PhoneNumberDetector(std::move(*plans)));
}

std::vector<ContextWords> PhoneNumberDetector::context_words() const {
  ContextWords phone{kPhoneWords,
                     {"tlf", "telefon", "tel", "mobil", "mob", "mobilnummer", "mobilnr",
                      "ring", "ringe", "ringer", "nummer", "nummeret", "sms", "whatsapp",
                      "signal", "phone", "call", "cell", "mobile", "telephone", "number",
                      "text me", "fax", "kontakt", "contact", "reach me", "nå meg",
                      "jobb", "privat", "hjemme", "puhelin", "telefonnummer", "msisdn"}};
  return {phone, {kNotPhoneWords, NotPersonalNumberWords()},
          {kNotPhoneWords, NotPersonalNumberShortWords(), /*whole_words=*/true}};
}

void PhoneNumberDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                        std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const bool international = token.start > 0 && text[token.start - 1] == '+';
  const bool prefixed = international || text.substr(token.start, 2) == "00";
  if (prefixed) ConfirmInternational(token, view, international, out);
  bool trunk_zero = false;
  ForEachNumberSpan(token, text, 8, kBritishDigits, [&](const NumberSpan& span) {
    if (span.first == 0 && prefixed) return;
    if (text[span.start] == '0') {
      trunk_zero = true;
    } else if (span.digits == 8) {
      ConfirmEightDigits(span, view, out);
    } else if (span.digits == 10 && span.count == 1 && text.substr(span.start, 2) == "47") {
      ConfirmNorwegianWithoutPlus(span, view, out);
    }
  });
  if (trunk_zero) ConfirmTrunkZeroSpans(token, view, prefixed, out);
}

// Spans with a trunk 0 are tried longest first, as each try costs a libphonenumber call.
// (Few tokens have one: the spans are collected only then.)
void PhoneNumberDetector::ConfirmTrunkZeroSpans(const NumberToken& token, const ScanView& view,
                                                bool prefixed, std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  NumberSpan spans[16];
  size_t count = 0;
  ForEachNumberSpan(token, text, 8, kBritishDigits, [&](const NumberSpan& span) {
    if (span.first == 0 && prefixed) return;
    if (text[span.start] == '0' && count < std::size(spans)) spans[count++] = span;
  });
  size_t found_from = text.size();  // start of the last trunk-0 number found
  while (count > 0) {
    const NumberSpan& span = spans[--count];
    if (span.end > found_from) continue;
    if (ConfirmTrunkZero(span, view, out)) found_from = span.start;
  }
}

// "+46 70 123 45 67", "0047 912 34 567": the longest run from the token's start that is a
// valid number. The run may stop before the token does ("+46 70 123 45 67 912 34 567").
void PhoneNumberDetector::ConfirmInternational(const NumberToken& token, const ScanView& view,
                                               bool plus, std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const size_t start = plus ? token.start - 1 : token.start;
  // "KID 0012345678903": a payment's reference that happens to open with 00.
  if (!plus && IsNamedOtherwise(start, view)) return;
  // Longest first: a number usually ends where its token does, so one libphonenumber call
  // (several microseconds) is the common case.
  size_t ends[NumberToken::kMaxGroups];
  size_t count = 0;
  ForEachNumberSpan(token, text, 7, 17, [&](const NumberSpan& span) {
    if (span.first == 0) ends[count++] = span.end;
  });
  std::optional<ValidPhoneNumber> best;
  size_t best_end = 0;
  while (count > 0 && !best) {
    best_end = ends[--count];
    best = ValidateInternational(*plans_, text.substr(start, best_end - start));
  }
  if (!best || FollowedByPriceSuffix(text, best_end)) return;
  const bool phone_words =
      view.HasContext(kPhoneWords, start, best_end, kContextBefore, kContextAfter);
  const double score = phone_words || best->region == "NO" ? 0.95 : 0.9;
  out.push_back({"PHONE_NUMBER", start, best_end, score, {}, best->region});
}

// "Ordre 91234567", "kr 45000000": a word right before the number names it something else,
// and no phone word right before says otherwise ("tlf nr 91234567").
bool PhoneNumberDetector::IsNamedOtherwise(size_t start, const ScanView& view) const {
  return view.HasContextRightBefore(kNotPhoneWords, start, kNegativeContextBefore) &&
         !view.HasContextRightBefore(kPhoneWords, start, kContextBefore);
}

// A Norwegian number, or a Danish one near phone words, with an optional "(+47) " before.
void PhoneNumberDetector::ConfirmEightDigits(const NumberSpan& span, const ScanView& view,
                                             std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  // 91234567, 912 34 567, 91 23 45 67, 9123 4567, 9123 45 67, and with dots or dashes
  // between the groups of the first two (912-34-567). Thousands grouping (12 345 678) is an
  // amount unless a phone word names it ("tlf 91 234 567").
  const bool grouped = span.separator == ' ' || span.separator == '.' || span.separator == '-';
  const bool thousands = span.separator == ' ' && span.Is({2, 3, 3});
  const bool layout = span.count == 1 ||
                      (grouped && (span.Is({3, 2, 3}) || span.Is({2, 2, 2, 2}))) ||
                      (span.separator == ' ' && (span.Is({4, 4}) || span.Is({4, 2, 2}))) ||
                      thousands;
  if (!layout || FollowedByPriceSuffix(text, span.end)) return;
  if (span.start > 0 && text[span.start - 1] == '#') return;  // "#91234567": an id
  const size_t prefix = NorwegianPrefixBefore(text, span.start);
  const size_t start = span.start - prefix;
  // Context is looked up only for numbers that pass the plan: it costs a scan.
  auto phone_words = [&] {
    return view.HasContext(kPhoneWords, start, span.end, kContextBefore, kContextAfter);
  };
  const std::string digits = DigitsOnly(text.substr(span.start, span.end - span.start));
  auto valid = ValidateNordicEightDigits(*plans_, digits, /*allow_danish=*/false);
  bool words_near = false;
  if (!valid) {
    // A number valid only in Denmark's plan needs phone words in Norwegian chat; without
    // them, skip libphonenumber's (slow) check altogether.
    if (prefix > 0 || !(words_near = phone_words())) return;
    valid = ValidateNordicEightDigits(*plans_, digits, /*allow_danish=*/true);
    if (!valid) return;
  }
  // Without a country prefix, a word such as "ordre" or "kr" right before makes it an
  // order number or an amount.
  if (prefix == 0 && IsNamedOtherwise(span.start, view)) return;
  if (thousands && prefix == 0 && !view.HasContextRightBefore(kPhoneWords, span.start,
                                                              kContextBefore)) {
    return;
  }
  double score;
  if (prefix > 0) {
    score = 0.95;
  } else if (span.joined) {
    score = 0.4;  // "5678 9012" of "1234 5678 9012": part of a longer number
  } else if (words_near || phone_words()) {
    score = 0.95;
  } else {
    score = valid->mobile ? 0.8 : 0.65;
    if (span.count > 1) score += 0.1;
  }
  out.push_back({"PHONE_NUMBER", start, span.end, score, {}, valid->region});
}

// "sms sendt til 4791234567": SMS gateways and their logs write E.164 without its '+'. Ten
// plain digits are too often something else to take without phone words.
void PhoneNumberDetector::ConfirmNorwegianWithoutPlus(const NumberSpan& span,
                                                      const ScanView& view,
                                                      std::vector<Finding>& out) const {
  const auto valid = ValidateNordicEightDigits(
      *plans_, view.text().substr(span.start + 2, 8), /*allow_danish=*/false);
  if (!valid || !view.HasContext(kPhoneWords, span.start, span.end, kContextBefore,
                                 kContextAfter)) {
    return;
  }
  out.push_back({"PHONE_NUMBER", span.start, span.end, 0.9, {}, valid->region});
}

// Swedish, Finnish and British numbers written with their trunk 0: "070-123 45 67", "040 123
// 4567", "07911 123456".
bool PhoneNumberDetector::ConfirmTrunkZero(const NumberSpan& span, const ScanView& view,
                                           std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  const std::string_view value = text.substr(span.start, span.end - span.start);
  for (size_t i = span.first; i + 1 < span.first + span.count; ++i) {
    const char separator = SeparatorAt(text, span.groups[i].end);
    if (separator != ' ' && separator != '-') return false;
  }
  if (LooksLikeDate(span, text) || FollowedByPriceSuffix(text, span.end)) return false;
  if (IsNamedOtherwise(span.start, view)) return false;
  // A British number in the groups Britain writes it in, or whole after a phone word (an
  // ID number of eleven digits is written whole or as six and five: "020385 12345").
  if (span.digits == kBritishDigits &&
      !(span.Is({5, 6}) || span.Is({3, 4, 4}) || span.Is({4, 3, 4}) || span.Is({4, 6}) ||
        (span.count == 1 &&
         view.HasContextRightBefore(kPhoneWords, span.start, kContextBefore)))) {
    return false;
  }
  const auto valid = ValidateNationalWithTrunkZero(*plans_, value);
  if (!valid) return false;
  const bool phone_words =
      view.HasContext(kPhoneWords, span.start, span.end, kContextBefore, kContextAfter);
  const double score = span.joined ? 0.4 : phone_words ? 0.95 : 0.6;
  out.push_back({"PHONE_NUMBER", span.start, span.end, score, {}, valid->region});
  return true;
}

std::string PhoneNumberDetector::Normalize(std::string_view, std::string_view value) const {
  const std::string digits = DigitsOnly(value);
  std::optional<ValidPhoneNumber> valid;
  if (HasInternationalPrefix(value)) {
    valid = ValidateInternational(*plans_, value);
  } else if (digits.size() == 8) {
    valid = ValidateNordicEightDigits(*plans_, digits, true);
  } else if (digits.size() == 10 && digits.starts_with("47")) {
    valid = ValidateNordicEightDigits(*plans_, std::string_view(digits).substr(2), false);
  } else {
    valid = ValidateNationalWithTrunkZero(*plans_, value);
  }
  return valid ? valid->e164 : digits;
}

}  // namespace sladd
