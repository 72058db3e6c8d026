#include "detectors/no_org_number.h"

#include <array>

#include "detectors/context.h"

namespace sladd {
namespace {

constexpr std::array<int, 8> kWeights = {3, 2, 7, 6, 5, 4, 3, 2};

enum PatternTag : uint32_t { kNumber, kVatNumber };
enum ContextTag : uint32_t { kOrgWords };

}  // namespace

bool ValidateNorwegianOrgNumber(const Digits& digits) {
  if (digits.size() != 9 || digits[0] < 8) return false;
  const int remainder = WeightedMod11(digits, kWeights);
  const int check = remainder == 0 ? 0 : 11 - remainder;
  return check != 10 && check == digits[8];
}

std::vector<Pattern> NoOrgNumberDetector::patterns() const {
  return {{R"(\d{3} \d{3} \d{3}|\d{9})", Boundary::kNumber, false, false, kNumber},
          {R"(NO ?\d{3} ?\d{3} ?\d{3} ?MVA)", Boundary::kWord, true, false, kVatNumber}};
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
  const std::string_view text = view.slice(candidate);
  const auto digits = Digits::Of(text);
  if (!digits || !ValidateNorwegianOrgNumber(*digits)) return;
  double score;
  if (candidate.tag == kVatNumber) {
    score = 0.97;
  } else if (view.HasContext(kOrgWords, candidate.start, candidate.end, kContextBefore,
                             kContextAfter)) {
    score = 0.9;
  } else {
    score = DigitGroups::Of(text).count == 3 ? 0.45 : 0.3;
  }
  out.push_back({"NO_ORG_NUMBER", candidate.start, candidate.end, score});
}

std::string NoOrgNumberDetector::Normalize(std::string_view, std::string_view value) const {
  return DigitsOnly(value);
}

}  // namespace sladd
