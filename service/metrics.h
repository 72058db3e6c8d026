// The server's Prometheus metrics (prometheus-cpp).
//
// Label values are method names, status codes and finding types: never message text,
// values or keys.
#ifndef SLADD_SERVICE_METRICS_H_
#define SLADD_SERVICE_METRICS_H_

#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace sladd {

enum class Method { kRedact, kRedactBatch, kRedactStream, kAnalyze, kRestore };
inline constexpr size_t kMethodCount = 5;
std::string_view MethodName(Method method);

// Thread-safe.
class Metrics {
 public:
  Metrics();

  std::shared_ptr<prometheus::Registry> registry() const { return registry_; }

  // One finished call (a stream: one message) with its gRPC status code (0-16).
  void RecordCall(Method method, int code, double seconds);
  void AddScannedBytes(size_t bytes) { scanned_bytes_->Increment(static_cast<double>(bytes)); }
  void AddFindings(const std::vector<Finding>& findings);
  prometheus::Gauge& in_flight() { return *in_flight_; }
  void ConfigLoaded(uint64_t generation) { generation_->Set(static_cast<double>(generation)); }
  void ReloadFailed() { reload_failures_->Increment(); }

 private:
  static constexpr int kCodes = 17;
  std::shared_ptr<prometheus::Registry> registry_;
  std::array<std::array<prometheus::Counter*, kCodes>, kMethodCount> requests_{};
  std::array<prometheus::Histogram*, kMethodCount> latency_{};
  prometheus::Family<prometheus::Counter>* findings_ = nullptr;
  prometheus::Counter* scanned_bytes_ = nullptr;
  prometheus::Gauge* in_flight_ = nullptr;
  prometheus::Gauge* generation_ = nullptr;
  prometheus::Counter* reload_failures_ = nullptr;
};

}  // namespace sladd

#endif  // SLADD_SERVICE_METRICS_H_
