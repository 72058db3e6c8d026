#include "engine/context_word_matcher.h"

#include <string>
#include <tuple>
#include <vector>

#include "engine/utf8.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

using Hit = std::tuple<uint32_t, size_t, size_t>;  // id, start, end

std::vector<Hit> MatchAll(const ContextWordMatcher& matcher, std::string_view text,
                          size_t from = 0, size_t to = std::string_view::npos) {
  std::vector<ContextHit> hits;
  matcher.Match(text, from, to, hits);
  std::vector<Hit> out;
  for (const ContextHit& hit : hits) out.emplace_back(hit.id, hit.start, hit.end);
  return out;
}

TEST(ContextWordMatcherTest, FindsWordsAtWordStartsInAnyAsciiCase) {
  const ContextWordMatcher matcher({{"konto", 1}, {"tlf", 2}});
  EXPECT_THAT(MatchAll(matcher, "Konto: 1234, TLF 9"), ElementsAre(Hit{1, 0, 5}, Hit{2, 13, 16}));
  // A prefix of a longer word counts; the middle of a word does not.
  EXPECT_THAT(MatchAll(matcher, "kontonummer"), ElementsAre(Hit{1, 0, 5}));
  EXPECT_THAT(MatchAll(matcher, "bankkonto, xtlf"), IsEmpty());
}

TEST(ContextWordMatcherTest, WholeWordsNeedAWordEnd) {
  const ContextWordMatcher matcher({{"kr", 7, /*whole_word=*/true}});
  EXPECT_THAT(MatchAll(matcher, "kr 500"), ElementsAre(Hit{7, 0, 2}));
  EXPECT_THAT(MatchAll(matcher, "500 kr."), ElementsAre(Hit{7, 4, 6}));
  EXPECT_THAT(MatchAll(matcher, "Kristian krø kr_"), IsEmpty());
}

TEST(ContextWordMatcherTest, ReportsEveryWordOfAStartInOrderOfEnd) {
  const ContextWordMatcher matcher(
      {{"kontonr", 3}, {"konto", 1}, {"konto", 2}, {"konto", 1}, {"credit card", 4}});
  EXPECT_THAT(MatchAll(matcher, "kontonr credit card"),
              ElementsAre(Hit{1, 0, 5}, Hit{2, 0, 5}, Hit{3, 0, 7}, Hit{4, 8, 19}));
}

TEST(ContextWordMatcherTest, NonAsciiBytesAreMatchedAsGivenAndJudgedAsCharacters) {
  // Case variants of non-ASCII letters are the caller's: "nå" and "NÅ" need both forms.
  const ContextWordMatcher matcher({{"nå meg", 5}, {"nÅ meg", 5}, {"id", 6, true}});
  EXPECT_THAT(MatchAll(matcher, "NÅ MEG på 1"), ElementsAre(Hit{5, 0, 7}));
  EXPECT_THAT(MatchAll(matcher, "nÅ meg"), ElementsAre(Hit{5, 0, 7}));
  // "ø" and "é" are word characters; "«" and a no-break space are not.
  EXPECT_THAT(MatchAll(matcher, "øid idé"), IsEmpty());
  EXPECT_THAT(MatchAll(matcher, "«id» id\u00a0"), ElementsAre(Hit{6, 2, 4}, Hit{6, 7, 9}));
}

TEST(ContextWordMatcherTest, KeepsToTheRangeAndJudgesBoundariesOnTheWholeText) {
  const ContextWordMatcher matcher({{"tlf", 1}, {"kr", 2, true}});
  const std::string text = "ring tlf nå, kr 5 og xtlf";
  // Words must start inside [from, to); they may end past `to`.
  EXPECT_THAT(MatchAll(matcher, text, 5, 6), ElementsAre(Hit{1, 5, 8}));
  EXPECT_THAT(MatchAll(matcher, text, 6, 14), IsEmpty());
  EXPECT_THAT(MatchAll(matcher, text, 6, 15), ElementsAre(Hit{2, 14, 16}));
  // The byte before `from` decides whether a word starts at `from`.
  EXPECT_THAT(MatchAll(matcher, text, 23), IsEmpty());
  // A range may begin inside a character ("å" is bytes 10 and 11).
  EXPECT_THAT(MatchAll(matcher, text, 11), ElementsAre(Hit{2, 14, 16}));
}

TEST(ContextWordMatcherTest, KnowsItsLongestWord) {
  EXPECT_EQ(ContextWordMatcher({{"tlf", 1}, {"nå meg", 2}, {"kr", 3}}).longest_word_bytes(), 7u);
  EXPECT_EQ(ContextWordMatcher({}).longest_word_bytes(), 0u);
}

TEST(ContextWordMatcherTest, FindsWordsPastTheVectorBlocks) {
  const ContextWordMatcher matcher({{"tlf", 1}});
  std::string text;
  std::vector<Hit> expected;
  for (size_t i = 0; i < 40; ++i) {
    text += i % 3 == 0 ? ".tlf" : i % 3 == 1 ? " tlf" : "ø tlf";
    expected.emplace_back(1, text.size() - 3, text.size());
  }
  EXPECT_THAT(MatchAll(matcher, text), ::testing::ContainerEq(expected));
}

TEST(ContextWordMatcherTest, FindsTheLastStartsOfEveryRange) {
  // The starts of a range's last (up to 16) bytes are read from the 16 bytes before its
  // end: a word at every distance from the end of ranges of every length.
  const ContextWordMatcher matcher({{"t", 1}});
  const std::string text = "xx t t xt t xx tt t xt t x t t tx t xx t t x t";
  for (size_t from = 0; from < text.size(); ++from) {
    for (size_t to = from + 1; to <= text.size(); ++to) {
      std::vector<Hit> expected;
      for (size_t i = from; i < to; ++i) {
        if (text[i] == 't' && (i == 0 || text[i - 1] == ' ')) expected.emplace_back(1, i, i + 1);
      }
      EXPECT_THAT(MatchAll(matcher, text, from, to), ::testing::ContainerEq(expected))
          << from << " " << to;
    }
  }
}

TEST(ContextWordMatcherTest, AsciiWordCharactersAreThoseOfIsWordCodePoint) {
  // The matcher decides with vector compares which ASCII bytes end a word (and byte by
  // byte past the last 16-byte block); each byte before "tlf" must be judged as
  // IsWordCodePoint judges it, in a block and past it.
  const ContextWordMatcher matcher({{"tlf", 1}});
  for (int c = 1; c < 0x80; ++c) {
    const std::string in_block = std::string(1, ' ') + static_cast<char>(c) + "tlf" +
                                 std::string(20, ' ');
    const std::string past_blocks = std::string(20, ' ') + static_cast<char>(c) + "tlf";
    for (const std::string& text : {in_block, past_blocks}) {
      const bool found = !MatchAll(matcher, text, 0, text.size()).empty();
      EXPECT_EQ(found, !IsWordCodePoint(static_cast<char32_t>(c))) << "byte " << c;
    }
  }
}

TEST(ContextWordMatcherTest, EmptyMatcherFindsNothing) {
  const ContextWordMatcher matcher({});
  EXPECT_THAT(MatchAll(matcher, "konto tlf"), IsEmpty());
}

}  // namespace
}  // namespace sladd
