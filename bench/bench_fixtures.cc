#include "bench/bench_fixtures.h"

#include <cstdlib>

#include "detectors/builtin.h"

namespace sladd::bench {

namespace {
constexpr size_t kMessages = 20000;
constexpr uint64_t kSeed = 20261123;
}  // namespace

const std::vector<Message>& Corpus() {
  static const auto* corpus = new std::vector<Message>(GenerateChatCorpus(kMessages, kSeed));
  return *corpus;
}

size_t CorpusBytes() {
  size_t bytes = 0;
  for (const Message& message : Corpus()) bytes += message.text.size();
  return bytes;
}

const std::string& CorpusText() {
  static const std::string* text = [] {
    auto* joined = new std::string;
    for (const Message& message : Corpus()) *joined += message.text + "\n";
    return joined;
  }();
  return *text;
}

const PolicySet& DefaultPolicies() {
  static const PolicySet* policies = [] {
    auto registry = BuiltinDetectors();
    auto set = PolicySet::Default(*registry);
    if (!set.ok()) std::abort();
    return set->release();
  }();
  return *policies;
}

}  // namespace sladd::bench
