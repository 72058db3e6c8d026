// sladd-server with TLS and mutual TLS; certificates made with the openssl tool per run.
#include <grpcpp/grpcpp.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "sladd/v1/sladd.grpc.pb.h"
#include "tests/support/server_process.h"
#include "tests/support/subprocess.h"

namespace sladd {
namespace {

using testing::ServerProcess;

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

// A CA, a server certificate for 127.0.0.1 and a client certificate, in a temp directory.
class Certificates {
 public:
  Certificates() : dir_(::testing::TempDir() + "/sladd_tls") {
    const std::string script =
        "set -e; mkdir -p " + dir_ + "; cd " + dir_ + ";"
        "key() { openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
        "  -keyout $1.key -out $1.csr -subj /CN=$1 2>/dev/null; };"
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
        "  -keyout ca.key -out ca.pem -days 2 -subj /CN=sladd-test-ca 2>/dev/null;"
        "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost' > server.ext;"
        "key server; openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
        "  -out server.pem -days 2 -extfile server.ext 2>/dev/null;"
        "key client; openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
        "  -out client.pem -days 2 2>/dev/null";
    ok_ = testing::RunProcess({"/bin/sh", "-c", script}).exit_status == 0;
  }
  bool ok() const { return ok_; }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }
  std::string pem(const std::string& name) const { return ReadFile(path(name)); }

 private:
  std::string dir_;
  bool ok_ = false;
};

grpc::Status Call(const ServerProcess& server, std::shared_ptr<grpc::ChannelCredentials> credentials,
                  v1::RedactResponse* response) {
  auto stub = v1::Redactor::NewStub(grpc::CreateChannel(server.address(), credentials));
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
  v1::RedactRequest request;
  request.set_text("ring 91234567");
  return stub->Redact(&context, request, response);
}

TEST(ServerTls, ServesTlsAndRefusesPlaintextClients) {
  Certificates certificates;
  ASSERT_TRUE(certificates.ok());
  ServerProcess server(SLADD_SERVER_BINARY, {"--tls-cert=" + certificates.path("server.pem"),
                                             "--tls-key=" + certificates.path("server.key")});
  ASSERT_TRUE(server.started()) << server.Log();
  EXPECT_THAT(server.Log(), ::testing::HasSubstr("\"tls\":\"on\""));

  grpc::SslCredentialsOptions options;
  options.pem_root_certs = certificates.pem("ca.pem");
  v1::RedactResponse response;
  ASSERT_TRUE(Call(server, grpc::SslCredentials(options), &response).ok());
  EXPECT_EQ(response.text(), "ring <PHONE_NUMBER>");
  EXPECT_FALSE(Call(server, grpc::InsecureChannelCredentials(), &response).ok());
}

TEST(ServerTls, RequiresClientCertificatesForMutualTls) {
  Certificates certificates;
  ASSERT_TRUE(certificates.ok());
  ServerProcess server(SLADD_SERVER_BINARY, {"--tls-cert=" + certificates.path("server.pem"),
                                             "--tls-key=" + certificates.path("server.key"),
                                             "--tls-client-ca=" + certificates.path("ca.pem")});
  ASSERT_TRUE(server.started()) << server.Log();

  grpc::SslCredentialsOptions without_certificate;
  without_certificate.pem_root_certs = certificates.pem("ca.pem");
  v1::RedactResponse response;
  EXPECT_FALSE(Call(server, grpc::SslCredentials(without_certificate), &response).ok());

  grpc::SslCredentialsOptions with_certificate = without_certificate;
  with_certificate.pem_private_key = certificates.pem("client.key");
  with_certificate.pem_cert_chain = certificates.pem("client.pem");
  ASSERT_TRUE(Call(server, grpc::SslCredentials(with_certificate), &response).ok());
  EXPECT_EQ(response.text(), "ring <PHONE_NUMBER>");
}

}  // namespace
}  // namespace sladd
