#include "detectors/dk_cpr.h"

#include <array>

#include "detectors/context.h"

namespace sladd {
namespace {

constexpr std::array<int, 10> kWeights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

enum ContextTag : uint32_t { kCprWords };

// Century rules of the CPR office, by the seventh digit and the two-digit year.
int BirthYear(int seventh, int yy) {
  if (seventh <= 3) return 1900 + yy;
  if (seventh == 4 || seventh == 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

}  // namespace

std::optional<DanishCpr> ValidateDanishCpr(const Digits& digits) {
  if (digits.size() != 10) return std::nullopt;
  DanishCpr cpr;
  cpr.year = BirthYear(digits[6], digits.Number(4, 2));
  if (!IsValidDate(cpr.year, digits.Number(2, 2), digits.Number(0, 2))) return std::nullopt;
  cpr.modulus11 = WeightedMod11(digits, kWeights) == 0;
  return cpr;
}

std::vector<ContextWords> DkCprDetector::context_words() const {
  return {{kCprWords,
           {"cpr", "cpr-nr", "cpr-nummer", "cprnr", "personnummer", "personnr",
            "dansk personnummer", "danish personal", "civil registration"}}};
}

void DkCprDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                  std::vector<Finding>& out) const {
  ForEachNumberSpan(token, view.text(), 10, 10, [&](const NumberSpan& span) {
    const bool dashed = span.Is({6, 4}) && span.separator == '-';
    // "010190 1234": a space for the dash is read only where CPR words say what it is.
    const bool spaced = span.Is({6, 4}) && span.separator == ' ';
    if (!dashed && !spaced && span.count != 1) return;
    const auto cpr =
        ValidateDanishCpr(*Digits::Of(view.text().substr(span.start, span.end - span.start)));
    if (!cpr) return;
    double score;
    if (view.HasContext(kCprWords, span.start, span.end, kContextBefore, kContextAfter)) {
      score = 0.95;
    } else if (spaced) {
      return;
    } else if (dashed) {
      score = cpr->modulus11 ? 0.85 : 0.75;
    } else {
      score = 0.2;  // ten plain digits need context
    }
    out.push_back({"DK_CPR", span.start, span.end, score});
  });
}

std::string DkCprDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
