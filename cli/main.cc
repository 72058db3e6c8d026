// sladd: find and redact personal data in chat and log messages.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <type_traits>

#include "cli/commands.h"
#include "cli/eval.h"
#include "cli/health.h"
#include "detectors/builtin.h"

namespace {

using sladd::Command;
using sladd::CommandOptions;

void AddCacheOptions(CLI::App& command, sladd::DatabaseCacheOptions& cache) {
  command.add_option("--cache-dir", cache.directory,
                     "Keep compiled scan databases here, so that the next run starts at once; "
                     "default: $XDG_CACHE_HOME/sladd or ~/.cache/sladd");
  command.add_flag("--no-cache", cache.disabled,
                   "Compile the policy's scan database and keep nothing on disk");
}

void AddInputOptions(CLI::App& command, CommandOptions& options, std::optional<bool>& progress) {
  command.add_option("--config", options.config_path,
                     "Policy file (JSON, see docs/POLICY.md); default: the built-in policy")
      ->check(CLI::ExistingFile);
  AddCacheOptions(command, options.cache);
  command.add_option("--policy", options.policy, "Policy to use; default: the file's default");
  command
      .add_option("--input-format", options.format,
                  "text: one message per line; jsonl: one JSON object per line; csv: records "
                  "of a spreadsheet or CRM export, under a header naming the columns")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, sladd::InputFormat>{{"text", sladd::InputFormat::kText},
                                                    {"jsonl", sladd::InputFormat::kJsonl},
                                                    {"csv", sladd::InputFormat::kCsv}}));
  command
      .add_option("--delimiter", options.csv_delimiter,
                  "With csv: the field delimiter (, ; | or tab); default: the most frequent "
                  "of , ; and tab in the header")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, char>{{",", ','}, {";", ';'}, {"|", '|'}, {"tab", '\t'}}));
  command.add_flag("!--no-header", options.csv_header,
                   "With csv: the first record is data, not column names");
  command
      .add_option("--text-field", options.text_field,
                  "With jsonl: the key path of the message (analyze), or of the only string "
                  "to rewrite (redact, restore; as --fields); with csv and a turn option: "
                  "the message's column")
      ->capture_default_str();
  command.add_option("--previous-turn-field", options.previous_turn_field,
                     "With jsonl: the key path (csv: the column) of the turn each record's "
                     "message answers (a chatbot's question), read before it so that a short "
                     "answer is found (\"ja, nøtter\"); itself rewritten as any other field is");
  CLI::Option* conversation_field = command.add_option(
      "--conversation-field", options.conversation_field,
      "With jsonl: the key path (csv: the column) of a conversation's id; a record answers "
      "the message (--text-field) of the last record of its conversation among the "
      "--conversation-window records before it, read as with --previous-turn-field");
  command
      .add_option("--conversation-window", options.conversation_window,
                  "With --conversation-field: how many lines back the turn a record answers "
                  "may be; raise it for logs where many conversations interleave (1: the line "
                  "right before only)")
      ->check(CLI::Range(size_t{1}, size_t{10000}))
      ->needs(conversation_field)
      ->capture_default_str();
  command.add_option("--categories-field", options.categories_field,
                     "With redact of jsonl or csv: add this field (a last column) to each "
                     "record, listing the special categories found in it (HEALTH_DATA, ...; "
                     "[] or an empty cell when none)");
  command
      .add_option("--on-error", options.on_error,
                  "fail: stop at the first bad line with status 1 (an output file is then not "
                  "written); skip: leave bad lines out and count them; keep-redacted-text "
                  "(redact, jsonl): redact a malformed JSON line as plain text")
      ->transform(CLI::CheckedTransformer(std::map<std::string, sladd::OnError>{
          {"fail", sladd::OnError::kFail},
          {"skip", sladd::OnError::kSkip},
          {"keep-redacted-text", sladd::OnError::kKeepRedactedText}}));
  command.add_option("--threads", options.threads, "Worker threads; default: one per core");
  command.add_option("-o,--output", options.output_path,
                     "Write here instead of standard output (-: standard output); the file "
                     "appears only when complete; gzip-compressed if it ends in .gz");
  command.add_option("--gzip-level", options.gzip_level, "Compression level of .gz output (1-9)")
      ->capture_default_str();
  command.add_flag("--progress,!--no-progress", progress,
                   "Show a progress line on standard error (default: when it is a terminal)");
  command.add_flag("--stats", options.stats,
                   "Print lines, bytes, speed and findings by type to standard error at the end");
  command.add_option("--server", options.server,
                     "HOST:PORT of a sladd-server to do the work (its policies apply; "
                     "--config is not used)");
  command.add_option("--server-connect-timeout", options.server_connect_seconds,
                     "With --server: seconds to try to connect")
      ->capture_default_str();
  command.add_option("--server-ca", options.server_ca,
                     "With --server: verify it over TLS with these CA certificates (PEM)")
      ->check(CLI::ExistingFile);
  command.add_option("FILE", options.files, "Input files; default: standard input");
}

// "KEY=VALUE" pairs into a map; false (with a message) on a malformed pair.
template <typename Value>
bool ParsePairs(const std::vector<std::string>& pairs, std::map<std::string, Value>& out) {
  for (const std::string& pair : pairs) {
    const size_t equals = pair.find('=');
    if (equals == std::string::npos || equals == 0) {
      std::fprintf(stderr, "sladd: expected KEY=VALUE, got \"%s\"\n", pair.c_str());
      return false;
    }
    if constexpr (std::is_same_v<Value, double>) {
      out[pair.substr(0, equals)] = std::strtod(pair.c_str() + equals + 1, nullptr);
    } else {
      out[pair.substr(0, equals)] = pair.substr(equals + 1);
    }
  }
  return true;
}

int ListTypes() {
  auto registry = sladd::BuiltinDetectors();
  if (!registry.ok()) return sladd::kExitUsage;
  for (size_t index = 0; index < (*registry)->size(); ++index) {
    const std::string_view name = (*registry)->name(index);
    for (std::string_view type : (*registry)->types(index)) {
      std::printf("%-28.*s %.*s\n", static_cast<int>(type.size()), type.data(),
                  static_cast<int>(name.size()), name.data());
    }
  }
  return sladd::kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"sladd: finds personal data in messages and redacts it before it is logged or "
               "sent to a language model."};
  app.set_version_flag("--version", "sladd 0.1.0");
  app.require_subcommand(1);

  CommandOptions options;
  std::optional<bool> progress;
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Write one JSON line of findings per message; text is not changed");
  AddInputOptions(*analyze, options, progress);
  analyze->add_flag("--include-values", options.include_values,
                    "Also write each finding's text (off: values never leave sladd)");
  analyze->add_flag("--code-points", options.code_points,
                    "Also write code-point offsets (cp_start, cp_end)");

  CLI::App* redact = app.add_subcommand(
      "redact", "Write each message with its personal data replaced as the policy says");
  AddInputOptions(*redact, options, progress);
  redact->add_flag("--in-place", options.in_place,
                   "Replace each input file by its redacted version (gzip stays gzip); a file "
                   "is replaced only once it is complete");
  CLI::Option* fields = redact->add_option(
      "--fields", options.fields,
      "With jsonl: comma-separated key paths of the strings to redact (message,user.email,"
      "context.*); default: every string value. With csv: header names or 1-based column "
      "numbers (Navn,Telefon or 1,3); default: every column");
  redact
      ->add_option("--number-scope", options.number_scope,
                   "Where the number operator's <TYPE_n> counts start over: message or input")
      ->transform(CLI::CheckedTransformer(std::map<std::string, sladd::NumberScope>{
          {"message", sladd::NumberScope::kMessage}, {"input", sladd::NumberScope::kInput}}));

  CLI::App* restore = app.add_subcommand(
      "restore", "Turn tokens of the tokenize operator back into their values (needs --config)");
  AddInputOptions(*restore, options, progress);

  CLI::App* types = app.add_subcommand("types", "List the types sladd finds, with detectors");

  sladd::HealthOptions health_options;
  CLI::App* health = app.add_subcommand(
      "health", "Ask a running sladd-server whether it serves (grpc.health.v1); exit 0 if so");
  health->add_option("--server", health_options.server, "HOST:PORT of the server")
      ->capture_default_str();
  health->add_option("--service", health_options.service,
                     "Service to ask about (sladd.v1.Redactor); default: the whole server");
  health->add_option("--server-ca", health_options.server_ca,
                     "Verify the server over TLS with these CA certificates (PEM)")
      ->check(CLI::ExistingFile);
  health->add_option("--timeout", health_options.timeout_seconds,
                     "Seconds to wait for an answer")
      ->capture_default_str();

  sladd::EvalOptions eval_options;
  std::vector<std::string> maps, min_recalls, min_precisions;
  CLI::App* eval = app.add_subcommand(
      "eval", "Precision, recall and F1 per type against labelled JSON lines "
              "{\"text\",\"spans\":[{\"start\",\"end\",\"label\"}]} (byte offsets)");
  eval->add_option("--config", eval_options.config_path, "Policy file")->check(CLI::ExistingFile);
  eval->add_option("--policy", eval_options.policy, "Policy to use");
  AddCacheOptions(*eval, eval_options.cache);
  eval->add_option("--map", maps, "LABEL=TYPE: evaluate gold LABEL as sladd TYPE (PER=PERSON)")
      ->allow_extra_args(false);
  eval->add_option("--type", eval_options.types, "Also evaluate findings of this type")
      ->allow_extra_args(false);
  eval->add_option("--misses", eval_options.misses_path,
                   "Write each message with a missed or wrong span here (JSON lines, with text)");
  eval->add_option("--min-recall", min_recalls, "TYPE=R: exit 1 if exact recall is lower")
      ->allow_extra_args(false);
  eval->add_option("--min-precision", min_precisions, "TYPE=P: exit 1 if exact precision is lower")
      ->allow_extra_args(false);
  eval->add_option("FILE", eval_options.files, "Labelled JSON lines")->required()->check(CLI::ExistingFile);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? sladd::kExitOk : sladd::kExitUsage;
  }
  if (types->parsed()) return ListTypes();
  if (health->parsed()) return sladd::RunHealth(health_options, stdout, stderr);
  if (eval->parsed()) {
    if (!ParsePairs(maps, eval_options.label_map) ||
        !ParsePairs(min_recalls, eval_options.min_recall) ||
        !ParsePairs(min_precisions, eval_options.min_precision)) {
      return sladd::kExitUsage;
    }
    return sladd::RunEval(eval_options, stdout, stderr);
  }
  if (progress.has_value()) {
    options.progress = *progress ? sladd::ProgressMode::kOn : sladd::ProgressMode::kOff;
  }
  // An explicit --text-field names the one string redact and restore rewrite in JSON; a CSV
  // file's message column is only read after its turn, and every column is rewritten.
  CLI::App* transforming = redact->parsed() ? redact : restore;
  if (!analyze->parsed() && options.format != sladd::InputFormat::kCsv &&
      transforming->count("--text-field") > 0 && (!redact->parsed() || fields->count() == 0)) {
    options.fields = options.text_field;
  }
  const Command command = analyze->parsed()  ? Command::kAnalyze
                          : redact->parsed() ? Command::kRedact
                                             : Command::kRestore;
  return sladd::RunCommand(command, options, stdout, stderr);
}
