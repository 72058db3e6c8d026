#include "detectors/fi_personal_identity_code.h"

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr std::string_view kCheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

enum ContextTag : uint32_t { kFinnishWords };

int Century(char sign) {
  if (sign == '+') return 1800;
  if (sign == '-' || (sign >= 'U' && sign <= 'Y')) return 1900;
  if (sign >= 'A' && sign <= 'F') return 2000;
  return 0;
}

}  // namespace

namespace {

// The code's date, sign and individual number, and whether its check character is right;
// nullopt where those are no code's.
struct ReadCode {
  FinnishIdentityCode code;
  bool check_holds = false;
};
std::optional<ReadCode> Read(std::string_view text) {
  if (text.size() != 11) return std::nullopt;
  const int century = Century(text[6]);
  if (century == 0) return std::nullopt;
  const auto date = Digits::Of(text.substr(0, 6));
  const auto individual = Digits::Of(text.substr(7, 3));
  if (!date || date->size() != 6 || !individual || individual->size() != 3) return std::nullopt;
  ReadCode read;
  read.code.year = century + date->Number(4, 2);
  if (!IsValidDate(read.code.year, date->Number(2, 2), date->Number(0, 2))) return std::nullopt;
  const int serial = individual->Number(0, 3);
  if (serial < 2) return std::nullopt;
  read.code.temporary = serial >= 900;
  const long long number = static_cast<long long>(date->Number(0, 6)) * 1000 + serial;
  read.check_holds = kCheckCharacters[number % 31] == text[10];
  return read;
}

}  // namespace

std::optional<FinnishIdentityCode> ValidateFinnishIdentityCode(std::string_view text) {
  const std::optional<ReadCode> read = Read(text);
  if (!read || !read->check_holds) return std::nullopt;
  return read->code;
}

void FiPersonalIdentityCodeDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                                   std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  for (size_t i = 0; i < token.group_count; ++i) {
    const DigitGroup& group = token.group(i);
    const size_t end = group.start + 11;
    if (group.length() != 6 || end > text.size()) continue;
    if (WordCharBefore(text, group.start) || WordCharAt(text, end)) continue;
    const std::optional<ReadCode> read = Read(text.substr(group.start, 11));
    if (!read) continue;
    if (!read->check_holds) {
      // "hetu 131052-308U": a Finnish word right before a code whose check character alone
      // is wrong makes it a mistyped code, still personal data.
      const bool check_character = kCheckCharacters.find(text[end - 1]) != std::string_view::npos;
      if (check_character &&
          view.HasContextRightBefore(kFinnishWords, group.start, kContextBefore)) {
        out.push_back(
            {"FI_PERSONAL_IDENTITY_CODE", group.start, end, 0.8, {}, kInvalidCheckDigits});
      }
      continue;
    }
    const bool danish_shape = text[group.start + 6] == '-' && IsAsciiDigit(text[end - 1]);
    double score = danish_shape ? 0.7 : 0.95;
    if (view.HasContext(kFinnishWords, group.start, end, kContextBefore, kContextAfter)) {
      score = 0.97;
    }
    const std::string_view kind = read->code.temporary ? "temporary" : "permanent";
    out.push_back({"FI_PERSONAL_IDENTITY_CODE", group.start, end, score, {}, kind});
  }
}

std::vector<ContextWords> FiPersonalIdentityCodeDetector::context_words() const {
  return {{kFinnishWords,
           {"henkilötunnus", "hetu", "henkilötunnukseni", "personbeteckning", "finsk",
            "finnish", "suomalainen", "finland"}}};
}

}  // namespace sladd
