#include "cli/line_processor.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

// Whether a CSV cell may be a bank code column's value ("9420", "8327-9", "20-00-00"):
// digits with spaces or dashes, short; anything else (a note, a name) is never read as
// another cell's context.
bool IsBankCode(std::string_view value) {
  constexpr size_t kLongest = 16;
  return !value.empty() && value.size() <= kLongest &&
         std::all_of(value.begin(), value.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == '-'; });
}

// Writes the finding objects of `message`. For a CSV cell, `cell` names its column and
// the context before it, which no finding reaches into: offsets are told from the cell's
// start.
void WriteFindings(const AnalyzedMessage& message, const CommandOptions& options,
                   const CsvCell* cell, JsonWriter& writer) {
  const size_t skip = cell != nullptr ? cell->context_bytes : 0;
  const size_t skip_code_points = cell != nullptr ? cell->context_code_points : 0;
  for (const Finding& finding : message.findings) {
    writer.StartObject();
    if (cell != nullptr) {
      writer.Key("column");
      if (cell->name) {
        WriteString(writer, *cell->name);
      } else {
        writer.Uint64(cell->number);
      }
    }
    writer.Key("type");
    WriteString(writer, finding.type);
    writer.Key("start");
    writer.Uint64(finding.start - skip);
    writer.Key("end");
    writer.Uint64(finding.end - skip);
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
      writer.Uint64(finding.cp_start - skip_code_points);
      writer.Key("cp_end");
      writer.Uint64(finding.cp_end - skip_code_points);
    }
    if (options.include_values) {
      writer.Key("value");
      WriteString(writer, message.scanned.substr(finding.start, finding.length()));
    }
    writer.EndObject();
  }
}

void WriteCategories(const SpecialCategorySet& categories, JsonWriter& writer) {
  if (categories.empty()) return;
  writer.Key("special_categories");
  writer.StartArray();
  for (const std::string& category : categories) WriteString(writer, category);
  writer.EndArray();
}

// Whether one of `findings` starts in the first `bytes` of the text.
bool StartsWithin(const std::vector<Finding>& findings, size_t bytes) {
  return std::any_of(findings.begin(), findings.end(),
                     [bytes](const Finding& finding) { return finding.start < bytes; });
}

// Resets `writer` onto `buffer` and opens {"findings":[.
void StartFindingsJson(rapidjson::StringBuffer& buffer, JsonWriter& writer) {
  buffer.Clear();
  writer.Reset(buffer);
  writer.StartObject();
  writer.Key("findings");
  writer.StartArray();
}

// Closes what StartFindingsJson opened, adding the special categories, and appends it.
void EndFindingsJson(const SpecialCategorySet& categories, rapidjson::StringBuffer& buffer,
                     JsonWriter& writer, std::string& out) {
  writer.EndArray();
  WriteCategories(categories, writer);
  writer.EndObject();
  out.append(buffer.GetString(), buffer.GetSize());
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
  StartFindingsJson(buffer, writer);
  WriteFindings(message, options, nullptr, writer);
  EndFindingsJson(message.special_categories, buffer, writer, out);
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
  if (options_.format == InputFormat::kCsv) return ProcessCsv(line, out);
  if (command_ == Command::kAnalyze) return Analyze(line, out);
  return Transform(line, out);
}

void LineProcessor::BeginBatch(const std::vector<std::string_view>& lines_before) {
  if (conversation_turns_) conversation_turns_->Restart(lines_before);
  if (csv_conversations_) {
    csv_conversations_->Clear();
    for (const std::string_view record : lines_before) {
      ReadCsvTurn(csv_parser_.Parse(record, csv_columns_->delimiter(), csv_fields_).ok());
    }
  }
}

absl::Status LineProcessor::ProcessPiece(std::string_view piece, bool last, std::string& out) {
  if (starting_line_) backend_->NewConversation();
  starting_line_ = last;
  return backend_->RedactPiece(piece, last, out, {&categories_, &counts_.types});
}

absl::Status LineProcessor::ProcessJson(std::string_view line, std::string& out) {
  const bool blank = absl::StripAsciiWhitespace(ToAbsl(line)).empty();
  absl::Status parsed = absl::OkStatus();
  if (turns_.messages != nullptr) {
    // Every line takes its place in the conversations' window: a blank or malformed one
    // answers nothing and is answered by nothing.
    values_.clear();
    parsed = blank ? absl::InvalidArgumentError("blank")
                   : parser_.Parse(line, selectors_, conversation_bit_, values_);
    ReadTurn(parsed.ok());
  }
  if (blank) {
    // Keeps output lines aligned with input lines; there is nothing to redact.
    if (command_ == Command::kAnalyze) return Analyze("", out);
    out.append(line);
    return absl::OkStatus();
  }
  if (turns_.messages == nullptr) {
    strings_.clear();
    parsed = parser_.Parse(line, fields_, strings_);
  }
  if (absl::Status status = std::move(parsed); !status.ok()) {
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

void LineProcessor::ReadTurn(bool parsed) {
  if (conversation_turns_) {
    turn_.assign(conversation_turns_->Next(parsed, values_, conversation_bit_, kMessages));
  }
  strings_.clear();
  message_tokens_.clear();
  const JsonString* turn = nullptr;
  for (const JsonString& value : values_) {
    if ((value.selectors & kFields) != 0) strings_.push_back(value);
    if ((value.selectors & kMessages) != 0) message_tokens_.push_back(value.token_begin);
    if ((value.selectors & turn_bit_) != 0) turn = &value;
  }
  if (turns_.turn != nullptr) turn_.assign(parsed && turn != nullptr ? turn->value : "");
  backend_->SetPreviousTurn(turn_);
  // Redaction rewrites other strings too (a role, an id): they answer nothing.
  if (turn_.empty() || command_ == Command::kAnalyze) message_tokens_.clear();
}

absl::Status LineProcessor::RewriteRecord(std::string_view line, std::string& out) {
  categories_.clear();
  record_.clear();
  size_t copied_to = 0;
  for (const JsonString& string : strings_) {
    if (!turn_.empty()) {
      const bool message = std::find(message_tokens_.begin(), message_tokens_.end(),
                                     string.token_begin) != message_tokens_.end();
      backend_->SetPreviousTurn(message ? std::string_view(turn_) : std::string_view());
    }
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

absl::Status LineProcessor::ProcessCsv(std::string_view record, std::string& out) {
  const CsvColumns& columns = *csv_columns_;
  absl::Status parsed = csv_parser_.Parse(record, columns.delimiter(), csv_fields_);
  // Every record takes its place in the conversations' window, a bad one with no id.
  ReadCsvTurn(parsed.ok());
  if (!parsed.ok()) return parsed;
  if (command_ == Command::kAnalyze) return AnalyzeCsv(out);
  record_.clear();
  categories_.clear();
  size_t copied_to = 0;
  for (size_t i = 0; i < csv_fields_.size(); ++i) {
    const CsvField& field = csv_fields_[i];
    if (!columns.Selects(i) || field.value.empty()) continue;
    record_.append(record.substr(copied_to, field.begin - copied_to));
    transformed_.clear();
    if (absl::Status status = TransformCell(i, field.value, transformed_); !status.ok()) {
      return status;
    }
    AppendCsvField(transformed_, columns.delimiter(), field.quoted, record_);
    copied_to = field.end;
  }
  record_.append(record.substr(copied_to));
  if (command_ == Command::kRedact && !options_.categories_field.empty()) {
    record_.push_back(columns.delimiter());
    AppendCsvField(absl::StrJoin(categories_, ","), columns.delimiter(), false, record_);
  }
  out.append(record_);
  return absl::OkStatus();
}

void LineProcessor::ReadCsvTurn(bool parsed) {
  const auto& columns = csv_columns_->turn_columns();
  if (!columns) return;
  // An empty cell is no id and no turn.
  const auto cell = [&](std::optional<size_t> index) -> std::optional<std::string_view> {
    if (!parsed || !index || *index >= csv_fields_.size() || csv_fields_[*index].value.empty()) {
      return std::nullopt;
    }
    return csv_fields_[*index].value;
  };
  if (csv_conversations_) {
    turn_.assign(
        csv_conversations_->Next(cell(columns->conversation), cell(columns->message).value_or("")));
  } else {
    turn_.assign(cell(columns->turn).value_or(""));
  }
}

bool LineProcessor::AnswersTurn(size_t index) const {
  const auto& columns = csv_columns_->turn_columns();
  return columns && index == columns->message && !turn_.empty();
}

void LineProcessor::SetCellTurn(size_t index) {
  if (!csv_columns_->turn_columns()) return;
  backend_->SetPreviousTurn(AnswersTurn(index) ? std::string_view(turn_) : std::string_view());
}

CsvCell LineProcessor::CellWithContext(size_t index, std::string_view value) {
  cell_text_.clear();
  // An answer is read right after its question, as a chat shows it: "ja" after "Har du
  // diabetes?", not "message: ja".
  if (AnswersTurn(index)) {
    cell_text_.append(value);
    return {csv_columns_->NameOf(index), index + 1, 0, 0};
  }
  const auto& bank_code = csv_columns_->bank_code_column();
  if (bank_code && bank_code->index != index && bank_code->index < csv_fields_.size() &&
      IsBankCode(csv_fields_[bank_code->index].value)) {
    // "Clearingnummer: 9420\nKontonummer: 4172385": ASCII, so bytes are code points.
    absl::StrAppend(&cell_text_, ToAbsl(bank_code->label),
                    ToAbsl(csv_fields_[bank_code->index].value), "\n");
  }
  const size_t bank_code_bytes = cell_text_.size();
  const std::string_view context = csv_columns_->ContextOf(index);
  cell_text_.append(context);
  cell_text_.append(value);
  return {csv_columns_->NameOf(index), index + 1, bank_code_bytes + context.size(),
          bank_code_bytes + csv_columns_->ContextCodePoints(index)};
}

absl::Status LineProcessor::AnalyzeCsv(std::string& out) {
  StartFindingsJson(json_buffer_, json_writer_);
  categories_.clear();
  for (size_t i = 0; i < csv_fields_.size(); ++i) {
    if (!csv_columns_->Selects(i) || csv_fields_[i].value.empty()) continue;
    CsvCell cell = CellWithContext(i, csv_fields_[i].value);
    SetCellTurn(i);
    if (absl::Status status = backend_->Analyze(cell_text_, analyzed_); !status.ok()) {
      return status;
    }
    // As in TransformCell: a finding that reaches into the column's name sends the cell
    // to be analyzed on its own.
    if (StartsWithin(analyzed_.findings, cell.context_bytes)) {
      cell.context_bytes = cell.context_code_points = 0;
      if (absl::Status status = backend_->Analyze(csv_fields_[i].value, analyzed_); !status.ok()) {
        return status;
      }
    }
    AddFacts(analyzed_.findings, {.type_counts = &counts_.types});
    categories_.insert(analyzed_.special_categories.begin(), analyzed_.special_categories.end());
    WriteFindings(analyzed_, options_, &cell, json_writer_);
  }
  EndFindingsJson(categories_, json_buffer_, json_writer_, out);
  return absl::OkStatus();
}

absl::Status LineProcessor::TransformCell(size_t index, std::string_view value, std::string& out) {
  if (command_ == Command::kRestore) return Transform(value, out);
  SetCellTurn(index);
  const CsvCell cell = CellWithContext(index, value);
  if (cell.context_bytes == 0) return Transform(value, out);
  cell_counts_.clear();
  cell_categories_.clear();
  const RedactFacts facts{&cell_categories_, &cell_counts_};
  if (absl::Status status = backend_->Redact(cell_text_, cell_redacted_, facts); !status.ok()) {
    return status;
  }
  // The context comes through unchanged unless a finding reached into the column's name:
  // then the cell is redacted on its own, and what the first try found is forgotten.
  if (!absl::StartsWith(cell_redacted_, cell_text_.substr(0, cell.context_bytes))) {
    cell_redacted_.clear();
    return Transform(value, out);
  }
  out.append(std::string_view(cell_redacted_).substr(cell.context_bytes));
  cell_redacted_.clear();
  for (const auto& [type, count] : cell_counts_) counts_.types[type] += count;
  categories_.insert(cell_categories_.begin(), cell_categories_.end());
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
