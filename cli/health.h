// `sladd health`: asks a running sladd-server whether it serves, over the standard gRPC
// health protocol, for container HEALTHCHECKs and scripts (no probe binary ships in Debian).
#ifndef SLADD_CLI_HEALTH_H_
#define SLADD_CLI_HEALTH_H_

#include <cstdio>
#include <string>

namespace sladd {

struct HealthOptions {
  std::string server = "127.0.0.1:50051";  // HOST:PORT
  std::string service;                     // "" : the server as a whole
  std::string server_ca;                   // PEM; empty: plaintext
  double timeout_seconds = 5;
};

// Writes the status (SERVING, NOT_SERVING, ...) to `out`, or why there is none to `err`.
// Returns 0 when serving, 1 otherwise.
int RunHealth(const HealthOptions& options, std::FILE* out, std::FILE* err);

}  // namespace sladd

#endif  // SLADD_CLI_HEALTH_H_
