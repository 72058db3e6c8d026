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

TEST(ResolveOverlaps, JoinsOverlappingFindingsOfOneTypeAndDetector) {
  // "I'm 20 weeks gone": "20 weeks" and "weeks gone" are one statement; nothing of either
  // may be left out of the redaction.
  std::vector<Finding> findings = {Make("A", 4, 12, 0.9), Make("A", 7, 17, 0.8),
                                   Make("B", 20, 30, 0.9), Make("A", 25, 40, 0.5)};
  ResolveOverlaps(findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].start, 4u);
  EXPECT_EQ(findings[0].end, 17u);
  EXPECT_EQ(findings[0].score, 0.9);
  // One of another type overlaps B, which won: it is dropped, not joined.
  EXPECT_EQ(findings[1].type, "B");
  EXPECT_EQ(findings[1].end, 30u);
}

TEST(ResolveOverlaps, AJoinedFindingIsReadDecodedIfEitherPartWas) {
  Finding encoded = Make("A", 5, 20, 0.5);
  encoded.encoding = TextEncoding::kFormEncoded;
  std::vector<Finding> findings = {Make("A", 0, 10, 0.9), encoded};
  ResolveOverlaps(findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].end, 20u);
  EXPECT_EQ(findings[0].encoding, TextEncoding::kFormEncoded);
}

TEST(ResolveOverlaps, DoesNotJoinAcrossAnotherKeptFinding) {
  // The later A overlaps both the kept A and B: joining it would swallow B.
  std::vector<Finding> findings = {Make("A", 0, 10, 0.9), Make("B", 12, 20, 0.9),
                                   Make("A", 5, 15, 0.5)};
  ResolveOverlaps(findings);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].end, 10u);
  EXPECT_EQ(findings[1].type, "B");
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
