// The engine on inputs of other shapes than chat, the limits of this machine on the same
// bytes, and a naive baseline: what the engine's design buys.
//
// - digit-heavy invoice and table lines, and long log lines;
// - pathological inputs: 50 MB of one character, of digits, of "1 " repeated;
// - the chat corpus cut into inputs of 30 B to 100 MB: the cost per byte should stay flat;
// - memchr and memcpy over the chat bytes: what merely touching them costs;
// - every detector pattern as its own RE2 pass (plus a digit-run pass per number detector),
//   with no validation at all: the one-regex-per-pattern design sladd does not use, set
//   against BM_AnalyzeChatWith/structured (the same detectors, validated).
#include <benchmark/benchmark.h>
#include <re2/re2.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_fixtures.h"
#include "detectors/builtin.h"
#include "engine/special_categories.h"

namespace sladd::bench {
namespace {

// Analyzes each of `inputs` with the default policy; bytes and items per input.
void AnalyzeAll(benchmark::State& state, const std::vector<std::string>& inputs) {
  const Engine& engine = **DefaultPolicies().Find("");
  auto scratch = *engine.NewScratch();
  Analysis analysis;
  size_t bytes = 0;
  for (const std::string& input : inputs) bytes += input.size();
  for (auto _ : state) {
    for (const std::string& input : inputs) {
      if (!engine.Analyze(input, *scratch, analysis).ok()) std::abort();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * inputs.size()));
}

void BM_AnalyzeDigitHeavy(benchmark::State& state) {
  static const auto* lines = new std::vector<std::string>(GenerateDigitHeavy(20000, 11));
  AnalyzeAll(state, *lines);
}
BENCHMARK(BM_AnalyzeDigitHeavy)->Unit(benchmark::kMillisecond);

void BM_AnalyzeLogLines(benchmark::State& state) {
  static const auto* lines = [] {
    auto* log = new std::vector<std::string>;
    for (size_t n = 0; n < Corpus().size(); ++n) {
      log->push_back(LogLine(Corpus()[n].text, n, /*json=*/false));
    }
    return log;
  }();
  AnalyzeAll(state, *lines);
}
BENCHMARK(BM_AnalyzeLogLines)->Unit(benchmark::kMillisecond);

// 50 MB of `unit` repeated: cost must stay linear.
void BM_AnalyzePathological(benchmark::State& state, std::string unit) {
  std::string text;
  text.reserve(50'000'000 + unit.size());
  while (text.size() < 50'000'000) text += unit;
  AnalyzeAll(state, {text});
}
BENCHMARK_CAPTURE(BM_AnalyzePathological, one_character, std::string("a"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnalyzePathological, digits, std::string("0123456789"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnalyzePathological, digit_space, std::string("1 "))
    ->Unit(benchmark::kMillisecond);
// A log's time zones: a '+' on every line and no URL encoding, each '+' a run looked at
// (searching on to the end for an escape from every one was quadratic).
BENCHMARK_CAPTURE(BM_AnalyzePathological, plus_signs,
                  std::string("[04/Dec/2026:10:15:01 +0100] GET / 200 "))
    ->Unit(benchmark::kMillisecond);
// Special-category terms in one line with no sentence marks and no person: each term's
// sentence and its search for an English "I" are bounded (both ran to the line's ends,
// quadratic, before).
BENCHMARK_CAPTURE(BM_AnalyzePathological, terms_no_marks,
                  std::string("kols og astma og stemmer Høyre og "))
    ->Unit(benchmark::kMillisecond);

// The chat corpus as inputs of `size` bytes each (cut at spaces), at least 4 MB in all.
void BM_AnalyzeInputsOfSize(benchmark::State& state) {
  const size_t size = static_cast<size_t>(state.range(0));
  std::string all;
  while (all.size() < std::max<size_t>(size, 4'000'000)) all += CorpusText();
  std::vector<std::string> inputs;
  for (size_t at = 0; at < all.size() && (inputs.empty() || inputs.size() * size < 4'000'000);) {
    size_t end = std::min(all.size(), at + size);
    while (end < all.size() && all[end] != ' ') ++end;
    inputs.push_back(all.substr(at, end - at));
    at = end;
  }
  AnalyzeAll(state, inputs);
}
BENCHMARK(BM_AnalyzeInputsOfSize)
    ->Arg(30)->Arg(300)->Arg(3000)->Arg(30000)->Arg(1000000)->Arg(100000000)
    ->Unit(benchmark::kMillisecond);

// The limits: reading the bytes once (memchr for a byte that is not there), copying them.
void BM_LimitMemchr(benchmark::State& state) {
  const std::string& text = CorpusText();
  for (auto _ : state) benchmark::DoNotOptimize(std::memchr(text.data(), '\x01', text.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_LimitMemchr)->Unit(benchmark::kMillisecond);

void BM_LimitMemcpy(benchmark::State& state) {
  const std::string& text = CorpusText();
  std::string copy(text.size(), '\0');
  for (auto _ : state) {
    std::memcpy(copy.data(), text.data(), text.size());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_LimitMemcpy)->Unit(benchmark::kMillisecond);

// Whether a detector is one of the structured ones (identifiers, numbers, addresses): not
// the names model, not the special-category lexicons.
bool IsStructured(const Detector& detector) {
  if (detector.reads_text()) return false;
  for (std::string_view type : detector.types()) {
    if (IsSpecialCategory(type)) return false;
  }
  return true;
}

// Each structured detector's patterns, one RE2 each, and a digit-run pattern for each
// detector that reads numbers.
std::vector<std::unique_ptr<RE2>> NaivePatterns() {
  std::vector<std::unique_ptr<RE2>> patterns;
  auto registry = *BuiltinDetectors();
  for (size_t index = 0; index < registry->size(); ++index) {
    const Detector* detector = *registry->Get(index);
    if (!IsStructured(*detector)) continue;
    for (const Pattern& pattern : detector->patterns()) {
      RE2::Options options;
      options.set_case_sensitive(!pattern.caseless);
      options.set_log_errors(false);
      options.set_max_mem(64 << 20);
      const std::string expression =
          pattern.literal ? RE2::QuoteMeta(pattern.expression) : pattern.expression;
      auto re = std::make_unique<RE2>(expression, options);
      if (re->ok()) patterns.push_back(std::move(re));
    }
    if (detector->reads_numbers()) {
      patterns.push_back(std::make_unique<RE2>(R"(\d[\d .\-]{4,}\d)"));
    }
  }
  return patterns;
}

void BM_NaiveRe2PassPerPattern(benchmark::State& state) {
  static const auto* patterns = new std::vector<std::unique_ptr<RE2>>(NaivePatterns());
  size_t matches = 0;
  for (auto _ : state) {
    for (const Message& message : Corpus()) {
      for (const auto& re : *patterns) {
        re2::StringPiece input(message.text);
        while (RE2::FindAndConsume(&input, *re)) ++matches;
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetLabel(std::to_string(patterns->size()) + " patterns, no validation");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * CorpusBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Corpus().size()));
}
BENCHMARK(BM_NaiveRe2PassPerPattern)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sladd::bench
