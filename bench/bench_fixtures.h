// What the engine benchmarks share: the chat corpus and the default policy, built once.
#ifndef SLADD_BENCH_BENCH_FIXTURES_H_
#define SLADD_BENCH_BENCH_FIXTURES_H_

#include <string>
#include <vector>

#include "bench/chat_corpus.h"
#include "config/policy_set.h"

namespace sladd::bench {

// 20,000 generated chat messages (seed 20261123).
const std::vector<Message>& Corpus();
size_t CorpusBytes();
// The messages one after another, each ended by '\n'.
const std::string& CorpusText();

// The built-in default policy.
const PolicySet& DefaultPolicies();

}  // namespace sladd::bench

#endif  // SLADD_BENCH_BENCH_FIXTURES_H_
