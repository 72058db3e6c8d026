// Load generator for sladd-server: unary, batch and stream calls, closed-loop or at a fixed
// rate, reporting throughput and latency percentiles.
//
//   sladd-loadgen --server 127.0.0.1:50051 --mode unary --rate 5000 --seconds 10
//   sladd-loadgen --server 127.0.0.1:50051 --mode stream --concurrency 4 --seconds 10
//
// At a fixed rate, calls start on schedule whatever earlier calls do, and each latency is
// measured from the scheduled start: a stalled server shows in the percentiles instead of
// slowing the schedule (no coordinated omission). Messages are generated chat messages of
// about --message-bytes bytes. Prints one Markdown table row.
#include <grpcpp/grpcpp.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include "bench/chat_corpus.h"
#include "sladd/v1/sladd.grpc.pb.h"

namespace sladd::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Flags {
  std::string server = "127.0.0.1:50051";
  std::string mode = "unary";
  double rate = 0;  // calls per second; 0: closed loop
  int concurrency = 4;
  double seconds = 10;
  size_t message_bytes = 200;
  int batch_size = 100;
};

// Chat messages cut to about `bytes` bytes (at a character boundary).
std::vector<std::string> Messages(size_t bytes) {
  std::vector<std::string> messages;
  for (const Message& message : GenerateChatCorpus(20000, 99)) {
    std::string text = message.text;
    while (text.size() < bytes) text += " " + message.text;
    size_t cut = bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    messages.push_back(text.substr(0, cut));
  }
  return messages;
}

class Recorder {
 public:
  void Add(Clock::duration latency, bool ok, size_t messages) {
    std::lock_guard<std::mutex> lock(mutex_);
    latencies_.push_back(std::chrono::duration<double, std::micro>(latency).count());
    errors_ += ok ? 0 : 1;
    messages_ += ok ? messages : 0;
  }
  void Print(const Flags& flags, double elapsed) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::sort(latencies_.begin(), latencies_.end());
    auto percentile = [&](double p) {
      if (latencies_.empty()) return 0.0;
      return latencies_[std::min(latencies_.size() - 1, static_cast<size_t>(p * latencies_.size()))];
    };
    const std::string load = flags.rate > 0 ? std::to_string(static_cast<int>(flags.rate)) + "/s"
                                            : "closed, " + std::to_string(flags.concurrency);
    std::printf("| %s | %s | %zu | %.0f | %.0f | %.0f | %.0f | %.0f | %zu |\n", flags.mode.c_str(),
                load.c_str(), flags.message_bytes, latencies_.size() / elapsed,
                messages_ / elapsed, percentile(0.5), percentile(0.99), percentile(0.999), errors_);
  }

 private:
  std::mutex mutex_;
  std::vector<double> latencies_;  // microseconds
  size_t errors_ = 0;
  size_t messages_ = 0;
};

v1::RedactRequest Request(const std::vector<std::string>& messages, size_t i) {
  v1::RedactRequest request;
  request.set_text(messages[i % messages.size()]);
  return request;
}

// Unary calls started on schedule through the callback API.
void FixedRateUnary(v1::Redactor::Stub& stub, const Flags& flags,
                    const std::vector<std::string>& messages, Recorder& recorder) {
  struct Call {
    grpc::ClientContext context;
    v1::RedactRequest request;
    v1::RedactResponse response;
    Clock::time_point scheduled;
  };
  std::atomic<int64_t> outstanding{0};
  const auto interval = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(1.0 / flags.rate));
  const auto start = Clock::now();
  const auto end = start + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(flags.seconds));
  auto next = start;
  for (size_t i = 0; next < end; ++i, next += interval) {
    std::this_thread::sleep_until(next);
    auto* call = new Call;
    call->request = Request(messages, i);
    call->scheduled = next;
    outstanding.fetch_add(1);
    stub.async()->Redact(&call->context, &call->request, &call->response,
                         [call, &recorder, &outstanding](grpc::Status status) {
                           recorder.Add(Clock::now() - call->scheduled, status.ok(), 1);
                           delete call;
                           outstanding.fetch_sub(1);
                         });
  }
  while (outstanding.load() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

// `concurrency` threads, each calling as soon as its previous call returns.
void ClosedLoop(v1::Redactor::Stub& stub, const Flags& flags,
                const std::vector<std::string>& messages, Recorder& recorder) {
  const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(flags.seconds));
  std::vector<std::thread> threads;
  for (int t = 0; t < flags.concurrency; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; Clock::now() < end; i += flags.concurrency) {
        grpc::ClientContext context;
        const auto begin = Clock::now();
        if (flags.mode == "batch") {
          v1::RedactBatchRequest batch;
          for (int b = 0; b < flags.batch_size; ++b) {
            *batch.add_requests() = Request(messages, i * flags.batch_size + b);
          }
          v1::RedactBatchResponse response;
          const bool ok = stub.RedactBatch(&context, batch, &response).ok();
          recorder.Add(Clock::now() - begin, ok, flags.batch_size);
        } else {
          v1::RedactResponse response;
          const bool ok = stub.Redact(&context, Request(messages, i), &response).ok();
          recorder.Add(Clock::now() - begin, ok, 1);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
}

// `concurrency` streams, each kept full by a writer while its reader measures the time from
// writing each message to reading its answer.
void Streams(v1::Redactor::Stub& stub, const Flags& flags,
             const std::vector<std::string>& messages, Recorder& recorder) {
  const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(flags.seconds));
  std::vector<std::thread> threads;
  for (int t = 0; t < flags.concurrency; ++t) {
    threads.emplace_back([&, t] {
      grpc::ClientContext context;
      auto stream = stub.RedactStream(&context);
      std::mutex mutex;
      std::vector<Clock::time_point> sent;
      std::thread writer([&] {
        for (size_t i = t; Clock::now() < end; i += flags.concurrency) {
          {
            std::lock_guard<std::mutex> lock(mutex);
            sent.push_back(Clock::now());
          }
          if (!stream->Write(Request(messages, i))) break;
        }
        stream->WritesDone();
      });
      v1::RedactResponse response;
      for (size_t read = 0; stream->Read(&response); ++read) {
        Clock::time_point written;
        {
          std::lock_guard<std::mutex> lock(mutex);
          written = sent[read];
        }
        recorder.Add(Clock::now() - written, !response.has_error(), 1);
      }
      writer.join();
      (void)stream->Finish();
    });
  }
  for (auto& thread : threads) thread.join();
}

}  // namespace
}  // namespace sladd::bench

int main(int argc, char** argv) {
  CLI::App app{"sladd-loadgen: load for sladd-server"};
  sladd::bench::Flags flags;
  app.add_option("--server", flags.server)->capture_default_str();
  app.add_option("--mode", flags.mode, "unary, batch or stream")
      ->check(CLI::IsMember({"unary", "batch", "stream"}));
  app.add_option("--rate", flags.rate, "Unary calls per second on schedule; 0: closed loop");
  app.add_option("--concurrency", flags.concurrency, "Closed-loop callers or streams")
      ->capture_default_str();
  app.add_option("--seconds", flags.seconds)->capture_default_str();
  app.add_option("--message-bytes", flags.message_bytes)->capture_default_str();
  app.add_option("--batch-size", flags.batch_size)->capture_default_str();
  bool header = false;
  app.add_flag("--header", header, "Print the table header first");
  CLI11_PARSE(app, argc, argv);
  if (header) {
    std::printf("| mode | load | message bytes | calls/s | messages/s | p50 µs | p99 µs | "
                "p99.9 µs | errors |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
  }
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);
  auto stub = sladd::v1::Redactor::NewStub(
      grpc::CreateCustomChannel(flags.server, grpc::InsecureChannelCredentials(), arguments));
  const auto messages = sladd::bench::Messages(flags.message_bytes);
  sladd::bench::Recorder recorder;
  const auto start = std::chrono::steady_clock::now();
  if (flags.mode == "stream") {
    sladd::bench::Streams(*stub, flags, messages, recorder);
  } else if (flags.rate > 0 && flags.mode == "unary") {
    sladd::bench::FixedRateUnary(*stub, flags, messages, recorder);
  } else {
    sladd::bench::ClosedLoop(*stub, flags, messages, recorder);
  }
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  recorder.Print(flags, elapsed);
  return 0;
}
