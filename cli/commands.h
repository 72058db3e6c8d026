// The sladd commands: analyze, redact and restore over text or JSON lines. A thin shell over
// the engine: reading, writing and error handling, no detection logic.
#ifndef SLADD_CLI_COMMANDS_H_
#define SLADD_CLI_COMMANDS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "cli/policies.h"

namespace sladd {

enum class Command { kAnalyze, kRedact, kRestore };
enum class InputFormat { kText, kJsonl, kCsv };
enum class OnError { kFail, kSkip, kKeepRedactedText };
enum class ProgressMode { kAuto, kOn, kOff };
enum class NumberScope { kMessage, kInput };

struct CommandOptions {
  std::string config_path;  // empty: the built-in default policy
  std::string policy;       // empty: the file's default policy
  DatabaseCacheOptions cache;
  InputFormat format = InputFormat::kText;
  // analyze of JSON lines: the key path of the message.
  std::string text_field = "text";
  // redact and restore of JSON lines: comma-separated key paths of the strings to rewrite
  // ("message,user.email,context.*"); of CSV, header names of the columns to read or
  // rewrite; empty: every string value or column.
  std::string fields;
  // CSV: the delimiter; 0: the most frequent of ',', ';' and tab in the header.
  char csv_delimiter = 0;
  // CSV: the first record names the columns (and is written as it is); else it is data.
  bool csv_header = true;
  // JSON lines: the key path of the turn each record's message answers (a chatbot's
  // question), read before the message (AnalyzeOptions::previous_turn); rewritten only if
  // `fields` selects it. Empty: none.
  std::string previous_turn_field;
  // JSON lines: the key path of the conversation's id. A record answers the message
  // (`text_field`) of the last record with its id among the `conversation_window` lines
  // before it, read before it as with `previous_turn_field`: a chat export or log, one turn
  // a record. Empty: records stand alone.
  std::string conversation_field;
  size_t conversation_window = 64;
  // JSON lines and CSV redact: add this field (a last column) to every record, listing the
  // special categories found in it ([] or an empty cell when none). Empty: records keep
  // exactly their fields.
  std::string categories_field;
  bool include_values = false;
  bool code_points = false;
  OnError on_error = OnError::kFail;
  NumberScope number_scope = NumberScope::kMessage;
  std::vector<std::string> files;  // empty: standard input; "-" too
  // HOST:PORT of a sladd-server to do the work instead of the engine in this process.
  std::string server;
  // With `server`: CA certificates (PEM) to verify it over TLS; empty: plaintext.
  std::string server_ca;
  // With `server`: how long to try to connect.
  double server_connect_seconds = 10;
  // Worker threads; 0: one per core.
  unsigned threads = 0;
  // Write the output here, under its name only once complete, instead of to `out`;
  // gzip-compressed when it ends in ".gz". "-" is `out`, as for input files.
  std::string output_path;
  // Replace each input file by its output, the same way.
  bool in_place = false;
  // gzip level of compressed output.
  int gzip_level = 6;
  // A progress line on `err`; kAuto: when it is a terminal.
  ProgressMode progress = ProgressMode::kAuto;
  // Lines, bytes, speed and findings by type on `err` at the end.
  bool stats = false;
};

// Exit statuses.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

// Runs `command` over the input files (or standard input) on `options.threads` threads,
// writing results in input order to `out` (or the output file) and diagnostics to `err`;
// returns the exit status. Diagnostics name the file and line but never quote message text
// or values.
int RunCommand(Command command, const CommandOptions& options, std::FILE* out, std::FILE* err);

}  // namespace sladd

#endif  // SLADD_CLI_COMMANDS_H_
