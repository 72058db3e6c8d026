#include "detectors/gb_bank_account.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kType = "GB_BANK_ACCOUNT";

TEST(GbBankAccountDetector, FindsTheAccountOfBankDetailsInEitherOrder) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Sort code: 20-00-00, account number: 12345678", kType),
              ElementsAre("12345678"));
  EXPECT_THAT(engine.Values("Account number 12345678 and sort code 20-00-00", kType),
              ElementsAre("12345678"));
  EXPECT_THAT(engine.Values("Please refund to sort code 20 00 00 a/c 1234 5678", kType),
              ElementsAre("1234 5678"));
  EXPECT_THAT(engine.Values("sort code 200000\nacc no 12345678", kType), ElementsAre("12345678"));
}

TEST(GbBankAccountDetector, NeedsBothLabels) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("account number 12345678", kType), IsEmpty());
  EXPECT_THAT(engine.Values("sort code 20-00-00", kType), IsEmpty());
  EXPECT_THAT(engine.Values("Order 12345678, sort code 20-00-00", kType), IsEmpty());
  EXPECT_THAT(engine.Values("sort code 20-00-00, ref 12345678", kType), IsEmpty());
}

TEST(GbBankAccountDetector, ReadsOnlyWholeNumbersOfTheirLength) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("sort code 20-00-0, account 12345678", kType), IsEmpty());
  EXPECT_THAT(engine.Values("sort code 20-00-00, account 123456789", kType), IsEmpty());
  EXPECT_THAT(engine.Values("sort code 20-00-00, account 12345678X", kType), IsEmpty());
  EXPECT_THAT(engine.Values("account 12345678", kType), IsEmpty());
}

TEST(GbBankAccountDetector, TakesTheAccountOverAPhoneNumberOfItsShape) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("sort code 20-00-00, account 91234567", kType),
              ElementsAre("91234567"));
  EXPECT_THAT(engine.Values("sort code 20-00-00, account 91234567", "PHONE_NUMBER"), IsEmpty());
}

TEST(GbBankAccountDetector, NumbersOneAccountOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("sort code 20-00-00, account 1234 5678. Again: sort code 20-00-00, "
                          "account 12345678"),
            "sort code 20-00-00, account <GB_BANK_ACCOUNT_1>. Again: sort code 20-00-00, "
            "account <GB_BANK_ACCOUNT_1>");
}

}  // namespace
}  // namespace sladd
