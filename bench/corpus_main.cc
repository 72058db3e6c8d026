// Writes the generated chat corpus, for timing the CLI and for other tools.
//
//   build/bin/sladd-corpus [--messages N] [--seed S]
//                          [--format text|jsonl|labelled|log|logjsonl|csv] [--bytes B]
//
// text and jsonl write the messages, one a line; labelled adds the planted values as
// {"text","spans":[{"start","end","label"}]} (byte offsets), what `sladd eval` and the
// peer comparison (bench/peers) read. log and logjsonl write application log
// lines that carry them (a timestamp, a level, ids, then the message; or a JSON record with
// the message and a user's e-mail address in fields), cycling through the messages until
// B bytes are written: a log of any size from one corpus. csv writes a CRM's export of
// chat leads the same way, a header and then a record a message.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "bench/chat_corpus.h"

namespace {

enum class Format { kText, kJsonl, kLabelled, kLog, kLogJsonl, kCsv };

void WriteJsonString(rapidjson::Writer<rapidjson::StringBuffer>& writer, std::string_view value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

int main(int argc, char** argv) {
  size_t messages = 100000;
  uint64_t seed = 20261123;
  uint64_t bytes = 0;
  Format format = Format::kText;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (std::strcmp(argv[i], "--messages") == 0 && has_value) {
      messages = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--seed") == 0 && has_value) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--bytes") == 0 && has_value) {
      bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--format") == 0 && has_value) {
      const std::string_view name = argv[++i];
      format = name == "jsonl"      ? Format::kJsonl
               : name == "labelled" ? Format::kLabelled
               : name == "log"      ? Format::kLog
               : name == "logjsonl" ? Format::kLogJsonl
               : name == "csv"      ? Format::kCsv
                                    : Format::kText;
    } else {
      std::fprintf(stderr,
                   "usage: sladd-corpus [--messages N] [--seed S] "
                   "[--format text|jsonl|labelled|log|logjsonl|csv] [--bytes B]\n");
      return 2;
    }
  }
  const auto corpus = sladd::bench::GenerateChatCorpus(messages, seed);
  if (format == Format::kLog || format == Format::kLogJsonl || format == Format::kCsv) {
    uint64_t written = 0;
    if (format == Format::kCsv) std::printf("%s\n", sladd::bench::kLeadExportHeader);
    for (uint64_t n = 0; written < bytes && !corpus.empty(); ++n) {
      const std::string& text = corpus[n % corpus.size()].text;
      const std::string line = (format == Format::kCsv
                                    ? sladd::bench::LeadRecord(text, n)
                                    : sladd::bench::LogLine(text, n, format == Format::kLogJsonl)) +
                               "\n";
      std::fwrite(line.data(), 1, line.size(), stdout);
      written += line.size();
    }
    return 0;
  }
  for (const auto& message : corpus) {
    if (format == Format::kText) {
      std::printf("%s\n", message.text.c_str());
      continue;
    }
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("text");
    WriteJsonString(writer, message.text);
    if (format == Format::kLabelled) {
      writer.Key("spans");
      writer.StartArray();
      for (const auto& label : message.labels) {
        writer.StartObject();
        writer.Key("start");
        writer.Uint64(label.start);
        writer.Key("end");
        writer.Uint64(label.end);
        writer.Key("label");
        WriteJsonString(writer, label.type);
        writer.EndObject();
      }
      writer.EndArray();
    }
    writer.EndObject();
    std::printf("%s\n", buffer.GetString());
  }
  return 0;
}
