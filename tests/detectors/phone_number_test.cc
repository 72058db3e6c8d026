#include "detectors/phone_number.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <cstdio>
#include <cstdlib>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

const PhonePlans& Plans() {
  static const PhonePlans* const plans = PhonePlans::Create()->release();
  return *plans;
}

TEST(NordicEightDigitValidator, FollowsTheNorwegianNumberingPlan) {
  EXPECT_EQ(ValidateNordicEightDigits(Plans(), "91234567", false)->region, "NO");
  EXPECT_TRUE(ValidateNordicEightDigits(Plans(), "91234567", false)->mobile);
  EXPECT_TRUE(ValidateNordicEightDigits(Plans(), "41234567", false)->mobile);
  EXPECT_FALSE(ValidateNordicEightDigits(Plans(), "22334455", false)->mobile);  // Oslo fixed line
  EXPECT_TRUE(ValidateNordicEightDigits(Plans(), "80012345", false));           // freephone
  EXPECT_FALSE(ValidateNordicEightDigits(Plans(), "11234567", false));          // no 1xx numbers
  EXPECT_FALSE(ValidateNordicEightDigits(Plans(), "01234567", false));
  EXPECT_EQ(ValidateNordicEightDigits(Plans(), "91234567", false)->e164, "+4791234567");
}

TEST(NorwegianNumberingPlan, AgreesWithLibphonenumberOnEveryFiveDigitPrefix) {
  // Every range of the plan is fixed by at most five leading digits. Ranges opened after
  // Debian's libphonenumber 8.12 (per the newer metadata in ../shared/lexicons/phone):
  auto newer_range = [](std::string_view d) {
    const std::string_view p2 = d.substr(0, 2);
    return p2 == "42" || p2 == "43" || p2 == "44" || p2 == "49" || p2 == "68";
  };
  const auto& util = *i18n::phonenumbers::PhoneNumberUtil::GetInstance();
  for (int prefix = 0; prefix < 100000; ++prefix) {
    char digits[9];
    std::snprintf(digits, sizeof digits, "%05d%03d", prefix, prefix % 1000);
    i18n::phonenumbers::PhoneNumber number;
    number.set_country_code(47);
    number.set_national_number(std::strtoull(digits, nullptr, 10));
    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    const bool expected = (util.IsValidNumber(number) && region == "NO") || newer_range(digits);
    ASSERT_EQ(ClassifyNorwegianNumber(digits) != NorwegianLine::kInvalid, expected) << digits;
  }
}

TEST(NordicEightDigitValidator, FallsBackToDenmarkOnlyWhenAsked) {
  EXPECT_FALSE(ValidateNordicEightDigits(Plans(), "20123456", false));
  EXPECT_EQ(ValidateNordicEightDigits(Plans(), "20123456", true)->region, "DK");
}

TEST(PhoneNumberDetector, FindsNorwegianNumbersInTheUsualGroupings) {
  TestEngine engine;
  for (std::string_view number :
       {"91234567", "912 34 567", "91 23 45 67", "9123 4567", "+47 91234567", "+4791234567",
        "0047 912 34 567", "(+47) 91 23 45 67", "+47 22 33 44 55", "22 33 44 55",
        // The no-break and narrow no-break spaces of copied and locale-formatted text.
        "912\u00A034\u00A0567", "+47\u202F91\u202F23\u202F45\u202F67",
        // Dashes between the groups.
        "912-34-567", "91-23-45-67",
        // Four digits, then pairs.
        "9123 45 67"}) {
    const std::string text = "Du kan nå meg på " + std::string(number) + " i kveld";
    EXPECT_THAT(engine.Values(text, "PHONE_NUMBER"), ElementsAre(number)) << number;
  }
}

TEST(PhoneNumberDetector, TakesThousandsGroupingForANumberOnlyAfterAPhoneWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("tlf 91 234 567", "PHONE_NUMBER"), ElementsAre("91 234 567"));
  EXPECT_THAT(engine.Values("Mobil: 41 234 567", "PHONE_NUMBER"), ElementsAre("41 234 567"));
  EXPECT_THAT(engine.Values("Folketallet var 41 234 567 i fjor", "PHONE_NUMBER"), IsEmpty());
}

TEST(PhoneNumberDetector, ContextRaisesTheScore) {
  TestEngine engine;
  const auto bare = engine.Find("22334455");
  const auto with_words = engine.Find("tlf 22334455");
  ASSERT_EQ(bare.size(), 1u);
  ASSERT_EQ(with_words.size(), 1u);
  EXPECT_GT(with_words[0].score, bare[0].score);
  EXPECT_EQ(with_words[0].kind, "NO");
}

TEST(PhoneNumberDetector, FindsSwedishDanishFinnishAndInternationalNumbers) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("ring 070-123 45 67", "PHONE_NUMBER"), ElementsAre("070-123 45 67"));
  EXPECT_THAT(engine.Values("+46 70 123 45 67", "PHONE_NUMBER"), ElementsAre("+46 70 123 45 67"));
  EXPECT_THAT(engine.Values("mobil 040 123 4567", "PHONE_NUMBER"), ElementsAre("040 123 4567"));
  EXPECT_THAT(engine.Values("+358 40 123 4567", "PHONE_NUMBER"), ElementsAre("+358 40 123 4567"));
  EXPECT_THAT(engine.Values("+45 32 12 34 56", "PHONE_NUMBER"), ElementsAre("+45 32 12 34 56"));
  EXPECT_THAT(engine.Values("tlf 20 12 34 56", "PHONE_NUMBER"), ElementsAre("20 12 34 56"));
  EXPECT_THAT(engine.Values("call +44 20 7946 0958 now", "PHONE_NUMBER"),
              ElementsAre("+44 20 7946 0958"));
  EXPECT_THAT(engine.Values("+1 650-253-0000", "PHONE_NUMBER"), ElementsAre("+1 650-253-0000"));
}

TEST(PhoneNumberDetector, FindsBritishNumbersWithTheirTrunkZero) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("call me on 07911 123456", "PHONE_NUMBER"),
              ElementsAre("07911 123456"));
  EXPECT_THAT(engine.Values("my number is 020 7946 0958", "PHONE_NUMBER"),
              ElementsAre("020 7946 0958"));
  EXPECT_THAT(engine.Values("ring 0161 496 0000 please", "PHONE_NUMBER"),
              ElementsAre("0161 496 0000"));
  EXPECT_THAT(engine.Values("mobile: 07911123456", "PHONE_NUMBER"), ElementsAre("07911123456"));
  // Eleven digits whole without a phone word, or as six and five, are a Norwegian ID's
  // shape; an order number is none.
  EXPECT_THAT(engine.Values("02038512345", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("fnr 020385 12345", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("Order 07911 123456 shipped", "PHONE_NUMBER"), IsEmpty());
  std::vector<testing::Found> found = engine.Find("tel 020 7946 0958");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "GB");
}

TEST(PhoneNumberDetector, CutsAnInternationalNumberThatRunsOn) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("+46 70 123 45 67 12", "PHONE_NUMBER"),
              ElementsAre("+46 70 123 45 67"));
}

TEST(PhoneNumberDetector, LeavesPricesDatesTimesAndOrderNumbersAlone) {
  TestEngine engine;
  for (std::string_view text :
       {"kr 12 499,-", "Pris: kr 45000000", "45000000,-", "45 000 000 kr", "Ordre 91234567",
        "ordrenummer: 91234567", "Faktura 91234567", "KID 91234567", "#91234567", "12.03.2024",
        "2024-03-12", "12:30", "kl. 12.30-14.00", "1881", "ring 113", "02000", "versjon 2.14.0",
        "1234 5678 9012", "11 22 33 44 55 66", "ø91234567", "91234567æ",
        "sporingsnummer 70701234567890123", "EAN 7038010055687", "varenummer 912-34-567",
        // Regression (thirty-fourth session): a reference that opens with 00 is no
        // international number after a word that names it.
        "KID 0012345678903", "Ordre 004791234567"}) {
    EXPECT_THAT(engine.Values(text, "PHONE_NUMBER"), IsEmpty()) << text;
  }
}

TEST(PhoneNumberDetector, KeepsTwoNumbersApart) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("ring 91234567 eller 22334455", "PHONE_NUMBER"),
              ElementsAre("91234567", "22334455"));
  EXPECT_THAT(engine.Values("tlf 91234567 22334455", "PHONE_NUMBER"),
              ElementsAre("91234567", "22334455"));
}

TEST(PhoneNumberDetector, TellsAPartOfALongerNumberFromNumbersSideBySide) {
  TestEngine engine;
  // "5678 9012" is a valid Oslo-area number, but here it is the middle of a longer one.
  EXPECT_THAT(engine.Values("1234 5678 9012 3456", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("ring 1234 5678 9012", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("+46 70 123 45 67 912 34 567", "PHONE_NUMBER"),
              ::testing::Contains("+46 70 123 45 67"));
  EXPECT_THAT(engine.Values("10:15:01 22 33 44 55", "PHONE_NUMBER"), ElementsAre("22 33 44 55"));
  EXPECT_THAT(engine.Values("912 34 567 kr 200 for timen", "PHONE_NUMBER"),
              ElementsAre("912 34 567"));
  EXPECT_THAT(engine.Values("45000000 kr", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("45000000 NOK.", "PHONE_NUMBER"), IsEmpty());
}

TEST(PhoneNumberDetector, NormalisesToE164) {
  auto created = PhoneNumberDetector::Create();
  ASSERT_TRUE(created.ok()) << created.status();
  const PhoneNumberDetector& detector = **created;
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "912 34 567"), "+4791234567");
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "(+47) 912 34 567"), "+4791234567");
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "0047 91234567"), "+4791234567");
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "070-123 45 67"), "+46701234567");
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "4791234567"), "+4791234567");
  EXPECT_EQ(detector.Normalize("PHONE_NUMBER", "07911 123456"), "+447911123456");
}

TEST(PhoneNumberDetector, FindsANumberInAUrlsQuery) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("GET /signup?phone=%2B4791234567&lang=no", "PHONE_NUMBER"),
              ElementsAre("%2B4791234567"));
  EXPECT_THAT(engine.Values("tel=%2b46701234567", "PHONE_NUMBER"), ElementsAre("%2b46701234567"));
  for (std::string_view text : {"abc%2B12", "%2B4791234567abc", "%2B1"}) {
    EXPECT_THAT(engine.Values(text, "PHONE_NUMBER"), IsEmpty()) << text;
  }
}

TEST(PhoneNumberDetector, ReadsANorwegianNumberAfterABare47NearPhoneWords) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("sms sendt til 4791234567", "PHONE_NUMBER"),
              ElementsAre("4791234567"));
  EXPECT_THAT(engine.Values("msisdn=4741234567 status=delivered", "PHONE_NUMBER"),
              ElementsAre("4741234567"));
  EXPECT_THAT(engine.Values("4791234567", "PHONE_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("tlf 4712345678", "PHONE_NUMBER"), IsEmpty());  // 1 opens no line
}

}  // namespace
}  // namespace sladd
