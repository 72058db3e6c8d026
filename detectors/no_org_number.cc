#include "detectors/no_org_number.h"

#include <array>

#include "detectors/context.h"

namespace sladd {
namespace {

constexpr std::array<int, 8> kWeights = {3, 2, 7, 6, 5, 4, 3, 2};

enum ContextTag : uint32_t { kOrgWords };

}  // namespace

bool ValidateNorwegianOrgNumber(const Digits& digits) {
  if (digits.size() != 9 || digits[0] < 8) return false;
  const int remainder = WeightedMod11(digits, kWeights);
  const int check = remainder == 0 ? 0 : 11 - remainder;
  return check != 10 && check == digits[8];
}

std::vector<Pattern> NoOrgNumberDetector::patterns() const {
  return {{R"(NO ?\d{3} ?\d{3} ?\d{3} ?MVA)", Boundary::kWord, true}};
}

std::vector<ContextWords> NoOrgNumberDetector::context_words() const {
  return {{kOrgWords,
           {"org.nr", "org nr", "orgnr", "org. nr", "org.nummer", "organisasjonsnummer",
            "organisasjonsnr", "org.no", "org no", "organization number",
            "organisation number", "company number", "foretaksnummer", "foretaksregisteret",
            "enhetsregisteret", "brønnøysund", "mva-nummer", "mva nr", "vat number", "vat no"}}};
}

void NoOrgNumberDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                  std::vector<Finding>& out) const {
  const auto digits = Digits::Of(view.slice(candidate));
  if (digits && ValidateNorwegianOrgNumber(*digits)) {
    out.push_back({"NO_ORG_NUMBER", candidate.start, candidate.end, 0.97});
  }
}

void NoOrgNumberDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                        std::vector<Finding>& out) const {
  ForEachNumberSpan(token, view.text(), 9, 9, [&](const NumberSpan& span) {
    const bool spaced = span.Is({3, 3, 3}) && span.separator == ' ';
    if (!spaced && span.count != 1) return;
    const auto digits = Digits::Of(view.text().substr(span.start, span.end - span.start));
    if (!ValidateNorwegianOrgNumber(*digits)) return;
    double score;
    if (view.HasContext(kOrgWords, span.start, span.end, kContextBefore, kContextAfter)) {
      score = 0.9;
    } else {
      score = spaced ? 0.45 : 0.3;  // a bare nine-digit number needs context
    }
    out.push_back({"NO_ORG_NUMBER", span.start, span.end, score});
  });
}

std::string NoOrgNumberDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
