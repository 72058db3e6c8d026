#include "cli/backend.h"

#include "engine/special_categories.h"

namespace sladd {
namespace {

uint64_t& FindOrAdd(TypeCounts& counts, std::string_view type) {
  auto found = counts.find(type);
  if (found == counts.end()) found = counts.emplace(std::string(type), 0).first;
  return found->second;
}

}  // namespace

void AddFacts(const std::vector<Finding>& findings, const RedactFacts& facts) {
  for (const Finding& finding : findings) {
    if (facts.special_categories != nullptr && IsSpecialCategory(finding.type)) {
      facts.special_categories->emplace(finding.type);
    }
    if (facts.type_counts != nullptr) ++FindOrAdd(*facts.type_counts, finding.type);
  }
}

void LocalBackend::AddFactsOf(const std::vector<Finding>& findings,
                              const RedactFacts& facts) const {
  AddFacts(findings, facts);
  if (facts.special_categories != nullptr) {
    facts.special_categories->insert(engine_.channel_categories().begin(),
                                     engine_.channel_categories().end());
  }
}

absl::Status LocalBackend::Analyze(std::string_view text, AnalyzedMessage& out) {
  if (absl::Status status = engine_.Analyze(text, *scratch_, analysis_, options_); !status.ok()) {
    return status;
  }
  out.findings = analysis_.findings;
  out.scanned = analysis_.repaired_text ? std::string_view(*analysis_.repaired_text) : text;
  out.special_categories.clear();
  AddFactsOf(out.findings, {.special_categories = &out.special_categories});
  return absl::OkStatus();
}

absl::Status LocalBackend::Redact(std::string_view text, std::string& out,
                                  const RedactFacts& facts) {
  if (absl::Status status = engine_.Redact(text, *scratch_, state_, redaction_, options_);
      !status.ok()) {
    return status;
  }
  out.append(redaction_.text);
  AddFactsOf(redaction_.analysis.findings, facts);
  return absl::OkStatus();
}

absl::Status LocalBackend::RedactPiece(std::string_view piece, bool last, std::string& out,
                                       const RedactFacts& facts) {
  if (stream_ == nullptr) stream_ = std::make_unique<StreamRedactor>(engine_, *scratch_, state_);
  stream_findings_.clear();
  absl::Status status = stream_->Write(piece, out, &stream_findings_);
  if (status.ok() && last) status = stream_->Finish(out, &stream_findings_);
  AddFactsOf(stream_findings_, facts);
  return status;
}

absl::Status LocalBackend::Restore(std::string_view text, std::string& out) {
  auto restored = restorer_->Restore(text);
  if (!restored.ok()) return restored.status();
  out.append(*restored);
  return absl::OkStatus();
}

}  // namespace sladd
