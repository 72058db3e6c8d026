#include "cli/byte_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"

namespace sladd {
namespace {

constexpr size_t kBufferBytes = 256 * 1024;

absl::Status Errno(const char* what, const std::string& path) {
  return absl::UnavailableError(absl::StrCat(path, ": ", what, ": ", std::strerror(errno)));
}

// Reads a file descriptor, with the first bytes already read (to look for gzip magic)
// handed back first.
class FileReader {
 public:
  FileReader(int fd, bool owned, std::string name) : fd_(fd), owned_(owned), name_(std::move(name)) {
    struct stat st;
    if (::fstat(fd_, &st) == 0 && S_ISREG(st.st_mode)) size_ = static_cast<size_t>(st.st_size);
  }
  ~FileReader() {
    if (owned_) ::close(fd_);
  }
  FileReader(const FileReader&) = delete;
  FileReader& operator=(const FileReader&) = delete;

  absl::StatusOr<size_t> Read(char* buffer, size_t size) {
    if (peeked_at_ < peeked_.size()) {
      const size_t n = std::min(size, peeked_.size() - peeked_at_);
      std::memcpy(buffer, peeked_.data() + peeked_at_, n);
      peeked_at_ += n;
      return n;
    }
    return ReadFile(buffer, size);
  }

  // Reads up to `size` bytes ahead; Read returns them again.
  absl::StatusOr<std::string_view> Peek(size_t size) {
    peeked_.resize(size);
    size_t filled = 0;
    while (filled < size) {
      auto got = ReadFile(peeked_.data() + filled, size - filled);
      if (!got.ok()) return got.status();
      if (*got == 0) break;
      filled += *got;
    }
    peeked_.resize(filled);
    return std::string_view(peeked_);
  }

  size_t consumed() const { return consumed_.load(std::memory_order_relaxed); }
  size_t size() const { return size_; }
  const std::string& name() const { return name_; }

 private:
  // One read(2) from the file, retried on EINTR.
  absl::StatusOr<size_t> ReadFile(char* buffer, size_t size) {
    ssize_t got;
    do {
      got = ::read(fd_, buffer, size);
    } while (got < 0 && errno == EINTR);
    if (got < 0) return Errno("read failed", name_);
    consumed_ += static_cast<size_t>(got);
    return static_cast<size_t>(got);
  }

  int fd_;
  bool owned_;
  std::string name_;
  std::string peeked_;
  size_t peeked_at_ = 0;
  std::atomic<size_t> consumed_{0};
  size_t size_ = 0;
};

class PlainSource final : public ByteSource {
 public:
  explicit PlainSource(std::unique_ptr<FileReader> file) : file_(std::move(file)) {}
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override {
    return file_->Read(buffer, size);
  }
  size_t consumed() const override { return file_->consumed(); }
  bool compressed() const override { return false; }
  size_t file_size() const override { return file_->size(); }

 private:
  std::unique_ptr<FileReader> file_;
};

class GzipSource final : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<FileReader> file)
      : file_(std::move(file)), input_(kBufferBytes) {
    // 16 + MAX_WBITS: gzip framing only.
    initialised_ = inflateInit2(&stream_, 16 + MAX_WBITS) == Z_OK;
  }
  ~GzipSource() override {
    if (initialised_) inflateEnd(&stream_);
  }

  absl::StatusOr<size_t> Read(char* buffer, size_t size) override {
    if (!initialised_) return absl::ResourceExhaustedError("cannot start gzip decompression");
    stream_.next_out = reinterpret_cast<Bytef*>(buffer);
    stream_.avail_out = static_cast<uInt>(std::min<size_t>(size, 1u << 30));
    while (stream_.avail_out > 0) {
      if (stream_.avail_in == 0 && !input_done_) {
        auto got = file_->Read(input_.data(), input_.size());
        if (!got.ok()) return got.status();
        if (*got == 0) input_done_ = true;
        stream_.next_in = reinterpret_cast<Bytef*>(input_.data());
        stream_.avail_in = static_cast<uInt>(*got);
      }
      if (stream_.avail_in == 0 && input_done_) {
        if (in_member_) return Corrupt("truncated gzip data");
        break;
      }
      const int result = inflate(&stream_, Z_NO_FLUSH);
      in_member_ = true;
      if (result == Z_STREAM_END) {
        // Another member may follow (gzip files concatenate); reset for it.
        in_member_ = false;
        if (inflateReset(&stream_) != Z_OK) return Corrupt("corrupt gzip data");
        continue;
      }
      if (result == Z_BUF_ERROR && stream_.avail_in == 0) continue;
      if (result != Z_OK) return Corrupt("corrupt gzip data");
    }
    return size - stream_.avail_out;
  }
  size_t consumed() const override { return file_->consumed(); }
  bool compressed() const override { return true; }
  size_t file_size() const override { return file_->size(); }

 private:
  absl::Status Corrupt(const char* why) const {
    return absl::DataLossError(absl::StrCat(file_->name(), ": ", why));
  }

  std::unique_ptr<FileReader> file_;
  std::vector<char> input_;
  z_stream stream_{};
  bool initialised_ = false;
  bool input_done_ = false;
  bool in_member_ = false;
};

// Writes a file descriptor as it comes. An owned descriptor (a device or pipe opened by
// name) is closed by Commit, or on destruction without one.
class FileSink final : public ByteSink {
 public:
  FileSink(int fd, std::string name, bool owned = false)
      : fd_(fd), name_(std::move(name)), owned_(owned) {}
  ~FileSink() override {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;
  absl::Status Write(std::string_view bytes) override {
    while (!bytes.empty()) {
      const ssize_t wrote = ::write(fd_, bytes.data(), bytes.size());
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) return Errno("write failed", name_);
      bytes.remove_prefix(static_cast<size_t>(wrote));
    }
    return absl::OkStatus();
  }
  absl::Status Commit() override {
    if (!owned_) return absl::OkStatus();
    if (::close(std::exchange(fd_, -1)) != 0) return Errno("close failed", name_);
    return absl::OkStatus();
  }

 private:
  int fd_;
  std::string name_;
  bool owned_;
};

// Writes into a temporary file beside `path`; Commit renames it to `path`.
class AtomicFileSink final : public ByteSink {
 public:
  static absl::StatusOr<std::unique_ptr<AtomicFileSink>> Create(const std::string& path) {
    const size_t slash = path.rfind('/');
    const std::string directory = slash == std::string::npos ? "." : path.substr(0, slash);
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string temporary = absl::StrCat(directory, "/.", base, ".sladd-XXXXXX");
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) return Errno("cannot create a temporary file beside it", path);
    struct stat st;
    mode_t mode;
    if (::stat(path.c_str(), &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      const mode_t mask = ::umask(0);
      ::umask(mask);
      mode = 0666 & ~mask;
    }
    ::fchmod(fd, mode);
    return std::unique_ptr<AtomicFileSink>(new AtomicFileSink(fd, path, std::move(temporary)));
  }
  ~AtomicFileSink() override {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(temporary_.c_str());
  }
  absl::Status Write(std::string_view bytes) override { return file_.Write(bytes); }
  absl::Status Commit() override {
    if (::fsync(fd_) != 0) return Errno("fsync failed", path_);
    if (::close(fd_) != 0) {
      fd_ = -1;
      return Errno("close failed", path_);
    }
    fd_ = -1;
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) return Errno("rename failed", path_);
    committed_ = true;
    return absl::OkStatus();
  }

 private:
  AtomicFileSink(int fd, std::string path, std::string temporary)
      : fd_(fd), path_(std::move(path)), temporary_(std::move(temporary)), file_(fd, path_) {}

  int fd_;
  std::string path_;
  std::string temporary_;
  FileSink file_;
  bool committed_ = false;
};

class GzipSinkImpl final : public ByteSink {
 public:
  GzipSinkImpl(std::unique_ptr<ByteSink> sink, int level)
      : sink_(std::move(sink)), output_(kBufferBytes) {
    initialised_ =
        deflateInit2(&stream_, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~GzipSinkImpl() override {
    if (initialised_) deflateEnd(&stream_);
  }
  absl::Status Write(std::string_view bytes) override {
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream_.avail_in = static_cast<uInt>(bytes.size());
    return Deflate(Z_NO_FLUSH);
  }
  absl::Status Commit() override {
    stream_.avail_in = 0;
    if (absl::Status status = Deflate(Z_FINISH); !status.ok()) return status;
    return sink_->Commit();
  }

 private:
  absl::Status Deflate(int flush) {
    if (!initialised_) return absl::ResourceExhaustedError("cannot start gzip compression");
    while (true) {
      stream_.next_out = reinterpret_cast<Bytef*>(output_.data());
      stream_.avail_out = static_cast<uInt>(output_.size());
      const int result = deflate(&stream_, flush);
      if (result == Z_STREAM_ERROR) return absl::InternalError("gzip compression failed");
      const size_t produced = output_.size() - stream_.avail_out;
      if (produced > 0) {
        if (absl::Status status = sink_->Write({output_.data(), produced}); !status.ok()) {
          return status;
        }
      }
      if (flush == Z_FINISH ? result == Z_STREAM_END : stream_.avail_in == 0) break;
    }
    return absl::OkStatus();
  }

  std::unique_ptr<ByteSink> sink_;
  std::vector<char> output_;
  z_stream stream_{};
  bool initialised_ = false;
};

// The sink for output to `path`: direct for an existing non-regular file, else atomic,
// replacing the file a symbolic link points to rather than the link.
absl::StatusOr<std::unique_ptr<ByteSink>> OpenOutputTarget(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      return absl::FailedPreconditionError(absl::StrCat(path, ": is a directory"));
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return Errno("cannot open", path);
    return std::make_unique<FileSink>(fd, path, /*owned=*/true);
  }
  struct stat link;
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved == nullptr) return Errno("cannot resolve the link", path);
    std::string target(resolved);
    std::free(resolved);
    return AtomicFileSink::Create(target);
  }
  return AtomicFileSink::Create(path);
}

}  // namespace

absl::StatusOr<std::unique_ptr<ByteSource>> OpenInput(const std::string& path) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Errno("cannot open", name);
  auto file = std::make_unique<FileReader>(fd, !is_stdin, name);
  auto magic = file->Peek(2);
  if (!magic.ok()) return magic.status();
  if (*magic == "\x1f\x8b") return std::make_unique<GzipSource>(std::move(file));
  return std::make_unique<PlainSource>(std::move(file));
}

std::unique_ptr<ByteSink> FileOutput(int fd, std::string name) {
  return std::make_unique<FileSink>(fd, std::move(name));
}

absl::StatusOr<std::unique_ptr<ByteSink>> CreateOutputFile(const std::string& path,
                                                           int gzip_level) {
  absl::StatusOr<std::unique_ptr<ByteSink>> sink = OpenOutputTarget(path);
  if (!sink.ok() || gzip_level == 0) return sink;
  return GzipSink(std::move(*sink), gzip_level);
}

absl::Status CheckReplaceable(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Errno("cannot open", path);
  if (!S_ISREG(st.st_mode)) {
    return absl::FailedPreconditionError(absl::StrCat(path, ": not a regular file"));
  }
  return absl::OkStatus();
}

std::unique_ptr<ByteSink> GzipSink(std::unique_ptr<ByteSink> sink, int level) {
  return std::make_unique<GzipSinkImpl>(std::move(sink), level);
}

}  // namespace sladd
