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
#include "cli/json_line.h"
#include "cli/line_reader.h"
#include "config/policy_set.h"
#include "detectors/builtin.h"
#include "engine/engine.h"
#include "engine/string_view.h"
#include "engine/token.h"

namespace sladd {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr size_t kFlushBytes = 1 << 20;

void WriteString(JsonWriter& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// {"findings":[{"type":...,"start":...,...}]} for the findings in `text`.
void AppendFindingsJson(const Analysis& analysis, std::string_view text,
                        const CommandOptions& options, std::string& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.StartObject();
  writer.Key("findings");
  writer.StartArray();
  for (const Finding& finding : analysis.findings) {
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
      WriteString(writer, text.substr(finding.start, finding.length()));
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
  out.append(buffer.GetString(), buffer.GetSize());
}

// Turns each input line into its output line for one command.
class LineProcessor {
 public:
  LineProcessor(Command command, const CommandOptions& options, const Engine& engine,
                std::unique_ptr<Scratch> scratch, const TokenRestorer* restorer)
      : command_(command),
        options_(options),
        engine_(engine),
        scratch_(std::move(scratch)),
        restorer_(restorer) {}

  // Appends the output for `line` (without a terminator) to `out`.
  absl::Status Process(std::string_view line, std::string& out) {
    if (options_.number_scope == NumberScope::kMessage) state_.Clear();
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
    size_t copied_to = 0;
    for (const JsonString& string : strings_) {
      out.append(line.substr(copied_to, string.token_begin - copied_to));
      transformed_.clear();
      if (absl::Status status = Transform(string.value, transformed_); !status.ok()) {
        return status;
      }
      AppendJsonString(transformed_, out);
      copied_to = string.token_end;
    }
    out.append(line.substr(copied_to));
    return absl::OkStatus();
  }

  absl::Status Analyze(std::string_view text, std::string& out) {
    const AnalyzeOptions analyze_options{options_.code_points};
    if (absl::Status status = engine_.Analyze(text, *scratch_, analysis_, analyze_options);
        !status.ok()) {
      return status;
    }
    const std::string_view scanned =
        analysis_.repaired_text ? std::string_view(*analysis_.repaired_text) : text;
    AppendFindingsJson(analysis_, scanned, options_, out);
    return absl::OkStatus();
  }

  // Redacts or restores `text` into `out`.
  absl::Status Transform(std::string_view text, std::string& out) {
    if (command_ == Command::kRestore) {
      auto restored = restorer_->Restore(text);
      if (!restored.ok()) return restored.status();
      out.append(*restored);
      return absl::OkStatus();
    }
    const AnalyzeOptions analyze_options{options_.code_points};
    if (absl::Status status = engine_.Redact(text, *scratch_, state_, redaction_, analyze_options);
        !status.ok()) {
      return status;
    }
    out.append(redaction_.text);
    return absl::OkStatus();
  }

  const Command command_;
  const CommandOptions& options_;
  const Engine& engine_;
  std::unique_ptr<Scratch> scratch_;
  const TokenRestorer* restorer_;
  RedactionState state_;
  Analysis analysis_;
  Redaction redaction_;
  JsonLineParser parser_;
  std::vector<JsonString> strings_;
  std::string transformed_;
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

}  // namespace

int RunCommand(Command command, const CommandOptions& options, std::FILE* out, std::FILE* err) {
  auto registry = BuiltinDetectors();
  if (!registry.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(registry.status().message()).c_str());
    return kExitUsage;
  }
  auto policies = options.config_path.empty()
                      ? PolicySet::Default(*registry)
                      : PolicySet::FromFile(options.config_path, *registry);
  if (!policies.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(policies.status().message()).c_str());
    return kExitUsage;
  }
  auto engine = (*policies)->Find(options.policy);
  if (!engine.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(engine.status().message()).c_str());
    return kExitUsage;
  }
  std::unique_ptr<TokenRestorer> restorer;
  if (command == Command::kRestore) {
    if ((*policies)->keys().empty()) {
      std::fprintf(err, "sladd: restore needs --config with the secrets that made the tokens\n");
      return kExitUsage;
    }
    auto created = TokenRestorer::Create((*policies)->keys());
    if (!created.ok()) {
      std::fprintf(err, "sladd: %s\n", std::string(created.status().message()).c_str());
      return kExitUsage;
    }
    restorer = std::move(*created);
  }
  auto scratch = (*engine)->NewScratch();
  if (!scratch.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(scratch.status().message()).c_str());
    return kExitUsage;
  }

  LineProcessor processor(command, options, **engine, std::move(*scratch), restorer.get());
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
