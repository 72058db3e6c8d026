#include "detectors/id_document_number.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kPassport = "PASSPORT_NUMBER";
constexpr std::string_view kLicense = "DRIVERS_LICENSE_NUMBER";

TEST(ReadDocumentNumber, ReadsLettersAndDigitsInGroups) {
  auto read = [](std::string_view text) -> std::string {
    const auto number = ReadDocumentNumber(text, 0);
    return number ? std::string(text.substr(number->start, number->end - number->start)) : "-";
  };
  EXPECT_EQ(read("123456789, expiry"), "123456789");
  EXPECT_EQ(read("FH 254787."), "FH 254787");
  EXPECT_EQ(read("123 456 789 and"), "123 456 789");
  EXPECT_EQ(read("MORGA753116SM9IJ"), "MORGA753116SM9IJ");
  EXPECT_EQ(read("C01X00T47"), "C01X00T47");
  // Too few digits or characters, too many, a word after, a long word before the digits.
  EXPECT_EQ(read("AB1234"), "-");
  EXPECT_EQ(read("12345"), "-");
  EXPECT_EQ(read("123456789012345678901"), "-");
  EXPECT_EQ(read("123456789æ"), "-");
  EXPECT_EQ(read("expires 20270101"), "-");
  EXPECT_EQ(read("fh 254787"), "-");
  EXPECT_EQ(read("12.05.2030"), "-");
}

TEST(IdDocumentNumberDetector, FindsAPassportNumberAfterItsWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("My passport number is 123456789", kPassport),
              ElementsAre("123456789"));
  EXPECT_THAT(engine.Values("Passnummeret mitt er FH 254787", kPassport),
              ElementsAre("FH 254787"));
  EXPECT_THAT(engine.Values("Passport No.: 123456789, expiry 12/2030", kPassport),
              ElementsAre("123456789"));
  EXPECT_THAT(engine.Values("Pass nr. er C01X00T47.", kPassport), ElementsAre("C01X00T47"));
  EXPECT_THAT(engine.Values("pasnummer: 206412345", kPassport), ElementsAre("206412345"));
}

TEST(IdDocumentNumberDetector, FindsADrivingLicenceNumberAfterItsWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("My driving licence number is MORGA753116SM9IJ", kLicense),
              ElementsAre("MORGA753116SM9IJ"));
  EXPECT_THAT(engine.Values("Førerkortnummer: 12345678901", kLicense),
              ElementsAre("12345678901"));
  EXPECT_THAT(engine.Values("kørekortnummer 12345678", kLicense), ElementsAre("12345678"));
  EXPECT_THAT(engine.Values("Driver's license # D1234567", kLicense), ElementsAre("D1234567"));
}

TEST(IdDocumentNumberDetector, NeedsTheNumberRightAfterTheWord) {
  TestEngine engine;
  for (std::string_view text :
       {"I need a passport number field", "Førerkort klasse B", "my passport expires 20270101",
        "passport photo 2 pcs", "passnummer: se vedlegg", "I lost my passport, call 91234567",
        "passport 12345", "Order 123456789 for a passport wallet", "bypass nr 123456789",
        "pass nothing 123456789"}) {
    EXPECT_THAT(engine.Values(text, kPassport), IsEmpty()) << text;
    EXPECT_THAT(engine.Values(text, kLicense), IsEmpty()) << text;
  }
}

TEST(IdDocumentNumberDetector, TakesTheNumberOverAPhoneNumberOfItsShape) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("passnummer 91234567", kPassport), ElementsAre("91234567"));
  EXPECT_THAT(engine.Values("passnummer 91234567", "PHONE_NUMBER"), IsEmpty());
}

TEST(IdDocumentNumberDetector, NumbersOneDocumentOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("passport FH 254787; passport fh254787, passport FH-254787"),
            "passport <PASSPORT_NUMBER_1>; passport <PASSPORT_NUMBER_1>, passport "
            "<PASSPORT_NUMBER_1>");
}

}  // namespace
}  // namespace sladd
