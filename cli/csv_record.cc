#include "cli/csv_record.h"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

absl::Status FieldError(size_t field_index, std::string_view problem) {
  return absl::InvalidArgumentError(
      absl::StrCat("CSV field ", field_index + 1, ": ", ToAbsl(problem)));
}

}  // namespace

absl::Status CsvParser::Parse(std::string_view record, char delimiter, std::vector<CsvField>& out) {
  out.clear();
  unescaped_.clear();
  // Unescaped values are never longer than the record: with this room the views into
  // unescaped_ stay valid while it fills.
  unescaped_.reserve(record.size());
  // The byte order mark Excel writes before a UTF-8 file's first record is no part of its
  // first field: "Navn" stays a column's name, and the mark is kept as written.
  size_t at = record.starts_with(kUtf8ByteOrderMark) ? kUtf8ByteOrderMark.size() : 0;
  while (true) {
    CsvField field;
    field.begin = at;
    if (at < record.size() && record[at] == '"') {
      if (!ReadQuoted(record, field)) return FieldError(out.size(), "a quote is never closed");
      at = field.end;
      if (at < record.size() && record[at] != delimiter) {
        return FieldError(out.size(), "text after its closing quote");
      }
    } else {
      at = std::min(record.find(delimiter, at), record.size());
      field.value = record.substr(field.begin, at - field.begin);
      field.end = at;
    }
    out.push_back(field);
    if (at >= record.size()) return absl::OkStatus();
    ++at;  // past the delimiter
  }
}

bool CsvParser::ReadQuoted(std::string_view record, CsvField& field) {
  field.quoted = true;
  bool doubled = false;
  size_t close = field.begin + 1;
  while (true) {
    close = record.find('"', close);
    if (close == std::string_view::npos) return false;
    if (close + 1 >= record.size() || record[close + 1] != '"') break;
    doubled = true;
    close += 2;
  }
  field.end = close + 1;
  const std::string_view raw = record.substr(field.begin + 1, close - field.begin - 1);
  if (!doubled) {
    field.value = raw;
    return true;
  }
  const size_t start = unescaped_.size();
  for (size_t i = 0; i < raw.size(); ++i) {
    unescaped_.push_back(raw[i]);
    if (raw[i] == '"') ++i;  // the second of a doubled quote
  }
  field.value = std::string_view(unescaped_).substr(start);
  return true;
}

void AppendCsvField(std::string_view value, char delimiter, bool quoted, std::string& out) {
  const bool needs_quotes = quoted || std::any_of(value.begin(), value.end(), [&](char c) {
                              return c == delimiter || c == '"' || c == '\n' || c == '\r';
                            });
  if (!needs_quotes) {
    out.append(value);
    return;
  }
  out.push_back('"');
  for (char c : value) {
    out.push_back(c);
    if (c == '"') out.push_back('"');
  }
  out.push_back('"');
}

char DetectCsvDelimiter(std::string_view header) {
  constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
  std::array<size_t, 3> counts{};
  bool in_quotes = false;
  for (char c : header) {
    if (c == '"') in_quotes = !in_quotes;  // a doubled quote flips twice
    if (in_quotes) continue;
    for (size_t i = 0; i < kCandidates.size(); ++i) counts[i] += c == kCandidates[i];
  }
  const size_t best = std::max_element(counts.begin(), counts.end()) - counts.begin();
  return counts[best] > 0 ? kCandidates[best] : ',';
}

namespace {

// The comma-separated items of --fields; none when it is empty.
std::vector<absl::string_view> SelectedItems(std::string_view selected) {
  if (selected.empty()) return {};
  return absl::StrSplit(ToAbsl(selected), ',');
}

// A 1-based column number ("3"), as cut and csvkit take them; nullopt for anything else.
std::optional<size_t> ColumnNumber(absl::string_view item) {
  size_t number = 0;
  const bool digits = !item.empty() && std::all_of(item.begin(), item.end(),
                                                   [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || item.size() > 6 || !absl::SimpleAtoi(item, &number) || number == 0) {
    return std::nullopt;
  }
  return number;
}

// The label a bank code column's values are read after, by the words of its name
// ("Clearingnr", "clearing_number", "Sort Code", "sortcode", "Reg.nr."); empty for other
// columns.
std::string_view BankCodeLabel(std::string_view name) {
  const std::string lower = absl::AsciiStrToLower(ToAbsl(name));
  for (std::string_view word : {"clearing", "clnr", "cl.nr", "cl nr"}) {
    if (absl::StrContains(lower, ToAbsl(word))) return "Clearingnummer: ";
  }
  for (std::string_view word : {"sort code", "sortcode", "sort_code", "sort-code"}) {
    if (absl::StrContains(lower, ToAbsl(word))) return "Sort code: ";
  }
  for (std::string_view word : {"reg.nr", "regnr", "reg. nr", "reg nr", "reg.-nr", "reg_nr",
                                "registreringsn"}) {
    if (absl::StrContains(lower, ToAbsl(word))) return "Reg.nr.: ";
  }
  return "";
}

}  // namespace

absl::StatusOr<CsvColumns> CsvColumns::FromHeader(const std::vector<CsvField>& header,
                                                  char delimiter, std::string_view selected) {
  CsvColumns columns(delimiter);
  columns.has_header_ = true;
  for (const CsvField& field : header) {
    columns.names_.emplace_back(field.value);
    const bool readable =
        !field.value.empty() && FindInvalidUtf8(field.value) == field.value.size();
    std::string context = readable ? absl::StrCat(ToAbsl(field.value), ": ") : "";
    columns.context_code_points_.push_back(CountCodePoints(context));
    columns.contexts_.push_back(std::move(context));
    const std::string_view bank_code_label = BankCodeLabel(field.value);
    if (!bank_code_label.empty() && !columns.bank_code_column_) {
      columns.bank_code_column_ = {columns.names_.size() - 1, bank_code_label};
    }
  }
  columns.selected_.assign(header.size(), selected.empty());
  for (absl::string_view item : SelectedItems(selected)) {
    auto index = columns.IndexOf(ToStd(item), "--fields");
    if (!index.ok()) return index.status();
    columns.selected_[*index] = true;
  }
  return columns;
}

absl::StatusOr<CsvColumns> CsvColumns::Unnamed(char delimiter, std::string_view selected) {
  CsvColumns columns(delimiter);
  columns.selects_beyond_ = selected.empty();
  for (absl::string_view item : SelectedItems(selected)) {
    auto index = columns.IndexOf(ToStd(item), "--fields");
    if (!index.ok()) return index.status();
    if (*index >= columns.selected_.size()) columns.selected_.resize(*index + 1, false);
    columns.selected_[*index] = true;
  }
  return columns;
}

absl::StatusOr<size_t> CsvColumns::IndexOf(std::string_view column, std::string_view option) const {
  const auto named = std::find(names_.begin(), names_.end(), column);
  if (named != names_.end()) return named - names_.begin();
  const std::optional<size_t> number = ColumnNumber(ToAbsl(column));
  if (!number) {
    if (!has_header_) {
      return absl::InvalidArgumentError(
          absl::StrCat(ToAbsl(option), ": \"", ToAbsl(column),
                       "\" is no column number, and without a header columns have no names"));
    }
    return absl::InvalidArgumentError(
        absl::StrCat(ToAbsl(option), ": the CSV header has no column \"", ToAbsl(column), "\""));
  }
  if (has_header_ && *number > names_.size()) {
    return absl::InvalidArgumentError(absl::StrCat(ToAbsl(option), ": the CSV header has ",
                                                   names_.size(), " columns, not ", *number));
  }
  return *number - 1;
}

absl::Status CsvColumns::FindTurnColumns(std::string_view message, std::string_view turn,
                                         std::string_view conversation) {
  auto message_index = IndexOf(message, "--text-field (the message's column)");
  if (!message_index.ok()) return message_index.status();
  TurnColumns columns{*message_index, std::nullopt, std::nullopt};
  for (auto [name, option, index] :
       {std::tuple{turn, "--previous-turn-field", &columns.turn},
        std::tuple{conversation, "--conversation-field", &columns.conversation}}) {
    if (name.empty()) continue;
    auto found = IndexOf(name, option);
    if (!found.ok()) return found.status();
    *index = *found;
  }
  turn_columns_ = columns;
  return absl::OkStatus();
}

}  // namespace sladd
