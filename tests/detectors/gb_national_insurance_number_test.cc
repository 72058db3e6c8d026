#include "detectors/gb_national_insurance_number.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kType = "GB_NATIONAL_INSURANCE_NUMBER";

TEST(NationalInsurancePrefix, FollowsHmrcsRules) {
  EXPECT_TRUE(IsNationalInsurancePrefix('A', 'B'));
  EXPECT_TRUE(IsNationalInsurancePrefix('j', 'n'));
  EXPECT_FALSE(IsNationalInsurancePrefix('Q', 'Q'));  // HMRC's example: never issued
  EXPECT_FALSE(IsNationalInsurancePrefix('D', 'A'));
  EXPECT_FALSE(IsNationalInsurancePrefix('A', 'O'));
  EXPECT_FALSE(IsNationalInsurancePrefix('G', 'B'));
  EXPECT_FALSE(IsNationalInsurancePrefix('z', 'z'));
}

TEST(GbNationalInsuranceNumberDetector, FindsHmrcsAndTypedForms) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("My NI number is AB 12 34 56 C.", kType),
              ElementsAre("AB 12 34 56 C"));
  EXPECT_THAT(engine.Values("AB 12 34 56 C", kType), ElementsAre("AB 12 34 56 C"));
  EXPECT_THAT(engine.Values("ref AB123456C", kType), ElementsAre("AB123456C"));
  EXPECT_THAT(engine.Values("national insurance jn 12 34 56 a", kType),
              ElementsAre("jn 12 34 56 a"));
}

TEST(GbNationalInsuranceNumberDetector, NeedsWordsWithoutTheSuffixOrInLowerCase) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("order XY123456 shipped", kType), IsEmpty());
  EXPECT_THAT(engine.Values("code ab123456c", kType), IsEmpty());
  EXPECT_THAT(engine.Values("NI number: AB123456", kType), ElementsAre("AB123456"));
}

TEST(GbNationalInsuranceNumberDetector, RejectsOtherShapes) {
  TestEngine engine;
  for (std::string_view text :
       {"QQ 12 34 56 C", "XAB123456C", "AB1234567C", "AB123456E", "AB123456CD", "AB 123 456 C",
        "national insurance AB12.34.56C"}) {
    EXPECT_THAT(engine.Values(text, kType), IsEmpty()) << text;
  }
}

TEST(GbNationalInsuranceNumberDetector, NumbersOneNumberOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("NI number AB 12 34 56 C or ab123456c"),
            "NI number <GB_NATIONAL_INSURANCE_NUMBER_1> or <GB_NATIONAL_INSURANCE_NUMBER_1>");
}

}  // namespace
}  // namespace sladd
