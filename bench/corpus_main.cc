// Writes the generated chat corpus, for timing the CLI and for other tools.
//
//   build/bin/sladd-corpus [--messages N] [--seed S] [--format text|jsonl]
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "bench/chat_corpus.h"

int main(int argc, char** argv) {
  size_t messages = 100000;
  uint64_t seed = 20261123;
  bool jsonl = false;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--messages") == 0 && has_value) {
      messages = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--seed") == 0 && has_value) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--format") == 0 && has_value) {
      jsonl = std::strcmp(argv[++i], "jsonl") == 0;
    } else {
      std::fprintf(stderr, "usage: sladd-corpus [--messages N] [--seed S] [--format text|jsonl]\n");
      return 2;
    }
  }
  for (const auto& message : sladd::bench::GenerateChatCorpus(messages, seed)) {
    if (!jsonl) {
      std::printf("%s\n", message.text.c_str());
      continue;
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("text");
    writer.String(message.text.data(), static_cast<rapidjson::SizeType>(message.text.size()));
    writer.EndObject();
    std::printf("%s\n", buffer.GetString());
  }
  return 0;
}
