// CSV records as spreadsheets and CRM exports write them (RFC 4180): fields split by a
// delimiter; a field in double quotes may hold the delimiter, line breaks and quotes
// (doubled). The first record names the columns.
#ifndef SLADD_CLI_CSV_RECORD_H_
#define SLADD_CLI_CSV_RECORD_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace sladd {

struct CsvField {
  // Byte range of the field in the record, quotes included.
  size_t begin = 0;
  size_t end = 0;
  bool quoted = false;
  // The value, unquoted and unescaped; valid until the parser's next Parse.
  std::string_view value;
};

// Splits records into fields. One per thread; not thread-safe.
class CsvParser {
 public:
  // Replaces `out` by the fields of `record` (one line, or several when a quoted field
  // holds line breaks); a UTF-8 byte order mark before the first field is not in it. Fails with
  // InvalidArgument, naming the field by its 1-based number and never quoting the record, on text
  // after a closing quote or a quote that is never closed.
  absl::Status Parse(std::string_view record, char delimiter, std::vector<CsvField>& out);

 private:
  // Reads the quoted field that starts at field.begin into `field` (end: past its closing
  // quote); false when the quote is never closed.
  bool ReadQuoted(std::string_view record, CsvField& field);

  std::string unescaped_;  // values of quoted fields with doubled quotes
};

// Appends `value` as a field: in quotes, with quotes doubled, when `quoted` or when it
// holds the delimiter, a quote or a line break; else as it is.
void AppendCsvField(std::string_view value, char delimiter, bool quoted, std::string& out);

// The delimiter of a file whose first record is `header`: the most frequent of ',', ';'
// and tab outside quotes (';' is common in Nordic spreadsheet exports, where ',' is the
// decimal mark); ',' when there is none.
char DetectCsvDelimiter(std::string_view header);

// The columns of one file: the header's names and which of them to rewrite.
class CsvColumns {
 public:
  // From the parsed header. `selected` names the columns to rewrite (comma-separated
  // header names, or 1-based column numbers where no column has the name); empty: all.
  // Fails with InvalidArgument naming a column the header lacks.
  static absl::StatusOr<CsvColumns> FromHeader(const std::vector<CsvField>& header, char delimiter,
                                               std::string_view selected);
  // A file without a header: no column has a name; `selected` gives the numbers of the
  // columns to rewrite (empty: all). Fails with InvalidArgument for an item that is no
  // column number.
  static absl::StatusOr<CsvColumns> Unnamed(char delimiter, std::string_view selected = "");

  char delimiter() const { return delimiter_; }
  // Whether field `index` (0-based) is rewritten. Fields beyond the header's always are
  // (they have no name to leave out by); without a header, those that --fields numbers.
  bool Selects(size_t index) const {
    return index < selected_.size() ? static_cast<bool>(selected_[index]) : selects_beyond_;
  }
  // The header's name of field `index`, or nullopt (none, or beyond the header).
  std::optional<std::string_view> NameOf(size_t index) const {
    if (index >= names_.size()) return std::nullopt;
    return names_[index];
  }
  // What a cell of field `index` is read after: its column's name and ": "
  // ("Kontonummer: "), or "" where the field has no name, or one that is not valid UTF-8
  // (whose repair would move the cell's offsets).
  std::string_view ContextOf(size_t index) const {
    return index < contexts_.size() ? std::string_view(contexts_[index]) : std::string_view();
  }
  // Code points in ContextOf(index).
  size_t ContextCodePoints(size_t index) const {
    return index < context_code_points_.size() ? context_code_points_[index] : 0;
  }

  // A column holding the half of a bank detail that names the bank (a Swedish clearing
  // number, a British sort code, a Danish registration number), without which the account
  // column's digits are no account to any detector: the other cells of a record read its
  // value after `label` first.
  struct BankCodeColumn {
    size_t index;
    std::string_view label;  // "Clearingnummer: ", "Sort code: " or "Reg.nr.: "
  };
  // The header's first such column, if any.
  const std::optional<BankCodeColumn>& bank_code_column() const { return bank_code_column_; }

  // The columns of a chat transcript of one turn a record: the message's, read after the
  // turn it answers, which is the value of the turn's column or the message of the last
  // record with the same value in the conversation's column.
  struct TurnColumns {
    size_t message;
    std::optional<size_t> turn;
    std::optional<size_t> conversation;
  };
  // Finds them by the header's names, or by 1-based numbers where no column has the name
  // (numbers only without a header); `turn` or `conversation` may be empty. Fails with
  // InvalidArgument naming the option whose column the file lacks.
  absl::Status FindTurnColumns(std::string_view message, std::string_view turn,
                               std::string_view conversation);
  const std::optional<TurnColumns>& turn_columns() const { return turn_columns_; }

 private:
  explicit CsvColumns(char delimiter) : delimiter_(delimiter) {}
  // The index of `column`, named by the header or numbered (a number where no column has it
  // for its name; without a header, numbers only); InvalidArgument naming `option`, then
  // the column, when there is none.
  absl::StatusOr<size_t> IndexOf(std::string_view column, std::string_view option) const;

  char delimiter_;
  std::vector<std::string> names_;
  std::vector<bool> selected_;
  bool selects_beyond_ = true;
  // Made once from the header, as every cell of every record asks them.
  std::vector<std::string> contexts_;
  std::vector<size_t> context_code_points_;
  std::optional<BankCodeColumn> bank_code_column_;
  bool has_header_ = false;
  std::optional<TurnColumns> turn_columns_;
};

}  // namespace sladd

#endif  // SLADD_CLI_CSV_RECORD_H_
