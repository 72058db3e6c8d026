#include "detectors/license_plate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr std::string_view kType = "LICENSE_PLATE";

std::string Read(std::string_view text) {
  const std::optional<size_t> end = ReadLicensePlate(text, 0);
  return end ? std::string(text.substr(0, *end)) : "-";
}

TEST(ReadLicensePlate, ReadsNordicAndBritishPlates) {
  EXPECT_EQ(Read("EL 12345, takk"), "EL 12345");
  EXPECT_EQ(Read("AB 1234"), "AB 1234");
  EXPECT_EQ(Read("el12345"), "el12345");
  EXPECT_EQ(Read("ABC 12A"), "ABC 12A");
  EXPECT_EQ(Read("AB 12 345"), "AB 12 345");
  EXPECT_EQ(Read("ABC-123"), "ABC-123");
  EXPECT_EQ(Read("AB12 CDE"), "AB12 CDE");
  EXPECT_EQ(Read("AB12CDE."), "AB12CDE");
  // Too many letters or digits, too few, a word after, no letters first.
  EXPECT_EQ(Read("ABCD 123"), "-");
  EXPECT_EQ(Read("SC123456"), "-");
  EXPECT_EQ(Read("EL 1"), "-");
  EXPECT_EQ(Read("EL 12345X"), "-");
  EXPECT_EQ(Read("12345"), "-");
  EXPECT_EQ(Read("se vedlegg"), "-");
}

TEST(LicensePlateDetector, FindsAPlateAfterItsWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Bilen min har reg.nr. EL 12345", kType), ElementsAre("EL 12345"));
  EXPECT_THAT(engine.Values("Registreringsnummeret er AB 1234", kType), ElementsAre("AB 1234"));
  EXPECT_THAT(engine.Values("regnummer ABC 12A", kType), ElementsAre("ABC 12A"));
  EXPECT_THAT(engine.Values("Nummerplade: AB 12 345", kType), ElementsAre("AB 12 345"));
  EXPECT_THAT(engine.Values("My car reg is AB12CDE", kType), ElementsAre("AB12CDE"));
  EXPECT_THAT(engine.Values("Rekisterinumero ABC-123", kType), ElementsAre("ABC-123"));
}

TEST(LicensePlateDetector, NeedsThePlateRightAfterTheWord) {
  TestEngine engine;
  for (std::string_view text :
       {"registration is open until Friday", "number plate lights are broken",
        "regnr: se vedlegg", "Registreringsnummer 12345678", "EL 12345",
        "Company registration number SC123456", "Reg. 2024 ble et godt år"}) {
    EXPECT_THAT(engine.Values(text, kType), IsEmpty()) << text;
  }
  // A Danish registration number is a bank's: digits first.
  EXPECT_THAT(engine.Values("reg.nr. 1234 kontonr. 0001234567", kType), IsEmpty());
}

TEST(LicensePlateDetector, NumbersOnePlateOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("reg.nr. EL 12345; regnr el12345"),
            "reg.nr. <LICENSE_PLATE_1>; regnr <LICENSE_PLATE_1>");
}

}  // namespace
}  // namespace sladd
