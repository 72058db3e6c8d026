// Where the command-line tool reads bytes from and writes them to: plain files, standard
// streams and gzip (zlib), and output files that appear under their name only when they are
// complete.
#ifndef SLADD_CLI_BYTE_STREAM_H_
#define SLADD_CLI_BYTE_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace sladd {

// A stream of input bytes. Not thread-safe.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `size` bytes into `buffer`; 0 at the end of input.
  virtual absl::StatusOr<size_t> Read(char* buffer, size_t size) = 0;
  // Bytes consumed from the underlying file so far (compressed bytes for gzip): what a
  // progress meter compares with the file's size.
  virtual size_t consumed() const = 0;
  // Whether the file is gzip-compressed.
  virtual bool compressed() const = 0;
  // The file's size in bytes, or 0 when unknown (a pipe).
  virtual size_t file_size() const = 0;
};

// Opens `path` ("-": standard input). Input that starts with the gzip magic bytes is
// decompressed, concatenated members included, whatever its name. Errors name the path,
// never the contents.
absl::StatusOr<std::unique_ptr<ByteSource>> OpenInput(const std::string& path);

// A stream of output bytes. Not thread-safe.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual absl::Status Write(std::string_view bytes) = 0;
  // Flushes everything and makes the output final; no Write may follow.
  virtual absl::Status Commit() = 0;
};

// An open file descriptor (standard output), written as it comes; `name` is for errors.
std::unique_ptr<ByteSink> FileOutput(int fd, std::string name);

// A file written under a temporary name in the same directory and renamed to `path` by
// Commit, so that a failure or a crash never leaves a partial file under the final name;
// destroyed without Commit, the temporary file is removed. Gzip-compressed at `gzip_level`
// (1-9) unless that is 0. An existing file keeps its permission bits; a symbolic link to a
// file stays a link, and the file it points to is replaced. A path that names no regular
// file but a device, pipe or socket (`/dev/null`, `/dev/stdout`, a FIFO) is written
// directly: renaming over it would replace the device node.
absl::StatusOr<std::unique_ptr<ByteSink>> CreateOutputFile(const std::string& path,
                                                           int gzip_level);

// OK if `path` is a regular file (or a link to one) that CreateOutputFile can replace in
// place; an error for a device or a pipe, which is checked before it is opened: opening a
// pipe to read waits for a writer.
absl::Status CheckReplaceable(const std::string& path);

// A sink compressing into `sink` with gzip at `level` (1-9).
std::unique_ptr<ByteSink> GzipSink(std::unique_ptr<ByteSink> sink, int level);

}  // namespace sladd

#endif  // SLADD_CLI_BYTE_STREAM_H_
