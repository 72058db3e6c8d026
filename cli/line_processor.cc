#include "cli/line_processor.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// {"findings":[{"type":...,"start":...,...}]} for the findings of one message.
// `writer` writes to `buffer`; both are reset first.
void AppendFindingsJson(const AnalyzedMessage& message, const CommandOptions& options,
                        rapidjson::StringBuffer& buffer, JsonWriter& writer, std::string& out) {
  // Most lines have nothing to report.
  if (message.findings.empty() && message.special_categories.empty()) {
    out.append(R"({"findings":[]})");
    return;
  }
  buffer.Clear();
  writer.Reset(buffer);
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
  if (!message.special_categories.empty()) {
    writer.Key("special_categories");
    writer.StartArray();
    for (const std::string& category : message.special_categories) WriteString(writer, category);
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

}  // namespace

absl::Status LineProcessor::Process(std::string_view line, std::string& out) {
  if (options_.number_scope == NumberScope::kMessage) backend_->NewConversation();
  if (options_.format == InputFormat::kJsonl) return ProcessJson(line, out);
  if (command_ == Command::kAnalyze) return Analyze(line, out);
  return Transform(line, out);
}

absl::Status LineProcessor::ProcessPiece(std::string_view piece, bool last, std::string& out) {
  if (starting_line_) backend_->NewConversation();
  starting_line_ = last;
  return backend_->RedactPiece(piece, last, out, {&categories_, &counts_.types});
}

absl::Status LineProcessor::ProcessJson(std::string_view line, std::string& out) {
  if (absl::StripAsciiWhitespace(ToAbsl(line)).empty()) {
    // Keeps output lines aligned with input lines; there is nothing to redact.
    if (command_ == Command::kAnalyze) return Analyze("", out);
    out.append(line);
    return absl::OkStatus();
  }
  strings_.clear();
  if (absl::Status status = parser_.Parse(line, fields_, strings_); !status.ok()) {
    if (options_.on_error != OnError::kKeepRedactedText) return status;
    // Not JSON: the whole line is redacted as text, so nothing is lost or leaks.
    ++counts_.kept_as_text;
    return Transform(line, out);
  }
  if (command_ != Command::kAnalyze) return RewriteRecord(line, out);
  if (strings_.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat("no string field \"", options_.text_field, "\""));
  }
  // Like most JSON readers, analyze takes the last of duplicated keys; redact and restore
  // rewrite every one.
  return Analyze(strings_.back().value, out);
}

absl::Status LineProcessor::RewriteRecord(std::string_view line, std::string& out) {
  categories_.clear();
  record_.clear();
  size_t copied_to = 0;
  for (const JsonString& string : strings_) {
    record_.append(line.substr(copied_to, string.token_begin - copied_to));
    transformed_.clear();
    if (absl::Status status = Transform(string.value, transformed_); !status.ok()) return status;
    AppendJsonString(transformed_, record_);
    copied_to = string.token_end;
  }
  record_.append(line.substr(copied_to));
  if (command_ == Command::kRedact && !options_.categories_field.empty()) {
    if (absl::Status status = AddCategoriesField(options_.categories_field, categories_, record_);
        !status.ok()) {
      return status;
    }
  }
  out.append(record_);
  return absl::OkStatus();
}

absl::Status LineProcessor::Analyze(std::string_view text, std::string& out) {
  if (absl::Status status = backend_->Analyze(text, analyzed_); !status.ok()) return status;
  AddFacts(analyzed_.findings, {.type_counts = &counts_.types});
  AppendFindingsJson(analyzed_, options_, json_buffer_, json_writer_, out);
  return absl::OkStatus();
}

absl::Status LineProcessor::Transform(std::string_view text, std::string& out) {
  if (command_ == Command::kRestore) return backend_->Restore(text, out);
  return backend_->Redact(text, out, {&categories_, &counts_.types});
}

}  // namespace sladd
