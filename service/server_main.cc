// sladd-server: the sladd.v1.Redactor gRPC service. See docs/SERVER.md.
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <prometheus/exposer.h>
#include <signal.h>
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>

#include "config/database_cache_directory.h"
#include "detectors/builtin.h"
#include "service/conversations.h"
#include "service/log.h"
#include "service/metrics.h"
#include "service/policy_holder.h"
#include "service/redactor_service.h"

namespace sladd {
namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailure = 1;

struct ServerFlags {
  std::string listen = "127.0.0.1:50051";
  std::string config;
  std::string cache_dir;
  int metrics_port = 0;
  std::string tls_cert;
  std::string tls_key;
  std::string tls_client_ca;
  bool plaintext = false;
  bool watch_config = false;
  double watch_interval_seconds = 2;
  double grace_period_seconds = 10;
  double drain_delay_seconds = 0;
  std::string port_file;
  size_t max_request_bytes = 64 << 20;
  size_t max_conversations = 100000;
  double conversation_idle_seconds = 1800;
  ServiceLimits limits;
};

void ParseFlags(CLI::App& app, ServerFlags& flags) {
  app.add_option("--listen", flags.listen, "HOST:PORT to serve on; port 0 picks a free one")
      ->capture_default_str();
  app.add_option("--config", flags.config,
                 "Policy file (docs/POLICY.md); default: the built-in policy")
      ->check(CLI::ExistingFile);
  app.add_option("--cache-dir", flags.cache_dir,
                 "Keep compiled scan databases here, so that a restart or reload of the same "
                 "policies starts at once; default: compile every time");
  app.add_option("--metrics-port", flags.metrics_port,
                 "Serve Prometheus metrics at /metrics on this port, on the --listen host; 0: off")
      ->capture_default_str();
  app.add_option("--tls-cert", flags.tls_cert, "Server certificate chain (PEM)")
      ->check(CLI::ExistingFile);
  app.add_option("--tls-key", flags.tls_key, "Server private key (PEM)")->check(CLI::ExistingFile);
  app.add_option("--tls-client-ca", flags.tls_client_ca,
                 "Require client certificates signed by these CAs (PEM): mutual TLS")
      ->check(CLI::ExistingFile);
  app.add_flag("--plaintext", flags.plaintext, "Serve without TLS (only when asked for)");
  app.add_flag("--watch-config", flags.watch_config,
               "Reload the policy file when it changes (SIGHUP always reloads)");
  app.add_option("--watch-interval", flags.watch_interval_seconds,
                 "Seconds between checks of the policy file with --watch-config")
      ->capture_default_str();
  app.add_option("--drain-delay", flags.drain_delay_seconds,
                 "Seconds to keep answering after SIGTERM with health NOT_SERVING, so load "
                 "balancers stop sending before connections close")
      ->capture_default_str();
  app.add_option("--grace-period", flags.grace_period_seconds,
                 "Seconds calls in flight may take to finish after the drain delay")
      ->capture_default_str();
  app.add_option("--max-text-bytes", flags.limits.max_text_bytes,
                 "Largest text of one request (INVALID_ARGUMENT beyond)")
      ->capture_default_str();
  app.add_option("--max-batch-size", flags.limits.max_batch_size,
                 "Most requests in one RedactBatch (INVALID_ARGUMENT beyond)")
      ->capture_default_str();
  app.add_option("--max-in-flight", flags.limits.max_in_flight,
                 "Calls answered at once (RESOURCE_EXHAUSTED beyond)")
      ->capture_default_str();
  app.add_option("--max-request-bytes", flags.max_request_bytes,
                 "Largest gRPC message, batches included (RESOURCE_EXHAUSTED beyond)")
      ->capture_default_str();
  app.add_option("--max-conversations", flags.max_conversations,
                 "Conversations whose numbering is remembered (least recently used forgotten)")
      ->capture_default_str();
  app.add_option("--conversation-idle", flags.conversation_idle_seconds,
                 "Seconds after which an idle conversation's numbering is forgotten")
      ->capture_default_str();
  app.add_option("--port-file", flags.port_file, "Write the port served on to this file");
}

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

std::shared_ptr<grpc::ServerCredentials> Credentials(const ServerFlags& flags) {
  if (flags.plaintext) return grpc::InsecureServerCredentials();
  grpc::SslServerCredentialsOptions options(
      flags.tls_client_ca.empty() ? GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE
                                  : GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
  options.pem_key_cert_pairs.push_back({ReadFile(flags.tls_key), ReadFile(flags.tls_cert)});
  if (!flags.tls_client_ca.empty()) options.pem_root_certs = ReadFile(flags.tls_client_ca);
  return grpc::SslServerCredentials(options);
}

std::string HostOf(const std::string& address) {
  const size_t colon = address.rfind(':');
  return colon == std::string::npos ? address : address.substr(0, colon);
}

int64_t MillisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               start)
      .count();
}

void Reload(PolicyHolder& policies, Metrics& metrics, std::string_view cause) {
  const auto start = std::chrono::steady_clock::now();
  const absl::Status status = policies.Reload();
  if (status.ok()) {
    const int64_t generation = static_cast<int64_t>(policies.current()->number());
    metrics.ConfigLoaded(static_cast<uint64_t>(generation));
    // How long loading and compiling took: tens of milliseconds when --cache-dir holds
    // the policies compiled, a quarter of a second and more when not.
    LogLine("info", "reload")
        .Add("cause", cause)
        .Add("generation", generation)
        .Add("load_ms", MillisecondsSince(start));
  } else {
    metrics.ReloadFailed();
    // The message names the file and the field at fault, never a secret.
    LogLine("error", "reload_failed").Add("cause", cause).Add("error", std::string(status.message()));
  }
}

// Polls the policy file and reloads when its size or modification time changes.
class ConfigWatcher {
 public:
  ConfigWatcher(PolicyHolder& policies, Metrics& metrics, std::chrono::milliseconds interval)
      : policies_(policies), metrics_(metrics), interval_(interval),
        last_(Fingerprint()), thread_([this] { Run(); }) {}
  ~ConfigWatcher() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }

 private:
  std::pair<int64_t, int64_t> Fingerprint() const {
    struct stat info {};
    if (stat(policies_.config_path().c_str(), &info) != 0) return {-1, -1};
    return {static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
            static_cast<int64_t>(info.st_size)};
  }

  void Run() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!wake_.wait_for(lock, interval_, [this] { return stop_; })) {
      const auto now = Fingerprint();
      if (now == last_) continue;
      last_ = now;
      lock.unlock();
      Reload(policies_, metrics_, "watch");
      lock.lock();
    }
  }

  PolicyHolder& policies_;
  Metrics& metrics_;
  const std::chrono::milliseconds interval_;
  std::pair<int64_t, int64_t> last_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

// Health goes NOT_SERVING and new calls are still answered for the drain delay, so load
// balancers stop sending first; then calls in flight (and open streams) get the grace
// period; then the server stops at once, without waiting for idle connections to close.
void Drain(const ServerFlags& flags, grpc::Server& server, const RedactorService& service) {
  server.GetHealthCheckService()->SetServingStatus(false);
  LogLine("info", "drain")
      .Add("drain_delay_seconds", static_cast<int64_t>(flags.drain_delay_seconds))
      .Add("grace_seconds", static_cast<int64_t>(flags.grace_period_seconds));
  const auto seconds = [](double s) {
    return std::chrono::milliseconds(static_cast<int64_t>(s * 1000));
  };
  std::this_thread::sleep_for(seconds(flags.drain_delay_seconds));
  const auto give_up = std::chrono::steady_clock::now() + seconds(flags.grace_period_seconds);
  while (service.open_calls() > 0 && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const int64_t unfinished = service.open_calls();
  if (unfinished > 0) LogLine("warning", "grace_expired").Add("calls", unfinished);
  server.Shutdown(std::chrono::system_clock::now());
  server.Wait();
}

// The one-time work of the detectors the policies use (every calling code's numbering plan)
// on a thread of its own beside the first requests, so that none of them waits for it: the
// first +1 number would wait 7 ms. Detached: the process ends with _Exit, and the thread
// holds the registry.
void WarmUpInBackground(std::shared_ptr<const DetectorRegistry> registry) {
  std::thread([registry = std::move(registry)] {
    const auto start = std::chrono::steady_clock::now();
    registry->WarmUpMade();
    LogLine("info", "warmed_up").Add("ms", MillisecondsSince(start));
  }).detach();
}

int Serve(const ServerFlags& flags) {
  // Signals are taken by sigwait below; block them before any thread starts.
  sigset_t signals;
  sigemptyset(&signals);
  for (int signal : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&signals, signal);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto registry = BuiltinDetectors();
  if (!registry.ok()) {
    LogLine("error", "start_failed").Add("error", std::string(registry.status().message()));
    return kExitFailure;
  }
  std::shared_ptr<const DatabaseCache> cache;
  if (!flags.cache_dir.empty()) {
    auto directory = DatabaseCacheDirectory::Open(flags.cache_dir);
    if (!directory.ok()) {
      LogLine("error", "start_failed").Add("error", std::string(directory.status().message()));
      return kExitUsage;
    }
    cache = std::move(*directory);
  }
  PolicyHolder policies(flags.config, *registry, std::move(cache));
  const auto load_start = std::chrono::steady_clock::now();
  if (const absl::Status status = policies.Reload(); !status.ok()) {
    LogLine("error", "start_failed").Add("error", std::string(status.message()));
    return kExitUsage;
  }
  const int64_t load_ms = MillisecondsSince(load_start);
  Metrics metrics;
  metrics.ConfigLoaded(1);
  ConversationStore conversations(
      flags.max_conversations,
      std::chrono::duration_cast<ConversationStore::Clock::duration>(
          std::chrono::duration<double>(flags.conversation_idle_seconds)));
  RedactorService service(policies, conversations, metrics, flags.limits);

  grpc::EnableDefaultHealthCheckService(true);
  grpc::reflection::InitProtoReflectionServerBuilderPlugin();
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort(flags.listen, Credentials(flags), &port);
  builder.RegisterService(&service);
  builder.SetMaxReceiveMessageSize(static_cast<int>(flags.max_request_bytes));
  builder.SetMaxSendMessageSize(static_cast<int>(flags.max_request_bytes));
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (server == nullptr || port == 0) {
    LogLine("error", "start_failed").Add("error", "cannot listen").Add("listen", flags.listen);
    return kExitFailure;
  }

  std::unique_ptr<prometheus::Exposer> exposer;
  if (flags.metrics_port > 0) {
    const std::string address = HostOf(flags.listen) + ":" + std::to_string(flags.metrics_port);
    try {  // prometheus-cpp reports a failed bind by exception; it stops here
      exposer = std::make_unique<prometheus::Exposer>(address);
      exposer->RegisterCollectable(metrics.registry());
    } catch (const std::exception&) {
      LogLine("error", "start_failed").Add("error", "cannot serve metrics").Add("metrics", address);
      return kExitFailure;
    }
  }
  server->GetHealthCheckService()->SetServingStatus(true);
  // Probes may name the service too (Kubernetes grpc.service, `sladd health --service`).
  server->GetHealthCheckService()->SetServingStatus(v1::Redactor::service_full_name(), true);
  LogLine("info", "start")
      .Add("listen", flags.listen)
      .Add("port", port)
      .Add("tls", flags.plaintext ? "off" : flags.tls_client_ca.empty() ? "on" : "mutual")
      .Add("policies", static_cast<int64_t>(policies.current()->policies().names().size()))
      .Add("load_ms", load_ms)
      .Add("metrics_port", flags.metrics_port);
  WarmUpInBackground(*registry);
  // Last: whoever waits for the port file finds the server serving and its start logged.
  if (!flags.port_file.empty()) std::ofstream(flags.port_file) << port << "\n";

  std::unique_ptr<ConfigWatcher> watcher;
  if (flags.watch_config && !flags.config.empty()) {
    watcher = std::make_unique<ConfigWatcher>(
        policies, metrics,
        std::chrono::milliseconds(static_cast<int64_t>(flags.watch_interval_seconds * 1000)));
  }
  while (true) {
    int signal = 0;
    sigwait(&signals, &signal);
    if (signal == SIGHUP) {
      Reload(policies, metrics, "SIGHUP");
      continue;
    }
    break;
  }

  Drain(flags, *server, service);
  watcher.reset();
  LogLine("info", "stop");
  // Every call is answered and the log flushed. Tearing down gRPC's library state can take
  // seconds while clients keep idle connections open; nothing is left to do, so skip it.
  std::fflush(nullptr);
  std::_Exit(0);
}

}  // namespace
}  // namespace sladd

int main(int argc, char** argv) {
  CLI::App app{"sladd-server: the sladd.v1.Redactor gRPC service. Finds and redacts personal "
               "data in messages before they are logged or sent to a language model."};
  sladd::ServerFlags flags;
  sladd::ParseFlags(app, flags);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? 0 : sladd::kExitUsage;
  }
  const bool tls = !flags.tls_cert.empty() || !flags.tls_key.empty();
  if (flags.plaintext == tls || (tls && (flags.tls_cert.empty() || flags.tls_key.empty()))) {
    std::fprintf(stderr,
                 "sladd-server: choose --tls-cert with --tls-key, or --plaintext\n");
    return sladd::kExitUsage;
  }
  if (flags.plaintext && !flags.tls_client_ca.empty()) {
    std::fprintf(stderr, "sladd-server: --tls-client-ca needs --tls-cert and --tls-key\n");
    return sladd::kExitUsage;
  }
  return sladd::Serve(flags);
}
