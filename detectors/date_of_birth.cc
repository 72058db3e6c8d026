#include "detectors/date_of_birth.h"

#include <algorithm>
#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "detectors/checksums.h"
#include "detectors/context.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kBirthWords };

// A date's year read alone comes this many bytes at most after the date's start: "14th
// September, 1985".
constexpr size_t kMaxDateBeforeYear = 24;
constexpr int kFirstBirthYear = 1900;

struct MonthName {
  std::string_view name;
  int month;
};

// Months in Norwegian, Swedish, Danish and English, in full and short.
constexpr MonthName kMonths[] = {
    {"januar", 1},   {"januari", 1},   {"january", 1},  {"jan", 1},      {"februar", 2},
    {"februari", 2}, {"february", 2},  {"feb", 2},      {"mars", 3},     {"marts", 3},
    {"march", 3},    {"mar", 3},       {"april", 4},    {"apr", 4},      {"mai", 5},
    {"maj", 5},      {"may", 5},       {"juni", 6},     {"june", 6},     {"jun", 6},
    {"juli", 7},     {"july", 7},      {"jul", 7},      {"august", 8},   {"augusti", 8},
    {"aug", 8},      {"september", 9}, {"sept", 9},     {"sep", 9},      {"oktober", 10},
    {"october", 10}, {"okt", 10},      {"oct", 10},     {"november", 11}, {"nov", 11},
    {"desember", 12}, {"december", 12}, {"des", 12},    {"dec", 12}};

// Reads a date's parts from the start of a text, one at a time; a failed read reads nothing.
class DateReader {
 public:
  explicit DateReader(std::string_view text) : text_(text) {}

  bool AtEnd() const { return pos_ == text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }

  bool Skip(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }

  // One space or more.
  bool Spaces() {
    const size_t from = pos_;
    while (Skip(' ')) {
    }
    return pos_ > from;
  }

  // `min` to `max` digits, not followed by another digit; `count` is how many were read.
  std::optional<int> Number(size_t min, size_t max, size_t* count = nullptr) {
    size_t end = pos_;
    int value = 0;
    while (end < text_.size() && absl::ascii_isdigit(text_[end]) && end - pos_ < max) {
      value = value * 10 + (text_[end++] - '0');
    }
    if (end - pos_ < min || (end < text_.size() && absl::ascii_isdigit(text_[end]))) {
      return std::nullopt;
    }
    if (count != nullptr) *count = end - pos_;
    pos_ = end;
    return value;
  }

  // A month's name in any case, and a period after a short one ("okt.").
  std::optional<int> Month() {
    size_t end = pos_;
    while (end < text_.size() && absl::ascii_isalpha(text_[end])) ++end;
    const absl::string_view word = ToAbsl(text_.substr(pos_, end - pos_));
    for (const MonthName& month : kMonths) {
      if (!absl::EqualsIgnoreCase(word, ToAbsl(month.name))) continue;
      pos_ = end;
      Skip('.');
      return month.month;
    }
    return std::nullopt;
  }

  // An English ordinal's ending: "14th", "1st", "2nd", "3rd".
  void SkipOrdinal() {
    for (const std::string_view ending : {"st", "nd", "rd", "th"}) {
      if (absl::EqualsIgnoreCase(ToAbsl(text_.substr(pos_, 2)), ToAbsl(ending))) {
        pos_ += 2;
        return;
      }
    }
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// The year of a two-digit year: the last one up to `this_year`.
int FullYear(int yy, int this_year) {
  const int year = this_year / 100 * 100 + yy;
  return year > this_year ? year - 100 : year;
}

// "01.01.1990", "1/1/90", "01-01-1990", "1990-01-01".
std::optional<CalendarDate> ReadNumericDate(std::string_view text, int this_year) {
  DateReader reader(text);
  size_t digits = 0;
  const auto first = reader.Number(1, 4, &digits);
  if (!first || digits == 3) return std::nullopt;
  if (digits == 4) {
    if (!reader.Skip('-')) return std::nullopt;
    const auto month = reader.Number(1, 2);
    if (!month || !reader.Skip('-')) return std::nullopt;
    const auto day = reader.Number(1, 2);
    if (!day || !reader.AtEnd()) return std::nullopt;
    return CalendarDate{*first, *month, *day};
  }
  const char separator = reader.Peek();
  if (separator != '.' && separator != '/' && separator != '-') return std::nullopt;
  reader.Skip(separator);
  const auto month = reader.Number(1, 2);
  if (!month || !reader.Skip(separator)) return std::nullopt;
  const auto year = reader.Number(2, 4, &digits);
  if (!year || digits == 3 || !reader.AtEnd()) return std::nullopt;
  return CalendarDate{digits == 2 ? FullYear(*year, this_year) : *year, *month, *first};
}

// "3. mars 1985", "14 March 1985", "14th March, 1985", "March 14, 1985".
std::optional<CalendarDate> ReadWrittenDate(std::string_view text) {
  DateReader reader(text);
  std::optional<int> day = reader.Number(1, 2);
  std::optional<int> month;
  if (day) {
    if (!reader.Skip('.')) reader.SkipOrdinal();
    if (!reader.Spaces()) return std::nullopt;
    month = reader.Month();
  } else {
    month = reader.Month();
    if (!month || !reader.Spaces()) return std::nullopt;
    day = reader.Number(1, 2);
    reader.SkipOrdinal();
  }
  if (!day || !month) return std::nullopt;
  reader.Skip(',');
  if (!reader.Spaces()) return std::nullopt;
  const auto year = reader.Number(4, 4);
  if (!year || !reader.AtEnd()) return std::nullopt;
  return CalendarDate{*year, *month, *day};
}

bool IsAsciiAlnum(char c) { return absl::ascii_isalnum(static_cast<unsigned char>(c)); }

// Whether the year starting at text[year] may end a date written with a slash or a month's
// name: after '/', or after a month's name or a day of one or two digits ("mars 1985",
// "March 14, 1985", "14th March 1985"). Most years are neither, and are ruled out here.
bool MayEndAWrittenDate(std::string_view text, size_t year) {
  if (year == 0) return false;
  if (text[year - 1] == '/') return true;
  size_t end = year;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == year) return false;
  if (end > 0 && text[end - 1] == ',') --end;
  size_t start = end;
  while (start > 0 && IsAsciiAlnum(text[start - 1])) --start;
  const std::string_view word = text.substr(start, end - start);
  if (word.empty() || word.size() > 9) return false;
  if (absl::ascii_isdigit(word[0])) return true;  // "14", "14th"
  DateReader reader(word);
  return reader.Month().has_value() && reader.AtEnd();
}

}  // namespace

std::optional<CalendarDate> ReadDate(std::string_view text, int this_year) {
  if (text.empty()) return std::nullopt;
  std::optional<CalendarDate> date =
      absl::ascii_isdigit(text[0]) ? ReadNumericDate(text, this_year) : std::nullopt;
  if (!date) date = ReadWrittenDate(text);
  if (!date || date->year < kFirstBirthYear || date->year > this_year ||
      !IsValidDate(date->year, date->month, date->day)) {
    return std::nullopt;
  }
  return date;
}

std::vector<ContextWords> DateOfBirthDetector::context_words() const {
  return {{kBirthWords,
           {"fødselsdato", "fødselsdag", "fødselsdatoen", "født", "fødd", "f.", "dob", "d.o.b.",
            "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday", "bursdag",
            "födelsedatum", "född", "syntymäaika"},
           /*whole_words=*/true}};
}

void DateOfBirthDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                        std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  // "01.01.1990", "1990-01-01": three groups of the number joined by one '.' or '-', and
  // not by it to a fourth ("1.2.3.4" is no date). Byte reads only: most numbers with three
  // groups are phone numbers ("912 34 567").
  if (token.group_count >= 3) {
    for (size_t i = 0; i + 2 < token.group_count; ++i) {
      const char separator = token.separator_after(text, i);
      if ((separator != '.' && separator != '-') ||
          token.separator_after(text, i + 1) != separator ||
          (i > 0 && token.separator_after(text, i - 1) == separator) ||
          (i + 3 < token.group_count && token.separator_after(text, i + 2) == separator)) {
        continue;
      }
      ConfirmDate(view, token.group(i).start, token.group(i + 2).end, out);
    }
    return;
  }
  // A year alone ends a date written otherwise: "14/03/1985", "3. mars 1985", "March 14,
  // 1985". The earliest word start from which the text reads as a date starts it.
  if (token.group_count != 1 || token.digits != 4 || !MayEndAWrittenDate(text, token.start)) {
    return;
  }
  const int year = (text[token.start] - '0') * 1000 + (text[token.start + 1] - '0') * 100 +
                   (text[token.start + 2] - '0') * 10 + (text[token.start + 3] - '0');
  if (year < kFirstBirthYear || year > this_year_) return;
  for (size_t start = token.start - std::min(token.start, kMaxDateBeforeYear);
       start + 1 < token.start; ++start) {
    if (!IsAsciiAlnum(text[start]) || (start > 0 && IsAsciiAlnum(text[start - 1])) ||
        (start > 0 && static_cast<unsigned char>(text[start - 1]) >= 0x80)) {
      continue;
    }
    if (ReadDate(text.substr(start, token.end - start), this_year_)) {
      ConfirmDate(view, start, token.end, out);
      return;
    }
  }
}

void DateOfBirthDetector::ConfirmDate(const ScanView& view, size_t start, size_t end,
                                      std::vector<Finding>& out) const {
  if (!ReadDate(view.text().substr(start, end - start), this_year_) ||
      !view.HasContextRightBefore(kBirthWords, start, kContextBefore)) {
    return;
  }
  out.push_back({"DATE_OF_BIRTH", start, end, 0.9});
}

std::string DateOfBirthDetector::Normalize(std::string_view, std::string_view value) const {
  const std::optional<CalendarDate> date = ReadDate(value, this_year_);
  if (!date) return std::string(value);
  char normal[16];
  std::snprintf(normal, sizeof normal, "%04d-%02d-%02d", date->year, date->month, date->day);
  return normal;
}

}  // namespace sladd
