#include "cli/remote_backend.h"

#include <openssl/rand.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "engine/crypto.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

absl::Status Unreachable(const std::string& address, std::string_view why) {
  return absl::UnavailableError(absl::StrCat("sladd-server at ", address, ": ", ToAbsl(why)));
}

}  // namespace

absl::StatusOr<std::shared_ptr<grpc::ChannelCredentials>> ServerCredentials(
    const std::string& ca_file) {
  if (ca_file.empty()) return grpc::InsecureChannelCredentials();
  std::ifstream file(ca_file);
  if (!file) return absl::NotFoundError(absl::StrCat(ca_file, ": cannot open file"));
  std::stringstream pem;
  pem << file.rdbuf();
  grpc::SslCredentialsOptions options;
  options.pem_root_certs = pem.str();
  return grpc::SslCredentials(options);
}

absl::StatusOr<std::unique_ptr<RemoteBackend>> RemoteBackend::Connect(
    const std::string& address, const std::string& ca_file, double connect_seconds,
    std::string policy, bool one_conversation) {
  auto credentials = ServerCredentials(ca_file);
  if (!credentials.ok()) return credentials.status();
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);
  auto channel = grpc::CreateCustomChannel(address, *credentials, arguments);
  const auto timeout = std::chrono::milliseconds(static_cast<int64_t>(connect_seconds * 1000));
  if (!channel->WaitForConnected(std::chrono::system_clock::now() + timeout)) {
    return Unreachable(address, "cannot connect");
  }
  std::unique_ptr<RemoteBackend> backend(new RemoteBackend());
  backend->address_ = address;
  backend->stub_ = v1::Redactor::NewStub(channel);
  backend->stream_context_ = std::make_unique<grpc::ClientContext>();
  backend->stream_ = backend->stub_->RedactStream(backend->stream_context_.get());
  backend->request_.set_policy(std::move(policy));
  if (one_conversation) {
    unsigned char id[16];
    if (RAND_bytes(id, sizeof id) != 1) return absl::InternalError("no random conversation id");
    backend->request_.set_conversation_id(
        HexEncode(std::string_view(reinterpret_cast<const char*>(id), sizeof id)));
  }
  return backend;
}

RemoteBackend::~RemoteBackend() {
  if (stream_ == nullptr) return;
  stream_->WritesDone();
  (void)stream_->Finish();
}

absl::Status RemoteBackend::RoundTrip(std::string_view text) {
  if (broken_) return Unreachable(address_, "the stream broke earlier");
  request_.set_text(std::string(text));
  if (!stream_->Write(request_) || !stream_->Read(&response_)) {
    broken_ = true;
    const grpc::Status status = stream_->Finish();
    return Unreachable(address_, status.error_message().empty() ? "the stream broke"
                                                                : status.error_message());
  }
  if (response_.has_error()) {
    return absl::Status(static_cast<absl::StatusCode>(response_.error().code()),
                        response_.error().message());
  }
  return absl::OkStatus();
}

absl::Status RemoteBackend::Analyze(std::string_view text, AnalyzedMessage& out) {
  if (absl::Status status = RoundTrip(text); !status.ok()) return status;
  out.findings.clear();
  for (const v1::Finding& f : response_.findings()) {
    out.findings.push_back({f.type(), f.start(), f.end(), f.score(), f.detector(), f.kind(),
                            f.code_point_start(), f.code_point_end()});
  }
  out.special_categories.clear();
  out.special_categories.insert(response_.special_categories().begin(),
                                response_.special_categories().end());
  // A repairing policy reports offsets into the repaired text; repair it the same way here.
  if (response_.repaired()) {
    repaired_ = ReplaceInvalidUtf8(text);
    out.scanned = repaired_;
  } else {
    out.scanned = text;
  }
  return absl::OkStatus();
}

absl::Status RemoteBackend::Redact(std::string_view text, std::string& out,
                                   const RedactFacts& facts) {
  if (absl::Status status = RoundTrip(text); !status.ok()) return status;
  out.append(response_.text());
  if (facts.special_categories != nullptr) {
    facts.special_categories->insert(response_.special_categories().begin(),
                                     response_.special_categories().end());
  }
  if (facts.type_counts != nullptr) {
    for (const v1::Finding& finding : response_.findings()) ++(*facts.type_counts)[finding.type()];
  }
  return absl::OkStatus();
}

absl::Status RemoteBackend::Restore(std::string_view text, std::string& out) {
  grpc::ClientContext context;
  v1::RestoreRequest request;
  request.set_text(std::string(text));
  v1::RestoreResponse response;
  const grpc::Status status = stub_->Restore(&context, request, &response);
  if (!status.ok()) {
    return absl::Status(static_cast<absl::StatusCode>(status.error_code()), status.error_message());
  }
  out.append(response.text());
  return absl::OkStatus();
}

}  // namespace sladd
