#include "detectors/se_bank_account.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "detectors/checksums.h"
#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::Found;
using testing::TestEngine;

SwedishAccountCheck Check(std::string_view clearing, std::string_view account) {
  return CheckSwedishBankAccount(Digits::Of(clearing)->span(), Digits::Of(account)->span());
}

TEST(SwedishBankAccountValidator, ChecksEachBanksRule) {
  // Type 1, comment 1 (Forex Bank, SEB): mod 11 over clearing digits 2-4 and the account.
  EXPECT_EQ(Check("9420", "4172385"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("5491", "0001239"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("9420", "4172386"), SwedishAccountCheck::kCheckDigitFails);
  // Type 1, comment 2 (Avanza, Nordea 4xxx): mod 11 over all four clearing digits too.
  EXPECT_EQ(Check("9550", "1234564"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("4000", "9876545"), SwedishAccountCheck::kValid);
  // Type 2, comment 1 (Danske Bank 918x, Nordea's personkonto): mod 10 over ten digits.
  EXPECT_EQ(Check("9180", "1234567897"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("3300", "0006205124"), SwedishAccountCheck::kValid);
  // Type 2, comment 2 (Handelsbanken): mod 11 over nine digits.
  EXPECT_EQ(Check("6789", "123456789"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("6789", "123456788"), SwedishAccountCheck::kCheckDigitFails);
  // Type 2, comment 3 (Swedbank 8xxx): the clearing number's own check digit, mod 10.
  EXPECT_EQ(Check("84244", "9831892246"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("81299", "0433867116"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("8424", "9831892246"), SwedishAccountCheck::kValid);
  EXPECT_EQ(Check("84241", "9831892246"), SwedishAccountCheck::kCheckDigitFails);
}

TEST(SwedishBankAccountValidator, KnowsNoAccountOutsideTheBanksRangesAndLengths) {
  EXPECT_EQ(Check("0101", "9000083"), SwedishAccountCheck::kNoSuchAccount);  // no bank
  EXPECT_EQ(Check("9010", "4172385"), SwedishAccountCheck::kNoSuchAccount);  // unassigned
  EXPECT_EQ(Check("9420", "41723850"), SwedishAccountCheck::kNoSuchAccount);
  EXPECT_EQ(Check("6789", "12345678"), SwedishAccountCheck::kNoSuchAccount);
  EXPECT_EQ(Check("94200", "4172385"), SwedishAccountCheck::kNoSuchAccount);  // five: Swedbank's
  EXPECT_EQ(Check("95001", "1234567897"), SwedishAccountCheck::kNoSuchAccount);  // Plusgirot
}

TEST(SeBankAccountDetector, FindsTheWaysBanksPrintThem) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Mitt kontonummer är 8424-4, 983 189 224-6.", "SE_BANK_ACCOUNT"),
              ElementsAre("8424-4, 983 189 224-6"));
  EXPECT_THAT(engine.Values("8351-9,392 242 224-5", "SE_BANK_ACCOUNT"),
              ElementsAre("8351-9,392 242 224-5"));
  EXPECT_THAT(engine.Values("8327-8 043 386 711-6", "SE_BANK_ACCOUNT"), IsEmpty());  // Luhn
  EXPECT_THAT(engine.Values("8129-9 043 386 711-6", "SE_BANK_ACCOUNT"),
              ElementsAre("8129-9 043 386 711-6"));
  EXPECT_THAT(engine.Values("pay to 9420, 417 23 85 please", "SE_BANK_ACCOUNT"),
              ElementsAre("9420, 417 23 85"));
  EXPECT_THAT(engine.Values("6789-123 456 789", "SE_BANK_ACCOUNT"),
              ElementsAre("6789-123 456 789"));
  EXPECT_THAT(engine.Values("betala till 9420-4172385 tack", "SE_BANK_ACCOUNT"),
              ElementsAre("9420-4172385"));
}

TEST(SeBankAccountDetector, TakesANordeaPersonkontoWholeOverItsPersonnummer) {
  TestEngine engine;
  const std::vector<Found> found = engine.Find("konto 3300 000620-5124");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].type, "SE_BANK_ACCOUNT");
  EXPECT_EQ(found[0].value, "3300 000620-5124");
  EXPECT_EQ(found[0].kind, "personkonto");
}

TEST(SeBankAccountDetector, ReadsTheAccountOfAFormsClearingAndAccountFields) {
  TestEngine engine;
  // Only the account is redacted; the clearing number names a bank and checks it.
  EXPECT_THAT(engine.Values("Clearingnummer: 9420\nKontonummer: 417 23 85", "SE_BANK_ACCOUNT"),
              ElementsAre("417 23 85"));
  EXPECT_THAT(engine.Values("Clearingnr 9420, kontonr 4172385", "SE_BANK_ACCOUNT"),
              ElementsAre("4172385"));
  EXPECT_THAT(engine.Values("CLNR: 8424-4 Konto: 983 189 224-6", "SE_BANK_ACCOUNT"),
              ElementsAre("983 189 224-6"));
  // Abbreviated labels end in a period.
  EXPECT_THAT(engine.Values("Clearingnr. 9420, kontonr. 4172385", "SE_BANK_ACCOUNT"),
              ElementsAre("4172385"));
  // Without the account's label the second number is anything.
  EXPECT_THAT(engine.Values("Clearingnummer 9420, 10 st 4172385", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("Clearingnummer 9420. Ring 4172385", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("clearing 9420 i morgen", "SE_BANK_ACCOUNT"), IsEmpty());
  // Regression: a field's digits beyond Digits' capacity were read through an empty optional.
  std::string long_field = "Clearingnummer 9420, kontonummer 1234";
  for (int i = 0; i < 14; ++i) long_field += " 1234";
  EXPECT_THAT(engine.Values(long_field, "SE_BANK_ACCOUNT"), IsEmpty());
}

TEST(SeBankAccountDetector, NeedsWordsForPlainDigits) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("94204172385", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("kontonr 94204172385", "SE_BANK_ACCOUNT"),
              ElementsAre("94204172385"));
  EXPECT_THAT(engine.Values("Handelsbanken 6789123456789", "SE_BANK_ACCOUNT"),
              ElementsAre("6789123456789"));
  EXPECT_THAT(engine.Values("Swedbank 842449831892246", "SE_BANK_ACCOUNT"),
              ElementsAre("842449831892246"));
}

TEST(SeBankAccountDetector, LeavesReferenceNumbersAlone) {
  TestEngine engine;
  // 9420, 417 23 85 is a valid account; words right before it name it something else.
  EXPECT_THAT(engine.Values("faktura 9420, 417 23 85", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("ordre 9420-4172385", "SE_BANK_ACCOUNT"), IsEmpty());
  // A year before a dash opens many a case or order number: 2019-4172384 passes Nordea's
  // check, so it needs an account word.
  EXPECT_THAT(engine.Values("sak 2019-4172384", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("kontonr 2019-4172384", "SE_BANK_ACCOUNT"),
              ElementsAre("2019-4172384"));
}

TEST(SeBankAccountDetector, LeavesNorwegianNumbersNorwegian) {
  TestEngine engine;
  // 7004 is a clearing number whose Swedish check is the Norwegian mod 11: every such
  // Swedish account is also a valid Norwegian one.
  EXPECT_THAT(engine.Values("kontonummer 7004.12.34561", "NO_BANK_ACCOUNT"),
              ElementsAre("7004.12.34561"));
  EXPECT_THAT(engine.Values("kontonummer 7004.12.34561", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("kontonummer 70041234561", "NO_BANK_ACCOUNT"),
              ElementsAre("70041234561"));
  // The Swedish bank's name makes it Swedish.
  EXPECT_THAT(engine.Values("Swedbank, kontonummer 70041234561", "SE_BANK_ACCOUNT"),
              ElementsAre("70041234561"));
  EXPECT_THAT(engine.Values("fnr 01019000083", "SE_BANK_ACCOUNT"), IsEmpty());
}

TEST(SeBankAccountDetector, IsNeverPartOfALongerNumber) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Handelsbanken 12 6789-123 456 789", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("Handelsbanken 6789-123 456 789 12", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("SEB 5491 0001 2390 0000", "SE_BANK_ACCOUNT"), IsEmpty());
}

TEST(SeBankAccountDetector, NeedsWordsForASpaceAfterTheClearingNumber) {
  TestEngine engine;
  // Eleven to fifteen digits in groups of any kind pass some bank's check one time in ten.
  EXPECT_THAT(engine.Values("6789 1234 5678 9", "SE_BANK_ACCOUNT"), IsEmpty());
  EXPECT_THAT(engine.Values("Handelsbanken 6789 123 456 789", "SE_BANK_ACCOUNT"),
              ElementsAre("6789 123 456 789"));
  EXPECT_THAT(engine.Values("account 9420 417 23 85", "SE_BANK_ACCOUNT"),
              ElementsAre("9420 417 23 85"));
}

TEST(SeBankAccountDetector, KeepsALabelledAccountWhoseCheckDigitFails) {
  TestEngine engine;
  const std::vector<Found> found = engine.Find("clearingnummer 9420, 417 23 86");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "9420, 417 23 86");
  EXPECT_EQ(found[0].kind, kInvalidCheckDigits);
  EXPECT_THAT(engine.Values("9420, 417 23 86", "SE_BANK_ACCOUNT"), IsEmpty());
}

TEST(SeBankAccountDetector, NumbersOneAccountOnceHoweverItIsWritten) {
  TestEngine engine(R"({"name":"p","defaultOperator":{"number":{}}})");
  EXPECT_EQ(engine.Redact("Swedbank 8424-4, 983 189 224-6 eller 842449831892246"),
            "Swedbank <SE_BANK_ACCOUNT_1> eller <SE_BANK_ACCOUNT_1>");
}

}  // namespace
}  // namespace sladd
