#include "cli/backend.h"

#include "engine/special_categories.h"

namespace sladd {

absl::Status LocalBackend::Analyze(std::string_view text, AnalyzedMessage& out) {
  if (absl::Status status = engine_.Analyze(text, *scratch_, analysis_, options_); !status.ok()) {
    return status;
  }
  out.findings = analysis_.findings;
  out.scanned = analysis_.repaired_text ? std::string_view(*analysis_.repaired_text) : text;
  return absl::OkStatus();
}

absl::Status LocalBackend::Redact(std::string_view text, std::string& out,
                                  SpecialCategorySet* special_categories) {
  if (absl::Status status = engine_.Redact(text, *scratch_, state_, redaction_, options_);
      !status.ok()) {
    return status;
  }
  out.append(redaction_.text);
  if (special_categories == nullptr) return absl::OkStatus();
  for (const Finding& finding : redaction_.analysis.findings) {
    if (IsSpecialCategory(finding.type)) special_categories->emplace(finding.type);
  }
  return absl::OkStatus();
}

absl::Status LocalBackend::Restore(std::string_view text, std::string& out) {
  auto restored = restorer_->Restore(text);
  if (!restored.ok()) return restored.status();
  out.append(*restored);
  return absl::OkStatus();
}

}  // namespace sladd
