#include "detectors/credit_card.h"

#include "detectors/context.h"
#include "detectors/form_fields.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kCardWords, kNotCardWords };

struct Scheme {
  std::string_view name;
  int prefix_low;   // inclusive range of the first `prefix_digits` digits
  int prefix_high;
  int prefix_digits;
  int min_length;
  int max_length;
};

// Issuer identification ranges (ISO/IEC 7812 as published by the schemes).
constexpr Scheme kSchemes[] = {
    {"visa", 4, 4, 1, 13, 19},
    {"mastercard", 51, 55, 2, 16, 16},
    {"mastercard", 2221, 2720, 4, 16, 16},
    {"amex", 34, 34, 2, 15, 15},
    {"amex", 37, 37, 2, 15, 15},
    {"discover", 6011, 6011, 4, 16, 19},
    {"discover", 644, 649, 3, 16, 19},
    {"discover", 65, 65, 2, 16, 19},
    {"jcb", 3528, 3589, 4, 16, 19},
    {"diners", 300, 305, 3, 14, 19},
    {"diners", 36, 36, 2, 14, 19},
    {"diners", 38, 39, 2, 14, 19},
    {"unionpay", 62, 62, 2, 16, 19},
    {"mir", 2200, 2204, 4, 16, 16},
    {"maestro", 5018, 5018, 4, 12, 19},
    {"maestro", 5020, 5020, 4, 12, 19},
    {"maestro", 5038, 5038, 4, 12, 19},
    {"maestro", 5893, 5893, 4, 12, 19},
    {"maestro", 6304, 6304, 4, 12, 19},
    {"maestro", 6759, 6759, 4, 12, 19},
    {"maestro", 6761, 6763, 4, 12, 19},
};

bool IsCardGrouping(const NumberSpan& span) {
  if (span.count == 1) return true;
  if (span.separator != ' ' && span.separator != '-') return false;
  if (span.Is({4, 6, 5}) || span.Is({4, 6, 4})) return true;
  // Groups of four, the last one possibly shorter: 4-4-4-4, 4-4-4-4-3, 4-4-4-1.
  for (size_t i = 0; i + 1 < span.count; ++i) {
    if (span.length_of(i) != 4) return false;
  }
  return span.length_of(span.count - 1) <= 4;
}

}  // namespace

std::optional<std::string_view> ValidateCardNumber(const Digits& digits) {
  if (digits.size() < 12 || digits.size() > 19 || !LuhnValid(digits.span())) return std::nullopt;
  return CardSchemeOf(digits);
}

std::optional<std::string_view> CardSchemeOf(const Digits& digits) {
  const int length = static_cast<int>(digits.size());
  if (length < 4) return std::nullopt;
  // The first one to four digits, read once: most spans of a text are no card.
  const int first_four = digits.Number(0, 4);
  constexpr int kDropDigits[] = {0, 1000, 100, 10, 1};
  for (const Scheme& scheme : kSchemes) {
    const int prefix = first_four / kDropDigits[scheme.prefix_digits];
    if (prefix >= scheme.prefix_low && prefix <= scheme.prefix_high &&
        length >= scheme.min_length && length <= scheme.max_length) {
      return scheme.name;
    }
  }
  return std::nullopt;
}

std::vector<ContextWords> CreditCardDetector::context_words() const {
  return {{kCardWords,
           {"kort", "kortnummer", "kortnr", "betalingskort", "kredittkort", "bankkort",
            "visa", "mastercard", "master card", "amex", "american express", "card",
            "credit card", "debit card", "card number", "cc", "kreditkort", "luottokortti"}},
          {kNotCardWords, NotPersonalNumberWords()},
          {kNotCardWords, NotPersonalNumberShortWords(), /*whole_words=*/true}};
}

void CreditCardDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                       std::vector<Finding>& out) const {
  ForEachNumberSpan(token, view.text(), 13, 19, [&](const NumberSpan& span) {
    if (!IsCardGrouping(span)) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    const auto scheme = ValidateCardNumber(*digits);
    if (!scheme) {
      // "kortnummer 4111 1111 1111 1112": the label makes a mistyped card number one still,
      // as does a question for it that the number answers.
      if (CardSchemeOf(*digits) &&
          (view.HasContextRightBefore(kCardWords, span.start, kContextBefore) ||
           AnswersAQuestionFor(kCardWords, view, span.start))) {
        out.push_back({"CREDIT_CARD", span.start, span.end, 0.8, {}, kInvalidCheckDigits});
      }
      return;
    }
    // "KID 4000123412341234": words right before a number say what it is, whatever
    // follows. (Asked first: the words before are a shorter search than those around.)
    if (view.HasContextRightBefore(kNotCardWords, span.start, kNegativeContextBefore) &&
        !view.HasContextRightBefore(kCardWords, span.start, kContextBefore)) {
      return;
    }
    const bool card_words =
        view.HasContext(kCardWords, span.start, span.end, kContextBefore, kContextAfter);
    double score;
    if (card_words) {
      score = 0.97;
    } else if (span.count == 1 && span.digits == 13) {
      score = 0.3;  // the length of EAN-13 barcodes
    } else {
      score = span.count > 1 ? 0.95 : 0.85;
    }
    out.push_back({"CREDIT_CARD", span.start, span.end, score, {}, *scheme});
  });
}

std::string CreditCardDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
