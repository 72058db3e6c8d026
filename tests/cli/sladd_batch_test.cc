// Batch redaction of files with the real sladd binary: threads, gzip, atomic output files,
// in-place rewriting, huge and empty lines.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <zlib.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "tests/support/subprocess.h"

namespace sladd {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::ProcessResult;
using testing::RunProcess;

ProcessResult Sladd(std::vector<std::string> args, const std::string& input = "") {
  args.insert(args.begin(), SLADD_BINARY);
  return RunProcess(args, input);
}

std::string TempPath(const std::string& name) { return ::testing::TempDir() + "/" + name; }

void WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream(path, std::ios::binary) << contents;
}

std::string ReadFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

bool Exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

std::string Gzip(const std::string& data) {
  z_stream stream{};
  deflateInit2(&stream, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, data.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

std::string Gunzip(const std::string& data) {
  z_stream stream{};
  inflateInit2(&stream, 16 + MAX_WBITS);
  std::string out;
  char buffer[65536];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  int result = Z_OK;
  while (result == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    result = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
  }
  inflateEnd(&stream);
  return out;
}

// Many lines of chat and log text, some with personal data, some empty, CRLF and LF.
std::string ManyLines(size_t count) {
  std::string text;
  for (size_t i = 0; i < count; ++i) {
    switch (i % 5) {
      case 0:
        text += "2026-12-01T10:00:0" + std::to_string(i % 10) + "Z INFO user ola" +
                std::to_string(i) + "@example.no logged in\n";
        break;
      case 1:
        text += "Ring meg på 912 34 567, ordre " + std::to_string(100000 + i) + "\r\n";
        break;
      case 2:
        text += "\n";
        break;
      case 3:
        text += "fnr 01019000083 og konto 1234.56.78903\n";
        break;
      default:
        text += "ingenting her, bare " + std::to_string(i) + " kr\n";
    }
  }
  return text;
}

TEST(SladdBatch, OutputIsTheSameForOneAndManyThreads) {
  const std::string input = TempPath("many.txt");
  WriteFile(input, ManyLines(30000));
  const ProcessResult one = Sladd({"redact", "--threads", "1", input});
  const ProcessResult four = Sladd({"redact", "--threads", "4", input});
  ASSERT_EQ(one.exit_status, 0) << one.err;
  ASSERT_EQ(four.exit_status, 0) << four.err;
  EXPECT_EQ(one.out, four.out);
  EXPECT_THAT(one.out, Not(HasSubstr("912 34 567")));
  EXPECT_THAT(one.out, HasSubstr("\r\n"));
  const ProcessResult analyzed = Sladd({"analyze", "--threads", "3", input});
  EXPECT_EQ(analyzed.exit_status, 0) << analyzed.err;
  EXPECT_EQ(std::count(analyzed.out.begin(), analyzed.out.end(), '\n'), 30000);
}

// A chat log, one turn a record, twenty conversations at a time: every answer is read
// after its question, also where the two fall into different batches (4,096 lines each)
// on different threads.
TEST(SladdBatch, ReadsEachTurnAfterTheOneBeforeItWhateverTheThreads) {
  const std::string input = TempPath("turns.jsonl");
  std::string text = "{\"note\":\"export\"}\n";
  for (int group = 0; group < 250; ++group) {
    for (const char* message : {"Har du diabetes?", "ja"}) {
      for (int i = group * 20; i < group * 20 + 20; ++i) {
        text += "{\"conversation\":\"c" + std::to_string(i) + "\",\"text\":\"" + message + "\"}\n";
      }
    }
  }
  WriteFile(input, text);
  const auto redact = [&input](const std::string& threads, const std::string& window) {
    return Sladd({"redact", "--threads", threads, "--input-format", "jsonl", "--conversation-field",
                  "conversation", "--conversation-window", window, input});
  };
  const ProcessResult one = redact("1", "64");
  const ProcessResult three = redact("3", "64");
  ASSERT_EQ(one.exit_status, 0) << one.err;
  ASSERT_EQ(three.exit_status, 0) << three.err;
  EXPECT_EQ(one.out, three.out);
  EXPECT_THAT(one.out, Not(HasSubstr("\"ja\"")));
  EXPECT_THAT(one.out, HasSubstr("{\"conversation\":\"c2047\",\"text\":\"<HEALTH_DATA>\"}\n"));
  // Twenty lines apart, a question is out of a window of ten.
  const ProcessResult narrow = redact("3", "10");
  ASSERT_EQ(narrow.exit_status, 0) << narrow.err;
  EXPECT_THAT(narrow.out, HasSubstr("{\"conversation\":\"c2047\",\"text\":\"ja\"}\n"));
}

// The same for a CSV transcript whose records hold line breaks: the lines before a batch
// are whole records.
TEST(SladdBatch, ReadsEachCsvTurnAfterTheOneBeforeItWhateverTheThreads) {
  const std::string input = TempPath("turns.csv");
  std::string text = "conversation,message\n";
  for (int group = 0; group < 250; ++group) {
    for (const char* message : {"\"Hei!\nHar du diabetes?\"", "ja"}) {
      for (int i = group * 20; i < group * 20 + 20; ++i) {
        text.append("c").append(std::to_string(i)).append(",").append(message).append("\n");
      }
    }
  }
  WriteFile(input, text);
  const auto redact = [&input](const std::string& threads) {
    return Sladd({"redact", "--threads", threads, "--input-format", "csv", "--conversation-field",
                  "conversation", "--text-field", "message", input});
  };
  const ProcessResult one = redact("1");
  const ProcessResult three = redact("3");
  ASSERT_EQ(one.exit_status, 0) << one.err;
  ASSERT_EQ(three.exit_status, 0) << three.err;
  EXPECT_TRUE(one.out == three.out);
  EXPECT_EQ(one.out.find(",ja\n"), std::string::npos);
  EXPECT_NE(one.out.find("\nc2047,<HEALTH_DATA>\n"), std::string::npos);
}

TEST(SladdBatch, ReadsAndWritesGzip) {
  const std::string text = ManyLines(2000);
  const std::string plain = TempPath("plain.txt");
  const std::string packed = TempPath("packed.log.gz");
  // Two gzip members, as `cat a.gz b.gz` makes.
  WriteFile(plain, text + text);
  WriteFile(packed, Gzip(text) + Gzip(text));
  const std::string output = TempPath("redacted.gz");
  const ProcessResult result = Sladd({"redact", packed, "-o", output});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(Gunzip(ReadFile(output)), Sladd({"redact", plain}).out);
  // Detected by its magic bytes whatever its name, on standard input too.
  EXPECT_EQ(Sladd({"redact"}, Gzip("tlf 91234567\n")).out, "tlf <PHONE_NUMBER>\n");
  EXPECT_EQ(Sladd({"redact"}, Gzip("tlf 91234567\n").substr(0, 12)).exit_status, 1);
}

TEST(SladdBatch, AFailureLeavesNoOutputFile) {
  const std::string input = TempPath("bad-middle.jsonl");
  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += "{\"text\":\"a@b.no\"}\n";
  lines += "{\"text\":\"broken\n";
  for (int i = 0; i < 20000; ++i) lines += "{\"text\":\"c@d.no\"}\n";
  WriteFile(input, lines);
  const std::string output = TempPath("never.jsonl");
  std::remove(output.c_str());
  const ProcessResult result = Sladd({"redact", "--input-format", "jsonl", input, "-o", output});
  EXPECT_EQ(result.exit_status, 1);
  EXPECT_THAT(result.err, HasSubstr("bad-middle.jsonl:20001: malformed JSON"));
  EXPECT_FALSE(Exists(output));
  // An existing output keeps its old contents.
  WriteFile(output, "old\n");
  Sladd({"redact", "--input-format", "jsonl", input, "-o", output});
  EXPECT_EQ(ReadFile(output), "old\n");
  // Nor is an input replaced in place.
  Sladd({"redact", "--input-format", "jsonl", "--in-place", input});
  EXPECT_EQ(ReadFile(input), lines);
  // No temporary file is left beside them.
  const ProcessResult listing = RunProcess({"/bin/ls", "-a", ::testing::TempDir()});
  EXPECT_THAT(listing.out, Not(HasSubstr(".never.jsonl.sladd-")));
  EXPECT_THAT(listing.out, Not(HasSubstr(".bad-middle.jsonl.sladd-")));
}

TEST(SladdBatch, AKilledRunLeavesNoOutputUnderTheFinalName) {
  const std::string input = TempPath("big-for-kill.txt");
  WriteFile(input, ManyLines(1200000));
  const std::string output = TempPath("killed.txt");
  std::remove(output.c_str());
  // SIGKILL half a second in: no chance to clean up.
  const ProcessResult killed = RunProcess(
      {"/usr/bin/timeout", "-s", "KILL", "0.5", SLADD_BINARY, "redact", "--threads", "1", input,
       "-o", output});
  ASSERT_EQ(killed.exit_status, 128 + 9) << "the run ended before it was killed";
  EXPECT_FALSE(Exists(output));
  // Only the hidden temporary file is left, as after any crash.
  RunProcess({"/bin/sh", "-c", "rm -f " + ::testing::TempDir() + "/.killed.txt.sladd-*"});
}

TEST(SladdBatch, RedactsFilesInPlace) {
  const std::string plain = TempPath("in-place.txt");
  const std::string packed = TempPath("in-place.gz");
  WriteFile(plain, "tlf 91234567\n");
  WriteFile(packed, Gzip("mail a@b.no\n"));
  ::chmod(plain.c_str(), 0640);
  const ProcessResult result = Sladd({"redact", "--in-place", plain, packed});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(ReadFile(plain), "tlf <PHONE_NUMBER>\n");
  EXPECT_EQ(Gunzip(ReadFile(packed)), "mail <EMAIL_ADDRESS>\n");
  struct stat st;
  ASSERT_EQ(::stat(plain.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(Sladd({"redact", "--in-place"}, "x\n").exit_status, 2);
  EXPECT_EQ(Sladd({"redact", "--in-place", plain, "-o", packed}).exit_status, 2);
}

TEST(SladdBatch, WritesToAPipeDirectlyAndKeepsIt) {
  // Renaming a finished file over a FIFO, /dev/null or /dev/stdout would replace the node
  // itself (as root) or fail to create a file beside it (in /dev).
  const std::string fifo = TempPath("out.fifo");
  const std::string copy = TempPath("from-fifo.txt");
  std::remove(fifo.c_str());
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const ProcessResult result = RunProcess(
      {"/bin/sh", "-c",
       "timeout 20 cat '" + fifo + "' > '" + copy + "' & " + SLADD_BINARY + " redact -o '" + fifo +
           "'; status=$?; wait; exit $status"},
      "tlf 91234567\n");
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_EQ(ReadFile(copy), "tlf <PHONE_NUMBER>\n");
  struct stat st;
  ASSERT_EQ(::lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  // Rewriting a pipe in place is refused.
  const ProcessResult in_place = Sladd({"redact", "--in-place", fifo});
  EXPECT_EQ(in_place.exit_status, 2);
  EXPECT_THAT(in_place.err, HasSubstr("not a regular file"));
  std::remove(fifo.c_str());
}

TEST(SladdBatch, KeepsASymbolicLinkAndReplacesItsFile) {
  const std::string target = TempPath("link-target.txt");
  const std::string link = TempPath("link.txt");
  WriteFile(target, "old\n");
  std::remove(link.c_str());
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
  const ProcessResult result = Sladd({"redact", "-o", link}, "mail a@b.no\n");
  ASSERT_EQ(result.exit_status, 0) << result.err;
  struct stat st;
  ASSERT_EQ(::lstat(link.c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(ReadFile(target), "mail <EMAIL_ADDRESS>\n");
  // In place, too.
  ASSERT_EQ(Sladd({"redact", "--in-place", link}).exit_status, 0);
  ASSERT_EQ(::lstat(link.c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(ReadFile(target), "mail <EMAIL_ADDRESS>\n");
}

TEST(SladdBatch, HandlesEmptyAndHugeLines) {
  // A 50 MB line with personal data at both ends, between empty lines.
  std::string huge = "a@b.no ";
  huge.append(50 * 1000 * 1000, 'x');
  huge += " tlf 91234567";
  const std::string input = TempPath("huge.txt");
  WriteFile(input, "\n" + huge + "\n\n");
  const ProcessResult result = Sladd({"redact", "--threads", "2", input});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  ASSERT_EQ(result.out.size(), huge.size() - 6 - 8 + 15 + 14 + 3);
  EXPECT_EQ(result.out.substr(0, 17), "\n<EMAIL_ADDRESS> ");
  EXPECT_EQ(result.out.substr(result.out.size() - 21), " tlf <PHONE_NUMBER>\n\n");

  // Long lines are redacted in pieces of 1 MiB: values across the piece boundaries.
  std::string pieces;
  for (int i = 1; i <= 3; ++i) {
    pieces.append((1u << 20) * i - pieces.size() - 4, 'y');
    pieces += " ola.nordmann@example.no ";
  }
  const ProcessResult cut = Sladd({"redact", "--stats"}, pieces + "\n");
  ASSERT_EQ(cut.exit_status, 0) << cut.err;
  EXPECT_EQ(std::count(cut.out.begin(), cut.out.end(), '<'), 3);
  EXPECT_THAT(cut.out, Not(HasSubstr("example.no")));
  EXPECT_THAT(cut.err, HasSubstr("EMAIL_ADDRESS                3"));
}

TEST(SladdBatch, ReportsStatsAndProgressOnStandardError) {
  const std::string input = TempPath("stats.txt");
  WriteFile(input, ManyLines(1000));
  const ProcessResult result = Sladd({"redact", "--stats", "--progress", input});
  ASSERT_EQ(result.exit_status, 0) << result.err;
  EXPECT_THAT(result.err, HasSubstr("1000 lines"));
  EXPECT_THAT(result.err, HasSubstr("PHONE_NUMBER"));
  EXPECT_THAT(result.err, HasSubstr("100%"));
  EXPECT_THAT(result.err, Not(HasSubstr("912 34 567")));
  EXPECT_THAT(Sladd({"redact", input}).err, Not(HasSubstr("%")));  // not a terminal
}

}  // namespace
}  // namespace sladd
