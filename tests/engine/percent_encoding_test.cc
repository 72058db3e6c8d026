#include "engine/percent_encoding.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The decoded runs of `text`.
std::vector<std::string> Runs(std::string_view text) {
  std::vector<std::string> runs;
  PercentDecodedRun run;
  for (size_t from = 0; NextPercentEncodedRun(text, from, run);) runs.push_back(run.text);
  return runs;
}

TEST(PercentEncoding, DecodesEachRunBetweenWhiteSpace) {
  EXPECT_THAT(Runs("GET /reset?email=ola%40firma.no HTTP/1.1 200 /a%2Fb"),
              ElementsAre("/reset?email=ola@firma.no", "/a/b"));
  EXPECT_THAT(Runs("no escapes here, 30 % off, 100%"), IsEmpty());
  EXPECT_THAT(Runs("%zz%4"), IsEmpty());
}

TEST(PercentEncoding, ReadsAQueryWhosePlusSignsStandForSpaces) {
  EXPECT_THAT(Runs("GET /kontakt?navn=ingrid+solberg&by=Oslo HTTP/1.1"),
              ElementsAre("/kontakt?navn=ingrid solberg&by=Oslo"));
  EXPECT_THAT(Runs("a=1&address=Storgata+12B"), ElementsAre("a=1&address=Storgata 12B"));
  // Not a phone number's '+', nor sums.
  EXPECT_THAT(Runs("ring +47 912 34 567, 2+2=4"), IsEmpty());
}

TEST(PercentEncoding, ReadsPlusAsASpaceInQueriesAndFormsOnly) {
  EXPECT_THAT(Runs("?name=Bj%C3%B8rn+S%C3%A6ther"), ElementsAre("?name=Bjørn Sæther"));
  // A path keeps its plus signs.
  EXPECT_THAT(Runs("/c%2B%2B+notes"), ElementsAre("/c+++notes"));
}

TEST(PercentEncoding, KeepsEscapesOfInvalidUtf8AsWritten) {
  EXPECT_THAT(Runs("a=%FF%FE b=%C3%B8"), ElementsAre("a=%FF%FE", "b=ø"));
  EXPECT_THAT(Runs("?bad=%FF&name=Bj%C3%B8rn&cut=%C3"), ElementsAre("?bad=%FF&name=Bjørn&cut=%C3"));
}

TEST(PercentEncoding, MapsEveryDecodedByteBackToItsSource) {
  const std::string_view text = "x a=%C3%B8+b";
  PercentDecodedRun run;
  size_t from = 0;
  ASSERT_TRUE(NextPercentEncodedRun(text, from, run));
  EXPECT_EQ(run.text, "a=ø b");
  EXPECT_THAT(run.source, ElementsAre(2, 3, 4, 7, 10, 11, 12));
  // "ø" (decoded bytes 2 and 3) came from "%C3%B8".
  EXPECT_EQ(text.substr(run.source[2], run.source[4] - run.source[2]), "%C3%B8");
  EXPECT_FALSE(NextPercentEncodedRun(text, from, run));
}

}  // namespace
}  // namespace sladd
