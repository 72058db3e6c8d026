#include "detectors/gb_nhs_number.h"

#include "detectors/context.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kNhsWords };

// The issuer by the first digits: Scotland's numbers open with a date of birth (in a leap
// year, as DDMMYY carries no century), Northern Ireland's are 320-399, the rest England's
// and Wales's.
NhsNumberKind KindOf(const Digits& digits) {
  const int prefix = digits.Number(0, 3);
  if (prefix >= 320 && prefix <= 399) return NhsNumberKind::kHc;
  if (IsValidDate(2000, digits.Number(2, 2), digits.Number(0, 2))) return NhsNumberKind::kChi;
  return NhsNumberKind::kNhs;
}

bool CheckDigitHolds(const Digits& digits) {
  int sum = 0;
  for (size_t i = 0; i < 9; ++i) sum += digits[i] * static_cast<int>(10 - i);
  const int check = (11 - sum % 11) % 11;
  return check != 10 && check == digits[9];
}

std::string_view KindName(NhsNumberKind kind) {
  switch (kind) {
    case NhsNumberKind::kNhs:
      return "nhs";
    case NhsNumberKind::kChi:
      return "chi";
    case NhsNumberKind::kHc:
      return "hc";
  }
  return "";
}

// 943 476 5919 (the NHS's grouping, with ' ' or '-'), 010190 1234 (a CHI number's date
// apart), or ten plain digits.
bool IsNhsWriting(const NumberSpan& span) {
  if (span.count == 1) return true;
  if (span.separator != ' ' && span.separator != '-') return false;
  return span.Is({3, 3, 4}) || span.Is({6, 4});
}

}  // namespace

std::optional<NhsNumberKind> ValidateNhsNumber(const Digits& digits) {
  if (digits.size() != 10) return std::nullopt;
  if (!CheckDigitHolds(digits)) return std::nullopt;
  return KindOf(digits);
}

std::vector<ContextWords> GbNhsNumberDetector::context_words() const {
  return {{kNhsWords,
           {"nhs", "chi number", "chi no", "chi-nummer", "h&c number", "health and care number",
            "health service number"}}};
}

void GbNhsNumberDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                        std::vector<Finding>& out) const {
  // A whole run of digits: not ten of a longer number.
  if (token.digits != 10) return;
  ForEachNumberSpan(token, view.text(), 10, 10, [&](const NumberSpan& span) {
    if (span.first != 0 || span.count != token.group_count || !IsNhsWriting(span)) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    if (!CheckDigitHolds(*digits)) {
      // "NHS number 943 476 5918": the label makes a mistyped number personal data.
      if (view.HasContextRightBefore(kNhsWords, span.start, kContextBefore)) {
        out.push_back({"GB_NHS_NUMBER", span.start, span.end, 0.8, {}, kInvalidCheckDigits});
      }
      return;
    }
    const bool nhs_words =
        view.HasContext(kNhsWords, span.start, span.end, kContextBefore, kContextAfter);
    out.push_back({"GB_NHS_NUMBER",
                   span.start,
                   span.end,
                   nhs_words ? 0.97 : 0.4,
                   {},
                   KindName(KindOf(*digits))});
  });
}

std::string GbNhsNumberDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
