// Turns one input line into its output line for analyze, redact or restore: a thin layer
// over a MessageBackend that knows text and JSON lines. One per thread.
#ifndef SLADD_CLI_LINE_PROCESSOR_H_
#define SLADD_CLI_LINE_PROCESSOR_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "cli/backend.h"
#include "cli/commands.h"
#include "cli/conversation_turns.h"
#include "cli/csv_record.h"
#include "cli/json_line.h"
#include "cli/parallel_lines.h"

namespace sladd {

// What a processor found, added up over its lines.
struct WorkerCounts {
  TypeCounts types;
  size_t kept_as_text = 0;  // malformed JSON lines redacted as plain text
};

// A CSV cell's place, for its findings: its column, and the context analyzed before it.
struct CsvCell {
  std::optional<std::string_view> name;  // the header's name of the column, if any
  size_t number = 0;                     // 1-based, written when there is no name
  size_t context_bytes = 0;              // "Name: " before the cell's text
  size_t context_code_points = 0;
};

// Where the turn a JSON record's message answers is: in a field of the record (`turn`), or
// in the last record of the same conversation before it (`conversation`). Null: not there. The
// record's message, read after the turn, is its strings under `messages`; redaction reads
// its other strings alone.
struct TurnFields {
  const FieldSelector* turn = nullptr;
  const FieldSelector* conversation = nullptr;
  const FieldSelector* messages = nullptr;  // set when either is
};

// Not thread-safe; `options`, `fields` and the selectors of `turns` must outlive it.
class LineProcessor final : public LineWorker {
 public:
  LineProcessor(Command command, const CommandOptions& options, const FieldSelector& fields,
                TurnFields turns, std::unique_ptr<MessageBackend> backend)
      : command_(command),
        options_(options),
        fields_(fields),
        turns_(turns),
        selectors_{&fields},
        backend_(std::move(backend)) {
    // One parse of a record reads its message (kFields), its strings read after the turn
    // (kMessages), its conversation's id and the turn in it.
    if (turns.messages != nullptr) selectors_.push_back(turns.messages);
    if (turns.conversation != nullptr) {
      conversation_bit_ = uint32_t{1} << selectors_.size();
      selectors_.push_back(turns.conversation);
      conversation_turns_.emplace(*turns.conversation, *turns.messages,
                                  options.conversation_window);
    }
    if (turns.turn != nullptr) {
      turn_bit_ = uint32_t{1} << selectors_.size();
      selectors_.push_back(turns.turn);
    }
    if (options.format == InputFormat::kCsv && !options.conversation_field.empty()) {
      csv_conversations_.emplace(options.conversation_window);
    }
  }

  absl::Status Process(std::string_view line, std::string& out) override;
  absl::Status ProcessPiece(std::string_view piece, bool last, std::string& out) override;
  void BeginBatch(const std::vector<std::string_view>& lines_before) override;

  const WorkerCounts& counts() const { return counts_; }

  // The columns of the CSV file being read, with its turn columns if any; must outlive its
  // records' processing.
  void set_csv_columns(const CsvColumns* columns) { csv_columns_ = columns; }

 private:
  absl::Status ProcessCsv(std::string_view record, std::string& out);
  // With turn columns: reads the turn the record in csv_fields_ (`parsed` false: not CSV)
  // answers into turn_, and it takes its place among its conversation's turns.
  void ReadCsvTurn(bool parsed);
  // Whether cell `index` is a message read after the turn in turn_.
  bool AnswersTurn(size_t index) const;
  // Sets the turn cell `index` is read after: turn_ for the message's column, else none.
  void SetCellTurn(size_t index);
  absl::Status AnalyzeCsv(std::string& out);
  // Redacts or restores cell `index` holding `value` into `out`. Redaction reads the
  // column's name before the value ("Kontonummer: 12345678903" is an account number where
  // the bare number is none).
  absl::Status TransformCell(size_t index, std::string_view value, std::string& out);
  // Fills cell_text_ with the context of cell `index` of the record in csv_fields_ (the
  // bank code column's value, if any, then the column's name), then `value`.
  CsvCell CellWithContext(size_t index, std::string_view value);
  absl::Status ProcessJson(std::string_view line, std::string& out);
  // Bits of JsonString::selectors for the first of selectors_; the others' are members.
  static constexpr uint32_t kFields = 1, kMessages = 2;

  // Reads the turn the record answers into turn_ and the backend, the tokens of its message
  // into message_tokens_ (parsed: whether it is JSON; its values are in values_), and
  // leaves in strings_ the values fields_ selects.
  void ReadTurn(bool parsed);
  absl::Status RewriteRecord(std::string_view line, std::string& out);
  absl::Status Analyze(std::string_view text, std::string& out);
  // Redacts or restores `text` into `out`.
  absl::Status Transform(std::string_view text, std::string& out);

  const Command command_;
  const CommandOptions& options_;
  const FieldSelector& fields_;
  const TurnFields turns_;
  std::vector<const FieldSelector*> selectors_;  // fields_, and those of turns_ if any
  uint32_t conversation_bit_ = 0;                // of turns_.conversation, if any
  uint32_t turn_bit_ = 0;                        // of turns_.turn, if any
  std::optional<ConversationTurns> conversation_turns_;
  std::optional<ConversationWindow> csv_conversations_;  // CSV with --conversation-field
  std::unique_ptr<MessageBackend> backend_;
  AnalyzedMessage analyzed_;
  // Reused for each line's findings, so that writing them allocates nothing once warm.
  rapidjson::StringBuffer json_buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> json_writer_{json_buffer_};
  JsonLineParser parser_;
  std::vector<JsonString> strings_;
  std::vector<JsonString> values_;  // a record's values of every selector, with turns_
  std::string transformed_;
  std::string record_;
  std::string turn_;                    // the turn this record's message answers
  std::vector<size_t> message_tokens_;  // JsonString::token_begin of its message's strings
  SpecialCategorySet categories_;
  WorkerCounts counts_;
  const CsvColumns* csv_columns_ = nullptr;
  CsvParser csv_parser_;
  std::vector<CsvField> csv_fields_;
  std::string cell_text_;
  std::string cell_redacted_;
  TypeCounts cell_counts_;
  SpecialCategorySet cell_categories_;
  bool starting_line_ = true;
};

}  // namespace sladd

#endif  // SLADD_CLI_LINE_PROCESSOR_H_
