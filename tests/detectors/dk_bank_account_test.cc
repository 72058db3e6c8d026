#include "detectors/dk_bank_account.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kType = "DK_BANK_ACCOUNT";

TEST(DkBankAccountDetector, FindsTheAccountOfBankDetailsInEitherOrder) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Reg.nr. 1234 kontonr. 0001234567", kType),
              ElementsAre("0001234567"));
  EXPECT_THAT(engine.Values("Mit kontonummer er 1234567890 og reg. nr. 1234", kType),
              ElementsAre("1234567890"));
  EXPECT_THAT(engine.Values("Reg nr: 5301\nKonto nr: 123 456 7890", kType),
              ElementsAre("123 456 7890"));
  EXPECT_THAT(engine.Values("registreringsnummer 9570 og kontonummer 12345678", kType),
              ElementsAre("12345678"));
}

TEST(DkBankAccountDetector, ReadsTheAccountJoinedToTheRegistrationNumber) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Reg.nr./konto: 1234-1234567890", kType), ElementsAre("1234567890"));
  EXPECT_THAT(engine.Values("reg. og kontonr. 1234 0001234567", kType),
              ElementsAre("0001234567"));
  // Four digits and more with no separator after the fourth are no registration number.
  EXPECT_THAT(engine.Values("reg.nr. 12341234567890", kType), IsEmpty());
}

TEST(DkBankAccountDetector, NeedsBothLabels) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("kontonummer 1234567890", kType), IsEmpty());
  EXPECT_THAT(engine.Values("reg.nr. 1234", kType), IsEmpty());
  EXPECT_THAT(engine.Values("Ordre 1234567890, reg.nr. 1234", kType), IsEmpty());
  EXPECT_THAT(engine.Values("reg.nr. 1234, ordre 1234567890", kType), IsEmpty());
  // A car's registration in Norwegian: letters before the digits.
  EXPECT_THAT(engine.Values("Reg.nr. EL 12345, konto 1234567890", kType), IsEmpty());
}

TEST(DkBankAccountDetector, ReadsOnlyWholeNumbersOfTheirLength) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("reg.nr. 123, konto 1234567890", kType), IsEmpty());
  EXPECT_THAT(engine.Values("reg.nr. 1234, konto 12345", kType), IsEmpty());
  EXPECT_THAT(engine.Values("reg.nr. 1234, konto 12345678901", kType), IsEmpty());
  EXPECT_THAT(engine.Values("reg.nr. 1234, konto 1234567890X", kType), IsEmpty());
  EXPECT_THAT(engine.Values("regning 1234, konto 1234567890", kType), IsEmpty());
}

TEST(DkBankAccountDetector, TakesTheAccountOverAPhoneNumberOfItsShape) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("reg.nr. 1234, konto 91234567", kType), ElementsAre("91234567"));
  EXPECT_THAT(engine.Values("reg.nr. 1234, konto 91234567", "PHONE_NUMBER"), IsEmpty());
}

TEST(DkBankAccountDetector, NumbersOneAccountOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("reg.nr. 1234, konto 123 456 7890; reg.nr. 1234, konto 1234567890"),
            "reg.nr. 1234, konto <DK_BANK_ACCOUNT_1>; reg.nr. 1234, konto <DK_BANK_ACCOUNT_1>");
}

}  // namespace
}  // namespace sladd
