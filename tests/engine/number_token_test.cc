#include "engine/number_token.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace sladd {
namespace {

using ::testing::ElementsAre;

struct Tokens {
  std::vector<NumberToken> tokens;
  std::vector<DigitGroup> groups;
};

// The text of each token of `text` with at least `min_digits` digits.
std::vector<std::string> TokenTexts(std::string_view text, size_t min_digits = 1) {
  Tokens t;
  FindNumberTokens(text, min_digits, t.tokens, t.groups);
  std::vector<std::string> texts;
  for (const NumberToken& token : t.tokens) {
    texts.emplace_back(text.substr(token.start, token.end - token.start));
  }
  return texts;
}

// Each span of the single token in `text` with `min`..`max` digits, as "text" or
// "text (joined)".
std::vector<std::string> Spans(std::string_view text, size_t min, size_t max) {
  Tokens t;
  FindNumberTokens(text, 1, t.tokens, t.groups);
  std::vector<std::string> spans;
  for (const NumberToken& token : t.tokens) {
    ForEachNumberSpan(token, text, min, max, [&](const NumberSpan& span) {
      std::string s(text.substr(span.start, span.end - span.start));
      if (span.joined) s += " (joined)";
      spans.push_back(s);
    });
  }
  return spans;
}

TEST(NumberTokens, JoinDigitGroupsBySingleSeparators) {
  EXPECT_THAT(TokenTexts("tlf 912 34 567, fnr 010190-00083."),
              ElementsAre("912 34 567", "010190-00083"));
  EXPECT_THAT(TokenTexts("12.03.2025 kl 14:30"), ElementsAre("12.03.2025", "14", "30"));
  EXPECT_THAT(TokenTexts("a 1  2 b"), ElementsAre("1", "2"));  // two spaces split
  EXPECT_THAT(TokenTexts("1-2.3 4", 4), ElementsAre("1-2.3 4"));
  EXPECT_THAT(TokenTexts("x 7 og 12345678", 2), ElementsAre("12345678"));
}

// Text copied from web pages and word processors, and numbers formatted for Norwegian,
// join digit groups with no-break, narrow no-break, thin or figure spaces: those join a
// token as ' ' does, and detectors read them as ' '.
TEST(NumberTokens, JoinDigitGroupsByTheSpacesOfCopiedText) {
  EXPECT_THAT(TokenTexts("tlf 912\u00A034\u00A0567."), ElementsAre("912\u00A034\u00A0567"));
  EXPECT_THAT(TokenTexts("4111\u202F1111\u20091111\u20071111"),
              ElementsAre("4111\u202F1111\u20091111\u20071111"));
  // Two spaces, or another character beyond ASCII, still split.
  EXPECT_THAT(TokenTexts("1\u00A0\u00A02 og 3\u00B72"), ElementsAre("1", "2", "3", "2"));
  Tokens t;
  const std::string text = "912\u00A034-567";
  FindNumberTokens(text, 1, t.tokens, t.groups);
  ASSERT_EQ(t.tokens.size(), 1u);
  EXPECT_EQ(t.tokens[0].separator_after(text, 0), ' ');
  EXPECT_EQ(t.tokens[0].separator_after(text, 1), '-');
  EXPECT_THAT(Spans("1234\u00A05678\u00A09012", 8, 8),
              ElementsAre("1234\u00A05678 (joined)", "5678\u00A09012 (joined)"));
}

TEST(NumberTokens, FindDigitsAcrossTheVectorWidth) {
  std::string text(100, 'x');
  text[15] = '1';
  text[16] = '2';
  text[70] = '3';
  text += "ø9";
  EXPECT_THAT(TokenTexts(text), ElementsAre("12", "3", "9"));
}

TEST(NumberTokens, FindRunsAcrossAndAtTheEndsOfBlocks) {
  // Digits are read 64 bytes at a time: runs that cross a block, fill one, or end the text
  // at a block's end or inside one.
  for (const size_t length : {1u, 63u, 64u, 65u, 127u, 128u, 130u}) {
    for (const size_t digits : {1u, 2u, 64u, 70u}) {
      if (digits > length) continue;
      std::string text(length - digits, 'x');
      text += std::string(digits, '7');
      std::string expected(digits, '7');
      EXPECT_THAT(TokenTexts(text), ElementsAre(expected)) << length << " " << digits;
      text += "x";
      EXPECT_THAT(TokenTexts(text), ElementsAre(expected)) << length << " " << digits << "x";
    }
  }
  std::string text(62, 'x');
  text += "12 34.5";  // a token whose separators straddle the block boundary
  EXPECT_THAT(TokenTexts(text), ElementsAre("12 34.5"));
  EXPECT_THAT(TokenTexts(""), ElementsAre());
}

TEST(NumberTokens, FindRunsInTextsOfEveryLengthAroundTheReadWidths) {
  // The last bytes of a text are read 16 at a time, the final part as the text's last 16
  // bytes (or byte by byte in a text shorter than 16): every length up to three blocks,
  // with runs at every offset from the end.
  for (size_t length = 1; length <= 200; ++length) {
    std::string text(length, 'x');
    std::vector<std::string> expected;
    std::string run;
    for (size_t i = 0; i < length; ++i) {
      if ((i * 7 + length) % 5 < 2) text[i] = static_cast<char>('0' + i % 10);
      if (text[i] != 'x') {
        run += text[i];
      } else if (!run.empty()) {
        expected.push_back(run);
        run.clear();
      }
    }
    if (!run.empty()) expected.push_back(run);
    EXPECT_EQ(TokenTexts(text), expected) << text;
  }
}

TEST(NumberTokens, CutsVeryLongRunsIntoBoundedTokens) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "1 ";
  Tokens t;
  FindNumberTokens(text, 1, t.tokens, t.groups);
  ASSERT_GT(t.tokens.size(), 1u);
  for (const NumberToken& token : t.tokens) EXPECT_LE(token.group_count, NumberToken::kMaxGroups);
}

TEST(NumberSpans, StandAloneOrNotAtAll) {
  EXPECT_THAT(Spans("ring 22334455 eller", 8, 8), ElementsAre("22334455"));
  EXPECT_THAT(Spans("ø22334455", 8, 8), ElementsAre());
  EXPECT_THAT(Spans("22334455æ", 8, 8), ElementsAre());
  // Dots and dashes between digits make one number: no part of it stands alone.
  EXPECT_THAT(Spans("1.2.3.4.5", 4, 4), ElementsAre());
  EXPECT_THAT(Spans("v 1.2.3.4", 4, 4), ElementsAre("1.2.3.4"));
}

TEST(NumberSpans, MarkSpacedGroupsBesideShortGroups) {
  EXPECT_THAT(Spans("1234 5678 9012", 8, 8), ElementsAre("1234 5678 (joined)", "5678 9012 (joined)"));
  // A whole number beside another is no part of it.
  EXPECT_THAT(Spans("22334455 99887766", 8, 8), ElementsAre("22334455", "99887766"));
  // A time or date beside is no digit group of the number.
  EXPECT_THAT(Spans("10:15:01 22 33 44 55", 8, 8), ElementsAre("22 33 44 55"));
}

TEST(NumberSpans, DescribeTheirLayout) {
  Tokens t;
  const std::string_view text = "8601.11.17947";
  FindNumberTokens(text, 1, t.tokens, t.groups);
  ASSERT_EQ(t.tokens.size(), 1u);
  size_t seen = 0;
  ForEachNumberSpan(t.tokens[0], text, 11, 11, [&](const NumberSpan& span) {
    EXPECT_TRUE(span.Is({4, 2, 5}));
    EXPECT_EQ(span.separator, '.');
    EXPECT_EQ(span.digits, 11u);
    ++seen;
  });
  EXPECT_EQ(seen, 1u);
}

}  // namespace
}  // namespace sladd
