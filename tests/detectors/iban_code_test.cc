#include "detectors/iban_code.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(IbanValidator, ChecksLengthAndMod97) {
  EXPECT_EQ(IbanLength("NO"), 15);
  EXPECT_EQ(IbanLength("SE"), 24);
  EXPECT_EQ(IbanLength("DK"), 18);
  EXPECT_EQ(IbanLength("FI"), 18);
  EXPECT_EQ(IbanLength("XX"), 0);
  EXPECT_TRUE(ValidateIban("NO9386011117947"));
  EXPECT_TRUE(ValidateIban("GB82WEST12345698765432"));
  EXPECT_TRUE(ValidateIban("no9386011117947"));
  EXPECT_FALSE(ValidateIban("NO9386011117948"));
  EXPECT_FALSE(ValidateIban("NO93860111179470"));
}

TEST(IbanCodeDetector, FindsNordicAndOtherIbans) {
  TestEngine engine;
  for (std::string_view iban :
       {"NO93 8601 1117 947", "NO9386011117947", "SE45 5000 0000 0583 9825 7466",
        "DK50 0040 0440 1162 43", "FI21 1234 5600 0007 85", "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32", "no93 8601 1117 947",
        // Copied with no-break or narrow no-break spaces.
        "NO93\u00A08601\u00A01117\u00A0947", "GB82\u202FWEST\u202F1234\u202F5698\u202F7654\u202F32"}) {
    const std::string text = "IBAN: " + std::string(iban) + " takk";
    EXPECT_THAT(engine.Values(text, "IBAN_CODE"), ElementsAre(iban)) << iban;
  }
}

TEST(IbanCodeDetector, RejectsBadChecksAndRunOns) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("NO93 8601 1117 948", "IBAN_CODE"), IsEmpty());
  EXPECT_THAT(engine.Values("NO93860111179470", "IBAN_CODE"), IsEmpty());
  EXPECT_THAT(engine.Values("XX93 8601 1117 947", "IBAN_CODE"), IsEmpty());
  EXPECT_THAT(engine.Values("ABNO9386011117947", "IBAN_CODE"), IsEmpty());
}

}  // namespace
}  // namespace sladd
