#include "detectors/card_security_code.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kCode = "CARD_SECURITY_CODE";

TEST(ReadCardSecurityCode, ReadsThreeOrFourDigitsAlone) {
  auto read = [](std::string_view text) -> std::string {
    const auto end = ReadCardSecurityCode(text, 0);
    return end ? std::string(text.substr(0, *end)) : "-";
  };
  EXPECT_EQ(read("123"), "123");
  EXPECT_EQ(read("0937."), "0937");
  EXPECT_EQ(read("482, takk"), "482");
  EXPECT_EQ(read("12"), "-");
  EXPECT_EQ(read("12345"), "-");
  EXPECT_EQ(read("123abc"), "-");
  EXPECT_EQ(read("123,50 kr"), "-");
  EXPECT_EQ(read("12:30"), "-");
  EXPECT_EQ(read("3.500"), "-");
}

TEST(CardSecurityCodeDetector, FindsTheCodeAfterItsName) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Card: 4111 1111 1111 1111, CVC 123", kCode), ElementsAre("123"));
  EXPECT_THAT(engine.Values("CVC-koden er 4821", kCode), ElementsAre("4821"));
  EXPECT_THAT(engine.Values("security code on the card is 0937", kCode), ElementsAre("0937"));
  EXPECT_THAT(engine.Values("Sikkerhetskoden på baksiden av kortet er 093", kCode),
              ElementsAre("093"));
  EXPECT_THAT(engine.Values("The CVV2 number: 123.", kCode), ElementsAre("123"));
  EXPECT_THAT(engine.Values("säkerhetskod 456", kCode), ElementsAre("456"));
}

TEST(CardSecurityCodeDetector, NeedsThreeOrFourDigitsRightAfterTheName) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("CVV: 12345", kCode), IsEmpty());
  EXPECT_THAT(engine.Values("Vi tar CVC 2 ganger", kCode), IsEmpty());
  EXPECT_THAT(engine.Values("Where do I find the CVC on my card? It has 3 digits.", kCode),
              IsEmpty());
  EXPECT_THAT(engine.Values("My order 123 has no CVC", kCode), IsEmpty());
  EXPECT_THAT(engine.Values("cvc 12:30", kCode), IsEmpty());
}

TEST(CardSecurityCodeDetector, RedactsTheCodeBesideTheCard) {
  TestEngine engine;
  EXPECT_EQ(engine.Redact("Kort 4111 1111 1111 1111, utløper 12/27, CVC 123"),
            "Kort <CREDIT_CARD>, utløper 12/27, CVC <CARD_SECURITY_CODE>");
}

}  // namespace
}  // namespace sladd
