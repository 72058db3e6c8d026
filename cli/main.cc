// sladd: find and redact personal data in chat and log messages.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

#include "cli/commands.h"
#include "detectors/builtin.h"

namespace {

using sladd::Command;
using sladd::CommandOptions;

void AddInputOptions(CLI::App& command, CommandOptions& options) {
  command.add_option("--config", options.config_path,
                     "Policy file (JSON, see docs/POLICY.md); default: the built-in policy")
      ->check(CLI::ExistingFile);
  command.add_option("--policy", options.policy, "Policy to use; default: the file's default");
  command
      .add_option("--input-format", options.format,
                  "text: one message per line; jsonl: one JSON object per line")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, sladd::InputFormat>{{"text", sladd::InputFormat::kText},
                                                    {"jsonl", sladd::InputFormat::kJsonl}}));
  command.add_option("--text-field", options.text_field,
                     "With jsonl: the top-level string field holding the message")
      ->capture_default_str();
  command
      .add_option("--on-error", options.on_error,
                  "fail: stop at the first bad line with status 1; skip: leave bad lines out "
                  "and count them")
      ->transform(CLI::CheckedTransformer(std::map<std::string, sladd::OnError>{
          {"fail", sladd::OnError::kFail}, {"skip", sladd::OnError::kSkip}}));
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

int ListTypes() {
  auto registry = sladd::BuiltinDetectors();
  if (!registry.ok()) return sladd::kExitUsage;
  for (const auto& detector : (*registry)->detectors()) {
    for (std::string_view type : detector->types()) {
      std::printf("%-28.*s %.*s\n", static_cast<int>(type.size()), type.data(),
                  static_cast<int>(detector->name().size()), detector->name().data());
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
  CLI::App* analyze = app.add_subcommand(
      "analyze", "Write one JSON line of findings per message; text is not changed");
  AddInputOptions(*analyze, options);
  analyze->add_flag("--include-values", options.include_values,
                    "Also write each finding's text (off: values never leave sladd)");
  analyze->add_flag("--code-points", options.code_points,
                    "Also write code-point offsets (cp_start, cp_end)");

  CLI::App* redact = app.add_subcommand(
      "redact", "Write each message with its personal data replaced as the policy says");
  AddInputOptions(*redact, options);
  redact
      ->add_option("--number-scope", options.number_scope,
                   "Where the number operator's <TYPE_n> counts start over: message or input")
      ->transform(CLI::CheckedTransformer(std::map<std::string, sladd::NumberScope>{
          {"message", sladd::NumberScope::kMessage}, {"input", sladd::NumberScope::kInput}}));

  CLI::App* restore = app.add_subcommand(
      "restore", "Turn tokens of the tokenize operator back into their values (needs --config)");
  AddInputOptions(*restore, options);

  CLI::App* types = app.add_subcommand("types", "List the types sladd finds, with detectors");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? sladd::kExitOk : sladd::kExitUsage;
  }
  if (types->parsed()) return ListTypes();
  const Command command = analyze->parsed()  ? Command::kAnalyze
                          : redact->parsed() ? Command::kRedact
                                             : Command::kRestore;
  return sladd::RunCommand(command, options, stdout, stderr);
}
