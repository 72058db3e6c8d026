#include "engine/overlap.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

namespace sladd {
namespace {

Finding Make(std::string_view type, size_t start, size_t end, double score) {
  return {type, start, end, score, "test"};
}

TEST(ResolveOverlaps, PrefersHigherScoreThenLongerSpan) {
  std::vector<Finding> findings = {Make("A", 0, 11, 0.9), Make("B", 0, 11, 0.4),
                                   Make("C", 5, 20, 0.9), Make("D", 30, 35, 0.5)};
  ResolveOverlaps(findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].type, "C");  // same score as A, longer
  EXPECT_EQ(findings[1].type, "D");
}

TEST(ResolveOverlaps, KeepsCompatibleMembersOfAChain) {
  // B overlaps A and C; A and C do not overlap each other.
  std::vector<Finding> findings = {Make("A", 0, 10, 0.9), Make("B", 8, 22, 0.5),
                                   Make("C", 20, 30, 0.9)};
  ResolveOverlaps(findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].type, "A");
  EXPECT_EQ(findings[1].type, "C");
}

TEST(ResolveOverlaps, IsDeterministicWhateverTheInputOrder) {
  std::vector<Finding> findings;
  for (size_t i = 0; i < 200; ++i) {
    findings.push_back(Make(i % 2 ? "X" : "Y", i * 3, i * 3 + 5 + i % 7, (i % 5) / 5.0));
  }
  std::vector<Finding> expected = findings;
  ResolveOverlaps(expected);
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    std::vector<Finding> shuffled = findings;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    ResolveOverlaps(shuffled);
    ASSERT_EQ(shuffled.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(shuffled[i].start, expected[i].start);
      EXPECT_EQ(shuffled[i].type, expected[i].type);
    }
  }
  for (size_t i = 1; i < expected.size(); ++i) {
    EXPECT_LE(expected[i - 1].end, expected[i].start);
  }
}

}  // namespace
}  // namespace sladd
