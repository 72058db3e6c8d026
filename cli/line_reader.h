// Reads a byte stream line by line without copying lines out of its buffer.
#ifndef SLADD_CLI_LINE_READER_H_
#define SLADD_CLI_LINE_READER_H_

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/byte_stream.h"

namespace sladd {

struct Line {
  // The line without its terminator.
  std::string_view text;
  // The terminator that followed: "\n", "\r\n" or "" (last line without one, or a piece).
  std::string_view terminator;
  // This is a piece of a long line that goes on in the next Line (see max_piece_bytes).
  bool continues = false;
};

// Not thread-safe. Memory grows with the longest line, not with the input; unless lines are
// handed out in pieces, when it stays near the chunk size.
class LineReader {
 public:
  // Bytes readable after every returned line's text, for parsers that read ahead
  // (simdjson needs 64).
  static constexpr size_t kPadding = 64;

  // Reads `source`, which must outlive the reader.
  explicit LineReader(ByteSource& source, size_t chunk_size = 1 << 20);

  // Hands out lines longer than `bytes` in pieces of `bytes`, each marked `continues` but the
  // last (a piece may end inside a character). 0: lines come whole.
  void set_max_piece_bytes(size_t bytes) { max_piece_bytes_ = bytes; }

  // Reads CSV records instead of lines: a line break inside a quoted field does not end
  // the line. A quote opens a quoted field only at the start of a line or after one of
  // `delimiters` (empty: plain lines again). Pieces are not made of such records. A quote
  // that is not closed by the input's end, or within max_quoted_bytes, holds no line
  // break: the record ends at the first one after it, and the next begins there, so that a
  // stray quote costs its line, not the rest of the input, and memory stays bounded.
  void set_csv_delimiters(std::string_view delimiters);
  // The most bytes a CSV record may hold while a quoted field is open across lines.
  static constexpr size_t kMaxQuotedBytes = 16 << 20;
  void set_max_quoted_bytes(size_t bytes) { max_quoted_bytes_ = bytes; }

  // Called before each read of the source, which may block (a pipe from `tail -F`): a
  // caller that gathers lines can pass on what it has first.
  void set_before_read(std::function<void()> before_read) { before_read_ = std::move(before_read); }

  // The next line, valid until the next call; nullopt at the end of input. Fails on a read
  // error.
  absl::StatusOr<std::optional<Line>> Next();

 private:
  absl::Status Fill();
  // Where the record that `scan` has followed to `from` ends: the offset of its line break
  // in [from, to), or `to` when it goes on.
  struct CsvScan {
    bool field_start = true;
    bool in_quotes = false;
    bool quote_in_quotes = false;  // a quote inside quotes: closing, or the first of two
    size_t byte_order_mark = 0;    // bytes of a byte order mark seen at the record's start
    bool at_record_start = true;
    // The offset in the buffer of the first line break inside quotes, if any.
    std::optional<size_t> break_in_quotes;
  };
  // The record from begin_ to the line break at `at`, which it ends.
  Line TakeRecord(size_t at);
  size_t FindCsvRecordEnd(size_t from, size_t to, CsvScan& scan) const;

  ByteSource& source_;
  size_t chunk_size_;
  size_t max_piece_bytes_ = 0;
  size_t max_quoted_bytes_ = kMaxQuotedBytes;
  bool csv_ = false;
  // Indexed by byte: a table, as the record scan asks it of every byte outside quotes.
  std::array<bool, 256> is_csv_delimiter_{};
  std::function<void()> before_read_;
  std::vector<char> buffer_;
  size_t begin_ = 0;  // first unread byte
  size_t end_ = 0;    // one past the last byte read
  bool eof_ = false;
};

}  // namespace sladd

#endif  // SLADD_CLI_LINE_READER_H_
