// Starts the real sladd-server binary on an ephemeral loopback port for integration tests.
#ifndef SLADD_TESTS_SUPPORT_SERVER_PROCESS_H_
#define SLADD_TESTS_SUPPORT_SERVER_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace sladd::testing {

class ServerProcess {
 public:
  // Starts `binary` with `args` plus --listen 127.0.0.1:0 and a port file, with `env`
  // ("NAME=value") added, and waits until it serves (or exits, or a minute passes).
  ServerProcess(const std::string& binary, std::vector<std::string> args,
                std::vector<std::string> env = {});
  // Takes over `other`'s process; `other` then owns none.
  ServerProcess(ServerProcess&& other) noexcept;
  ServerProcess& operator=(ServerProcess&&) = delete;
  ~ServerProcess();  // SIGKILL if still running

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  void Signal(int signal) const;
  // Waits for the process to exit; its exit status, or 128 + signal.
  int Wait();
  // What it wrote to stderr so far.
  std::string Log() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string log_path_;
  std::string port_path_;
};

}  // namespace sladd::testing

#endif  // SLADD_TESTS_SUPPORT_SERVER_PROCESS_H_
