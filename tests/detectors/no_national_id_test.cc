#include "detectors/no_national_id.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

std::optional<NorwegianNationalId> Validate(std::string_view digits) {
  return ValidateNorwegianNationalId(*Digits::Of(digits));
}

std::string KindOf(std::string_view digits) {
  auto id = Validate(digits);
  return id ? std::string(id->KindName()) : "invalid";
}

TEST(NorwegianNationalIdValidator, AcceptsEachKind) {
  EXPECT_EQ(KindOf("01019000083"), "fnr");
  EXPECT_EQ(KindOf("29029600013"), "fnr");  // 29 February 1996
  EXPECT_EQ(KindOf("41019000077"), "d_number");
  EXPECT_EQ(KindOf("01419000066"), "h_number");
  EXPECT_EQ(KindOf("01819000049"), "synthetic_fnr");
  EXPECT_EQ(KindOf("80010100260"), "fh_number");
  EXPECT_EQ(KindOf("01010050053"), "fnr");  // individual 500, born 2000
  EXPECT_EQ(KindOf("31129990077"), "fnr");  // individual 900, born 1999
}

TEST(NorwegianNationalIdValidator, FollowsTheRuleInForceFrom2032) {
  EXPECT_TRUE(Validate("30108299939"));
  EXPECT_TRUE(Validate("02013299997"));
  EXPECT_TRUE(Validate("15108695088"));
  EXPECT_FALSE(Validate("15108695077"));
  EXPECT_TRUE(Validate("30108299939")->needs_2032_rule);
  EXPECT_FALSE(Validate("01019000083")->needs_2032_rule);
}

TEST(NorwegianNationalIdValidator, RejectsBadCheckDigitsAndDates) {
  EXPECT_FALSE(Validate("01019000084"));  // second check digit
  EXPECT_FALSE(Validate("01019000093"));  // first check digit
  EXPECT_FALSE(Validate("12345678901"));
  EXPECT_FALSE(Validate("00000000000"));  // day 0
  EXPECT_FALSE(Validate("0101900008"));   // ten digits
}

TEST(NorwegianNationalIdValidator, RejectsImpossibleDates) {
  // Checksums valid, dates not: 29 February of a common year, month 13, day 32.
  for (std::string_view nine : {"290297000", "011390000", "320190000"}) {
    for (int individual = 0; individual < 1000; ++individual) {
      std::string candidate(nine.substr(0, 6));
      candidate += std::to_string(1000 + individual).substr(1);
      for (int k = 0; k < 100; ++k) {
        const std::string full = candidate + std::to_string(100 + k).substr(1);
        ASSERT_FALSE(Validate(full)) << full;
      }
    }
  }
}

TEST(NoNationalIdDetector, FindsTheWrittenForms) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Fnr: 01019000083", "NO_NATIONAL_ID"), ElementsAre("01019000083"));
  EXPECT_THAT(engine.Values("mitt er 010190 00083.", "NO_NATIONAL_ID"),
              ElementsAre("010190 00083"));
  EXPECT_THAT(engine.Values("(010190-00083)", "NO_NATIONAL_ID"), ElementsAre("010190-00083"));
  EXPECT_THAT(engine.Values("01 01 90 00083", "NO_NATIONAL_ID"), ElementsAre("01 01 90 00083"));
  EXPECT_THAT(engine.Values("010190 000 83", "NO_NATIONAL_ID"), ElementsAre("010190 000 83"));
  EXPECT_THAT(engine.Values("fnr 010190\u00A000083", "NO_NATIONAL_ID"),
              ElementsAre("010190\u00A000083"));
  EXPECT_THAT(engine.Values("fnr 01.01.90 00083", "NO_NATIONAL_ID"),
              ElementsAre("01.01.90 00083"));
  EXPECT_THAT(engine.Values("født 01.01.90-00083", "NO_NATIONAL_ID"),
              ElementsAre("01.01.90-00083"));
}

TEST(NoNationalIdDetector, KeepsALabelledIdWhoseCheckDigitsFail) {
  TestEngine engine;
  const auto found = engine.Find("fnr 01019000084");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "NO_NATIONAL_ID");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  EXPECT_THAT(engine.Values("fødselsnummer: 010190 00084", "NO_NATIONAL_ID"),
              ElementsAre("010190 00084"));
  // Without a label, or without a date in front, it is not an ID.
  EXPECT_THAT(engine.Values("01019000084", "NO_NATIONAL_ID"), IsEmpty());
  // A transcript's answer to a question for it is labelled by the question; the answer
  // must open the turn, and the turn before must ask for an ID.
  EXPECT_THAT(engine.Values("Agent: Kan jeg få fødselsnummeret ditt?\nKunde: 01019000084",
                            "NO_NATIONAL_ID"),
              ElementsAre("01019000084"));
  EXPECT_THAT(
      engine.Values("Agent: Hva er telefonnummeret ditt?\nKunde: 01019000084", "NO_NATIONAL_ID"),
      IsEmpty());
  EXPECT_THAT(engine.Values("Agent: Kan jeg få fødselsnummeret ditt?\nKunde: det er 01019000084",
                            "NO_NATIONAL_ID"),
              IsEmpty());
  EXPECT_THAT(engine.Values("fnr 32139000084", "NO_NATIONAL_ID"), IsEmpty());
  // The date is read as a valid ID's is: a synthetic (+80 months) number's too, and a D- and
  // H-number at once is no date.
  EXPECT_THAT(engine.Values("fnr 01819000084", "NO_NATIONAL_ID"), ElementsAre("01819000084"));
  EXPECT_THAT(engine.Values("fnr 41419000084", "NO_NATIONAL_ID"), IsEmpty());
}

TEST(NoNationalIdDetector, KeepsALabelledIdWithADigitLostOrAdded) {
  TestEngine engine;
  // Regression: ten digits with a trunk 0 after "Fnr:" were a Swedish phone number.
  const auto found = engine.Find("Fnr: 0101900008");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "NO_NATIONAL_ID");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  EXPECT_THAT(engine.Values("fødselsnummer 010190000834", "NO_NATIONAL_ID"),
              ElementsAre("010190000834"));
  EXPECT_THAT(engine.Values("fnr 010190 0008", "NO_NATIONAL_ID"), ElementsAre("010190 0008"));
  // Without the label it is what it looks like; a Swedish number with its words is Swedish.
  EXPECT_THAT(engine.Values("ring 0101900008", "PHONE_NUMBER"), ElementsAre("0101900008"));
  EXPECT_THAT(engine.Values("personnummer 8112189876", "SE_PERSONAL_NUMBER"),
              ElementsAre("8112189876"));
  // Only a whole number: not ten digits of a longer one.
  EXPECT_THAT(engine.Values("fnr 0101900008 12", "NO_NATIONAL_ID"), IsEmpty());
}

TEST(NoNationalIdDetector, ReportsTheKind) {
  TestEngine engine;
  const auto found = engine.Find("d-nummer 41019000077");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "d_number");
  EXPECT_GE(found[0].score, 0.95);
}

TEST(NoNationalIdDetector, NeedsWordBoundariesOfAnyScript) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("ø01019000083", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("01019000083æ", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("x01019000083", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("101019000083", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("010190000831", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("«01019000083»", "NO_NATIONAL_ID"), ElementsAre("01019000083"));
}

TEST(NoNationalIdDetector, IsNotPartOfALongerNumber) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("1234.01019000083", "NO_NATIONAL_ID"), IsEmpty());
  EXPECT_THAT(engine.Values("01019000083-12", "NO_NATIONAL_ID"), IsEmpty());
}

TEST(NoNationalIdDetector, YieldsToAccountWords) {
  TestEngine engine;
  // Every valid fødselsnummer is also a valid account number: words decide.
  const auto as_account = engine.Find("Kontonummer: 01019000083");
  ASSERT_EQ(as_account.size(), 1u);
  EXPECT_EQ(as_account[0].type, "NO_BANK_ACCOUNT");
  const auto as_id = engine.Find("fødselsnummer 01019000083");
  ASSERT_EQ(as_id.size(), 1u);
  EXPECT_EQ(as_id[0].type, "NO_NATIONAL_ID");
  const auto bare = engine.Find("01019000083");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].type, "NO_NATIONAL_ID");
}

TEST(NoNationalIdDetector, NormalisesToDigits) {
  EXPECT_EQ(NoNationalIdDetector().Normalize("NO_NATIONAL_ID", "010190 000-83"), "01019000083");
}

}  // namespace
}  // namespace sladd
