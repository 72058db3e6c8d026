#include "detectors/credit_card.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

std::string SchemeOf(std::string_view number) {
  auto scheme = ValidateCardNumber(*Digits::Of(number));
  return scheme ? std::string(*scheme) : "invalid";
}

TEST(CardNumberValidator, KnowsTheSchemes) {
  EXPECT_EQ(SchemeOf("4111111111111111"), "visa");
  EXPECT_EQ(SchemeOf("5555555555554444"), "mastercard");
  EXPECT_EQ(SchemeOf("2223003122003222"), "mastercard");
  EXPECT_EQ(SchemeOf("378282246310005"), "amex");
  EXPECT_EQ(SchemeOf("6011111111111117"), "discover");
  EXPECT_EQ(SchemeOf("3530111333300000"), "jcb");
  EXPECT_EQ(SchemeOf("30569309025904"), "diners");
  EXPECT_EQ(SchemeOf("4111111111111112"), "invalid");  // Luhn
  EXPECT_EQ(SchemeOf("1111111111111117"), "invalid");  // no issuer starts with 1
  EXPECT_EQ(SchemeOf("378282246310005000"), "invalid");  // Amex has 15 digits
}

TEST(CreditCardDetector, FindsGroupedAndPlainNumbers) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("kort: 4111 1111 1111 1111 utløper 12/27", "CREDIT_CARD"),
              ElementsAre("4111 1111 1111 1111"));
  EXPECT_THAT(engine.Values("5555-5555-5555-4444", "CREDIT_CARD"),
              ElementsAre("5555-5555-5555-4444"));
  EXPECT_THAT(engine.Values("4111111111111111", "CREDIT_CARD"), ElementsAre("4111111111111111"));
  EXPECT_THAT(engine.Values("kort 4111\u202F1111\u202F1111\u202F1111", "CREDIT_CARD"),
              ElementsAre("4111\u202F1111\u202F1111\u202F1111"));
  EXPECT_THAT(engine.Values("amex 3782 822463 10005", "CREDIT_CARD"),
              ElementsAre("3782 822463 10005"));
}

TEST(CreditCardDetector, LeavesBarcodesKidAndTrackingNumbersAlone) {
  TestEngine engine;
  for (std::string_view text :
       {"4000000000006",            // EAN-13 that also passes Luhn
        "EAN 4000000000006", "KID: 4000123412341234", "kid 4000 1234 1234 1234",
        "sporing 370722150003456789", "4111 1111-1111 1111", "4111 1111 1111 1112",
        "ordre 4111111111111111", "x4111111111111111"}) {
    EXPECT_THAT(engine.Values(text, "CREDIT_CARD"), IsEmpty()) << text;
  }
}

TEST(CreditCardDetector, KeepsALabelledCardWhoseCheckDigitFails) {
  TestEngine engine;
  const auto found = engine.Find("kortnummer 4111 1111 1111 1112");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "CREDIT_CARD");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  // Not without an issuer prefix, nor when other digits stand between label and number.
  EXPECT_THAT(engine.Values("kortnummer 1111 1111 1111 1112", "CREDIT_CARD"), IsEmpty());
  EXPECT_THAT(engine.Values("kort 2, ordre 4111 1111 1111 1112", "CREDIT_CARD"), IsEmpty());
  // A transcript's answer to a question for it.
  EXPECT_THAT(
      engine.Values("Bot: What is your card number?\nCustomer: 4111 1111 1111 1112", "CREDIT_CARD"),
      ElementsAre("4111 1111 1111 1112"));
}

TEST(CreditCardDetector, AcceptsThirteenDigitsWithCardWords) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Visa-kort 4000000000006", "CREDIT_CARD"),
              ElementsAre("4000000000006"));
}

}  // namespace
}  // namespace sladd
