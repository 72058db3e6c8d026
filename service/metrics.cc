#include "service/metrics.h"

#include <string>

namespace sladd {
namespace {

constexpr std::array<std::string_view, 17> kCodeNames = {
    "OK",       "CANCELLED",          "UNKNOWN",           "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
    "UNIMPLEMENTED", "INTERNAL",      "UNAVAILABLE",       "DATA_LOSS",
    "UNAUTHENTICATED"};

}  // namespace

std::string_view MethodName(Method method) {
  switch (method) {
    case Method::kRedact: return "Redact";
    case Method::kRedactBatch: return "RedactBatch";
    case Method::kRedactStream: return "RedactStream";
    case Method::kAnalyze: return "Analyze";
    case Method::kRestore: return "Restore";
  }
  return "unknown";
}

Metrics::Metrics() : registry_(std::make_shared<prometheus::Registry>()) {
  auto& requests = prometheus::BuildCounter()
                       .Name("sladd_requests_total")
                       .Help("Calls (stream messages) by method and gRPC status")
                       .Register(*registry_);
  auto& latency = prometheus::BuildHistogram()
                      .Name("sladd_request_duration_seconds")
                      .Help("Time to answer a call (a stream message), by method")
                      .Register(*registry_);
  const prometheus::Histogram::BucketBoundaries buckets = {
      0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1};
  for (size_t m = 0; m < kMethodCount; ++m) {
    const std::string method(MethodName(static_cast<Method>(m)));
    for (int code = 0; code < kCodes; ++code) {
      requests_[m][code] =
          &requests.Add({{"method", method}, {"code", std::string(kCodeNames[code])}});
    }
    latency_[m] = &latency.Add({{"method", method}}, buckets);
  }
  findings_ = &prometheus::BuildCounter()
                   .Name("sladd_findings_total")
                   .Help("Findings reported, by type")
                   .Register(*registry_);
  scanned_bytes_ = &prometheus::BuildCounter()
                        .Name("sladd_scanned_bytes_total")
                        .Help("Bytes of text scanned")
                        .Register(*registry_)
                        .Add({});
  in_flight_ = &prometheus::BuildGauge()
                    .Name("sladd_in_flight")
                    .Help("Calls being answered now")
                    .Register(*registry_)
                    .Add({});
  generation_ = &prometheus::BuildGauge()
                     .Name("sladd_config_generation")
                     .Help("Number of the policy file load in use (1 at start, +1 per reload)")
                     .Register(*registry_)
                     .Add({});
  reload_failures_ = &prometheus::BuildCounter()
                          .Name("sladd_config_reload_failures_total")
                          .Help("Reloads of the policy file that were rejected")
                          .Register(*registry_)
                          .Add({});
}

void Metrics::RecordCall(Method method, int code, double seconds) {
  const auto m = static_cast<size_t>(method);
  requests_[m][code >= 0 && code < kCodes ? code : 2]->Increment();
  latency_[m]->Observe(seconds);
}

void Metrics::AddFindings(const std::vector<Finding>& findings) {
  for (const Finding& finding : findings) {
    findings_->Add({{"type", std::string(finding.type)}}).Increment();
  }
}

}  // namespace sladd
