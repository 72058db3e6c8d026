// A bounded soak test of the real sladd-server on loopback: client threads send a mix of
// valid and invalid requests, cancel streams and let deadlines expire, while the policy
// file is rewritten and reloaded every few seconds (sometimes with a broken file); at the
// end a stream stays open across SIGTERM. It checks that every status is one the request
// kind allows, that every accepted message is answered and redacted, and that the
// server's memory stops growing after warm-up.
//
// SLADD_SOAK_SECONDS sets the length (default 120). The table it prints is the source of
// the figures in docs/RELIABILITY.md.
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "bench/chat_corpus.h"
#include "sladd/v1/sladd.grpc.pb.h"
#include "tests/support/server_process.h"

namespace sladd {
namespace {

using Clock = std::chrono::steady_clock;
using grpc::StatusCode;
using testing::ServerProcess;

const char kKeyEnv[] =
    "SLADD_SOAK_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
constexpr size_t kMaxTextBytes = 65536;
constexpr size_t kMaxBatchSize = 64;

// The policy files the reloader cycles through: two good ones and a broken one.
const char kPolicyA[] = R"({"secrets":[{"id":"t1","env":"SLADD_SOAK_KEY"}],
  "policies":[{"name":"p"},{"name":"tok","defaultOperator":{"tokenize":{"key":"t1"}}}]})";
const char kPolicyB[] = R"({"secrets":[{"id":"t1","env":"SLADD_SOAK_KEY"}],
  "policies":[{"name":"p","defaultOperator":{"replace":{"format":"[{type}]"}}},
              {"name":"tok","defaultOperator":{"tokenize":{"key":"t1"}}}]})";
const char kPolicyBroken[] = R"({"policies":[{"name":"p","types":["NO_SUCH_TYPE"]}]})";

// What a client does, and the statuses it may get back.
struct Kind {
  const char* name;
  std::set<StatusCode> allowed;
};

enum KindId {
  kRedact, kConversation, kBatch, kStream, kStreamCancelled, kAnalyze, kTokenRoundTrip,
  kInvalidUtf8, kTooLong, kUnknownPolicy, kBatchTooLarge, kForgedToken, kMalformedMessage,
  kExpiredDeadline, kKindCount
};

const Kind kKinds[kKindCount] = {
    {"Redact, chat message", {StatusCode::OK}},
    {"Redact in a conversation", {StatusCode::OK}},
    {"RedactBatch, 1-32 messages", {StatusCode::OK}},
    {"RedactStream, 1-40 messages", {StatusCode::OK}},
    {"RedactStream cancelled by the client", {StatusCode::CANCELLED, StatusCode::OK}},
    {"Analyze", {StatusCode::OK}},
    {"Redact (tokenize) then Restore", {StatusCode::OK}},
    {"invalid UTF-8", {StatusCode::INVALID_ARGUMENT}},
    {"text over --max-text-bytes", {StatusCode::INVALID_ARGUMENT}},
    {"unknown policy name", {StatusCode::NOT_FOUND}},
    {"batch over --max-batch-size", {StatusCode::INVALID_ARGUMENT}},
    {"Restore of a token with one character changed", {StatusCode::INVALID_ARGUMENT}},
    // gRPC 1.51's callback server answers a request it cannot decode so, before any of
    // sladd's code runs.
    {"bytes that are not a RedactRequest", {StatusCode::UNIMPLEMENTED}},
    {"1 ms deadline on 60 KB", {StatusCode::DEADLINE_EXCEEDED, StatusCode::OK}},
};

// Per client thread; merged at the end.
struct Tally {
  std::map<int, std::map<StatusCode, uint64_t>> statuses;  // kind -> status -> count
  uint64_t messages_answered = 0;
  std::vector<std::string> failures;  // what went wrong, without message text

  void Fail(const std::string& what) {
    if (failures.size() < 20) failures.push_back(what);
  }
};

std::string StatusName(StatusCode code) {
  static const std::map<StatusCode, std::string> kNames = {
      {StatusCode::OK, "OK"},
      {StatusCode::CANCELLED, "CANCELLED"},
      {StatusCode::INVALID_ARGUMENT, "INVALID_ARGUMENT"},
      {StatusCode::DEADLINE_EXCEEDED, "DEADLINE_EXCEEDED"},
      {StatusCode::NOT_FOUND, "NOT_FOUND"},
      {StatusCode::RESOURCE_EXHAUSTED, "RESOURCE_EXHAUSTED"},
      {StatusCode::FAILED_PRECONDITION, "FAILED_PRECONDITION"},
      {StatusCode::UNIMPLEMENTED, "UNIMPLEMENTED"},
      {StatusCode::INTERNAL, "INTERNAL"},
      {StatusCode::UNAVAILABLE, "UNAVAILABLE"}};
  const auto it = kNames.find(code);
  return it != kNames.end() ? it->second : "code " + std::to_string(code);
}

std::unique_ptr<v1::Redactor::Stub> Connect(const std::string& address) {
  grpc::ChannelArguments arguments;
  arguments.SetMaxReceiveMessageSize(-1);
  return v1::Redactor::NewStub(
      grpc::CreateCustomChannel(address, grpc::InsecureChannelCredentials(), arguments));
}

void SetDeadline(grpc::ClientContext& context, std::chrono::milliseconds after) {
  context.set_deadline(std::chrono::system_clock::now() + after);
}

// The structured values planted in a message (names and statements are scored models;
// their recall is measured elsewhere).
std::vector<std::string> MustGo(const bench::Message& message) {
  static const std::set<std::string> kStructured = {
      "NO_NATIONAL_ID", "NO_BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "CREDIT_CARD",
      "IBAN_CODE"};
  std::vector<std::string> values;
  for (const bench::Label& label : message.labels) {
    if (kStructured.contains(label.type)) {
      values.push_back(message.text.substr(label.start, label.end - label.start));
    }
  }
  return values;
}

class Client {
 public:
  Client(const std::string& address, uint64_t seed, const std::vector<bench::Message>& corpus)
      : stub_(Connect(address)),
        generic_(grpc::CreateChannel(address, grpc::InsecureChannelCredentials())),
        random_(seed),
        corpus_(corpus) {}

  void RunUntil(const std::atomic<bool>& stop) {
    while (!stop.load()) {
      // Valid requests most of the time, each bad input now and then.
      const int roll = static_cast<int>(random_() % 100);
      const int kind = roll < 30   ? kRedact
                       : roll < 40 ? kConversation
                       : roll < 50 ? kBatch
                       : roll < 58 ? kStream
                       : roll < 63 ? kStreamCancelled
                       : roll < 70 ? kAnalyze
                       : roll < 76 ? kTokenRoundTrip
                                   : kInvalidUtf8 + static_cast<int>(random_() % 7);
      const grpc::Status status = Run(kind);
      ++tally_.statuses[kind][status.error_code()];
      if (!kKinds[kind].allowed.contains(status.error_code())) {
        tally_.Fail(std::string(kKinds[kind].name) + ": " + StatusName(status.error_code()) +
                    " " + status.error_message());
      }
    }
  }

  Tally& tally() { return tally_; }

 private:
  const bench::Message& AnyMessage() { return corpus_[random_() % corpus_.size()]; }

  // Checks a redacted answer: the structured values planted in `message` are gone.
  void CheckRedacted(const bench::Message& message, const std::string& redacted) {
    ++tally_.messages_answered;
    for (const std::string& value : MustGo(message)) {
      if (redacted.find(value) != std::string::npos) tally_.Fail("a planted value survived");
    }
  }

  grpc::Status Run(int kind) {
    switch (kind) {
      case kRedact:
      case kConversation: return RedactOne(kind == kConversation);
      case kBatch: return Batch(1 + random_() % 32);
      case kStream: return Stream(1 + random_() % 40, /*cancel=*/false);
      case kStreamCancelled: return Stream(2 + random_() % 40, /*cancel=*/true);
      case kAnalyze: return Analyze();
      case kTokenRoundTrip: return TokenRoundTrip();
      case kInvalidUtf8: return RedactText("ring 912 34 567 \xC3\x28 takk", "p");
      case kTooLong: return RedactText(std::string(kMaxTextBytes + 1, 'a'), "p");
      case kUnknownPolicy: return RedactText("hei", "no-such-policy");
      case kBatchTooLarge: return Batch(kMaxBatchSize + 1);
      case kForgedToken: return ForgedToken();
      case kMalformedMessage: return Malformed();
      case kExpiredDeadline: return ExpiredDeadline();
    }
    return grpc::Status(StatusCode::UNKNOWN, "no such kind");
  }

  grpc::Status RedactOne(bool in_conversation) {
    const bench::Message& message = AnyMessage();
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::RedactRequest request;
    request.set_text(message.text);
    if (in_conversation) request.set_conversation_id("c" + std::to_string(random_() % 2000));
    v1::RedactResponse response;
    grpc::Status status = stub_->Redact(&context, request, &response);
    if (status.ok()) CheckRedacted(message, response.text());
    return status;
  }

  grpc::Status RedactText(const std::string& text, const std::string& policy) {
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::RedactRequest request;
    request.set_text(text);
    request.set_policy(policy);
    v1::RedactResponse response;
    return stub_->Redact(&context, request, &response);
  }

  grpc::Status Batch(size_t size) {
    std::vector<const bench::Message*> messages;
    v1::RedactBatchRequest request;
    for (size_t i = 0; i < size; ++i) {
      messages.push_back(&AnyMessage());
      request.add_requests()->set_text(messages.back()->text);
    }
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::RedactBatchResponse response;
    grpc::Status status = stub_->RedactBatch(&context, request, &response);
    if (!status.ok()) return status;
    if (response.responses_size() != static_cast<int>(size)) tally_.Fail("batch answer count");
    for (int i = 0; i < response.responses_size() && i < static_cast<int>(size); ++i) {
      CheckRedacted(*messages[static_cast<size_t>(i)], response.responses(i).text());
    }
    return status;
  }

  // Lock-step: write one, read its answer. A cancelled stream stops half-way.
  grpc::Status Stream(size_t size, bool cancel) {
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(60));
    auto stream = stub_->RedactStream(&context);
    const size_t cancel_after = cancel ? 1 + random_() % (size - 1) : size;
    for (size_t i = 0; i < cancel_after; ++i) {
      const bench::Message& message = AnyMessage();
      v1::RedactRequest request;
      request.set_text(message.text);
      v1::RedactResponse response;
      if (!stream->Write(request) || !stream->Read(&response)) break;
      CheckRedacted(message, response.text());
    }
    if (cancel) {
      context.TryCancel();
    } else {
      stream->WritesDone();
    }
    return stream->Finish();
  }

  grpc::Status Analyze() {
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::AnalyzeRequest request;
    request.set_text(AnyMessage().text);
    v1::AnalyzeResponse response;
    grpc::Status status = stub_->Analyze(&context, request, &response);
    if (status.ok()) ++tally_.messages_answered;
    return status;
  }

  grpc::Status TokenRoundTrip() {
    const bench::Message& message = AnyMessage();
    v1::RedactResponse tokenized;
    {
      grpc::ClientContext context;
      SetDeadline(context, std::chrono::seconds(30));
      v1::RedactRequest request;
      request.set_text(message.text);
      request.set_policy("tok");
      grpc::Status status = stub_->Redact(&context, request, &tokenized);
      if (!status.ok()) return status;
      CheckRedacted(message, tokenized.text());
    }
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::RestoreRequest request;
    request.set_text(tokenized.text());
    v1::RestoreResponse restored;
    grpc::Status status = stub_->Restore(&context, request, &restored);
    if (status.ok() && restored.text() != message.text) tally_.Fail("restore changed a message");
    return status;
  }

  grpc::Status ForgedToken() {
    v1::RedactResponse tokenized;
    {
      grpc::ClientContext context;
      SetDeadline(context, std::chrono::seconds(30));
      v1::RedactRequest request;
      request.set_text("skriv til kari@firma.no");
      request.set_policy("tok");
      if (grpc::Status status = stub_->Redact(&context, request, &tokenized); !status.ok()) {
        return status;
      }
    }
    std::string forged = tokenized.text();
    const size_t payload = forged.find(':');
    if (payload == std::string::npos || payload + 2 >= forged.size()) {
      return grpc::Status(StatusCode::UNKNOWN, "no token to forge");
    }
    char& victim = forged[payload + 1 + random_() % (forged.size() - payload - 2)];
    victim = victim == 'A' ? 'B' : 'A';
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    v1::RestoreRequest request;
    request.set_text(forged);
    v1::RestoreResponse response;
    return stub_->Restore(&context, request, &response);
  }

  // Field 1 announced as 100 bytes long, then 3: not a protobuf message.
  grpc::Status Malformed() {
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::seconds(30));
    const std::string bytes("\x0a\x64\x61\x62\x63", 5);
    const grpc::Slice slice(bytes);
    const grpc::ByteBuffer request(&slice, 1);
    grpc::ByteBuffer response;
    std::promise<grpc::Status> done;
    generic_.UnaryCall(&context, "/sladd.v1.Redactor/Redact", grpc::StubOptions(), &request,
                       &response, [&](grpc::Status status) { done.set_value(status); });
    return done.get_future().get();
  }

  grpc::Status ExpiredDeadline() {
    std::string text;
    while (text.size() < 60000) text += AnyMessage().text + "\n";
    text.resize(60000);
    while (!text.empty() && (text.back() & 0xC0) == 0x80) text.pop_back();
    if (!text.empty() && (text.back() & 0x80) != 0) text.pop_back();  // a cut lead byte
    grpc::ClientContext context;
    SetDeadline(context, std::chrono::milliseconds(1));
    v1::RedactRequest request;
    request.set_text(text);
    v1::RedactResponse response;
    return stub_->Redact(&context, request, &response);
  }

  std::unique_ptr<v1::Redactor::Stub> stub_;
  grpc::GenericStub generic_;
  std::mt19937_64 random_;
  const std::vector<bench::Message>& corpus_;
  Tally tally_;
};

long ResidentKiB(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

int SoakSeconds() {
  const char* value = std::getenv("SLADD_SOAK_SECONDS");
  return value != nullptr ? std::max(10, std::atoi(value)) : 120;
}

bool Sanitized() {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
  return true;
#else
  return false;
#endif
}

std::string WritePolicy(const std::string& path, const char* contents) {
  const std::string temp = path + ".tmp";
  std::ofstream(temp) << contents;
  std::rename(temp.c_str(), path.c_str());  // whole files only, as a ConfigMap update
  return path;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t count = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

// Reloads the server has logged, done or failed.
size_t ReloadsLogged(const std::string& log) {
  return Count(log, "\"event\":\"reload\"") + Count(log, "reload_failed");
}

TEST(ServerSoak, StaysCorrectAndBoundedUnderMixedLoadReloadsAndShutdown) {
  const int seconds = SoakSeconds();
  const std::string policy = WritePolicy(::testing::TempDir() + "/soak_policy.json", kPolicyA);
  ServerProcess server(SLADD_SERVER_BINARY,
                       {"--plaintext", "--config=" + policy,
                        "--max-text-bytes=" + std::to_string(kMaxTextBytes),
                        "--max-batch-size=" + std::to_string(kMaxBatchSize),
                        "--max-conversations=1000", "--drain-delay=1", "--grace-period=20"},
                       {kKeyEnv});
  ASSERT_TRUE(server.started()) << server.Log();
  const std::vector<bench::Message> corpus = bench::GenerateChatCorpus(5000, 20261201);

  std::atomic<bool> stop{false};
  constexpr int kClients = 4;
  std::vector<std::unique_ptr<Client>> clients;
  std::vector<std::thread> threads;
  for (int i = 0; i < kClients; ++i) {
    clients.push_back(std::make_unique<Client>(server.address(), 1000 + i, corpus));
    threads.emplace_back([&, i] { clients[static_cast<size_t>(i)]->RunUntil(stop); });
  }

  // Reload every 3 seconds: A, B, A, broken, ... (SIGHUP, as after a ConfigMap update).
  const auto start = Clock::now();
  const auto warm_up_end = start + std::chrono::seconds(std::max(10, seconds / 5));
  const auto end = start + std::chrono::seconds(seconds);
  const char* const cycle[] = {kPolicyB, kPolicyA, kPolicyBroken, kPolicyA};
  int reloads = 0, broken_reloads = 0;
  // The policy the server runs: a broken file leaves the one before in force.
  const char* in_force = kPolicyA;
  long rss_after_warm_up = -1, rss_peak = 0;
  auto next_reload = start + std::chrono::seconds(3);
  while (Clock::now() < end) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    const long rss = ResidentKiB(server.pid());
    rss_peak = std::max(rss_peak, rss);
    if (rss_after_warm_up < 0 && Clock::now() >= warm_up_end) rss_after_warm_up = rss;
    if (Clock::now() >= next_reload) {
      const char* contents = cycle[reloads % 4];
      broken_reloads += contents == kPolicyBroken;
      if (contents != kPolicyBroken) in_force = contents;
      WritePolicy(policy, contents);
      server.Signal(SIGHUP);
      ++reloads;
      // The next SIGHUP only once this reload is logged: a signal sent while one is
      // pending merges with it (a reload under a sanitizer on a busy machine can take
      // longer than 3 s), and a merged reload is one event fewer than the count below.
      const auto deadline = Clock::now() + std::chrono::seconds(60);
      while (ReloadsLogged(server.Log()) < static_cast<size_t>(reloads) &&
             Clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
      next_reload += std::chrono::seconds(3);
    }
  }
  const long rss_at_end = ResidentKiB(server.pid());
  stop = true;
  for (std::thread& thread : threads) thread.join();

  // A stream open across SIGTERM is still answered to the end, by the policy in force: the
  // reloads may end on B's "[{type}]" (they did when their count was one more than a
  // multiple of four, which the machine's speed decides).
  const std::string phone = in_force == kPolicyB ? "[PHONE_NUMBER]" : "<PHONE_NUMBER>";
  auto stub = Connect(server.address());
  grpc::ClientContext context;
  auto stream = stub->RedactStream(&context);
  int answered_across_shutdown = 0;
  for (int i = 0; i < 20; ++i) {
    if (i == 10) server.Signal(SIGTERM);
    v1::RedactRequest request;
    request.set_text("ring 912 34 567, melding " + std::to_string(i));
    v1::RedactResponse response;
    if (!stream->Write(request) || !stream->Read(&response)) break;
    answered_across_shutdown +=
        response.text() == "ring " + phone + ", melding " + std::to_string(i);
  }
  stream->WritesDone();
  const grpc::Status stream_status = stream->Finish();
  const int exit_status = server.Wait();
  const std::string log = server.Log();

  // Merge and print the table for docs/RELIABILITY.md.
  Tally total;
  for (const auto& client : clients) {
    for (const auto& [kind, statuses] : client->tally().statuses) {
      for (const auto& [code, count] : statuses) total.statuses[kind][code] += count;
    }
    total.messages_answered += client->tally().messages_answered;
    for (const std::string& failure : client->tally().failures) total.Fail(failure);
  }
  std::ostringstream table;
  table << "| request | sent | statuses |\n|---|---:|---|\n";
  uint64_t requests = 0;
  for (int kind = 0; kind < kKindCount; ++kind) {
    uint64_t sent = 0;
    std::string statuses;
    for (const auto& [code, count] : total.statuses[kind]) {
      sent += count;
      statuses += (statuses.empty() ? "" : ", ") + std::to_string(count) + " " + StatusName(code);
    }
    requests += sent;
    table << "| " << kKinds[kind].name << " | " << sent << " | " << statuses << " |\n";
  }
  std::printf("%s\nseconds %d, clients %d, requests %llu, messages answered and checked %llu\n"
              "reloads %d (broken %d), reload events logged %zu, failed %zu\n"
              "server RSS after warm-up %ld KiB, at end %ld KiB, peak %ld KiB%s\n"
              "stream across SIGTERM: %d of 20 answered, status %s, server exit %d\n",
              table.str().c_str(), seconds, kClients, static_cast<unsigned long long>(requests),
              static_cast<unsigned long long>(total.messages_answered), reloads, broken_reloads,
              Count(log, "\"event\":\"reload\""), Count(log, "reload_failed"), rss_after_warm_up,
              rss_at_end, rss_peak, Sanitized() ? " (sanitizer build: not judged)" : "",
              answered_across_shutdown, StatusName(stream_status.error_code()).c_str(),
              exit_status);

  for (const std::string& failure : total.failures) ADD_FAILURE() << failure;
  EXPECT_GT(requests, static_cast<uint64_t>(seconds) * 10);
  for (int kind = 0; kind < kKindCount; ++kind) {
    EXPECT_FALSE(total.statuses[kind].empty()) << kKinds[kind].name << " never ran";
  }
  EXPECT_EQ(Count(log, "\"event\":\"reload\""), static_cast<size_t>(reloads - broken_reloads));
  EXPECT_EQ(Count(log, "reload_failed"), static_cast<size_t>(broken_reloads));
  EXPECT_EQ(answered_across_shutdown, 20);
  EXPECT_TRUE(stream_status.ok()) << stream_status.error_message();
  EXPECT_EQ(exit_status, 0) << log.substr(log.size() > 2000 ? log.size() - 2000 : 0);
  ASSERT_GT(rss_after_warm_up, 0);
  if (!Sanitized()) {
    EXPECT_LT(rss_at_end, rss_after_warm_up * 11 / 10) << "RSS grew over 10% after warm-up";
  }
}

}  // namespace
}  // namespace sladd
