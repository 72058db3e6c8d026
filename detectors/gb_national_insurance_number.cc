#include "detectors/gb_national_insurance_number.h"

#include <algorithm>
#include <optional>

#include "detectors/context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kNinoWords };

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Where a prefix of two letters before the digits at `digits` starts ("AB 12", "AB12"), or
// nullopt.
std::optional<size_t> PrefixBefore(std::string_view text, size_t digits) {
  size_t end = digits;
  if (end > 0 && text[end - 1] == ' ') --end;
  if (end < 2 || !IsAsciiLetter(text[end - 1]) || !IsAsciiLetter(text[end - 2])) {
    return std::nullopt;
  }
  const size_t start = end - 2;
  if (WordCharBefore(text, start)) return std::nullopt;
  if (!IsNationalInsurancePrefix(text[start], text[start + 1])) return std::nullopt;
  return start;
}

// The end of a suffix A-D after the digits ending at `digits_end` ("56 C", "56C"), or
// nullopt.
std::optional<size_t> SuffixAfter(std::string_view text, size_t digits_end) {
  size_t at = digits_end;
  if (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size()) return std::nullopt;
  const char suffix = Upper(text[at]);
  if (suffix < 'A' || suffix > 'D' || WordCharAt(text, at + 1)) return std::nullopt;
  return at + 1;
}

}  // namespace

bool IsNationalInsurancePrefix(char first, char second) {
  first = Upper(first);
  second = Upper(second);
  constexpr std::string_view kNeverFirst = "DFIQUV";
  constexpr std::string_view kNeverSecond = "DFIOQUV";
  if (kNeverFirst.find(first) != std::string_view::npos ||
      kNeverSecond.find(second) != std::string_view::npos) {
    return false;
  }
  const char pair[] = {first, second, '\0'};
  for (const std::string_view never : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
    if (never == pair) return false;
  }
  return true;
}

std::vector<ContextWords> GbNationalInsuranceNumberDetector::context_words() const {
  return {{kNinoWords,
           {"national insurance", "ni number", "ni no", "n.i. number", "n.i. no", "nino",
            "ni-nummer", "insurance number"}}};
}

void GbNationalInsuranceNumberDetector::ConfirmNumber(const NumberToken& token,
                                                      const ScanView& view,
                                                      std::vector<Finding>& out) const {
  // Six digits, plain or in HMRC's pairs, and nothing more in the token.
  if (token.digits != 6) return;
  const std::string_view text = view.text();
  const bool pairs = token.group_count == 3 && token.group(0).length() == 2 &&
                     token.group(1).length() == 2 && text[token.group(0).end] == ' ' &&
                     text[token.group(1).end] == ' ';
  if (token.group_count != 1 && !pairs) return;
  const std::optional<size_t> start = PrefixBefore(text, token.start);
  if (!start) return;
  const std::optional<size_t> suffix_end = SuffixAfter(text, token.end);
  if (!suffix_end && WordCharAt(text, token.end)) return;
  const size_t end = suffix_end.value_or(token.end);
  const std::string_view value = text.substr(*start, end - *start);
  const bool upper =
      std::none_of(value.begin(), value.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  double score;
  if (view.HasContext(kNinoWords, *start, end, kContextBefore, kContextAfter)) {
    score = 0.95;
  } else if (!upper || !suffix_end) {
    return;  // "ab123456", "XY123456": an order or product code as likely
  } else {
    score = pairs ? 0.85 : 0.7;
  }
  out.push_back({"GB_NATIONAL_INSURANCE_NUMBER", *start, end, score});
}

std::string GbNationalInsuranceNumberDetector::Normalize(std::string_view,
                                                         std::string_view value) const {
  std::string normal;
  for (const char c : value) {
    if (c != ' ') normal.push_back(Upper(c));
  }
  return normal;
}

}  // namespace sladd
