#include "cli/health.h"

#include <grpcpp/grpcpp.h>

#include <chrono>

#include "cli/remote_backend.h"
#include "grpc/health/v1/health.grpc.pb.h"

namespace sladd {

int RunHealth(const HealthOptions& options, std::FILE* out, std::FILE* err) {
  auto credentials = ServerCredentials(options.server_ca);
  if (!credentials.ok()) {
    std::fprintf(err, "sladd: %s\n", std::string(credentials.status().message()).c_str());
    return 1;
  }
  auto stub = grpc::health::v1::Health::NewStub(grpc::CreateChannel(options.server, *credentials));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() +
                       std::chrono::milliseconds(static_cast<int64_t>(options.timeout_seconds * 1000)));
  context.set_wait_for_ready(true);  // a server still starting gets until the deadline
  grpc::health::v1::HealthCheckRequest request;
  request.set_service(options.service);
  grpc::health::v1::HealthCheckResponse response;
  const grpc::Status status = stub->Check(&context, request, &response);
  if (!status.ok()) {
    std::fprintf(err, "sladd: health of %s: %s\n", options.server.c_str(),
                 status.error_message().c_str());
    return 1;
  }
  std::fprintf(out, "%s\n",
               grpc::health::v1::HealthCheckResponse::ServingStatus_Name(response.status()).c_str());
  return response.status() == grpc::health::v1::HealthCheckResponse::SERVING ? 0 : 1;
}

}  // namespace sladd
