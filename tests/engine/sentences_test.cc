#include "engine/sentences.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace sladd {
namespace {

std::string SentenceOf(std::string_view text, std::string_view term) {
  const size_t start = text.find(term);
  const auto [first, last] = SentenceAround(text, start, start + term.size());
  return std::string(text.substr(first, last - first));
}

TEST(SentenceAround, EndsAtMarksFollowedBySpaceAndAtLineBreaks) {
  EXPECT_EQ(SentenceOf("Hei! Jeg har diabetes, takk. Ha det", "diabetes"), "Jeg har diabetes, takk.");
  EXPECT_EQ(SentenceOf("Jeg har diabetes", "diabetes"), "Jeg har diabetes");
  EXPECT_EQ(SentenceOf("hei\n  jeg er gravid  \nmvh", "gravid"), "jeg er gravid");
  // A period inside a number or an address is not the end.
  EXPECT_EQ(SentenceOf("Versjon 2.1 sier jeg har kols? Nei.", "kols"), "Versjon 2.1 sier jeg har kols?");
}

// Regression: a line of 2.4 MB with no marks took 9 minutes, as every special-category
// term scanned its sentence back to the line's start.
TEST(SentenceAround, ReachesABoundedWayIntoALineWithNoMarks) {
  std::string text;
  while (text.size() < 10 * kMaxSentenceReach) text += "jeg har kols og ";
  const size_t start = text.size() / 2;
  const auto [first, last] = SentenceAround(text, start, start + 4);
  EXPECT_GE(first + kMaxSentenceReach, start);
  EXPECT_LE(last, start + 4 + kMaxSentenceReach);
  // Cut on a code point's first byte: "€" is three bytes, the reach no multiple of three.
  static_assert(kMaxSentenceReach % 3 != 0);
  std::string euros;
  while (euros.size() < 3 * kMaxSentenceReach) euros += "\xE2\x82\xAC";
  const size_t middle = euros.size() / 2 / 3 * 3;
  const auto [cut_first, cut_last] = SentenceAround(euros, middle, middle + 3);
  EXPECT_EQ(cut_first % 3, 0u);
  EXPECT_EQ(cut_last % 3, 0u);
  EXPECT_GT(cut_first, 0u);
  EXPECT_LT(cut_last, euros.size());
}

TEST(ClosingQuestion, IsTheLastSentenceWhenItAsks) {
  EXPECT_EQ(ClosingQuestion("Takk! Har du noen allergier?  \n"), "Har du noen allergier?");
  EXPECT_EQ(ClosingQuestion("Bestillingen er mottatt.\n\tGjelder det deg?"), "Gjelder det deg?");
  EXPECT_EQ(ClosingQuestion("Any injuries?"), "Any injuries?");
  EXPECT_EQ(ClosingQuestion("Har du allergier? Skriv dem her."), std::nullopt);
  EXPECT_EQ(ClosingQuestion("Hva?!?"), std::nullopt);
  EXPECT_EQ(ClosingQuestion(" ?"), std::nullopt);
  EXPECT_EQ(ClosingQuestion(""), std::nullopt);
  // A remark after it, where the caller allows one.
  EXPECT_EQ(ClosingQuestion("Har du allergier? 😊"), std::nullopt);
  EXPECT_EQ(ClosingQuestion("Har du allergier? 😊", 10), "Har du allergier?");
  EXPECT_EQ(ClosingQuestion("Any allergies? (e.g. nuts)\n", 20), "Any allergies?");
  EXPECT_EQ(ClosingQuestion("Any allergies? (e.g. nuts, gluten, shellfish)", 20), std::nullopt);
}

Finding At(std::string_view type, size_t start, size_t end, double score = 0.9) {
  return {type, start, end, score, "d", ""};
}

TEST(WidenToSentences, TakesInTheFindingsOfTheSentenceAndJoinsOverlaps) {
  const std::string text = "Ring 91234567. Jeg har kols og astma, tlf 91234567. Takk.";
  std::vector<Finding> findings = {At("PHONE_NUMBER", 5, 13), At("HEALTH_DATA", 23, 27, 0.8),
                                   At("HEALTH_DATA", 31, 36, 0.85), At("PHONE_NUMBER", 42, 50)};
  WidenToSentences(text, findings, [](const Finding& f) { return f.type == "HEALTH_DATA"; });
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].type, "PHONE_NUMBER");
  EXPECT_EQ(findings[1].type, "HEALTH_DATA");
  EXPECT_EQ(text.substr(findings[1].start, findings[1].length()),
            "Jeg har kols og astma, tlf 91234567.");
  EXPECT_DOUBLE_EQ(findings[1].score, 0.9);
}

TEST(WidenToSentences, LeavesFindingsAloneWhenNothingIsWidened) {
  const std::string text = "Ring 91234567.";
  std::vector<Finding> findings = {At("PHONE_NUMBER", 5, 13)};
  WidenToSentences(text, findings, [](const Finding&) { return false; });
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].end, 13u);
}

}  // namespace
}  // namespace sladd
