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

std::vector<Pattern> NoBankAccountDetector::patterns() const {
  return {{R"(\d{4}[ .]\d{2}[ .]\d{5}|\d{11})", Boundary::kNumber}};
}

std::vector<ContextWords> NoBankAccountDetector::context_words() const {
  return {{kAccountWords, AccountContextWords()},
          {kIdWords,
           {"fødselsnummer", "fødselsnr", "fnr", "personnummer", "personnr", "pnr",
            "d-nummer", "født", "national id", "ssn"}}};
}

void NoBankAccountDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                    std::vector<Finding>& out) const {
  const std::string_view text = view.slice(candidate);
  const auto digits = Digits::Of(text);
  if (!digits || !ValidateNorwegianBankAccount(*digits)) return;
  const DigitGroups groups = DigitGroups::Of(text);
  if (groups.count > 1 && !groups.uniform_separator) return;

  const bool account_words = view.HasContext(kAccountWords, candidate.start, candidate.end,
                                             kContextBefore, kContextAfter);
  const bool id_words =
      view.HasContext(kIdWords, candidate.start, candidate.end, kContextBefore, kContextAfter);
  double score;
  if (account_words) {
    score = 0.97;
  } else if (groups.count == 3) {
    score = groups.separator == '.' ? 0.95 : 0.85;
  } else if (id_words || ValidateNorwegianNationalId(*digits)) {
    score = 0.4;
  } else {
    score = 0.7;
  }
  out.push_back({"NO_BANK_ACCOUNT", candidate.start, candidate.end, score});
}

std::string NoBankAccountDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
