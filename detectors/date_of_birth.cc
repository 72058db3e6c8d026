#include "detectors/date_of_birth.h"

#include <algorithm>
#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "detectors/checksums.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Words that say a date after them is a birth date; lowercase, matched in any case. With
// the keys of JSON, logs and CRM exports ("date_of_birth", "dateOfBirth", "fodselsdato").
constexpr std::string_view kBirthWords[] = {
    "fødselsdato", "fødselsdatoen", "fødselsdag", "født", "fødd", "f.", "f.dato", "bursdag",
    "dob", "d.o.b.", "d.o.b", "date of birth", "birth date", "birthdate", "born", "birthday",
    "födelsedatum", "född", "syntymäaika", "date_of_birth", "dateofbirth", "birth_date",
    "fodselsdato", "foedselsdato", "fodt", "fodselsdag", "born_on", "bornon"};

// The date starts at most this many bytes after the birth word: "Fødselsdato (dd.mm.åååå):
// 01.01.1990", "født den 3. mars 1985".
constexpr size_t kDateAfterBirthWord = 40;
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

// Reads a date's parts from a position of a text on, one at a time; a failed read reads
// nothing.
class DateReader {
 public:
  DateReader(std::string_view text, size_t pos) : text_(text), pos_(pos) {}

  size_t pos() const { return pos_; }
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
  size_t pos_;
};

// The year of a two-digit year: the last one up to `this_year`.
int FullYear(int yy, int this_year) {
  const int year = this_year / 100 * 100 + yy;
  return year > this_year ? year - 100 : year;
}

// "01.01.1990", "1/1/90", "12/3-85", "01-01-1990", "1990-01-01", from where `reader`
// stands.
std::optional<CalendarDate> ReadNumericDate(DateReader& reader, int this_year) {
  size_t digits = 0;
  const auto first = reader.Number(1, 4, &digits);
  if (!first || digits == 3) return std::nullopt;
  if (digits == 4) {
    if (!reader.Skip('-')) return std::nullopt;
    const auto month = reader.Number(1, 2);
    if (!month || !reader.Skip('-')) return std::nullopt;
    const auto day = reader.Number(1, 2);
    if (!day) return std::nullopt;
    return CalendarDate{*first, *month, *day};
  }
  const char separator = reader.Peek();
  if (separator != '.' && separator != '/' && separator != '-') return std::nullopt;
  reader.Skip(separator);
  const auto month = reader.Number(1, 2);
  // Norwegian hands write the year after a dash: "12/3-85".
  if (!month || !(reader.Skip(separator) || (separator == '/' && reader.Skip('-')))) {
    return std::nullopt;
  }
  const auto year = reader.Number(2, 4, &digits);
  if (!year || digits == 3) return std::nullopt;
  return CalendarDate{digits == 2 ? FullYear(*year, this_year) : *year, *month, *first};
}

// "3. mars 1985", "14 March 1985", "14th March, 1985", "March 14, 1985", from where
// `reader` stands.
std::optional<CalendarDate> ReadWrittenDate(DateReader& reader) {
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
  if (!year) return std::nullopt;
  return CalendarDate{*year, *month, *day};
}

struct DateAt {
  CalendarDate date;
  size_t end;
};

bool IsRealBirthDate(const CalendarDate& date, int this_year) {
  return date.year >= kFirstBirthYear && date.year <= this_year &&
         IsValidDate(date.year, date.month, date.day);
}

// The date that starts at text[pos] and ends before no word character, if it is real.
std::optional<DateAt> ReadDateAt(std::string_view text, size_t pos, int this_year) {
  for (const bool numeric : {true, false}) {
    if (numeric && !absl::ascii_isdigit(text[pos])) continue;
    DateReader reader(text, pos);
    const std::optional<CalendarDate> date =
        numeric ? ReadNumericDate(reader, this_year) : ReadWrittenDate(reader);
    if (date && !WordCharAt(text, reader.pos()) && IsRealBirthDate(*date, this_year)) {
      return DateAt{*date, reader.pos()};
    }
  }
  return std::nullopt;
}

// Whether a new sentence or line begins at text[pos]: a line break, '!' or '?', or a period
// before a space and a capital ("født. Leveringen 12.03.2025", "født. Ørsta ...").
bool EndsASentence(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (c == '\n' || c == '!' || c == '?') return true;
  return c == '.' && pos + 2 < text.size() && text[pos + 1] == ' ' &&
         IsUpperCodePoint(CodePointAt(text, pos + 2));
}

}  // namespace

std::optional<CalendarDate> ReadDate(std::string_view text, int this_year) {
  if (text.empty()) return std::nullopt;
  const std::optional<DateAt> date = ReadDateAt(text, 0, this_year);
  if (!date || date->end != text.size()) return std::nullopt;
  return date->date;
}

std::vector<Pattern> DateOfBirthDetector::patterns() const {
  std::vector<Pattern> patterns;
  for (const std::string_view word : kBirthWords) {
    // "f." ends in its period: a word start is its boundary.
    const Boundary boundary = word.back() == '.' ? Boundary::kWordStart : Boundary::kWord;
    patterns.push_back({std::string(word), boundary, /*caseless=*/true, /*unicode=*/false,
                        /*tag=*/0, /*literal=*/true});
  }
  return patterns;
}

void DateOfBirthDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                  std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  // "f." before a letter abbreviates something else: "f.eks. 12.03.2025" (for example).
  if (text[candidate.end - 1] == '.' && candidate.end < text.size() &&
      absl::ascii_isalpha(text[candidate.end])) {
    return;
  }
  const size_t limit = std::min(text.size(), candidate.end + kDateAfterBirthWord);
  // The first word start after the birth word that begins a date; a number that does not,
  // or a sentence's end, ends the search.
  for (size_t pos = candidate.end; pos < limit; ++pos) {
    if (EndsASentence(text, pos)) return;
    if (!absl::ascii_isalnum(static_cast<unsigned char>(text[pos])) || WordCharBefore(text, pos)) {
      continue;
    }
    if (const std::optional<DateAt> date = ReadDateAt(text, pos, this_year_)) {
      out.push_back({"DATE_OF_BIRTH", pos, date->end, 0.9});
      ConfirmChangedTo(text, date->end, out);
      return;
    }
    if (absl::ascii_isdigit(text[pos])) return;
  }
}

void DateOfBirthDetector::ConfirmChangedTo(std::string_view text, size_t end,
                                           std::vector<Finding>& out) const {
  for (const std::string_view to : {" to ", " til ", " -> ", " → "}) {
    if (text.substr(end, to.size()) != to) continue;
    const size_t start = end + to.size();
    if (start >= text.size()) return;
    if (const std::optional<DateAt> date = ReadDateAt(text, start, this_year_)) {
      out.push_back({"DATE_OF_BIRTH", start, date->end, 0.9});
    }
    return;
  }
}

std::string DateOfBirthDetector::Normalize(std::string_view, std::string_view value) const {
  const std::optional<CalendarDate> date = ReadDate(value, this_year_);
  if (!date) return std::string(value);
  char normal[16];
  std::snprintf(normal, sizeof normal, "%04d-%02d-%02d", date->year, date->month, date->day);
  return normal;
}

}  // namespace sladd
