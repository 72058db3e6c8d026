#include "cli/line_reader.h"

#include <cstring>

namespace sladd {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

}  // namespace

LineReader::LineReader(ByteSource& source, size_t chunk_size)
    : source_(source), chunk_size_(chunk_size), buffer_(chunk_size + kPadding) {}

absl::Status LineReader::Fill() {
  // Move the unread tail to the front, grow if a line fills the whole buffer, then read.
  if (begin_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < chunk_size_ / 2 + kPadding) {
    buffer_.resize(buffer_.size() * 2);
  }
  const size_t room = buffer_.size() - end_ - kPadding;
  auto got = source_.Read(buffer_.data() + end_, room);
  if (!got.ok()) return got.status();
  if (*got == 0) eof_ = true;
  end_ += *got;
  return absl::OkStatus();
}

void LineReader::set_csv_delimiters(std::string_view delimiters) {
  csv_ = !delimiters.empty();
  is_csv_delimiter_.fill(false);
  for (const char c : delimiters) is_csv_delimiter_[static_cast<unsigned char>(c)] = true;
}

size_t LineReader::FindCsvRecordEnd(size_t from, size_t to, CsvScan& scan) const {
  for (size_t i = from; i < to; ++i) {
    const char c = buffer_[i];
    if (scan.in_quotes) {
      if (!scan.quote_in_quotes) {
        scan.quote_in_quotes = c == '"';
        if (c == '\n' && !scan.break_in_quotes) scan.break_in_quotes = i;
        continue;
      }
      scan.quote_in_quotes = false;
      if (c == '"') continue;  // a doubled quote
      scan.in_quotes = false;  // the quote closed the field; `c` follows it
    }
    if (c == '\n') return i;
    // Excel's byte order mark before the first field leaves it at its start: a quote after
    // the mark opens it.
    if (scan.at_record_start && scan.byte_order_mark < kByteOrderMark.size() &&
        c == kByteOrderMark[scan.byte_order_mark]) {
      ++scan.byte_order_mark;
      continue;
    }
    scan.at_record_start = false;
    const bool delimiter = is_csv_delimiter_[static_cast<unsigned char>(c)];
    scan.in_quotes = c == '"' && scan.field_start;
    scan.field_start = delimiter;
  }
  return to;
}

Line LineReader::TakeRecord(size_t at) {
  Line line;
  line.text = std::string_view(buffer_.data() + begin_, at - begin_);
  line.terminator = "\n";
  if (!line.text.empty() && line.text.back() == '\r') {
    line.text.remove_suffix(1);
    line.terminator = "\r\n";
  }
  begin_ = at + 1;
  return line;
}

absl::StatusOr<std::optional<Line>> LineReader::Next() {
  size_t scanned = begin_;
  CsvScan csv;
  while (true) {
    const char* newline = nullptr;
    if (!csv_) {
      newline = static_cast<const char*>(
          std::memchr(buffer_.data() + scanned, '\n', end_ - scanned));
    } else if (const size_t at = FindCsvRecordEnd(scanned, end_, csv); at < end_) {
      newline = buffer_.data() + at;
    }
    if (newline != nullptr) return TakeRecord(newline - buffer_.data());
    // A quote still open at the end, or over too many bytes, is a stray one.
    if (csv_ && csv.in_quotes && csv.break_in_quotes &&
        (eof_ || end_ - begin_ > max_quoted_bytes_)) {
      return TakeRecord(*csv.break_in_quotes);
    }
    if (max_piece_bytes_ > 0 && !csv_ && end_ - begin_ > max_piece_bytes_) {
      Line piece{std::string_view(buffer_.data() + begin_, max_piece_bytes_), "", true};
      begin_ += max_piece_bytes_;
      return piece;
    }
    if (eof_) {
      if (begin_ == end_) return std::nullopt;
      Line line{std::string_view(buffer_.data() + begin_, end_ - begin_), ""};
      begin_ = end_;
      return line;
    }
    const size_t unread = end_ - begin_;
    if (before_read_) before_read_();
    // Fill moves the unread bytes to the buffer's start.
    if (csv.break_in_quotes) *csv.break_in_quotes -= begin_;
    if (absl::Status status = Fill(); !status.ok()) return status;
    scanned = begin_ + unread;
  }
}

}  // namespace sladd
