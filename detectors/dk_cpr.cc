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

std::vector<Pattern> DkCprDetector::patterns() const {
  return {{R"(\d{6}-\d{4}|\d{10})", Boundary::kNumber}};
}

std::vector<ContextWords> DkCprDetector::context_words() const {
  return {{kCprWords,
           {"cpr", "cpr-nr", "cpr-nummer", "cprnr", "personnummer", "personnr",
            "dansk personnummer", "danish personal", "civil registration"}}};
}

void DkCprDetector::Confirm(const Candidate& candidate, const ScanView& view,
                            std::vector<Finding>& out) const {
  const std::string_view text = view.slice(candidate);
  const auto digits = Digits::Of(text);
  if (!digits) return;
  const auto cpr = ValidateDanishCpr(*digits);
  if (!cpr) return;
  const bool cpr_words =
      view.HasContext(kCprWords, candidate.start, candidate.end, kContextBefore, kContextAfter);
  double score;
  if (cpr_words) {
    score = 0.95;
  } else if (text.find('-') != std::string_view::npos) {
    score = cpr->modulus11 ? 0.85 : 0.75;
  } else {
    score = 0.2;
  }
  out.push_back({"DK_CPR", candidate.start, candidate.end, score});
}

std::string DkCprDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
