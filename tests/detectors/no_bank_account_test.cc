#include "detectors/no_bank_account.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(NorwegianBankAccountValidator, ChecksMod11) {
  EXPECT_TRUE(ValidateNorwegianBankAccount(*Digits::Of("86011117947")));
  EXPECT_TRUE(ValidateNorwegianBankAccount(*Digits::Of("15031234562")));
  EXPECT_FALSE(ValidateNorwegianBankAccount(*Digits::Of("86011117948")));
  EXPECT_FALSE(ValidateNorwegianBankAccount(*Digits::Of("8601111794")));
}

TEST(NoBankAccountDetector, FindsTheBankFormats) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Betal til 8601.11.17947 i dag", "NO_BANK_ACCOUNT"),
              ElementsAre("8601.11.17947"));
  EXPECT_THAT(engine.Values("8601 11 17947", "NO_BANK_ACCOUNT"), ElementsAre("8601 11 17947"));
  EXPECT_THAT(engine.Values("kontonr 86011117947", "NO_BANK_ACCOUNT"),
              ElementsAre("86011117947"));
  // Not a valid fødselsnummer (no such date), so plain digits are an account.
  EXPECT_THAT(engine.Values("send til 15031234562", "NO_BANK_ACCOUNT"),
              ElementsAre("15031234562"));
}

TEST(NoBankAccountDetector, DecidesAgainstAValidNationalIdByFormatAndWords) {
  TestEngine engine;
  // The digits of a valid fødselsnummer: dotted or with account words, an account.
  EXPECT_THAT(engine.Values("0101.90.00083", "NO_BANK_ACCOUNT"), ElementsAre("0101.90.00083"));
  EXPECT_THAT(engine.Values("my account is 01019000083", "NO_BANK_ACCOUNT"),
              ElementsAre("01019000083"));
  // Plain, without account words, it is the national ID.
  EXPECT_THAT(engine.Values("01019000083", "NO_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("fnr 01019000083", "NO_BANK_ACCOUNT"), IsEmpty());
}

TEST(NoBankAccountDetector, FindsTheGroupingsPeopleCopy) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("konto 8601 1117947", "NO_BANK_ACCOUNT"), ElementsAre("8601 1117947"));
  EXPECT_THAT(engine.Values("8601-11-17947", "NO_BANK_ACCOUNT"), ElementsAre("8601-11-17947"));
  // Four and seven digits without a label could be anything that passes mod 11.
  EXPECT_THAT(engine.Values("1234 5678901 stk", "NO_BANK_ACCOUNT"), IsEmpty());
}

TEST(NoBankAccountDetector, RejectsBadChecksumsAndMixedSeparators) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("send 8601.11.17948", "NO_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("konto 8601.11 17947", "NO_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("konto 8601.11.179470", "NO_BANK_ACCOUNT"), IsEmpty());
}

TEST(NoBankAccountDetector, KeepsALabelledAccountWhoseCheckDigitFails) {
  TestEngine engine;
  const auto found = engine.Find("kontonummer 8601 11 17948");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "NO_BANK_ACCOUNT");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  // The label speaks of the number right after it, not of one after other digits.
  EXPECT_THAT(engine.Values("konto 1, ordre 8601 11 17948", "NO_BANK_ACCOUNT"), IsEmpty());
  // A compound of "konto" is a label too (a check of rental chat, thirty-fifth session).
  EXPECT_THAT(
      engine.Values("Depositumet settes inn på depositumskonto 1503 12 34567.", "NO_BANK_ACCOUNT"),
      ElementsAre("1503 12 34567"));
  // A transcript's answer to a question for it.
  EXPECT_THAT(
      engine.Values("Agent: Hva er kontonummeret ditt?\nKunde: 8601 11 17948", "NO_BANK_ACCOUNT"),
      ElementsAre("8601 11 17948"));
  EXPECT_THAT(
      engine.Values("Agent: Hva er ordrenummeret?\nKunde: 8601 11 17948", "NO_BANK_ACCOUNT"),
      IsEmpty());
}

}  // namespace
}  // namespace sladd
