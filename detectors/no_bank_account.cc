#include "detectors/no_bank_account.h"

#include <array>

#include "detectors/context.h"
#include "detectors/form_fields.h"
#include "detectors/no_national_id.h"

namespace sladd {
namespace {

constexpr std::array<int, 10> kWeights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

enum ContextTag : uint32_t { kAccountWords, kIdWords };

// The groupings banks print and people copy: 4.2.5 with '.', ' ' or '-', and 4 7.
bool IsAccountGrouping(const NumberSpan& span) {
  if (span.Is({4, 2, 5})) {
    return span.separator == '.' || span.separator == ' ' || span.separator == '-';
  }
  return span.Is({4, 7}) && (span.separator == '.' || span.separator == ' ');
}

}  // namespace

bool ValidateNorwegianBankAccount(const Digits& digits) {
  return digits.size() == 11 && (WeightedMod11(digits, kWeights) + digits[10]) % 11 == 0;
}

std::vector<ContextWords> NoBankAccountDetector::context_words() const {
  return {{kAccountWords, AccountContextWords()},
          {kIdWords,
           {"fødselsnummer", "fødselsnr", "fnr", "personnummer", "personnr", "pnr",
            "d-nummer", "født", "national id", "ssn"}}};
}

void NoBankAccountDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                          std::vector<Finding>& out) const {
  ForEachNumberSpan(token, view.text(), 11, 11, [&](const NumberSpan& span) {
    // XXXX.XX.XXXXX, XXXX XX XXXXX, XXXX-XX-XXXXX, XXXX XXXXXXX or eleven plain digits.
    const bool grouped = IsAccountGrouping(span);
    if (!grouped && span.count != 1) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    if (!ValidateNorwegianBankAccount(*digits)) {
      // "kontonr 8601 11 17948": the label makes a mistyped account number personal data, as
      // does a question for it that the number answers.
      if (view.HasContextRightBefore(kAccountWords, span.start, kContextBefore) ||
          AnswersAQuestionFor(kAccountWords, view, span.start)) {
        out.push_back({"NO_BANK_ACCOUNT", span.start, span.end, 0.8, {}, kInvalidCheckDigits});
      }
      return;
    }
    const bool account_words =
        view.HasContext(kAccountWords, span.start, span.end, kContextBefore, kContextAfter);
    const bool id_words =
        view.HasContext(kIdWords, span.start, span.end, kContextBefore, kContextAfter);
    double score;
    if (account_words) {
      score = 0.97;
    } else if (grouped && span.count == 3) {
      score = span.separator == '.' ? 0.95 : 0.85;
    } else if (id_words || ValidateNorwegianNationalId(*digits)) {
      score = 0.4;
    } else {
      score = 0.7;
    }
    out.push_back({"NO_BANK_ACCOUNT", span.start, span.end, score});
  });
}

std::string NoBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
