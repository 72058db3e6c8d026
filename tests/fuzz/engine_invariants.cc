#include "tests/fuzz/engine_invariants.h"

#include <cstdlib>
#include <memory>

#include "config/policy_set.h"
#include "detectors/builtin.h"
#include "engine/utf8.h"

namespace sladd::fuzz {
namespace {

struct Engines {
  std::unique_ptr<const PolicySet> policies;
  const Engine* rejecting = nullptr;
  const Engine* repairing = nullptr;
  std::unique_ptr<Scratch> rejecting_scratch;
  std::unique_ptr<Scratch> repairing_scratch;
};

Engines& Shared() {
  static Engines* engines = [] {
    auto* e = new Engines();
    auto registry = BuiltinDetectors();
    auto set = PolicySet::FromJson(
        R"({"policies":[{"name":"reject"},
                        {"name":"repair","invalidUtf8":"INVALID_UTF8_REPLACE",
                         "deny":[{"term":"hemmelig"},{"pattern":"X-\\d+"}]}]})",
        *registry);
    if (!set.ok()) std::abort();
    e->policies = std::move(*set);
    e->rejecting = *e->policies->Find("reject");
    e->repairing = *e->policies->Find("repair");
    e->rejecting_scratch = *e->rejecting->NewScratch();
    e->repairing_scratch = *e->repairing->NewScratch();
    return e;
  }();
  return *engines;
}

bool OnBoundary(std::string_view text, size_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

std::string CheckFindings(std::string_view text, const Analysis& analysis) {
  size_t previous_end = 0;
  for (const Finding& f : analysis.findings) {
    if (f.start >= f.end || f.end > text.size()) return "finding out of bounds";
    if (f.start < previous_end) return "findings overlap or are out of order";
    if (!OnBoundary(text, f.start) || !OnBoundary(text, f.end)) return "finding splits a character";
    if (f.score < 0 || f.score > 1) return "score out of [0, 1]";
    if (f.type.empty() || f.detector.empty()) return "finding without type or detector";
    if (f.cp_start != CountCodePoints(text.substr(0, f.start)) ||
        f.cp_end != CountCodePoints(text.substr(0, f.end))) {
      return "wrong code-point offsets";
    }
    previous_end = f.end;
  }
  return "";
}

}  // namespace

std::string CheckEngineInvariants(std::string_view input) {
  Engines& engines = Shared();
  const bool valid = FindInvalidUtf8(input) == input.size();

  Analysis analysis;
  const absl::Status rejected =
      engines.rejecting->Analyze(input, *engines.rejecting_scratch, analysis, {true});
  if (rejected.ok() != valid) return "UTF-8 validity and status disagree";
  if (valid) {
    if (std::string error = CheckFindings(input, analysis); !error.empty()) return error;
    // Read after a chatbot's question, the findings are the input's as well.
    Analysis answer;
    AnalyzeOptions after_question{.code_point_offsets = true,
                                  .previous_turn = "Takk! Har du noen allergier vi bør vite om?"};
    if (!engines.rejecting->Analyze(input, *engines.rejecting_scratch, answer, after_question)
             .ok()) {
      return "analysis after a previous turn failed";
    }
    if (std::string error = CheckFindings(input, answer); !error.empty()) return error;
  }

  RedactionState state;
  Redaction redaction;
  const absl::Status repaired =
      engines.repairing->Redact(input, *engines.repairing_scratch, state, redaction, {true});
  if (!repaired.ok()) return "repairing policy failed";
  const std::string_view text =
      redaction.analysis.repaired_text ? std::string_view(*redaction.analysis.repaired_text) : input;
  if (FindInvalidUtf8(text) != text.size()) return "repaired text is not UTF-8";
  if (std::string error = CheckFindings(text, redaction.analysis); !error.empty()) return error;
  std::string expected;
  size_t copied_to = 0;
  for (const Finding& f : redaction.analysis.findings) {
    expected.append(text.substr(copied_to, f.start - copied_to));
    expected.append("<").append(f.type).append(">");
    copied_to = f.end;
  }
  expected.append(text.substr(copied_to));
  if (expected != redaction.text) return "redaction is not the text with findings replaced";
  return "";
}

}  // namespace sladd::fuzz
