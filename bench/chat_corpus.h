// A deterministic generator of labelled chat messages, for benchmarks and quality checks.
//
// Messages are Norwegian and English customer-chat sentences, 20-600 bytes, about 30% of
// them carrying personal data. Identifiers are computed here from their published rules
// (check digits, dates, numbering ranges), independently of the detectors, so that
// measuring the detectors against these labels is not circular. Clean messages carry the
// hard negatives of the domain: prices, dates, times, order and KID numbers, versions.
#ifndef SLADD_BENCH_CHAT_CORPUS_H_
#define SLADD_BENCH_CHAT_CORPUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sladd::bench {

// A value planted in a message: UTF-8 byte offsets, end exclusive.
struct Label {
  size_t start = 0;
  size_t end = 0;
  std::string type;
};

struct Message {
  std::string text;
  std::vector<Label> labels;
};

// `count` messages from `seed`; the same seed always gives the same messages.
std::vector<Message> GenerateChatCorpus(size_t count, uint64_t seed);

// The `n`th line of an application log, carrying message `text`: a timestamp, a level and
// ids before it; with `json`, a JSON record with it and a user's e-mail address in fields.
std::string LogLine(std::string_view text, uint64_t n, bool json);

// The header of a CRM's export of chat leads (';'-separated, as Excel writes it in a Nordic
// locale), and its `n`th record, carrying message `text` in quotes after a time, the
// lead's e-mail address and the channel.
constexpr char kLeadExportHeader[] = "tidspunkt;epost;kanal;melding";
std::string LeadRecord(std::string_view text, uint64_t n);

// `count` invoice lines and table rows, 60-300 bytes, nearly all digits and separators
// (amounts, KID and order numbers, dates): the worst case for the number validators.
std::vector<std::string> GenerateDigitHeavy(size_t count, uint64_t seed);

}  // namespace sladd::bench

#endif  // SLADD_BENCH_CHAT_CORPUS_H_
