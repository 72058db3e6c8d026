#include "detectors/no_bank_account.h"

#include <array>

#include "detectors/context.h"
#include "detectors/no_national_id.h"

namespace sladd {
namespace {

constexpr std::array<int, 10> kWeights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

enum ContextTag : uint32_t { kAccountWords, kIdWords };

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
    // XXXX.XX.XXXXX, XXXX XX XXXXX or eleven plain digits.
    const bool grouped = span.Is({4, 2, 5}) && (span.separator == '.' || span.separator == ' ');
    if (!grouped && span.count != 1) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    if (!ValidateNorwegianBankAccount(*digits)) return;
    const bool account_words =
        view.HasContext(kAccountWords, span.start, span.end, kContextBefore, kContextAfter);
    const bool id_words =
        view.HasContext(kIdWords, span.start, span.end, kContextBefore, kContextAfter);
    double score;
    if (account_words) {
      score = 0.97;
    } else if (grouped) {
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
