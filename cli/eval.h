// sladd eval: precision, recall and F1 of a policy against labelled text.
#ifndef SLADD_CLI_EVAL_H_
#define SLADD_CLI_EVAL_H_

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "cli/policies.h"

namespace sladd {

struct EvalOptions {
  std::string config_path;  // empty: the built-in policy
  std::string policy;
  DatabaseCacheOptions cache;
  // Gold labels to evaluate, by their sladd type ("PER" -> "PERSON"). A label that is
  // neither mapped nor already a type of the engine is ignored, and so are findings of
  // types no gold label maps to, unless `types` names them.
  std::map<std::string, std::string> label_map;
  std::vector<std::string> types;
  // Where to write each message with a missed or wrong span (JSON lines), or empty.
  std::string misses_path;
  // Exit 1 when a type's exact recall or precision is below these ("PERSON" -> 0.8).
  std::map<std::string, double> min_recall;
  std::map<std::string, double> min_precision;
  std::vector<std::string> files;  // JSON lines {"text","spans":[{"start","end","label"}]}
};

// Exit statuses of RunEval.
inline constexpr int kEvalMet = 0;
inline constexpr int kEvalBelowMinimum = 1;
inline constexpr int kEvalCannotRun = 2;  // unreadable input or a bad policy

// Writes a Markdown table of exact and overlap precision, recall and F1 per type to `out`.
// Returns one of the statuses above.
int RunEval(const EvalOptions& options, std::FILE* out, std::FILE* err);

}  // namespace sladd

#endif  // SLADD_CLI_EVAL_H_
