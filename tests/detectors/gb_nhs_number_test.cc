#include "detectors/gb_nhs_number.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::Found;
using testing::TestEngine;

TEST(NhsNumberValidator, ChecksMod11AndNamesTheIssuer) {
  EXPECT_EQ(ValidateNhsNumber(*Digits::Of("9434765919")), NhsNumberKind::kNhs);
  EXPECT_EQ(ValidateNhsNumber(*Digits::Of("4010232137")), NhsNumberKind::kNhs);
  EXPECT_EQ(ValidateNhsNumber(*Digits::Of("0101901232")), NhsNumberKind::kChi);
  EXPECT_EQ(ValidateNhsNumber(*Digits::Of("3200000015")), NhsNumberKind::kHc);
  EXPECT_FALSE(ValidateNhsNumber(*Digits::Of("9434765918")));
  EXPECT_FALSE(ValidateNhsNumber(*Digits::Of("943476591")));
  // 123456789 would need a check digit of 10: no such number is issued.
  EXPECT_FALSE(ValidateNhsNumber(*Digits::Of("1234567890")));
}

TEST(GbNhsNumberDetector, FindsANumberNearNhsWords) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("My NHS number is 943 476 5919.", "GB_NHS_NUMBER"),
              ElementsAre("943 476 5919"));
  EXPECT_THAT(engine.Values("NHS no: 943-476-5919", "GB_NHS_NUMBER"),
              ElementsAre("943-476-5919"));
  EXPECT_THAT(engine.Values("nhs number 9434765919", "GB_NHS_NUMBER"), ElementsAre("9434765919"));
  // A US phone number is grouped 3-3-4 too: without the words, nothing.
  EXPECT_THAT(engine.Values("call 943 476 5919", "GB_NHS_NUMBER"), IsEmpty());
}

TEST(GbNhsNumberDetector, TakesAChiNumberOverAPhoneNumberOfItsShape) {
  TestEngine engine;
  const std::vector<Found> found = engine.Find("CHI number 0101901232");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "GB_NHS_NUMBER");
  EXPECT_EQ(found[0].kind, "chi");
}

TEST(GbNhsNumberDetector, KeepsALabelledNumberWhoseCheckDigitFails) {
  TestEngine engine;
  const std::vector<Found> found = engine.Find("NHS number 943 476 5918");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "943 476 5918");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  EXPECT_THAT(engine.Values("NHS number 943 476 5918 12", "GB_NHS_NUMBER"), IsEmpty());
}

TEST(GbNhsNumberDetector, NumbersOneNumberOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("NHS number 943 476 5919 (9434765919)"),
            "NHS number <GB_NHS_NUMBER_1> (<GB_NHS_NUMBER_1>)");
}

}  // namespace
}  // namespace sladd
