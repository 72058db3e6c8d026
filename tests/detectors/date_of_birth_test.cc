#include "detectors/date_of_birth.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

constexpr int kThisYear = 2026;

std::string Read(std::string_view text) {
  const auto date = ReadDate(text, kThisYear);
  if (!date) return "none";
  return std::to_string(date->year) + "-" + std::to_string(date->month) + "-" +
         std::to_string(date->day);
}

TEST(ReadDate, ReadsNumericAndWrittenDates) {
  EXPECT_EQ(Read("01.01.1990"), "1990-1-1");
  EXPECT_EQ(Read("1.2.90"), "1990-2-1");
  EXPECT_EQ(Read("14/03/1985"), "1985-3-14");
  EXPECT_EQ(Read("14-03-1985"), "1985-3-14");
  EXPECT_EQ(Read("1985-03-14"), "1985-3-14");
  EXPECT_EQ(Read("3. mars 1985"), "1985-3-3");
  EXPECT_EQ(Read("14 March 1985"), "1985-3-14");
  EXPECT_EQ(Read("14th March, 1985"), "1985-3-14");
  EXPECT_EQ(Read("March 14, 1985"), "1985-3-14");
  EXPECT_EQ(Read("1. okt. 2001"), "2001-10-1");
  EXPECT_EQ(Read("12 maj 1977"), "1977-5-12");
  // A two-digit year is the last one up to this year.
  EXPECT_EQ(Read("01.01.26"), "2026-1-1");
  EXPECT_EQ(Read("01.01.27"), "1927-1-1");
}

TEST(ReadDate, RefusesWhatIsNoBirthDate) {
  for (std::string_view text :
       {"31.02.1990", "01.13.1990", "01.01.1899", "01.01.2027", "1.2.3", "01.01.199",
        "01.01-1990", "14 Marsh 1985", "March 1985", "3. mars", "12345678", ""}) {
    EXPECT_EQ(Read(text), "none") << text;
  }
}

TEST(DateOfBirthDetector, FindsADateRightAfterABirthWord) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Fødselsdato: 01.01.1990", "DATE_OF_BIRTH"),
              ElementsAre("01.01.1990"));
  EXPECT_THAT(engine.Values("Født den 3. mars 1985 i Bergen", "DATE_OF_BIRTH"),
              ElementsAre("3. mars 1985"));
  EXPECT_THAT(engine.Values("DOB 14/03/1985", "DATE_OF_BIRTH"), ElementsAre("14/03/1985"));
  EXPECT_THAT(engine.Values("DOB: 14/03/85", "DATE_OF_BIRTH"), ElementsAre("14/03/85"));
  // Thirty-fourth session: the year after a dash, as Norwegian hands write it.
  EXPECT_THAT(engine.Values("Født: 12/3-85", "DATE_OF_BIRTH"), ElementsAre("12/3-85"));
  EXPECT_THAT(engine.Values("født 12/3-1985", "DATE_OF_BIRTH"), ElementsAre("12/3-1985"));
  EXPECT_THAT(engine.Values("født 12.3-85", "DATE_OF_BIRTH"), IsEmpty());
  EXPECT_THAT(engine.Values("Fødselsdato (dd.mm.åååå): 01.01.1990", "DATE_OF_BIRTH"),
              ElementsAre("01.01.1990"));
  EXPECT_THAT(engine.Values("born in Leeds on 3 May 1990", "DATE_OF_BIRTH"),
              ElementsAre("3 May 1990"));
  EXPECT_THAT(engine.Values("born on March 14, 1985 in Leeds", "DATE_OF_BIRTH"),
              ElementsAre("March 14, 1985"));
  EXPECT_THAT(engine.Values("Kari Hansen, f. 12.03.1985, tlf 91234567", "DATE_OF_BIRTH"),
              ElementsAre("12.03.1985"));
  EXPECT_THAT(engine.Values("Date of birth: 1990-01-01", "DATE_OF_BIRTH"),
              ElementsAre("1990-01-01"));
  EXPECT_THAT(engine.Values("<BirthDate>1981-04-29</BirthDate>", "DATE_OF_BIRTH"),
              ElementsAre("1981-04-29"));
  // The keys of JSON, logs and CRM exports.
  for (std::string_view text :
       {R"({"date_of_birth":"1990-01-01"})", R"({"dateOfBirth":"1990-01-01"})",
        "birth_date=1990-01-01", R"({"dob":"1990-01-01"})"}) {
    EXPECT_THAT(engine.Values(text, "DATE_OF_BIRTH"), ElementsAre("1990-01-01")) << text;
  }
  EXPECT_THAT(engine.Values("fodselsdato=01.01.1990", "DATE_OF_BIRTH"), ElementsAre("01.01.1990"));
  EXPECT_THAT(engine.Values("f.dato 01.01.1990", "DATE_OF_BIRTH"), ElementsAre("01.01.1990"));
  // An audit log's change of one: both dates are the person's.
  EXPECT_THAT(engine.Values("Updated birth_date from 1985-03-14 to 1985-04-13 for 55123",
                            "DATE_OF_BIRTH"),
              ElementsAre("1985-03-14", "1985-04-13"));
}

TEST(DateOfBirthDetector, LeavesOtherDatesAlone) {
  TestEngine engine;
  for (std::string_view text :
       {"Møtet er 01.01.2025", "levert 14.03.2024", "født i 1985", "født 31.02.1990",
        "dobbeltrom 01.01.2024", "min bursdag er 14. mars", "born 2 weeks ago, 12.03.2024",
        "versjon 1.2.3.4", "født 01.01.2030", "født. Leveringen kom 12.03.2025",
        "født. Ørsta kommune 12.03.2025", "f.eks. 12.03.2025 eller senere",
        "Fødselsdato (6 siffer): 010190", "newborn 12.03.2025", "born 2024-01-01T12:00"}) {
    EXPECT_THAT(engine.Values(text, "DATE_OF_BIRTH"), IsEmpty()) << text;
  }
  // A national ID whose first six digits are the date is the ID.
  EXPECT_THAT(engine.Values("født 01.01.90 00083", "DATE_OF_BIRTH"), IsEmpty());
}

TEST(DateOfBirthDetector, NormalisesToIsoDates) {
  const DateOfBirthDetector detector(kThisYear);
  EXPECT_EQ(detector.Normalize("DATE_OF_BIRTH", "1. januar 1990"), "1990-01-01");
  EXPECT_EQ(detector.Normalize("DATE_OF_BIRTH", "01.01.1990"), "1990-01-01");
  EXPECT_EQ(detector.Normalize("DATE_OF_BIRTH", "January 1, 1990"), "1990-01-01");
}

}  // namespace
}  // namespace sladd
