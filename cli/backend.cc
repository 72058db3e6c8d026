#include "cli/backend.h"

namespace sladd {

absl::Status LocalBackend::Analyze(std::string_view text, AnalyzedMessage& out) {
  if (absl::Status status = engine_.Analyze(text, *scratch_, analysis_, options_); !status.ok()) {
    return status;
  }
  out.findings = analysis_.findings;
  out.scanned = analysis_.repaired_text ? std::string_view(*analysis_.repaired_text) : text;
  return absl::OkStatus();
}

absl::Status LocalBackend::Redact(std::string_view text, std::string& out) {
  if (absl::Status status = engine_.Redact(text, *scratch_, state_, redaction_, options_);
      !status.ok()) {
    return status;
  }
  out.append(redaction_.text);
  return absl::OkStatus();
}

absl::Status LocalBackend::Restore(std::string_view text, std::string& out) {
  auto restored = restorer_->Restore(text);
  if (!restored.ok()) return restored.status();
  out.append(*restored);
  return absl::OkStatus();
}

}  // namespace sladd
