#include "cli/commands.h"

#include <fcntl.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "cli/backend.h"
#include "cli/json_line.h"
#include "cli/remote_backend.h"
#include "cli/line_reader.h"
#include "config/policy_set.h"
#include "detectors/builtin.h"
#include "engine/engine.h"
#include "engine/special_categories.h"
#include "engine/string_view.h"
#include "engine/token.h"

namespace sladd {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr size_t kFlushBytes = 1 << 20;

void WriteString(JsonWriter& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// {"findings":[{"type":...,"start":...,...}]} for the findings of one message.
void AppendFindingsJson(const AnalyzedMessage& message, const CommandOptions& options,
                        std::string& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  writer.Key("findings");
  writer.StartArray();
  for (const Finding& finding : message.findings) {
    writer.StartObject();
    writer.Key("type");
    WriteString(writer, finding.type);
    writer.Key("start");
    writer.Uint64(finding.start);
    writer.Key("end");
    writer.Uint64(finding.end);
    writer.Key("score");
    writer.Double(finding.score);
    writer.Key("detector");
    WriteString(writer, finding.detector);
    if (!finding.kind.empty()) {
      writer.Key("kind");
      WriteString(writer, finding.kind);
    }
    if (options.code_points) {
      writer.Key("cp_start");
      writer.Uint64(finding.cp_start);
      writer.Key("cp_end");
      writer.Uint64(finding.cp_end);
    }
    if (options.include_values) {
      writer.Key("value");
      WriteString(writer, message.scanned.substr(finding.start, finding.length()));
    }
    writer.EndObject();
  }
  writer.EndArray();
  SpecialCategorySet categories;
  for (const Finding& finding : message.findings) {
    if (IsSpecialCategory(finding.type)) categories.emplace(finding.type);
  }
  if (!categories.empty()) {
    writer.Key("special_categories");
    writer.StartArray();
    for (const std::string& category : categories) WriteString(writer, category);
    writer.EndArray();
  }
  writer.EndObject();
  out.append(buffer.GetString(), buffer.GetSize());
}

// Adds "field":[categories] to the JSON object `record` at its end (its last '}').
absl::Status AddCategoriesField(std::string_view field, const SpecialCategorySet& categories,
                                std::string& record) {
  const size_t close = record.find_last_not_of(" \t\r");
  if (close == std::string::npos || record[close] != '}') {
    return absl::InvalidArgumentError("--categories-field needs each line to be a JSON object");
  }
  std::string addition = ",";
  AppendJsonString(field, addition);
  addition += ":[";
  for (const std::string& category : categories) {
    if (addition.back() != '[') addition += ',';
    AppendJsonString(category, addition);
  }
  addition += ']';
  record.insert(close, addition);
  return absl::OkStatus();
}

// Turns each input line into its output line for one command.
class LineProcessor {
 public:
  LineProcessor(Command command, const CommandOptions& options, MessageBackend& backend)
      : command_(command), options_(options), backend_(backend) {}

  // Appends the output for `line` (without a terminator) to `out`.
  absl::Status Process(std::string_view line, std::string& out) {
    if (options_.number_scope == NumberScope::kMessage) backend_.NewConversation();
    if (options_.format == InputFormat::kText) return ProcessText(line, out);
    return ProcessJson(line, out);
  }

 private:
  absl::Status ProcessText(std::string_view text, std::string& out) {
    if (command_ == Command::kAnalyze) return Analyze(text, out);
    return Transform(text, out);
  }

  absl::Status ProcessJson(std::string_view line, std::string& out) {
    if (absl::StripAsciiWhitespace(ToAbsl(line)).empty()) {
      // Keeps output lines aligned with input lines; there is nothing to redact.
      if (command_ == Command::kAnalyze) return Analyze("", out);
      out.append(line);
      return absl::OkStatus();
    }
    strings_.clear();
    if (absl::Status status = parser_.Parse(line, options_.text_field, strings_); !status.ok()) {
      return status;
    }
    if (strings_.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("no string field \"", options_.text_field, "\""));
    }
    // Like most JSON readers, analyze takes the last of duplicated keys; redact and
    // restore rewrite every one.
    if (command_ == Command::kAnalyze) return Analyze(strings_.back().value, out);
    const bool add_categories = command_ == Command::kRedact && !options_.categories_field.empty();
    categories_.clear();
    record_.clear();
    size_t copied_to = 0;
    for (const JsonString& string : strings_) {
      record_.append(line.substr(copied_to, string.token_begin - copied_to));
      transformed_.clear();
      if (absl::Status status = Transform(string.value, transformed_); !status.ok()) {
        return status;
      }
      AppendJsonString(transformed_, record_);
      copied_to = string.token_end;
    }
    record_.append(line.substr(copied_to));
    if (add_categories) {
      if (absl::Status status = AddCategoriesField(options_.categories_field, categories_, record_);
          !status.ok()) {
        return status;
      }
    }
    out.append(record_);
    return absl::OkStatus();
  }

  absl::Status Analyze(std::string_view text, std::string& out) {
    if (absl::Status status = backend_.Analyze(text, analyzed_); !status.ok()) return status;
    AppendFindingsJson(analyzed_, options_, out);
    return absl::OkStatus();
  }

  // Redacts or restores `text` into `out`.
  absl::Status Transform(std::string_view text, std::string& out) {
    return command_ == Command::kRestore ? backend_.Restore(text, out)
                                         : backend_.Redact(text, out, &categories_);
  }

  const Command command_;
  const CommandOptions& options_;
  MessageBackend& backend_;
  AnalyzedMessage analyzed_;
  JsonLineParser parser_;
  std::vector<JsonString> strings_;
  std::string transformed_;
  std::string record_;
  SpecialCategorySet categories_;
};

class Output {
 public:
  explicit Output(std::FILE* file) : file_(file) { buffer_.reserve(kFlushBytes * 2); }
  std::string& buffer() { return buffer_; }
  bool Flush(bool force) {
    if (buffer_.empty() || (!force && buffer_.size() < kFlushBytes)) return true;
    const bool ok = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
    buffer_.clear();
    return ok && (!force || std::fflush(file_) == 0);
  }

 private:
  std::FILE* file_;
  std::string buffer_;
};

// Reads `path` ("-": standard input) line by line through `processor`, adding the lines
// skipped for errors to `skipped`. Returns the exit status to stop with, or kExitOk.
int ProcessFile(const std::string& path, LineProcessor& processor, const CommandOptions& options,
                Output& output, std::FILE* err, size_t& skipped) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? "<stdin>" : path;
  const int fd = is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(err, "sladd: %s: %s\n", name.c_str(), std::strerror(errno));
    return kExitUsage;
  }
  LineReader reader(fd);
  int status = kExitOk;
  for (size_t number = 1;; ++number) {
    auto line = reader.Next();
    if (!line.ok()) {
      std::fprintf(err, "sladd: %s: %s\n", name.c_str(),
                   std::string(line.status().message()).c_str());
      status = kExitBadInput;
      break;
    }
    if (!line->has_value()) break;
    std::string& out = output.buffer();
    const size_t rollback = out.size();
    if (const absl::Status processed = processor.Process((*line)->text, out); !processed.ok()) {
      out.resize(rollback);  // never a partial line
      std::fprintf(err, "sladd: %s:%zu: %s\n", name.c_str(), number,
                   std::string(processed.message()).c_str());
      if (options.on_error == OnError::kFail) {
        status = kExitBadInput;
        break;
      }
      ++skipped;
      continue;
    }
    out.append((*line)->terminator);
    if (!output.Flush(false)) {
      std::fprintf(err, "sladd: cannot write output\n");
      status = kExitBadInput;
      break;
    }
  }
  if (!is_stdin) ::close(fd);
  return status;
}

// Builds the in-process backend for `options`, or writes why not to `err`.
std::unique_ptr<MessageBackend> MakeLocalBackend(Command command, const CommandOptions& options,
                                                 std::unique_ptr<const PolicySet>& policies,
                                                 std::unique_ptr<TokenRestorer>& restorer,
                                                 std::FILE* err) {
  auto fail = [&](const absl::Status& status) -> std::unique_ptr<MessageBackend> {
    std::fprintf(err, "sladd: %s\n", std::string(status.message()).c_str());
    return nullptr;
  };
  auto registry = BuiltinDetectors();
  if (!registry.ok()) return fail(registry.status());
  auto loaded = options.config_path.empty() ? PolicySet::Default(*registry)
                                            : PolicySet::FromFile(options.config_path, *registry);
  if (!loaded.ok()) return fail(loaded.status());
  policies = std::move(*loaded);
  auto engine = policies->Find(options.policy);
  if (!engine.ok()) return fail(engine.status());
  if (command == Command::kRestore) {
    if (policies->keys().empty()) {
      return fail(absl::FailedPreconditionError(
          "restore needs --config with the secrets that made the tokens"));
    }
    auto created = TokenRestorer::Create(policies->keys());
    if (!created.ok()) return fail(created.status());
    restorer = std::move(*created);
  }
  auto scratch = (*engine)->NewScratch();
  if (!scratch.ok()) return fail(scratch.status());
  return std::make_unique<LocalBackend>(**engine, std::move(*scratch), restorer.get(),
                                        options.code_points);
}

}  // namespace

int RunCommand(Command command, const CommandOptions& options, std::FILE* out, std::FILE* err) {
  std::unique_ptr<const PolicySet> policies;
  std::unique_ptr<TokenRestorer> restorer;
  std::unique_ptr<MessageBackend> backend;
  if (options.server.empty()) {
    backend = MakeLocalBackend(command, options, policies, restorer, err);
  } else {
    auto remote = RemoteBackend::Connect(options.server, options.server_ca,
                                         options.server_connect_seconds, options.policy,
                                         options.number_scope == NumberScope::kInput);
    if (remote.ok()) {
      backend = std::move(*remote);
    } else {
      std::fprintf(err, "sladd: %s\n", std::string(remote.status().message()).c_str());
    }
  }
  if (backend == nullptr) return kExitUsage;

  LineProcessor processor(command, options, *backend);
  Output output(out);
  const std::vector<std::string> files =
      options.files.empty() ? std::vector<std::string>{"-"} : options.files;
  size_t skipped = 0;
  int status = kExitOk;
  for (const std::string& file : files) {
    status = ProcessFile(file, processor, options, output, err, skipped);
    if (status != kExitOk) break;
  }
  if (!output.Flush(true) && status == kExitOk) {
    std::fprintf(err, "sladd: cannot write output\n");
    status = kExitBadInput;
  }
  if (skipped > 0) std::fprintf(err, "sladd: skipped %zu line(s) with errors\n", skipped);
  return status;
}

}  // namespace sladd
