#include "service/redactor_service.h"

#include <algorithm>
#include <chrono>
#include <deque>
#include <iterator>
#include <mutex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/special_categories.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

using Clock = std::chrono::steady_clock;

grpc::Status ToGrpc(const absl::Status& status) {
  if (status.ok()) return grpc::Status::OK;
  // absl and gRPC share the canonical codes.
  return grpc::Status(static_cast<grpc::StatusCode>(status.code()),
                      std::string(status.message()));
}

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool PastDeadline(const grpc::CallbackServerContext& context) {
  return context.deadline() < std::chrono::system_clock::now();
}

void FillFinding(const Finding& finding, std::string_view text, bool with_value,
                 v1::Finding* out) {
  out->set_type(std::string(finding.type));
  out->set_start(finding.start);
  out->set_end(finding.end);
  out->set_code_point_start(finding.cp_start);
  out->set_code_point_end(finding.cp_end);
  out->set_score(finding.score);
  out->set_detector(std::string(finding.detector));
  out->set_kind(std::string(finding.kind));
  if (with_value) out->set_value(std::string(text.substr(finding.start, finding.length())));
}

// Findings, the sorted set of their types, and the special categories among them with those
// the policy gives every message (Policy.channel_categories), into a response.
template <typename Response>
void FillFindings(const Analysis& analysis, std::string_view text, const Engine& engine,
                  Response* response) {
  std::vector<std::string_view> types;
  for (const Finding& finding : analysis.findings) {
    FillFinding(finding, text, engine.return_values(), response->add_findings());
    types.push_back(finding.type);
  }
  std::sort(types.begin(), types.end());
  types.erase(std::unique(types.begin(), types.end()), types.end());
  std::vector<std::string_view> found_categories;
  for (std::string_view type : types) {
    response->add_types(std::string(type));
    if (IsSpecialCategory(type)) found_categories.push_back(type);
  }
  std::vector<std::string_view> categories;
  std::set_union(found_categories.begin(), found_categories.end(),
                 engine.channel_categories().begin(), engine.channel_categories().end(),
                 std::back_inserter(categories));
  for (std::string_view category : categories) {
    response->add_special_categories(std::string(category));
  }
}

std::string_view ScannedText(const Analysis& analysis, std::string_view input) {
  return analysis.repaired_text ? std::string_view(*analysis.repaired_text) : input;
}

// Counts one admitted call for as long as it lives.
class WorkTicket {
 public:
  explicit WorkTicket(RedactorService& service) : service_(service), admitted_(service.BeginWork()) {}
  ~WorkTicket() {
    if (admitted_) service_.EndWork();
  }
  bool admitted() const { return admitted_; }

 private:
  RedactorService& service_;
  bool admitted_;
};

// A unary call's reactor that keeps the call counted as open until gRPC is done with it.
class UnaryCallReactor final : public grpc::ServerUnaryReactor {
 public:
  explicit UnaryCallReactor(RedactorService& service) : service_(service) {
    service_.CallOpened();
  }
  void OnDone() override {
    service_.CallClosed();
    delete this;
  }

 private:
  RedactorService& service_;
};

grpc::Status Overloaded() {
  return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                      "the server is answering as many calls as --max-in-flight allows");
}

// Runs `work` with the current policies, unless the server is at --max-in-flight, the
// call's deadline has passed or no policies are loaded (statuses saying which).
template <typename Work>
grpc::Status RunAdmitted(RedactorService& service, const grpc::CallbackServerContext& context,
                         Work&& work) {
  WorkTicket ticket(service);
  if (!ticket.admitted()) return Overloaded();
  if (PastDeadline(context)) {
    return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline passed before work began");
  }
  const auto generation = service.generation();
  if (generation == nullptr) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "no policies loaded yet");
  }
  return work(*generation);
}

// Answers a unary call through RunAdmitted and records it.
template <typename Work>
grpc::ServerUnaryReactor* Answer(RedactorService& service, Method method,
                                 grpc::CallbackServerContext* context, Work&& work) {
  auto* reactor = new UnaryCallReactor(service);
  const auto start = Clock::now();
  const grpc::Status status = RunAdmitted(service, *context, std::forward<Work>(work));
  service.metrics().RecordCall(method, status.error_code(), SecondsSince(start));
  reactor->Finish(status);
  return reactor;
}

// RedactStream: reads and answers one message at a time, in order. Up to kWindow answers
// may wait for the client to read them; then reading pauses (flow control). The lock
// guards the queue only and is never held while calling into gRPC.
class RedactStreamReactor final
    : public grpc::ServerBidiReactor<v1::RedactRequest, v1::RedactResponse> {
 public:
  static constexpr size_t kWindow = 64;

  RedactStreamReactor(RedactorService& service, grpc::CallbackServerContext* context)
      : service_(service), context_(context) {
    service_.CallOpened();
    StartRead(&request_);
  }

  void OnReadDone(bool ok) override {
    if (!ok) {  // the client has finished sending (or the call broke)
      {
        std::lock_guard<std::mutex> lock(mutex_);
        reads_done_ = true;
      }
      MaybeFinish();
      return;
    }
    v1::RedactResponse response = Answer();
    const v1::RedactResponse* write = nullptr;
    bool read_more = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      pending_.push_back(std::move(response));
      if (!writing_) {
        writing_ = true;
        write = &pending_.front();  // deque elements stay put while others are added
      }
      read_more = pending_.size() < kWindow;
      read_paused_ = !read_more;
    }
    if (write != nullptr) StartWrite(write);
    if (read_more) StartRead(&request_);
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      FinishOnce(grpc::Status(grpc::StatusCode::CANCELLED, "the client stopped reading"));
      return;
    }
    const v1::RedactResponse* next = nullptr;
    bool resume_reading = false;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      pending_.pop_front();
      if (pending_.empty()) {
        writing_ = false;
      } else {
        next = &pending_.front();
      }
      if (read_paused_ && pending_.size() < kWindow) {
        read_paused_ = false;
        resume_reading = true;
      }
    }
    if (next != nullptr) StartWrite(next);
    if (resume_reading) StartRead(&request_);
    MaybeFinish();
  }

  void OnDone() override {
    service_.CallClosed();
    delete this;
  }

 private:
  v1::RedactResponse Answer() {
    const auto start = Clock::now();
    v1::RedactResponse response;
    const grpc::Status status =
        RunAdmitted(service_, *context_, [&](const Generation& generation) {
          return service_.RedactOne(generation, request_, &response);
        });
    if (!status.ok()) {
      response.Clear();
      response.mutable_error()->set_code(status.error_code());
      response.mutable_error()->set_message(status.error_message());
    }
    service_.metrics().RecordCall(Method::kRedactStream, status.error_code(), SecondsSince(start));
    return response;
  }

  void MaybeFinish() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (!reads_done_ || writing_ || !pending_.empty()) return;
    }
    FinishOnce(grpc::Status::OK);
  }

  void FinishOnce(const grpc::Status& status) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (finished_) return;
      finished_ = true;
    }
    Finish(status);
  }

  RedactorService& service_;
  grpc::CallbackServerContext* context_;
  v1::RedactRequest request_;
  std::mutex mutex_;
  std::deque<v1::RedactResponse> pending_;  // front is being written
  bool writing_ = false;
  bool reads_done_ = false;
  bool read_paused_ = false;
  bool finished_ = false;
};

}  // namespace

bool RedactorService::BeginWork() {
  if (in_flight_.fetch_add(1, std::memory_order_relaxed) >= limits_.max_in_flight) {
    in_flight_.fetch_sub(1, std::memory_order_relaxed);
    return false;
  }
  metrics_.in_flight().Increment();
  return true;
}

void RedactorService::EndWork() {
  in_flight_.fetch_sub(1, std::memory_order_relaxed);
  metrics_.in_flight().Decrement();
}

grpc::Status RedactorService::CheckText(const std::string& text) const {
  if (text.size() <= limits_.max_text_bytes) return grpc::Status::OK;
  return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                      absl::StrCat("text is ", text.size(), " bytes, over the limit of ",
                                   limits_.max_text_bytes, " (--max-text-bytes)"));
}

grpc::Status RedactorService::RedactOne(const Generation& generation,
                                        const v1::RedactRequest& request,
                                        v1::RedactResponse* response) {
  if (grpc::Status status = CheckText(request.text()); !status.ok()) return status;
  auto policy = generation.Find(request.policy());
  if (!policy.ok()) return ToGrpc(policy.status());
  auto scratch = policy->pool->Acquire();
  if (!scratch.ok()) return ToGrpc(scratch.status());
  const Engine& engine = *policy->engine;
  Redaction redaction;
  const AnalyzeOptions options{.code_point_offsets = true,
                               .previous_turn = request.previous_turn()};
  absl::Status status;
  if (request.conversation_id().empty()) {
    RedactionState state;
    status = engine.Redact(request.text(), **scratch, state, redaction, options);
  } else {
    auto conversation = conversations_.Get(engine.policy_name(), request.conversation_id());
    std::lock_guard<std::mutex> lock(conversation->mutex);
    status = engine.Redact(request.text(), **scratch, conversation->state, redaction, options);
  }
  if (!status.ok()) return ToGrpc(status);
  const std::string_view scanned = ScannedText(redaction.analysis, request.text());
  FillFindings(redaction.analysis, scanned, engine, response);
  response->set_text(std::move(redaction.text));
  response->set_policy(engine.policy_name());
  response->set_repaired(redaction.analysis.repaired_text.has_value());
  metrics_.AddScannedBytes(request.text().size());
  metrics_.AddFindings(redaction.analysis.findings);
  return grpc::Status::OK;
}

grpc::ServerUnaryReactor* RedactorService::Redact(grpc::CallbackServerContext* context,
                                                  const v1::RedactRequest* request,
                                                  v1::RedactResponse* response) {
  return Answer(*this, Method::kRedact, context, [&](const Generation& generation) {
    grpc::Status status = RedactOne(generation, *request, response);
    if (!status.ok()) response->Clear();
    return status;
  });
}

grpc::ServerUnaryReactor* RedactorService::RedactBatch(grpc::CallbackServerContext* context,
                                                       const v1::RedactBatchRequest* request,
                                                       v1::RedactBatchResponse* response) {
  return Answer(*this, Method::kRedactBatch, context, [&](const Generation& generation) {
    if (static_cast<size_t>(request->requests_size()) > limits_.max_batch_size) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          absl::StrCat("batch has ", request->requests_size(),
                                       " requests, over the limit of ", limits_.max_batch_size,
                                       " (--max-batch-size)"));
    }
    for (const v1::RedactRequest& item : request->requests()) {
      if (PastDeadline(*context) || context->IsCancelled()) {
        response->Clear();  // the caller is gone; stop working
        return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED, "deadline passed mid-batch");
      }
      v1::RedactResponse* answer = response->add_responses();
      if (grpc::Status status = RedactOne(generation, item, answer); !status.ok()) {
        answer->Clear();
        answer->mutable_error()->set_code(status.error_code());
        answer->mutable_error()->set_message(status.error_message());
      }
    }
    return grpc::Status::OK;
  });
}

grpc::ServerBidiReactor<v1::RedactRequest, v1::RedactResponse>* RedactorService::RedactStream(
    grpc::CallbackServerContext* context) {
  return new RedactStreamReactor(*this, context);
}

grpc::ServerUnaryReactor* RedactorService::Analyze(grpc::CallbackServerContext* context,
                                                   const v1::AnalyzeRequest* request,
                                                   v1::AnalyzeResponse* response) {
  return Answer(*this, Method::kAnalyze, context, [&](const Generation& generation) {
    if (grpc::Status status = CheckText(request->text()); !status.ok()) return status;
    auto policy = generation.Find(request->policy());
    if (!policy.ok()) return ToGrpc(policy.status());
    auto scratch = policy->pool->Acquire();
    if (!scratch.ok()) return ToGrpc(scratch.status());
    Analysis analysis;
    const AnalyzeOptions options{.code_point_offsets = true,
                                 .previous_turn = request->previous_turn()};
    const absl::Status status = policy->engine->Analyze(request->text(), **scratch, analysis, options);
    if (!status.ok()) return ToGrpc(status);
    FillFindings(analysis, ScannedText(analysis, request->text()), *policy->engine, response);
    response->set_policy(policy->engine->policy_name());
    response->set_repaired(analysis.repaired_text.has_value());
    metrics_.AddScannedBytes(request->text().size());
    metrics_.AddFindings(analysis.findings);
    return grpc::Status::OK;
  });
}

grpc::ServerUnaryReactor* RedactorService::Restore(grpc::CallbackServerContext* context,
                                                   const v1::RestoreRequest* request,
                                                   v1::RestoreResponse* response) {
  return Answer(*this, Method::kRestore, context, [&](const Generation& generation) {
    if (grpc::Status status = CheckText(request->text()); !status.ok()) return status;
    if (generation.restorer() == nullptr) {
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                          "the policy file has no secrets, so no tokens to restore");
    }
    const size_t invalid_at = FindInvalidUtf8(request->text());
    if (invalid_at != request->text().size()) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          absl::StrCat("invalid UTF-8 at byte ", invalid_at));
    }
    size_t restored = 0;
    auto text = generation.restorer()->Restore(request->text(), &restored);
    if (!text.ok()) return ToGrpc(text.status());
    response->set_text(std::move(*text));
    response->set_restored(static_cast<uint32_t>(restored));
    return grpc::Status::OK;
  });
}

}  // namespace sladd
