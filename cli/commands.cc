#include "cli/commands.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#include "absl/strings/match.h"
#include "cli/backend.h"
#include "cli/byte_stream.h"
#include "cli/csv_record.h"
#include "cli/json_line.h"
#include "cli/line_processor.h"
#include "cli/line_reader.h"
#include "cli/parallel_lines.h"
#include "cli/policies.h"
#include "cli/progress.h"
#include "cli/remote_backend.h"
#include "config/policy_set.h"
#include "engine/engine.h"
#include "engine/token.h"

namespace sladd {
namespace {

// Plain-text lines longer than this are redacted in pieces, in bounded memory.
constexpr size_t kMaxPieceBytes = 1 << 20;

// Adds what a source consumes to a shared counter after each read.
class CountingSource final : public ByteSource {
 public:
  CountingSource(ByteSource& source, ReadCounter& counter) : source_(source), counter_(counter) {}
  absl::StatusOr<size_t> Read(char* buffer, size_t size) override {
    auto got = source_.Read(buffer, size);
    const size_t consumed = source_.consumed();
    counter_.bytes.fetch_add(consumed - reported_, std::memory_order_relaxed);
    reported_ = consumed;
    if (got.ok()) bytes_ += *got;
    return got;
  }
  size_t consumed() const override { return source_.consumed(); }
  bool compressed() const override { return source_.compressed(); }
  size_t file_size() const override { return source_.file_size(); }
  // Bytes handed out (after decompression).
  size_t bytes() const { return bytes_; }

 private:
  ByteSource& source_;
  ReadCounter& counter_;
  size_t reported_ = 0;
  size_t bytes_ = 0;
};

// The in-process backends, one per worker, sharing one engine.
class LocalBackends {
 public:
  absl::Status Load(Command command, const CommandOptions& options) {
    auto loaded = LoadPolicies(options.config_path, options.cache);
    if (!loaded.ok()) return loaded.status();
    policies_ = std::move(*loaded);
    auto engine = policies_->Find(options.policy);
    if (!engine.ok()) return engine.status();
    engine_ = *engine;
    code_points_ = options.code_points;
    if (command != Command::kRestore) return absl::OkStatus();
    if (policies_->keys().empty()) {
      return absl::FailedPreconditionError(
          "restore needs --config with the secrets that made the tokens");
    }
    auto restorer = TokenRestorer::Create(policies_->keys());
    if (!restorer.ok()) return restorer.status();
    restorer_ = std::move(*restorer);
    return absl::OkStatus();
  }

  absl::StatusOr<std::unique_ptr<MessageBackend>> New() const {
    auto scratch = engine_->NewScratch();
    if (!scratch.ok()) return scratch.status();
    return std::make_unique<LocalBackend>(*engine_, std::move(*scratch), restorer_.get(),
                                          code_points_);
  }

 private:
  std::unique_ptr<const PolicySet> policies_;
  const Engine* engine_ = nullptr;
  std::unique_ptr<TokenRestorer> restorer_;
  bool code_points_ = false;
};

// Checks option combinations; writes why one is refused to `err`.
bool ValidOptions(Command command, const CommandOptions& options, std::FILE* err) {
  auto refuse = [err](const char* why) {
    std::fprintf(err, "sladd: %s\n", why);
    return false;
  };
  if (options.in_place && !options.output_path.empty()) {
    return refuse("--in-place and -o exclude each other");
  }
  if (options.in_place && (options.files.empty() ||
                           std::find(options.files.begin(), options.files.end(), "-") !=
                               options.files.end())) {
    return refuse("--in-place needs input files, not standard input");
  }
  if (options.in_place && command == Command::kAnalyze) {
    return refuse("--in-place would replace messages by findings; use -o");
  }
  if (options.on_error == OnError::kKeepRedactedText &&
      (command != Command::kRedact || options.format != InputFormat::kJsonl)) {
    return refuse("--on-error keep-redacted-text is for redact --input-format jsonl");
  }
  if (options.gzip_level < 1 || options.gzip_level > 9) return refuse("--gzip-level is 1-9");
  const bool csv = options.format == InputFormat::kCsv;
  if (!csv && (options.csv_delimiter != 0 || !options.csv_header)) {
    return refuse("--delimiter and --no-header are for --input-format csv");
  }
  if (csv && !options.csv_header && !options.categories_field.empty()) {
    return refuse("--categories-field names a CSV column, and --no-header says there is none");
  }
  const bool records = options.format == InputFormat::kJsonl || csv;
  if (!options.previous_turn_field.empty() && (!records || command == Command::kRestore)) {
    return refuse("--previous-turn-field is for analyze and redact of --input-format jsonl or csv");
  }
  if (!options.conversation_field.empty() && (!records || command == Command::kRestore)) {
    return refuse("--conversation-field is for analyze and redact of --input-format jsonl or csv");
  }
  if (!options.conversation_field.empty() && !options.previous_turn_field.empty()) {
    return refuse(
        "a record's previous turn is its field or the record before it: give "
        "--previous-turn-field or --conversation-field");
  }
  return true;
}

// Whether long lines are redacted in pieces: plain-text redact in process, with numbers that
// start over for each message (the long lines have a processor of their own).
bool TakesPieces(Command command, const CommandOptions& options) {
  return command == Command::kRedact && options.format == InputFormat::kText &&
         options.number_scope == NumberScope::kMessage && options.server.empty();
}

unsigned WorkerCount(const CommandOptions& options) {
  // Numbers that run over the whole input need its messages in order, on one thread.
  if (options.number_scope == NumberScope::kInput) return 1;
  if (options.threads > 0) return options.threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

uint64_t TotalInputBytes(const std::vector<std::string>& files) {
  uint64_t total = 0;
  for (const std::string& file : files) {
    struct stat st;
    if (file == "-" || ::stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

void PrintStats(const WorkerCounts& counts, size_t lines, uint64_t bytes_in, uint64_t bytes_out,
                double seconds, std::FILE* err) {
  char in_text[32], out_text[32], rate_text[32];
  FormatBytes(bytes_in, in_text, sizeof in_text);
  FormatBytes(bytes_out, out_text, sizeof out_text);
  FormatBytes(seconds > 0 ? static_cast<uint64_t>(static_cast<double>(bytes_in) / seconds) : 0,
              rate_text, sizeof rate_text);
  std::fprintf(err, "sladd: %zu lines, %s in, %s out, %.2f s, %s/s\n", lines, in_text,
               out_text, seconds, rate_text);
  if (counts.kept_as_text > 0) {
    std::fprintf(err, "sladd: %zu malformed JSON lines redacted as text\n", counts.kept_as_text);
  }
  uint64_t findings = 0;
  for (const auto& [type, count] : counts.types) findings += count;
  std::fprintf(err, "sladd: %llu findings\n", static_cast<unsigned long long>(findings));
  for (const auto& [type, count] : counts.types) {
    std::fprintf(err, "sladd:   %-28s %llu\n", type.c_str(), static_cast<unsigned long long>(count));
  }
}

// One run of a command over all its inputs.
class Run {
 public:
  Run(Command command, const CommandOptions& options, std::FILE* out, std::FILE* err)
      : command_(command), options_(options), out_(out), err_(err) {}

  int Execute() {
    if (!ValidOptions(command_, options_, err_)) return kExitUsage;
    if (int status = MakeWorkers(); status != kExitOk) return status;
    const auto start = std::chrono::steady_clock::now();
    const std::vector<std::string> files =
        options_.files.empty() ? std::vector<std::string>{"-"} : options_.files;
    std::optional<ProgressMeter> meter;
    if (options_.progress == ProgressMode::kOn ||
        (options_.progress == ProgressMode::kAuto && ::isatty(::fileno(err_)))) {
      meter.emplace(read_counter_, TotalInputBytes(files), err_);
    }
    int status = options_.in_place ? RunInPlace(files) : RunToOneOutput(files);
    if (meter) meter->Stop();
    if (skipped_ > 0) std::fprintf(err_, "sladd: skipped %zu line(s) with errors\n", skipped_);
    if (options_.stats) {
      WorkerCounts total;
      for (const auto& processor : processors_) {
        for (const auto& [type, count] : processor->counts().types) total.types[type] += count;
        total.kept_as_text += processor->counts().kept_as_text;
      }
      const double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      PrintStats(total, lines_, bytes_in_, progress_.bytes_written, seconds, err_);
    }
    return status;
  }

 private:
  int MakeWorkers() {
    auto fields = options_.fields.empty() ? FieldSelector::All()
                                          : FieldSelector::Parse(options_.fields);
    if (command_ == Command::kAnalyze) fields = FieldSelector::Parse(options_.text_field);
    if (!fields.ok()) return Refuse(fields.status());
    fields_ = std::move(*fields);
    // The message answering a turn: with --fields, each string redacted; else --text-field's.
    // (A CSV file's turn columns are found in its header: StartCsv.)
    const bool turns =
        options_.format != InputFormat::kCsv &&
        (!options_.previous_turn_field.empty() || !options_.conversation_field.empty());
    const bool fields_are_messages = command_ == Command::kAnalyze || !options_.fields.empty();
    for (auto [paths, selector] :
         {std::pair{options_.previous_turn_field, &turn_field_},
          std::pair{options_.conversation_field, &conversation_field_},
          std::pair{turns && !fields_are_messages ? options_.text_field : "", &text_field_}}) {
      if (paths.empty() || options_.format == InputFormat::kCsv) continue;
      auto parsed = FieldSelector::Parse(paths);
      if (!parsed.ok()) return Refuse(parsed.status());
      *selector = std::move(*parsed);
    }
    if (options_.server.empty()) {
      if (absl::Status status = local_.Load(command_, options_); !status.ok()) {
        return Refuse(status);
      }
    }
    // One processor per worker thread, and one for the reading thread's long lines.
    const unsigned workers = WorkerCount(options_);
    const bool pieces = TakesPieces(command_, options_);
    for (unsigned i = 0; i < workers + (pieces ? 1 : 0); ++i) {
      auto backend = NewBackend();
      if (!backend.ok()) return Refuse(backend.status());
      processors_.push_back(std::make_unique<LineProcessor>(command_, options_, fields_, Turns(),
                                                            std::move(*backend)));
    }
    for (unsigned i = 0; i < workers; ++i) workers_.push_back(processors_[i].get());
    if (pieces) long_lines_ = processors_.back().get();
    return kExitOk;
  }

  TurnFields Turns() const {
    const auto pointer = [](const std::optional<FieldSelector>& selector) {
      return selector ? &*selector : nullptr;
    };
    TurnFields turns{pointer(turn_field_), pointer(conversation_field_), pointer(text_field_)};
    if (turns.messages == nullptr && (turns.turn != nullptr || turns.conversation != nullptr)) {
      turns.messages = &fields_;
    }
    return turns;
  }

  absl::StatusOr<std::unique_ptr<MessageBackend>> NewBackend() const {
    if (options_.server.empty()) return local_.New();
    // One stream per worker: the server works on them in parallel.
    auto remote = RemoteBackend::Connect(options_.server, options_.server_ca,
                                         options_.server_connect_seconds, options_.policy,
                                         options_.number_scope == NumberScope::kInput);
    if (!remote.ok()) return remote.status();
    return std::unique_ptr<MessageBackend>(std::move(*remote));
  }

  int RunToOneOutput(const std::vector<std::string>& files) {
    std::unique_ptr<ByteSink> sink;
    if (options_.output_path.empty() || options_.output_path == "-") {
      sink = FileOutput(::fileno(out_), "<stdout>");
    } else {
      const bool gzip = absl::EndsWith(options_.output_path, ".gz");
      auto created = CreateOutputFile(options_.output_path, gzip ? options_.gzip_level : 0);
      if (!created.ok()) return Refuse(created.status());
      sink = std::move(*created);
    }
    for (const std::string& file : files) {
      if (int status = ProcessFile(file, sink.get(), nullptr); status != kExitOk) return status;
    }
    if (absl::Status status = sink->Commit(); !status.ok()) return Fail(status);
    return kExitOk;
  }

  int RunInPlace(const std::vector<std::string>& files) {
    for (const std::string& file : files) {
      if (absl::Status status = CheckReplaceable(file); !status.ok()) return Refuse(status);
    }
    for (const std::string& file : files) {
      std::unique_ptr<ByteSink> replacement;
      if (int status = ProcessFile(file, nullptr, &replacement); status != kExitOk) return status;
    }
    return kExitOk;
  }

  // Processes `path` into `shared_sink`, or with `own_sink` into a new file that replaces
  // `path` once complete.
  int ProcessFile(const std::string& path, ByteSink* shared_sink,
                  std::unique_ptr<ByteSink>* own_sink) {
    auto source = OpenInput(path);
    if (!source.ok()) return Refuse(source.status());
    CountingSource counted(**source, read_counter_);
    ByteSink* sink = shared_sink;
    if (own_sink != nullptr) {
      auto created = CreateOutputFile(path, counted.compressed() ? options_.gzip_level : 0);
      if (!created.ok()) return Refuse(created.status());
      *own_sink = std::move(*created);
      sink = own_sink->get();
    }
    const std::string name = path == "-" ? "<stdin>" : path;
    bool stopped_at_bad_line = false;
    size_t header_lines = 0;  // a CSV header, read before the records
    const BadLineHandler on_bad_line = [&](size_t number, const absl::Status& status) {
      std::fprintf(err_, "sladd: %s:%zu: %s\n", name.c_str(), number + header_lines,
                   std::string(status.message()).c_str());
      stopped_at_bad_line = options_.on_error == OnError::kFail;
    };
    ParallelLinesOptions parallel;
    parallel.skip_bad_lines = options_.on_error != OnError::kFail;
    if (!options_.conversation_field.empty()) {
      parallel.context_lines = options_.conversation_window;
    }
    LineReader reader(counted);
    if (long_lines_ != nullptr) reader.set_max_piece_bytes(kMaxPieceBytes);
    std::optional<CsvColumns> columns;
    if (options_.format == InputFormat::kCsv) {
      auto started = StartCsv(reader, *sink, header_lines);
      if (!started.ok()) {
        const std::string message(started.status().message());
        if (absl::IsFailedPrecondition(started.status())) {
          return Refuse(absl::FailedPreconditionError(name + ": " + message));
        }
        if (!absl::IsInvalidArgument(started.status())) return Fail(started.status());
        std::fprintf(err_, "sladd: %s:1: %s\n", name.c_str(), message.c_str());
        return kExitBadInput;
      }
      columns = std::move(*started);
      for (const auto& processor : processors_) processor->set_csv_columns(&*columns);
    }
    size_t lines = 0, skipped = 0;
    const absl::Status status =
        ProcessLinesInParallel(reader, workers_, long_lines_, *sink, parallel, on_bad_line,
                               progress_, lines, skipped);
    lines_ += header_lines + lines;
    skipped_ += skipped;
    bytes_in_ += counted.bytes();
    if (!status.ok()) {
      if (stopped_at_bad_line) return kExitBadInput;
      return Fail(status);
    }
    if (own_sink != nullptr) {
      if (absl::Status committed = (*own_sink)->Commit(); !committed.ok()) return Fail(committed);
    }
    return kExitOk;
  }

  // Reads the header of a CSV file (unless the options say it has none), writes it as it
  // is for redact and restore (with the --categories-field column added at its end for
  // redact), and gives the file's columns; `header_lines` counts it.
  // Fails with InvalidArgument for a header that is no CSV, with FailedPrecondition for
  // one that lacks a column of --fields.
  absl::StatusOr<CsvColumns> StartCsv(LineReader& reader, ByteSink& sink, size_t& header_lines) {
    const char given = options_.csv_delimiter;
    if (!options_.csv_header) {
      reader.set_csv_delimiters(std::string(1, given != 0 ? given : ','));
      auto columns = CsvColumns::Unnamed(given != 0 ? given : ',', options_.fields);
      if (!columns.ok()) return absl::FailedPreconditionError(columns.status().message());
      if (absl::Status status = FindTurnColumns(*columns); !status.ok()) return status;
      return columns;
    }
    // Until the header shows the delimiter, a quote after any of the three opens a field.
    reader.set_csv_delimiters(given != 0 ? std::string(1, given) : ",;\t");
    auto header = reader.Next();
    if (!header.ok()) return header.status();
    if (!header->has_value()) return CsvColumns::Unnamed(',');  // an empty file: no columns
    const Line& line = **header;
    header_lines = 1;
    const char delimiter = given != 0 ? given : DetectCsvDelimiter(line.text);
    std::vector<CsvField> fields;
    CsvParser parser;
    if (absl::Status status = parser.Parse(line.text, delimiter, fields); !status.ok()) {
      return status;
    }
    auto columns = CsvColumns::FromHeader(fields, delimiter, options_.fields);
    // The command line asks for a column the file lacks: a usage error, not bad input.
    if (!columns.ok()) return absl::FailedPreconditionError(columns.status().message());
    if (absl::Status status = FindTurnColumns(*columns); !status.ok()) return status;
    if (command_ != Command::kAnalyze) {
      std::string written(line.text);
      if (command_ == Command::kRedact && !options_.categories_field.empty()) {
        written.push_back(delimiter);
        AppendCsvField(options_.categories_field, delimiter, false, written);
      }
      written.append(line.terminator);
      if (absl::Status status = sink.Write(written); !status.ok()) return status;
      progress_.bytes_written += written.size();
    }
    reader.set_csv_delimiters(std::string(1, delimiter));
    return columns;
  }

  // The columns of --text-field and --previous-turn-field or --conversation-field, if
  // either is given; FailedPrecondition when the file lacks one.
  absl::Status FindTurnColumns(CsvColumns& columns) const {
    if (options_.previous_turn_field.empty() && options_.conversation_field.empty()) {
      return absl::OkStatus();
    }
    const absl::Status status = columns.FindTurnColumns(
        options_.text_field, options_.previous_turn_field, options_.conversation_field);
    if (status.ok()) return status;
    return absl::FailedPreconditionError(status.message());
  }

  // Setup problems: exit 2.
  int Refuse(const absl::Status& status) {
    std::fprintf(err_, "sladd: %s\n", std::string(status.message()).c_str());
    return kExitUsage;
  }
  // Problems while the data flows: exit 1, and no output file is left behind.
  int Fail(const absl::Status& status) {
    std::fprintf(err_, "sladd: %s\n", std::string(status.message()).c_str());
    return kExitBadInput;
  }

  const Command command_;
  const CommandOptions& options_;
  std::FILE* const out_;
  std::FILE* const err_;
  FieldSelector fields_;
  // --previous-turn-field and --conversation-field, if given, and --text-field where it
  // names the message that answers a turn (redact without --fields).
  std::optional<FieldSelector> turn_field_;
  std::optional<FieldSelector> conversation_field_;
  std::optional<FieldSelector> text_field_;
  LocalBackends local_;
  std::vector<std::unique_ptr<LineProcessor>> processors_;
  std::vector<LineWorker*> workers_;
  LineProcessor* long_lines_ = nullptr;  // among processors_, when long lines come in pieces
  ReadCounter read_counter_;
  LineProgress progress_;
  size_t lines_ = 0;
  size_t skipped_ = 0;
  uint64_t bytes_in_ = 0;
};

}  // namespace

int RunCommand(Command command, const CommandOptions& options, std::FILE* out, std::FILE* err) {
  Run run(command, options, out, err);
  return run.Execute();
}

}  // namespace sladd
