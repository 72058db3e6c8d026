// SE_PERSONAL_NUMBER, DK_CPR and FI_PERSONAL_IDENTITY_CODE, which share shapes (DDMMYY-NNNN)
// and are tested together so their hand-offs are too.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "detectors/dk_cpr.h"
#include "detectors/fi_personal_identity_code.h"
#include "detectors/se_personal_number.h"
#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(SwedishPersonalNumberValidator, ChecksLuhnDateAndCentury) {
  EXPECT_TRUE(ValidateSwedishPersonalNumber("811218-9876", 2026));
  EXPECT_TRUE(ValidateSwedishPersonalNumber("19811218-9876", 2026));
  EXPECT_TRUE(ValidateSwedishPersonalNumber("198112189876", 2026));
  EXPECT_EQ(ValidateSwedishPersonalNumber("811218-9876", 2026)->year, 1981);
  EXPECT_EQ(ValidateSwedishPersonalNumber("811218+9876", 2026)->year, 1881);
  EXPECT_FALSE(ValidateSwedishPersonalNumber("811218-9877", 2026));  // Luhn
  EXPECT_TRUE(ValidateSwedishPersonalNumber("811278-9873", 2026)->coordination);
  EXPECT_FALSE(ValidateSwedishPersonalNumber("811232-9875", 2026));  // day 32
}

TEST(DanishCprValidator, ChecksDateAndCentury) {
  EXPECT_TRUE(ValidateDanishCpr(*Digits::Of("0707614285")));
  EXPECT_TRUE(ValidateDanishCpr(*Digits::Of("0707614285"))->modulus11);
  EXPECT_EQ(ValidateDanishCpr(*Digits::Of("0101004000"))->year, 2000);
  EXPECT_EQ(ValidateDanishCpr(*Digits::Of("0101605000"))->year, 1860);
  EXPECT_FALSE(ValidateDanishCpr(*Digits::Of("2902011234")));  // 2001 is not a leap year
  EXPECT_FALSE(ValidateDanishCpr(*Digits::Of("3213901234")));
}

TEST(FinnishIdentityCodeValidator, ChecksSignDateAndCheckCharacter) {
  EXPECT_TRUE(ValidateFinnishIdentityCode("131052-308T"));
  EXPECT_TRUE(ValidateFinnishIdentityCode("010594Y9021"));  // 2023 sign for the 1900s
  EXPECT_TRUE(ValidateFinnishIdentityCode("020502E902X"));  // 2023 sign for the 2000s
  EXPECT_EQ(ValidateFinnishIdentityCode("020502E902X")->year, 2002);
  EXPECT_FALSE(ValidateFinnishIdentityCode("131052-308U"));
  EXPECT_FALSE(ValidateFinnishIdentityCode("131052G308T"));  // not a century sign
  EXPECT_FALSE(ValidateFinnishIdentityCode("311152-308T"));  // 31 November
}

TEST(NordicIdDetectors, FindEachCountrysForm) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("personnummer 811218-9876", "SE_PERSONAL_NUMBER"),
              ElementsAre("811218-9876"));
  EXPECT_THAT(engine.Values("19811218-9876", "SE_PERSONAL_NUMBER"), ElementsAre("19811218-9876"));
  EXPECT_THAT(engine.Values("cpr 070761-4285", "DK_CPR"), ElementsAre("070761-4285"));
  EXPECT_THAT(engine.Values("070761-4285", "DK_CPR"), ElementsAre("070761-4285"));
  EXPECT_THAT(engine.Values("HETU 131052-308T.", "FI_PERSONAL_IDENTITY_CODE"),
              ElementsAre("131052-308T"));
  EXPECT_THAT(engine.Values("020502E902X", "FI_PERSONAL_IDENTITY_CODE"),
              ElementsAre("020502E902X"));
}

TEST(NordicIdDetectors, NeedContextForTenPlainDigits) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("8112189876", "SE_PERSONAL_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("pnr 8112189876", "SE_PERSONAL_NUMBER"), ElementsAre("8112189876"));
  EXPECT_THAT(engine.Values("0707614285", "DK_CPR"), IsEmpty());
  EXPECT_THAT(engine.Values("CPR-nr: 0707614285", "DK_CPR"), ElementsAre("0707614285"));
  // So does a space where the dash belongs.
  EXPECT_THAT(engine.Values("070761 4285", "DK_CPR"), IsEmpty());
  EXPECT_THAT(engine.Values("CPR 070761 4285", "DK_CPR"), ElementsAre("070761 4285"));
}

TEST(NordicIdDetectors, RejectInvalidDatesAndChecks) {
  TestEngine engine;
  const std::vector<std::string_view> types = {"SE_PERSONAL_NUMBER", "DK_CPR",
                                               "FI_PERSONAL_IDENTITY_CODE"};
  for (std::string_view text : {"811218-9877", "321390-1234", "131052-308U", "999999-9999"}) {
    for (std::string_view type : types) {
      EXPECT_THAT(engine.Values(text, type), IsEmpty()) << text << " " << type;
    }
  }
}

TEST(NordicIdDetectors, ReportAMistypedSwedishNumberRightAfterAnIdWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Mitt personnummer är 19811218-9877", "SE_PERSONAL_NUMBER"),
              ElementsAre("19811218-9877"));
  EXPECT_THAT(engine.Values("pnr 8112189877", "SE_PERSONAL_NUMBER"), ElementsAre("8112189877"));
  const std::vector<testing::Found> found = engine.Find("pnr: 811218-9877");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, "invalid_check_digits");
  EXPECT_EQ(found[0].score, 0.8);
  // Not without the word right before it (no number between), nor without a real date.
  EXPECT_THAT(engine.Values("811218-9877", "SE_PERSONAL_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("personnummer 811218-9876, order 811218-9877", "SE_PERSONAL_NUMBER"),
              ElementsAre("811218-9876"));
  EXPECT_THAT(engine.Values("personnummer 811232-9875", "SE_PERSONAL_NUMBER"), IsEmpty());
}

TEST(NordicIdDetectors, ReportAMistypedFinnishCodeRightAfterAFinnishWord) {
  TestEngine engine;
  constexpr std::string_view kType = "FI_PERSONAL_IDENTITY_CODE";
  EXPECT_THAT(engine.Values("Henkilötunnukseni on 131052-308U", kType),
              ElementsAre("131052-308U"));
  EXPECT_EQ(engine.Find("hetu 131052-308U")[0].kind, "invalid_check_digits");
  EXPECT_THAT(engine.Values("131052-308U", kType), IsEmpty());
  // Not with a character no check is written with, nor a date that is none.
  EXPECT_THAT(engine.Values("hetu 131052-308G", kType), IsEmpty());
  EXPECT_THAT(engine.Values("hetu 321052-308U", kType), IsEmpty());
}

}  // namespace
}  // namespace sladd
