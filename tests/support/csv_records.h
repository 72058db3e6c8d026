// CSV records read as the CLI reads them, for the tests of the reader.
#ifndef SLADD_TESTS_SUPPORT_CSV_RECORDS_H_
#define SLADD_TESTS_SUPPORT_CSV_RECORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/line_reader.h"
#include "tests/support/stepped_source.h"

namespace sladd::testing {

struct CsvRecord {
  std::string text;
  std::string terminator;
};

// The records of `input` read as CSV with `delimiters`, through reads of at most `step`
// bytes into a reader's buffer of 16: records cross many read boundaries. A quote may stay
// open across lines for `max_quoted_bytes`.
inline absl::StatusOr<std::vector<CsvRecord>> ReadCsvRecords(
    std::string_view input, const std::string& delimiters, size_t step,
    size_t max_quoted_bytes = LineReader::kMaxQuotedBytes) {
  SteppedSource source(std::string(input), step);
  LineReader reader(source, 16);
  reader.set_csv_delimiters(delimiters);
  reader.set_max_quoted_bytes(max_quoted_bytes);
  std::vector<CsvRecord> records;
  while (true) {
    auto line = reader.Next();
    if (!line.ok()) return line.status();
    if (!line->has_value()) return records;
    records.push_back({std::string((*line)->text), std::string((*line)->terminator)});
  }
}

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_CSV_RECORDS_H_
