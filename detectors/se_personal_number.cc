#include "detectors/se_personal_number.h"

#include "detectors/checksums.h"
#include "detectors/context.h"

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kIdWords };

// The date and kind of the ten or twelve `digits` of `text`, the check digit unasked.
std::optional<SwedishPersonalNumber> ReadDate(std::string_view text, const Digits& digits,
                                              int current_year) {
  const size_t offset = digits.size() - 10;  // skip the century digits of YYYYMMDD
  SwedishPersonalNumber number;
  const int yy = digits.Number(offset, 2);
  const int month = digits.Number(offset + 2, 2);
  int day = digits.Number(offset + 4, 2);
  if (day > 60) {
    day -= 60;
    number.coordination = true;
  }
  if (offset == 2) {
    number.year = digits.Number(0, 4);
    if (number.year < 1800 || number.year > current_year) return std::nullopt;
  } else {
    // Under 100 years old unless written with '+'.
    number.year = current_year - ((current_year - yy) % 100 + 100) % 100;
    if (text.find('+') != std::string_view::npos) number.year -= 100;
  }
  if (!IsValidDate(number.year, month, day)) return std::nullopt;
  return number;
}

// A personal number's date and kind, and whether its Luhn check digit holds.
struct ReadNumber {
  SwedishPersonalNumber number;
  bool check_holds = false;
};

// Reads ten or twelve digits of `text` with a real date; nullopt for anything else.
std::optional<ReadNumber> Read(std::string_view text, int current_year) {
  const auto digits = Digits::Of(text);
  if (!digits || (digits->size() != 10 && digits->size() != 12)) return std::nullopt;
  const std::optional<SwedishPersonalNumber> number = ReadDate(text, *digits, current_year);
  if (!number) return std::nullopt;
  return ReadNumber{*number, LuhnValid(digits->span().subspan(digits->size() - 10))};
}

}  // namespace

std::optional<SwedishPersonalNumber> ValidateSwedishPersonalNumber(std::string_view text,
                                                                   int current_year) {
  const std::optional<ReadNumber> read = Read(text, current_year);
  if (!read || !read->check_holds) return std::nullopt;
  return read->number;
}

std::vector<ContextWords> SePersonalNumberDetector::context_words() const {
  return {{kIdWords,
           {"personnummer", "personnr", "pnr", "person nr", "samordningsnummer",
            "svenskt personnummer", "swedish personal", "personal identity number",
            "personal number", "födelsenummer", "ssn", "svensk", "svenska", "swedish"}}};
}

void SePersonalNumberDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                             std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  ForEachNumberSpan(token, text, 10, 12, [&](const NumberSpan& span) {
    const bool dashed = span.separator == '-' && (span.Is({6, 4}) || span.Is({8, 4}));
    const bool plain = span.count == 1 && span.digits != 11;
    if (dashed || plain) Report(span.start, span.end, view, out);
  });
  // YYMMDD+NNNC (100 years or older): '+' is no number separator, so it splits the token.
  const DigitGroup& last = token.group(token.group_count - 1);
  if (last.length() == 6 && last.end + 5 <= text.size() && text[last.end] == '+') {
    const size_t end = last.end + 5;
    const std::string_view tail = text.substr(last.end + 1, 4);
    const bool four_digits = std::all_of(tail.begin(), tail.end(), IsAsciiDigit);
    if (four_digits && !WordCharAt(text, end) && !WordCharBefore(text, last.start)) {
      Report(last.start, end, view, out);
    }
  }
}

void SePersonalNumberDetector::Report(size_t start, size_t end, const ScanView& view,
                                      std::vector<Finding>& out) const {
  const std::string_view text = view.text().substr(start, end - start);
  const std::optional<ReadNumber> read = Read(text, current_year_);
  if (!read) return;
  if (!read->check_holds) {
    // "personnummer 19900101-1234": a label right before a number with a real date makes
    // it a mistyped personal number, still personal data.
    if (view.HasContextRightBefore(kIdWords, start, kContextBefore)) {
      out.push_back({"SE_PERSONAL_NUMBER", start, end, 0.8, {}, kInvalidCheckDigits});
    }
    return;
  }
  const SwedishPersonalNumber& number = read->number;
  const bool id_words = view.HasContext(kIdWords, start, end, kContextBefore, kContextAfter);
  const size_t digits = DigitsOnly(text).size();
  const bool separated = text.find_first_of("-+") != std::string_view::npos;
  double score;
  if (id_words) {
    score = 0.97;
  } else if (separated || digits == 12) {
    // Samordningsnummer are rarer than Danish CPR numbers of the same shape.
    score = number.coordination ? 0.7 : 0.9;
  } else {
    score = 0.4;  // ten plain digits: could as well be a phone number
  }
  out.push_back({"SE_PERSONAL_NUMBER", start, end, score, {},
                 number.coordination ? "samordningsnummer" : "personnummer"});
}

std::string SePersonalNumberDetector::Normalize(std::string_view, std::string_view value) const {
  // YYYYMMDDNNNC, so "811218-9876" and "19811218-9876" agree.
  const auto number = ValidateSwedishPersonalNumber(value, current_year_);
  std::string digits = DigitsOnly(value);
  if (number && digits.size() == 10) digits = std::to_string(number->year / 100) + digits;
  return digits;
}

}  // namespace sladd
