// Precision and recall of the default policy on the generated, labelled chat corpus.
//
//   build/bin/sladd-eval [--messages N] [--seed S] [--show-errors]
//
// A finding counts as correct only if its type and span equal a label's exactly: a value
// redacted in part may still leak. The seed differs from the benchmarks' so the figures
// are not tuned to the messages the benchmarks time. Writes a Markdown table; with
// --show-errors, also each wrong or missed value (the corpus is synthetic) on stderr.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>

#include "bench/chat_corpus.h"
#include "config/policy_set.h"
#include "detectors/builtin.h"

namespace sladd::bench {
namespace {

struct Counts {
  size_t true_positives = 0;
  size_t false_positives = 0;
  size_t false_negatives = 0;
};

double Ratio(size_t part, size_t whole) { return whole == 0 ? 1.0 : double(part) / whole; }

int Run(size_t messages, uint64_t seed, bool show_errors) {
  auto registry = BuiltinDetectors();
  auto policies = registry.ok() ? PolicySet::Default(*registry) : registry.status();
  if (!policies.ok()) {
    std::fprintf(stderr, "sladd-eval: %s\n", std::string(policies.status().message()).c_str());
    return 1;
  }
  const Engine& engine = **(*policies)->Find("");
  auto scratch = *engine.NewScratch();
  Analysis analysis;
  std::map<std::string, Counts> by_type;
  size_t clean = 0;
  size_t clean_changed = 0;
  for (const Message& message : GenerateChatCorpus(messages, seed)) {
    if (!engine.Analyze(message.text, *scratch, analysis).ok()) return 1;
    std::set<std::tuple<std::string, size_t, size_t>> labels;
    for (const Label& label : message.labels) labels.insert({label.type, label.start, label.end});
    if (labels.empty()) {
      ++clean;
      clean_changed += !analysis.findings.empty();
    }
    for (const Finding& finding : analysis.findings) {
      const auto key = std::make_tuple(std::string(finding.type), finding.start, finding.end);
      Counts& counts = by_type[std::get<0>(key)];
      if (labels.erase(key) > 0) {
        ++counts.true_positives;
      } else {
        ++counts.false_positives;
        if (show_errors) {
          std::fprintf(stderr, "wrong %s [%s] in: %s\n", std::get<0>(key).c_str(),
                       message.text.substr(finding.start, finding.length()).c_str(),
                       message.text.c_str());
        }
      }
    }
    for (const auto& [type, start, end] : labels) {
      ++by_type[type].false_negatives;
      if (show_errors) {
        std::fprintf(stderr, "missed %s [%s] in: %s\n", type.c_str(),
                     message.text.substr(start, end - start).c_str(), message.text.c_str());
      }
    }
  }

  std::printf("| type | labelled | found | wrong | missed | precision | recall |\n");
  std::printf("|---|---:|---:|---:|---:|---:|---:|\n");
  Counts total;
  for (const auto& [type, counts] : by_type) {
    const size_t labelled = counts.true_positives + counts.false_negatives;
    std::printf("| %s | %zu | %zu | %zu | %zu | %.4f | %.4f |\n", type.c_str(), labelled,
                counts.true_positives, counts.false_positives, counts.false_negatives,
                Ratio(counts.true_positives, counts.true_positives + counts.false_positives),
                Ratio(counts.true_positives, labelled));
    total.true_positives += counts.true_positives;
    total.false_positives += counts.false_positives;
    total.false_negatives += counts.false_negatives;
  }
  std::printf("| **all** | %zu | %zu | %zu | %zu | %.4f | %.4f |\n",
              total.true_positives + total.false_negatives, total.true_positives,
              total.false_positives, total.false_negatives,
              Ratio(total.true_positives, total.true_positives + total.false_positives),
              Ratio(total.true_positives, total.true_positives + total.false_negatives));
  std::printf("\nClean messages changed: %zu of %zu (%.2f%%)\n", clean_changed, clean,
              100.0 * Ratio(clean_changed, clean));
  return 0;
}

}  // namespace
}  // namespace sladd::bench

int main(int argc, char** argv) {
  size_t messages = 50000;
  uint64_t seed = 7;
  bool show_errors = false;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--show-errors") == 0) {
      show_errors = true;
    } else if (std::strcmp(argv[i], "--messages") == 0 && has_value) {
      messages = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--seed") == 0 && has_value) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: sladd-eval [--messages N] [--seed S] [--show-errors]\n");
      return 2;
    }
  }
  return sladd::bench::Run(messages, seed, show_errors);
}
