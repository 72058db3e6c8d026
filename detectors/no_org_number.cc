#include "detectors/no_org_number.h"

#include <array>

#include "detectors/context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr std::array<int, 8> kWeights = {3, 2, 7, 6, 5, 4, 3, 2};

enum ContextTag : uint32_t { kOrgWords };

// The span of "NO 923 609 016 MVA" or "NO923609016MVA" around `token`, or {0, 0}.
std::pair<size_t, size_t> VatFormAround(const NumberToken& token, std::string_view text) {
  const bool layout = token.group_count == 1 ||
                      (token.group_count == 3 && token.group(0).length() == 3 &&
                       token.group(1).length() == 3 && token.separator_after(text, 0) == ' ' &&
                       token.separator_after(text, 1) == ' ');
  if (token.digits != 9 || !layout) return {0, 0};
  size_t start = token.start;
  if (start > 0 && text[start - 1] == ' ') --start;
  if (start < 2 || text.substr(start - 2, 2) != "NO") return {0, 0};
  start -= 2;
  size_t end = token.end;
  if (end < text.size() && text[end] == ' ') ++end;
  if (text.substr(end, 3) != "MVA") return {0, 0};
  end += 3;
  if (WordCharBefore(text, start) || WordCharAt(text, end)) return {0, 0};
  return {start, end};
}

}  // namespace

bool ValidateNorwegianOrgNumber(const Digits& digits) {
  if (digits.size() != 9 || digits[0] < 8) return false;
  const int remainder = WeightedMod11(digits, kWeights);
  const int check = remainder == 0 ? 0 : 11 - remainder;
  return check != 10 && check == digits[8];
}

std::vector<ContextWords> NoOrgNumberDetector::context_words() const {
  return {{kOrgWords,
           {"org.nr", "org nr", "orgnr", "org. nr", "org.nummer", "organisasjonsnummer",
            "organisasjonsnr", "org.no", "org no", "organization number",
            "organisation number", "company number", "foretaksnummer", "foretaksregisteret",
            "enhetsregisteret", "brønnøysund", "mva-nummer", "mva nr", "vat number", "vat no"}}};
}


void NoOrgNumberDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                        std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  if (const auto [start, end] = VatFormAround(token, text); end > 0) {
    if (ValidateNorwegianOrgNumber(*Digits::Of(text.substr(token.start, token.end - token.start)))) {
      out.push_back({"NO_ORG_NUMBER", start, end, 0.97, {}, "vat"});
    }
    return;
  }
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
