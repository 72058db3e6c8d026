// Turns one input line into its output line for analyze, redact or restore: a thin layer
// over a MessageBackend that knows text and JSON lines. One per thread.
#ifndef SLADD_CLI_LINE_PROCESSOR_H_
#define SLADD_CLI_LINE_PROCESSOR_H_

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "cli/backend.h"
#include "cli/commands.h"
#include "cli/json_line.h"
#include "cli/parallel_lines.h"

namespace sladd {

// What a processor found, added up over its lines.
struct WorkerCounts {
  TypeCounts types;
  size_t kept_as_text = 0;  // malformed JSON lines redacted as plain text
};

// Not thread-safe; `options` and `fields` must outlive it.
class LineProcessor final : public LineWorker {
 public:
  LineProcessor(Command command, const CommandOptions& options, const FieldSelector& fields,
                std::unique_ptr<MessageBackend> backend)
      : command_(command), options_(options), fields_(fields), backend_(std::move(backend)) {}

  absl::Status Process(std::string_view line, std::string& out) override;
  absl::Status ProcessPiece(std::string_view piece, bool last, std::string& out) override;

  const WorkerCounts& counts() const { return counts_; }

 private:
  absl::Status ProcessJson(std::string_view line, std::string& out);
  absl::Status RewriteRecord(std::string_view line, std::string& out);
  absl::Status Analyze(std::string_view text, std::string& out);
  // Redacts or restores `text` into `out`.
  absl::Status Transform(std::string_view text, std::string& out);

  const Command command_;
  const CommandOptions& options_;
  const FieldSelector& fields_;
  std::unique_ptr<MessageBackend> backend_;
  AnalyzedMessage analyzed_;
  // Reused for each line's findings, so that writing them allocates nothing once warm.
  rapidjson::StringBuffer json_buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> json_writer_{json_buffer_};
  JsonLineParser parser_;
  std::vector<JsonString> strings_;
  std::string transformed_;
  std::string record_;
  SpecialCategorySet categories_;
  WorkerCounts counts_;
  bool starting_line_ = true;
};

}  // namespace sladd

#endif  // SLADD_CLI_LINE_PROCESSOR_H_
