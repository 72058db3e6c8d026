// sladd analyze|redact --server: the same output as the engine in process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>

#include "tests/support/server_process.h"
#include "tests/support/subprocess.h"

namespace sladd {
namespace {

using ::testing::HasSubstr;
using testing::ProcessResult;
using testing::RunProcess;
using testing::ServerProcess;

constexpr char kInput[] =
    "Hei, jeg heter Åse, tlf 912 34 567\n"
    "fnr 01019000083 og kontonr 8601.11.17947\r\n"
    "ingenting her\n"
    "mail kari[at]firma[dot]no eller ola@example.no\n"
    "Jeg har diabetes og stemmer Høyre";

ProcessResult Sladd(std::vector<std::string> args, const std::string& input) {
  args.insert(args.begin(), SLADD_BINARY);
  return RunProcess(args, input);
}

TEST(CliWithServer, GivesTheSameOutputAsTheEngineInProcess) {
  ServerProcess server(SLADD_SERVER_BINARY, {"--plaintext"});
  ASSERT_TRUE(server.started()) << server.Log();
  const std::string jsonl =
      "{\"id\":1,\"text\":\"ring 91234567\"}\n{\"text\":\"a@b.no\",\"x\":[1]}\n"
      "{\"text\":\"Kona mi er gravid\"}\n";
  const std::string csv =
      "Navn;Kontonummer;Kommentar\nKari Nordmann;12345678903;\"har astma;\nog stemmer Rødt\"\n";
  std::string many;  // enough lines for several batches, one stream per thread
  for (int i = 0; i < 3000; ++i) many += std::string(kInput) + "\n";
  const std::vector<std::pair<std::vector<std::string>, std::string>> runs = {
      {{"redact"}, kInput},
      {{"redact", "--threads", "3"}, many},
      {{"analyze", "--include-values", "--code-points"}, kInput},
      {{"redact", "--input-format", "jsonl"}, jsonl},
      {{"redact", "--input-format", "jsonl", "--categories-field", "categories"}, jsonl},
      {{"analyze", "--input-format", "jsonl"}, jsonl},
      {{"redact", "--input-format", "jsonl", "--fields", "a", "--previous-turn-field", "q"},
       "{\"q\":\"Har du noen allergier?\",\"a\":\"ja, nøtter\"}\n{\"a\":\"ja, nøtter\"}\n"},
      {{"redact", "--input-format", "csv", "--categories-field", "kategorier"}, csv},
      {{"analyze", "--input-format", "csv", "--include-values"}, csv}};
  for (const auto& [args, input] : runs) {
    const ProcessResult local = Sladd(args, input);
    std::vector<std::string> remote_args = args;
    remote_args.push_back("--server=" + server.address());
    const ProcessResult remote = Sladd(remote_args, input);
    EXPECT_EQ(local.exit_status, 0) << local.err;
    EXPECT_EQ(remote.exit_status, 0) << remote.err;
    EXPECT_EQ(remote.out, local.out) << args[0];
  }
}

TEST(CliWithServer, ListsTheServersChannelCategoriesAsTheEngineInProcessDoes) {
  const std::string config = ::testing::TempDir() + "/channel.json";
  std::ofstream(config) << R"({"policies":[{"name":"union","channelCategories":)"
                        << R"(["TRADE_UNION_MEMBERSHIP"]}]})";
  ServerProcess server(SLADD_SERVER_BINARY, {"--plaintext", "--config=" + config});
  ASSERT_TRUE(server.started()) << server.Log();
  const std::string jsonl = "{\"text\":\"I've paid my subs\"}\n{\"text\":\"Jeg er gravid\"}\n";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"analyze", "--input-format", "jsonl"},
        std::vector<std::string>{"redact", "--input-format", "jsonl", "--categories-field", "c"}}) {
    std::vector<std::string> local_args = args;
    local_args.push_back("--config=" + config);
    const ProcessResult local = Sladd(local_args, jsonl);
    std::vector<std::string> remote_args = args;
    remote_args.push_back("--server=" + server.address());
    const ProcessResult remote = Sladd(remote_args, jsonl);
    EXPECT_EQ(local.exit_status, 0) << local.err;
    EXPECT_THAT(local.out, HasSubstr("\"TRADE_UNION_MEMBERSHIP\"]"));
    EXPECT_EQ(remote.out, local.out) << args[0];
  }
}

TEST(CliWithServer, ReportsBadLinesAndUnreachableServers) {
  ServerProcess server(SLADD_SERVER_BINARY, {"--plaintext"});
  ASSERT_TRUE(server.started()) << server.Log();
  const ProcessResult bad =
      Sladd({"redact", "--on-error=skip", "--server=" + server.address()}, "a@b.no\n\xFF\nc@d.no\n");
  EXPECT_EQ(bad.exit_status, 0);
  EXPECT_EQ(bad.out, "<EMAIL_ADDRESS>\n<EMAIL_ADDRESS>\n");
  EXPECT_THAT(bad.err, HasSubstr("<stdin>:2: invalid UTF-8 at byte 0"));

  const ProcessResult policy =
      Sladd({"redact", "--policy=nope", "--server=" + server.address()}, "x\n");
  EXPECT_EQ(policy.exit_status, 1);
  EXPECT_THAT(policy.err, HasSubstr("no policy named \"nope\""));

  server.Signal(SIGKILL);
  server.Wait();
  const ProcessResult gone =
      Sladd({"redact", "--server-connect-timeout=1", "--server=" + server.address()}, "x\n");
  EXPECT_EQ(gone.exit_status, 2);
  EXPECT_THAT(gone.err, HasSubstr("cannot connect"));
}

TEST(CliWithServer, HealthSaysWhetherTheServerServes) {
  ServerProcess server(SLADD_SERVER_BINARY, {"--plaintext", "--drain-delay=3"});
  ASSERT_TRUE(server.started()) << server.Log();
  const ProcessResult whole = Sladd({"health", "--server", server.address()}, "");
  EXPECT_EQ(whole.exit_status, 0) << whole.err;
  EXPECT_EQ(whole.out, "SERVING\n");
  const ProcessResult named =
      Sladd({"health", "--server", server.address(), "--service", "sladd.v1.Redactor"}, "");
  EXPECT_EQ(named.exit_status, 0) << named.err;
  EXPECT_EQ(Sladd({"health", "--server", server.address(), "--service", "nope"}, "").exit_status,
            1);
  // Draining after SIGTERM: still answering, no longer serving.
  server.Signal(SIGTERM);
  ProcessResult draining;
  for (int i = 0; i < 50 && draining.out != "NOT_SERVING\n"; ++i) {
    draining = Sladd({"health", "--server", server.address(), "--timeout", "1"}, "");
  }
  EXPECT_EQ(draining.out, "NOT_SERVING\n");
  EXPECT_EQ(draining.exit_status, 1);
  server.Wait();
  const ProcessResult gone =
      Sladd({"health", "--server", server.address(), "--timeout", "0.5"}, "");
  EXPECT_EQ(gone.exit_status, 1);
  EXPECT_THAT(gone.err, HasSubstr("health of 127.0.0.1:"));
}

}  // namespace
}  // namespace sladd
