// Reads a byte stream line by line without copying lines out of its buffer.
#ifndef SLADD_CLI_LINE_READER_H_
#define SLADD_CLI_LINE_READER_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "cli/byte_stream.h"

namespace sladd {

struct Line {
  // The line without its terminator.
  std::string_view text;
  // The terminator that followed: "\n", "\r\n" or "" (last line without one).
  std::string_view terminator;
};

// Not thread-safe. Memory grows with the longest line, not with the input.
class LineReader {
 public:
  // Bytes readable after every returned line's text, for parsers that read ahead
  // (simdjson needs 64).
  static constexpr size_t kPadding = 64;

  // Reads `source`, which must outlive the reader.
  explicit LineReader(ByteSource& source, size_t chunk_size = 1 << 20);

  // The next line, valid until the next call; nullopt at the end of input. Fails on a read
  // error.
  absl::StatusOr<std::optional<Line>> Next();

 private:
  absl::Status Fill();

  ByteSource& source_;
  size_t chunk_size_;
  std::vector<char> buffer_;
  size_t begin_ = 0;  // first unread byte
  size_t end_ = 0;    // one past the last byte read
  bool eof_ = false;
};

}  // namespace sladd

#endif  // SLADD_CLI_LINE_READER_H_
