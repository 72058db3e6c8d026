// Throughput of the engine, message by message, over generated chat messages.
//
//   build/bin/sladd-bench [--markdown=FILE] [Google Benchmark flags]
//
// --markdown also writes the results as a Markdown table, with each throughput as a ratio
// to the Hyperscan floor measured in the same run (bench/run.sh puts it in
// docs/BENCHMARKS.md).
#include <benchmark/benchmark.h>
#include <hs/hs.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>

#include "bench/bench_fixtures.h"
#include "config/database_cache_directory.h"
#include "config/policy_set.h"
#include "detectors/builtin.h"
#include "engine/special_categories.h"

namespace sladd::bench {
namespace {

void BM_AnalyzeChat(benchmark::State& state) {
  const Engine& engine = **DefaultPolicies().Find("");
  auto scratch = *engine.NewScratch();
  Analysis analysis;
  size_t findings = 0;
  for (auto _ : state) {
    for (const Message& message : Corpus()) {
      if (!engine.Analyze(message.text, *scratch, analysis).ok()) std::abort();
      findings += analysis.findings.size();
    }
  }
  benchmark::DoNotOptimize(findings);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Corpus().size()));
}
BENCHMARK(BM_AnalyzeChat)->Unit(benchmark::kMillisecond);

void BM_RedactChat(benchmark::State& state) {
  const Engine& engine = **DefaultPolicies().Find("");
  auto scratch = *engine.NewScratch();
  RedactionState conversation;
  Redaction redaction;
  for (auto _ : state) {
    for (const Message& message : Corpus()) {
      conversation.Clear();
      if (!engine.Redact(message.text, *scratch, conversation, redaction).ok()) std::abort();
      benchmark::DoNotOptimize(redaction.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Corpus().size()));
}
BENCHMARK(BM_RedactChat)->Unit(benchmark::kMillisecond);

int CountMatch(unsigned, unsigned long long, unsigned long long, unsigned, void* context) {
  ++*static_cast<size_t*>(context);
  return 0;
}

// The floor for any Hyperscan-based engine on this CPU: one trivial literal, one hs_scan
// call per message, nothing else.
void BM_HyperscanTrivialPatternChat(benchmark::State& state) {
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile("qzxj", 0, HS_MODE_BLOCK, nullptr, &database, &error) != HS_SUCCESS) {
    std::abort();
  }
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(database, &scratch);
  size_t matches = 0;
  for (auto _ : state) {
    for (const Message& message : Corpus()) {
      hs_scan(database, message.text.data(), static_cast<unsigned>(message.text.size()), 0,
              scratch, CountMatch, &matches);
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Corpus().size()));
  hs_free_scratch(scratch);
  hs_free_database(database);
}
BENCHMARK(BM_HyperscanTrivialPatternChat)->Unit(benchmark::kMillisecond);

// A policy of some types: what each detector, or group, costs.
void AnalyzeTypes(benchmark::State& state, const std::vector<std::string>& types) {
  auto registry = *BuiltinDetectors();
  std::string list;
  for (const std::string& type : types) list += (list.empty() ? "\"" : ",\"") + type + "\"";
  auto set = PolicySet::FromJson("{\"policies\":[{\"name\":\"p\",\"types\":[" + list + "]}]}",
                                 registry);
  if (!set.ok()) std::abort();
  const Engine& engine = **(*set)->Find("");
  auto scratch = *engine.NewScratch();
  Analysis analysis;
  for (auto _ : state) {
    for (const Message& message : Corpus()) {
      if (!engine.Analyze(message.text, *scratch, analysis).ok()) std::abort();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Corpus().size()));
}

void RegisterPerTypeBenchmarks() {
  auto registry = *BuiltinDetectors();
  std::vector<std::string> structured;
  for (std::string_view type : registry->types()) {
    benchmark::RegisterBenchmark(("BM_AnalyzeChatOnly/" + std::string(type)).c_str(),
                                 AnalyzeTypes, std::vector<std::string>{std::string(type)})
        ->Unit(benchmark::kMillisecond);
    if (type != "PERSON" && !IsSpecialCategory(type)) structured.emplace_back(type);
  }
  // The structured detectors (identifiers, numbers, addresses), then with each model.
  const std::vector<std::pair<std::string, std::vector<std::string>>> groups = {
      {"structured", structured},
      {"structured+PERSON", [&] { auto t = structured; t.push_back("PERSON"); return t; }()},
      {"structured+SPECIAL_CATEGORY",
       [&] { auto t = structured; t.push_back("SPECIAL_CATEGORY"); return t; }()}};
  for (const auto& [name, types] : groups) {
    benchmark::RegisterBenchmark(("BM_AnalyzeChatWith/" + name).c_str(), AnalyzeTypes, types)
        ->Unit(benchmark::kMillisecond);
  }
}

void BM_CompileDefaultEngine(benchmark::State& state) {
  auto registry = *BuiltinDetectors();
  for (auto _ : state) {
    auto set = PolicySet::Default(registry);
    if (!set.ok()) std::abort();
    benchmark::DoNotOptimize(set->get());
  }
}
BENCHMARK(BM_CompileDefaultEngine)->Unit(benchmark::kMillisecond);

// The same with the scan database read from a cache directory, as a second `sladd` run
// or a restarted server with --cache-dir does.
void BM_LoadDefaultEngineFromCache(benchmark::State& state) {
  auto registry = *BuiltinDetectors();
  char directory[] = "/tmp/sladd-bench-cache-XXXXXX";
  if (mkdtemp(directory) == nullptr) std::abort();
  auto cache = DatabaseCacheDirectory::Open(directory);
  if (!cache.ok() || !PolicySet::Default(registry, cache->get()).ok()) std::abort();
  for (auto _ : state) {
    auto set = PolicySet::Default(registry, cache->get());
    if (!set.ok()) std::abort();
    benchmark::DoNotOptimize(set->get());
  }
  std::filesystem::remove_all(directory);
}
BENCHMARK(BM_LoadDefaultEngineFromCache)->Unit(benchmark::kMillisecond);

// The console output, and a Markdown table of medians (or single runs) at the end.
class MarkdownReporter : public benchmark::ConsoleReporter {
 public:
  explicit MarkdownReporter(std::string path) : path_(std::move(path)) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      const bool median = run.run_type == Run::RT_Aggregate && run.aggregate_name == "median";
      if (run.error_occurred || (run.run_type == Run::RT_Aggregate && !median)) continue;
      if (run.run_type == Run::RT_Iteration && run.repetitions > 1) continue;
      // The benchmark with its arguments ("BM_AnalyzeInputsOfSize/30"), one row each.
      const std::string name = run.run_name.function_name +
                               (run.run_name.args.empty() ? "" : "/" + run.run_name.args);
      Row& row = rows_[name];
      auto counter = [&](const char* name) {
        auto it = run.counters.find(name);
        return it == run.counters.end() ? 0.0 : double(it->second);
      };
      row.bytes_per_second = counter("bytes_per_second");
      row.items_per_second = counter("items_per_second");
      row.milliseconds = run.GetAdjustedCPUTime();
      if (order_.empty() || order_.back() != name) order_.push_back(name);
    }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::ofstream out(path_);
    const double floor = rows_.count("BM_HyperscanTrivialPatternChat")
                             ? rows_["BM_HyperscanTrivialPatternChat"].bytes_per_second
                             : 0;
    out << "| benchmark | MB/s | messages/s | / Hyperscan floor | CPU time (ms) |\n"
        << "|---|---:|---:|---:|---:|\n";
    for (const std::string& name : order_) {
      const Row& row = rows_[name];
      char line[256];
      if (row.bytes_per_second > 0) {
        std::snprintf(line, sizeof line, "| %s | %.1f | %.0f | %.1f%% | %.2f |\n", name.c_str(),
                      row.bytes_per_second / 1e6, row.items_per_second,
                      floor > 0 ? 100 * row.bytes_per_second / floor : 0.0, row.milliseconds);
      } else {
        std::snprintf(line, sizeof line, "| %s | | | | %.2f |\n", name.c_str(), row.milliseconds);
      }
      out << line;
    }
  }

 private:
  struct Row {
    double bytes_per_second = 0;
    double items_per_second = 0;
    double milliseconds = 0;
  };
  std::string path_;
  std::map<std::string, Row> rows_;
  std::vector<std::string> order_;
};

}  // namespace
}  // namespace sladd::bench

int main(int argc, char** argv) {
  std::string markdown;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--markdown=", 11) == 0) {
      markdown = argv[i] + 11;
      for (int j = i; j + 1 < argc; ++j) argv[j] = argv[j + 1];
      --argc;
      break;
    }
  }
  sladd::bench::RegisterPerTypeBenchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (markdown.empty()) {
    benchmark::RunSpecifiedBenchmarks();
  } else {
    sladd::bench::MarkdownReporter reporter(markdown);
    benchmark::RunSpecifiedBenchmarks(&reporter);
  }
  benchmark::Shutdown();
  return 0;
}
