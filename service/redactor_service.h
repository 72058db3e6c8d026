// The sladd.v1.Redactor gRPC service: a thin translation between the API and the engine.
//
// Calls run on gRPC's callback threads; each takes the current policy Generation for its
// whole duration (a reload never changes a call half-way), a scratch from the policy's
// pool, and, for a conversation, that conversation's numbering. Work is admitted only
// while fewer than `max_in_flight` calls (stream messages) are being answered: beyond
// that, RESOURCE_EXHAUSTED at once rather than a queue without bound. Text is never
// returned unredacted: any failure is an error status (or, in batches and streams, an
// error in that message's response).
#ifndef SLADD_SERVICE_REDACTOR_SERVICE_H_
#define SLADD_SERVICE_REDACTOR_SERVICE_H_

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "service/conversations.h"
#include "service/metrics.h"
#include "service/policy_holder.h"
#include "sladd/v1/sladd.grpc.pb.h"

namespace sladd {

struct ServiceLimits {
  // Largest `text` of one request; larger ones get INVALID_ARGUMENT.
  size_t max_text_bytes = 4 << 20;
  // Most requests in one RedactBatch; more get INVALID_ARGUMENT.
  size_t max_batch_size = 1000;
  // Calls (stream messages) answered at once; more get RESOURCE_EXHAUSTED.
  int64_t max_in_flight = 256;
};

class RedactorService final : public v1::Redactor::CallbackService {
 public:
  // All arguments must outlive the service.
  RedactorService(PolicyHolder& policies, ConversationStore& conversations, Metrics& metrics,
                  ServiceLimits limits)
      : policies_(policies), conversations_(conversations), metrics_(metrics), limits_(limits) {}

  grpc::ServerUnaryReactor* Redact(grpc::CallbackServerContext* context,
                                   const v1::RedactRequest* request,
                                   v1::RedactResponse* response) override;
  grpc::ServerUnaryReactor* RedactBatch(grpc::CallbackServerContext* context,
                                        const v1::RedactBatchRequest* request,
                                        v1::RedactBatchResponse* response) override;
  grpc::ServerBidiReactor<v1::RedactRequest, v1::RedactResponse>* RedactStream(
      grpc::CallbackServerContext* context) override;
  grpc::ServerUnaryReactor* Analyze(grpc::CallbackServerContext* context,
                                    const v1::AnalyzeRequest* request,
                                    v1::AnalyzeResponse* response) override;
  grpc::ServerUnaryReactor* Restore(grpc::CallbackServerContext* context,
                                    const v1::RestoreRequest* request,
                                    v1::RestoreResponse* response) override;

  // Redacts one request with `generation`'s policies into `response`. Used by every
  // redacting method; public for the stream reactor.
  grpc::Status RedactOne(const Generation& generation, const v1::RedactRequest& request,
                         v1::RedactResponse* response);

  // Admission: true (and counted) if another call may run now. Release with EndWork.
  bool BeginWork();
  void EndWork();

  // A call is open from its handler until gRPC is done with it (its answer sent), streams
  // between messages too: a draining server may stop when none is open.
  void CallOpened() { open_calls_.fetch_add(1); }
  void CallClosed() { open_calls_.fetch_sub(1); }
  int64_t open_calls() const { return open_calls_.load(); }

  std::shared_ptr<const Generation> generation() const { return policies_.current(); }
  Metrics& metrics() { return metrics_; }

 private:
  grpc::Status CheckText(const std::string& text) const;

  PolicyHolder& policies_;
  ConversationStore& conversations_;
  Metrics& metrics_;
  const ServiceLimits limits_;
  std::atomic<int64_t> in_flight_{0};
  std::atomic<int64_t> open_calls_{0};
};

}  // namespace sladd

#endif  // SLADD_SERVICE_REDACTOR_SERVICE_H_
