#include "cli/parallel_lines.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

#include "tests/support/stepped_source.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using testing::SteppedSource;

class StringSink final : public ByteSink {
 public:
  absl::Status Write(std::string_view bytes) override {
    text.append(bytes);
    return absl::OkStatus();
  }
  absl::Status Commit() override { return absl::OkStatus(); }
  std::string text;
};

// Upper-cases a line after a delay that varies by line, so that batches finish out of
// order; fails on lines containing "BAD".
class ShoutingWorker final : public LineWorker {
 public:
  absl::Status Process(std::string_view line, std::string& out) override {
    if (line.size() % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(50));
    if (line.find("BAD") != std::string_view::npos) {
      out.append("partial");
      return absl::InvalidArgumentError("bad line");
    }
    for (char c : line) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    return absl::OkStatus();
  }
};

struct RunResult {
  absl::Status status;
  std::string output;
  std::vector<size_t> bad_lines;
  size_t lines = 0;
  size_t skipped = 0;
};

RunResult RunWith(const std::string& input, size_t threads, ParallelLinesOptions options,
                  size_t read_step = 1 << 20) {
  SteppedSource source(input, read_step);
  LineReader reader(source, /*chunk_size=*/64);
  std::vector<ShoutingWorker> workers(threads);
  std::vector<LineWorker*> pointers;
  for (ShoutingWorker& worker : workers) pointers.push_back(&worker);
  StringSink sink;
  RunResult result;
  LineProgress progress;
  result.status = ProcessLinesInParallel(
      reader, pointers, /*long_lines=*/nullptr, sink, options,
      [&](size_t number, const absl::Status&) { result.bad_lines.push_back(number); }, progress,
      result.lines, result.skipped);
  result.output = sink.text;
  return result;
}

std::string NumberedLines(size_t count) {
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    text += "line " + std::string(i % 13, 'x') + std::to_string(i) + (i % 3 == 0 ? "\r\n" : "\n");
  }
  return text;
}

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

TEST(ParallelLines, WritesInInputOrderWhateverTheThreadsAndBatchSizes) {
  const std::string input = NumberedLines(5000) + "last line without a break";
  for (size_t threads : {1, 2, 5}) {
    for (size_t batch_lines : {1, 7, 4096}) {
      ParallelLinesOptions options;
      options.batch_lines = batch_lines;
      options.batch_bytes = batch_lines == 1 ? 1 : 256 * 1024;
      const RunResult result = RunWith(input, threads, options);
      ASSERT_TRUE(result.status.ok()) << result.status;
      EXPECT_EQ(result.output, Upper(input)) << threads << " threads, batches of " << batch_lines;
      EXPECT_EQ(result.lines, 5001u);
    }
  }
}

// Keeps the last `count` lines of `lines`, each ended by '\n'.
std::string LastLines(const std::string& lines, size_t count) {
  size_t start = lines.size();
  for (size_t kept = 0; kept < count && start > 0; ++kept) {
    const size_t newline = start >= 2 ? lines.rfind('\n', start - 2) : std::string::npos;
    start = newline == std::string::npos ? 0 : newline + 1;
  }
  return lines.substr(start);
}

// Writes each line after the `context` lines before it ('|' for their '\n'), as a reader
// of conversations does; a line in pieces as it is.
class PairingWorker final : public LineWorker {
 public:
  explicit PairingWorker(size_t context = 1) : context_(context) {}
  void BeginBatch(const std::vector<std::string_view>& lines_before) override {
    before_.clear();
    for (const std::string_view line : lines_before) before_.append(line).append("\n");
  }
  absl::Status Process(std::string_view line, std::string& out) override {
    std::string shown = before_;
    std::replace(shown.begin(), shown.end(), '\n', '|');
    out.append(shown).append(">").append(line);
    before_ = LastLines(before_.append(line).append("\n"), context_);
    return absl::OkStatus();
  }
  absl::Status ProcessPiece(std::string_view piece, bool last, std::string& out) override {
    out.append(piece);
    return absl::OkStatus();
  }

 private:
  const size_t context_;
  std::string before_;
};

std::string RunPairing(const std::string& input, size_t context, size_t batch_lines,
                       size_t max_piece_bytes = 0) {
  SteppedSource source(input, 1 << 20);
  LineReader reader(source, /*chunk_size=*/64);
  if (max_piece_bytes > 0) reader.set_max_piece_bytes(max_piece_bytes);
  std::vector<PairingWorker> workers(3, PairingWorker(context));
  std::vector<LineWorker*> pointers;
  for (PairingWorker& worker : workers) pointers.push_back(&worker);
  PairingWorker long_lines(context);
  ParallelLinesOptions options;
  options.batch_lines = batch_lines;
  options.context_lines = context;
  StringSink sink;
  LineProgress progress;
  size_t lines = 0, skipped = 0;
  const absl::Status status = ProcessLinesInParallel(reader, pointers, &long_lines, sink, options,
                                                     nullptr, progress, lines, skipped);
  EXPECT_TRUE(status.ok()) << status;
  return sink.text;
}

TEST(ParallelLines, EachBatchStartsAfterTheLinesBeforeIt) {
  for (size_t context : {1, 3}) {
    std::string input, expected, before;
    for (int i = 0; i < 300; ++i) {
      const std::string line = "line " + std::to_string(i);
      input += line + "\n";
      std::string shown = before;
      std::replace(shown.begin(), shown.end(), '\n', '|');
      expected += shown + ">" + line + "\n";
      before = LastLines(before + line + "\n", context);
    }
    for (size_t batch_lines : {1, 2, 7, 4096}) {
      EXPECT_EQ(RunPairing(input, context, batch_lines), expected)
          << context << " lines before, batches of " << batch_lines;
    }
  }
}

// Writes each record after the `context` records before it, joined by '|'.
class RecordsBeforeWorker final : public LineWorker {
 public:
  explicit RecordsBeforeWorker(size_t context) : context_(context) {}
  void BeginBatch(const std::vector<std::string_view>& lines_before) override {
    before_.assign(lines_before.begin(), lines_before.end());
  }
  absl::Status Process(std::string_view line, std::string& out) override {
    for (const std::string& record : before_) out.append(record).append("|");
    out.append(">").append(line);
    before_.emplace_back(line);
    if (before_.size() > context_) before_.pop_front();
    return absl::OkStatus();
  }

 private:
  const size_t context_;
  std::deque<std::string> before_;
};

// A CSV record may hold line breaks: the lines before a batch are whole records.
TEST(ParallelLines, TheLinesBeforeABatchAreWholeCsvRecords) {
  std::string input, expected;
  std::deque<std::string> before;
  for (int i = 0; i < 100; ++i) {
    std::string record = std::to_string(i);
    record += i % 3 == 0 ? ",\"two\nlines\"" : ",one";
    input += record + "\n";
    for (const std::string& earlier : before) expected += earlier + "|";
    expected += ">" + record + "\n";
    before.push_back(record);
    if (before.size() > 2) before.pop_front();
  }
  for (size_t batch_lines : {1, 2, 7, 4096}) {
    SteppedSource source(input, 1 << 20);
    LineReader reader(source, /*chunk_size=*/64);
    reader.set_csv_delimiters(",");
    std::vector<RecordsBeforeWorker> workers(3, RecordsBeforeWorker(2));
    std::vector<LineWorker*> pointers;
    for (RecordsBeforeWorker& worker : workers) pointers.push_back(&worker);
    ParallelLinesOptions options;
    options.batch_lines = batch_lines;
    options.context_lines = 2;
    StringSink sink;
    LineProgress progress;
    size_t lines = 0, skipped = 0;
    ASSERT_TRUE(ProcessLinesInParallel(reader, pointers, nullptr, sink, options, nullptr, progress,
                                       lines, skipped)
                    .ok());
    EXPECT_EQ(lines, 100u);
    EXPECT_TRUE(sink.text == expected) << "batches of " << batch_lines;
  }
}

TEST(ParallelLines, ALineReadInPiecesIsABlankLineBeforeTheNext) {
  const std::string input = "a\nb\n" + std::string(100, 'x') + "\nc\nd\n";
  EXPECT_EQ(RunPairing(input, 3, 4096, /*max_piece_bytes=*/40),
            ">a\na|>b\n" + std::string(100, 'x') + "\na|b||>c\nb||c|>d\n");
}

TEST(ParallelLines, LinesSurviveEveryReadBoundary) {
  // Values cut by a read at any position are whole again in the line.
  const std::string input = "mail ola.nordmann@example.no\ntlf 912 34 567\r\n\nsiste\n";
  for (size_t step = 1; step <= input.size(); ++step) {
    const RunResult result = RunWith(input, 2, {}, step);
    ASSERT_TRUE(result.status.ok());
    EXPECT_EQ(result.output, Upper(input)) << "reads of " << step;
  }
}

TEST(ParallelLines, StopsAtTheFirstBadLineAfterWritingTheLinesBeforeIt) {
  const std::string input = NumberedLines(3000) + "a BAD one\n" + NumberedLines(3000);
  ParallelLinesOptions options;
  options.batch_lines = 100;
  const RunResult result = RunWith(input, 3, options);
  EXPECT_EQ(result.status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(result.output, Upper(NumberedLines(3000)));
  EXPECT_THAT(result.bad_lines, ElementsAre(3001));
}

TEST(ParallelLines, SkipsBadLinesWhenAskedAndCountsThem) {
  const std::string input = "one\nBAD two\nthree\nBAD four\n";
  ParallelLinesOptions options;
  options.skip_bad_lines = true;
  options.batch_lines = 1;
  const RunResult result = RunWith(input, 2, options);
  ASSERT_TRUE(result.status.ok());
  EXPECT_EQ(result.output, "ONE\nTHREE\n");
  EXPECT_THAT(result.bad_lines, ElementsAre(2, 4));
  EXPECT_EQ(result.skipped, 2u);
}

// A live feed: the first line, then nothing until the test sees its output (or 10 s pass).
class LiveFeed final : public ByteSource {
 public:
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override {
    if (reads_++ == 0) {
      std::memcpy(buffer, "first\n", 6);
      return 6;
    }
    std::unique_lock lock(mutex_);
    seen_changed_.wait_for(lock, std::chrono::seconds(10), [this] { return seen_; });
    return 0;
  }
  void Seen() {
    std::lock_guard lock(mutex_);
    seen_ = true;
    seen_changed_.notify_all();
  }
  bool seen() {
    std::lock_guard lock(mutex_);
    return seen_;
  }
  size_t consumed() const override { return 0; }
  bool compressed() const override { return false; }
  size_t file_size() const override { return 0; }

 private:
  int reads_ = 0;
  std::mutex mutex_;
  std::condition_variable seen_changed_;
  bool seen_ = false;
};

class WatchingSink final : public ByteSink {
 public:
  explicit WatchingSink(LiveFeed& feed) : feed_(feed) {}
  absl::Status Write(std::string_view bytes) override {
    if (bytes.find("FIRST") != std::string_view::npos) feed_.Seen();
    return absl::OkStatus();
  }
  absl::Status Commit() override { return absl::OkStatus(); }

 private:
  LiveFeed& feed_;
};

TEST(ParallelLines, WritesWhatItHasBeforeWaitingForMoreInput) {
  LiveFeed feed;
  WatchingSink sink(feed);
  LineReader reader(feed);
  ShoutingWorker worker;
  LineProgress progress;
  size_t lines = 0, skipped = 0;
  const auto start = std::chrono::steady_clock::now();
  ASSERT_TRUE(ProcessLinesInParallel(reader, {&worker}, nullptr, sink, {},
                                     [](size_t, const absl::Status&) {}, progress, lines, skipped)
                  .ok());
  EXPECT_TRUE(feed.seen());
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(9));
}

TEST(ParallelLines, EmptyInputWritesNothing) {
  const RunResult result = RunWith("", 2, {});
  EXPECT_TRUE(result.status.ok());
  EXPECT_EQ(result.output, "");
  EXPECT_EQ(result.lines, 0u);
}

}  // namespace
}  // namespace sladd
