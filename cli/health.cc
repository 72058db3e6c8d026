#include "cli/health.h"

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "grpc/health/v1/health.grpc.pb.h"

namespace sladd {

int RunHealth(const HealthOptions& options, std::FILE* out, std::FILE* err) {
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!options.server_ca.empty()) {
    std::ifstream file(options.server_ca);
    if (!file) {
      std::fprintf(err, "sladd: %s: cannot open file\n", options.server_ca.c_str());
      return 1;
    }
    std::stringstream pem;
    pem << file.rdbuf();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = pem.str();
    credentials = grpc::SslCredentials(ssl);
  }
  auto stub = grpc::health::v1::Health::NewStub(grpc::CreateChannel(options.server, credentials));
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
