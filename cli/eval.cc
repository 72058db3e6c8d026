#include "cli/eval.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <simdjson.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <set>
#include <tuple>

#include "cli/policies.h"

namespace sladd {
namespace {

struct Span {
  std::string type;
  size_t start = 0;
  size_t end = 0;
  bool operator<(const Span& other) const {
    return std::tie(type, start, end) < std::tie(other.type, other.start, other.end);
  }
  bool Overlaps(const Span& other) const {
    return type == other.type && start < other.end && other.start < end;
  }
};

struct Counts {
  size_t gold = 0;
  size_t found = 0;
  size_t exact = 0;             // findings equal to a gold span
  size_t overlap_correct = 0;   // findings overlapping a gold span
  size_t overlap_recalled = 0;  // gold spans some finding overlaps
};

double Ratio(size_t part, size_t whole) { return whole == 0 ? 0.0 : double(part) / double(whole); }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

class Evaluator {
 public:
  Evaluator(const EvalOptions& options, const Engine& engine, Scratch& scratch)
      : options_(options), engine_(engine), scratch_(scratch) {
    for (const auto& [label, type] : options.label_map) evaluated_.insert(type);
    evaluated_.insert(options.types.begin(), options.types.end());
  }

  // Scores one labelled message; returns false for a malformed line.
  bool Add(simdjson::dom::element record, std::ofstream* misses) {
    std::string_view text;
    simdjson::dom::array spans;
    if (record["text"].get(text) || record["spans"].get(spans)) return false;
    std::vector<Span> gold;
    for (simdjson::dom::element span : spans) {
      uint64_t start = 0, end = 0;
      std::string_view label;
      if (span["start"].get(start) || span["end"].get(end) || span["label"].get(label)) {
        return false;
      }
      const std::string type = TypeOf(label);
      if (!type.empty() && end <= text.size() && start < end) gold.push_back({type, start, end});
    }
    // The turn the message answers, if the record gives one (a chatbot's question).
    AnalyzeOptions options;
    if (record["previous_turn"].get(options.previous_turn) != simdjson::SUCCESS &&
        record["previous_turn"].error() != simdjson::NO_SUCH_FIELD) {
      return false;
    }
    if (!engine_.Analyze(text, scratch_, analysis_, options).ok()) return false;
    std::vector<Span> found;
    for (const Finding& f : analysis_.findings) {
      const std::string type(f.type);
      if (evaluated_.contains(type)) found.push_back({type, f.start, f.end});
    }
    Score(gold, found);
    if (misses != nullptr) WriteMisses(record, text, gold, found, *misses);
    return true;
  }

  // The Markdown table on `out`; false, with a line on `errors` for each, if a minimum is
  // not met.
  bool Report(std::FILE* out, std::FILE* errors) const {
    std::fprintf(out,
                 "| type | gold | found | exact P | exact R | exact F1 | overlap P | overlap R | "
                 "overlap F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    bool met = true;
    for (const auto& [type, c] : counts_) {
      const double p = Ratio(c.exact, c.found), r = Ratio(c.exact, c.gold);
      const double op = Ratio(c.overlap_correct, c.found), orr = Ratio(c.overlap_recalled, c.gold);
      std::fprintf(out, "| %s | %zu | %zu | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |\n",
                   type.c_str(), c.gold, c.found, p, r, F1(p, r), op, orr, F1(op, orr));
      met &= MeetsMinimum(options_.min_recall, type, "recall", r, errors);
      met &= MeetsMinimum(options_.min_precision, type, "precision", p, errors);
    }
    return met;
  }

 private:
  static bool MeetsMinimum(const std::map<std::string, double>& minimums, const std::string& type,
                           const char* what, double value, std::FILE* errors) {
    const auto it = minimums.find(type);
    if (it == minimums.end() || value >= it->second) return true;
    std::fprintf(errors, "sladd eval: %s exact %s %.4f is below the minimum %.4f\n", type.c_str(),
                 what, value, it->second);
    return false;
  }

  // The sladd type a gold label stands for, or "" when it is not evaluated.
  std::string TypeOf(std::string_view label) const {
    auto mapped = options_.label_map.find(std::string(label));
    if (mapped != options_.label_map.end()) return mapped->second;
    return evaluated_.contains(std::string(label)) ? std::string(label) : "";
  }

  void Score(const std::vector<Span>& gold, const std::vector<Span>& found) {
    const std::set<Span> gold_set(gold.begin(), gold.end());
    for (const Span& g : gold) {
      Counts& c = counts_[g.type];
      ++c.gold;
      c.overlap_recalled += std::any_of(found.begin(), found.end(), [&](const Span& f) { return f.Overlaps(g); });
    }
    for (const Span& f : found) {
      Counts& c = counts_[f.type];
      ++c.found;
      c.exact += gold_set.contains(f);
      c.overlap_correct += std::any_of(gold.begin(), gold.end(), [&](const Span& g) { return g.Overlaps(f); });
    }
  }

  static void WriteMisses(simdjson::dom::element record, std::string_view text,
                          const std::vector<Span>& gold, const std::vector<Span>& found,
                          std::ofstream& out) {
    const std::set<Span> gold_set(gold.begin(), gold.end());
    const std::set<Span> found_set(found.begin(), found.end());
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    auto write_spans = [&](const char* key, const std::vector<Span>& spans, const std::set<Span>& other) {
      writer.Key(key);
      writer.StartArray();
      for (const Span& s : spans) {
        if (other.contains(s)) continue;
        writer.StartObject();
        writer.Key("type");
        writer.String(s.type.c_str());
        writer.Key("start");
        writer.Uint64(s.start);
        writer.Key("end");
        writer.Uint64(s.end);
        writer.Key("text");
        writer.String(text.data() + s.start, static_cast<rapidjson::SizeType>(s.end - s.start));
        writer.EndObject();
      }
      writer.EndArray();
    };
    const bool clean = std::all_of(gold.begin(), gold.end(), [&](const Span& s) { return found_set.contains(s); }) &&
                       std::all_of(found.begin(), found.end(), [&](const Span& s) { return gold_set.contains(s); });
    if (clean) return;
    writer.StartObject();
    std::string_view id;
    if (!record["id"].get(id)) {
      writer.Key("id");
      writer.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    }
    writer.Key("text");
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    write_spans("missed", gold, found_set);
    write_spans("wrong", found, gold_set);
    writer.EndObject();
    out << buffer.GetString() << "\n";
  }

  const EvalOptions& options_;
  const Engine& engine_;
  Scratch& scratch_;
  std::set<std::string> evaluated_;
  std::map<std::string, Counts> counts_;
  Analysis analysis_;
};

}  // namespace

int RunEval(const EvalOptions& options, std::FILE* out, std::FILE* err) {
  auto policies = LoadPolicies(options.config_path, options.cache);
  if (!policies.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(policies.status().message()).c_str());
    return kEvalCannotRun;
  }
  auto engine = (*policies)->Find(options.policy);
  if (!engine.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(engine.status().message()).c_str());
    return kEvalCannotRun;
  }
  auto scratch = (*engine)->NewScratch();
  if (!scratch.ok()) return kEvalCannotRun;
  std::unique_ptr<std::ofstream> misses;
  if (!options.misses_path.empty()) misses = std::make_unique<std::ofstream>(options.misses_path);

  Evaluator evaluator(options, **engine, **scratch);
  simdjson::dom::parser parser;
  for (const std::string& path : options.files) {
    std::ifstream file(path);
    if (!file) {
      std::fprintf(err, "sladd: %s: cannot open file\n", path.c_str());
      return kEvalCannotRun;
    }
    std::string line;
    for (size_t number = 1; std::getline(file, line); ++number) {
      if (line.empty()) continue;
      simdjson::dom::element record;
      if (parser.parse(line).get(record) || !evaluator.Add(record, misses.get())) {
        std::fprintf(err, "sladd: %s:%zu: not a labelled message\n", path.c_str(), number);
        return kEvalCannotRun;
      }
    }
  }
  return evaluator.Report(out, err) ? kEvalMet : kEvalBelowMinimum;
}

}  // namespace sladd
