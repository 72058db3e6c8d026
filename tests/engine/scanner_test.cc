// Scanner: the Hyperscan database and the one-byte markers found beside it.
#include "engine/scanner.h"

#include <hs/hs.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;

using Match = std::tuple<uint32_t, size_t, size_t>;  // entry, start, end

ScanExpression Literal(std::string literal, Boundary boundary) {
  ScanExpression expression;
  expression.expression = literal;
  expression.entry.boundary = boundary;
  expression.entry.literal_length = static_cast<uint32_t>(literal.size());
  expression.literal = std::move(literal);
  return expression;
}

std::vector<Match> Scan(const Scanner& scanner, std::string_view text) {
  hs_scratch* scratch = nullptr;
  EXPECT_TRUE(scanner.PrepareScratch(&scratch).ok());
  ScanBuffers buffers;
  EXPECT_TRUE(scanner.Scan(text, scratch, buffers).ok());
  hs_free_scratch(scratch);
  std::vector<Match> matches;
  for (const ScanMatch& match : buffers.matches) {
    matches.emplace_back(match.entry, match.start, match.end);
  }
  return matches;
}

TEST(Scanner, FindsOneByteMarkersAfterTheDatabasesMatches) {
  auto scanner = Scanner::Compile({Literal("@", Boundary::kNone), Literal("kari", Boundary::kWord),
                                   Literal(":", Boundary::kNone)},
                                  {});
  ASSERT_TRUE(scanner.ok()) << scanner.status();
  EXPECT_THAT(Scan(**scanner, "kari@a.no kl 14:30, kari"),
              ElementsAre(Match{1, 0, 4}, Match{1, 20, 24}, Match{0, 4, 5}, Match{2, 15, 16}));
}

TEST(Scanner, MarkersAloneNeedNoDatabase) {
  auto scanner = Scanner::Compile({Literal(":", Boundary::kNone)}, {});
  ASSERT_TRUE(scanner.ok()) << scanner.status();
  EXPECT_THAT(Scan(**scanner, "a:b:"), ElementsAre(Match{0, 1, 2}, Match{0, 3, 4}));
  EXPECT_THAT(Scan(**scanner, ""), ElementsAre());
}

TEST(Scanner, NamesTheExpressionHyperscanRejectedAmongMarkers) {
  ScanExpression broken;
  broken.expression = "((";
  int failed = -1;
  auto scanner = Scanner::Compile({Literal("@", Boundary::kNone), broken}, {}, &failed);
  EXPECT_FALSE(scanner.ok());
  EXPECT_EQ(failed, 1);
}

}  // namespace
}  // namespace sladd
