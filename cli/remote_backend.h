// The CLI's backend when a running sladd-server does the work (--server).
#ifndef SLADD_CLI_REMOTE_BACKEND_H_
#define SLADD_CLI_REMOTE_BACKEND_H_

#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "cli/backend.h"
#include "sladd/v1/sladd.grpc.pb.h"

namespace sladd {

// Credentials for a channel to a sladd-server: TLS verified with the CA certificates in
// `ca_file` (PEM), or plaintext when it is empty. NotFound when the file cannot be read.
absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ServerCredentials(
    const std::string& ca_file);

// Sends each message over one RedactStream (analyze and redact) or a Restore call, and
// gives back exactly what the in-process engine would for the server's policy. A message
// the server refuses is an error for that message; a broken connection fails every call
// after it. Not thread-safe.
class RemoteBackend final : public MessageBackend {
 public:
  // Connects to `address` (HOST:PORT) within `connect_seconds`, over TLS verified with
  // `ca_file` (PEM) when it is not empty. `policy` is sent with every message; with
  // `one_conversation`, all messages share one conversation for the number operator.
  static absl::StatusOr<std::unique_ptr<RemoteBackend>> Connect(const std::string& address,
                                                                 const std::string& ca_file,
                                                                 double connect_seconds,
                                                                 std::string policy,
                                                                 bool one_conversation);
  ~RemoteBackend() override;

  void NewConversation() override {}
  void SetPreviousTurn(std::string_view turn) override {
    request_.set_previous_turn(std::string(turn));
  }
  absl::Status Analyze(std::string_view text, AnalyzedMessage& out) override;
  absl::Status Redact(std::string_view text, std::string& out,
                      const RedactFacts& facts) override;
  absl::Status Restore(std::string_view text, std::string& out) override;

 private:
  RemoteBackend() = default;
  // Sends `text` on the stream and reads its answer into response_.
  absl::Status RoundTrip(std::string_view text);

  std::string address_;
  std::unique_ptr<v1::Redactor::Stub> stub_;
  std::unique_ptr<grpc::ClientContext> stream_context_;
  std::unique_ptr<grpc::ClientReaderWriter<v1::RedactRequest, v1::RedactResponse>> stream_;
  bool broken_ = false;
  v1::RedactRequest request_;
  v1::RedactResponse response_;  // the findings handed out point into it
  std::string repaired_;
};

}  // namespace sladd

#endif  // SLADD_CLI_REMOTE_BACKEND_H_
