#include "detectors/email_address.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(EmailAddressValidator, AcceptsUsualAddresses) {
  EXPECT_TRUE(ValidateEmailAddress("ola.nordmann@example.no"));
  EXPECT_TRUE(ValidateEmailAddress("Kari+faktura@mail.firma.co.uk"));
  EXPECT_TRUE(ValidateEmailAddress("post@xn--blbr-sua2e.no"));
  EXPECT_TRUE(ValidateEmailAddress("bjørn@blåbær.no"));
}

TEST(EmailAddressValidator, RejectsMalformedAddressesAndFileNames) {
  EXPECT_FALSE(ValidateEmailAddress(".ola@example.no"));
  EXPECT_FALSE(ValidateEmailAddress("ola..n@example.no"));
  EXPECT_FALSE(ValidateEmailAddress("ola@-example.no"));
  EXPECT_FALSE(ValidateEmailAddress("ola@example.n"));
  EXPECT_FALSE(ValidateEmailAddress("ola@example.123"));
  EXPECT_FALSE(ValidateEmailAddress("logo@2x.png"));
  EXPECT_FALSE(ValidateEmailAddress("ola@localhost"));
}

TEST(EmailAddressDeobfuscation, DecodesTheCommonForms) {
  EXPECT_EQ(DeobfuscateEmailAddress("ola at gmail dot com"), "ola@gmail.com");
  EXPECT_EQ(DeobfuscateEmailAddress("kari[at]firma[dot]no"), "kari@firma.no");
  EXPECT_EQ(DeobfuscateEmailAddress("per (at) online.no"), "per@online.no");
  EXPECT_EQ(DeobfuscateEmailAddress("ola krøllalfa firma punktum no"), "ola@firma.no");
  EXPECT_EQ(DeobfuscateEmailAddress("Ola [AT] Firma [DOT] NO"), "ola@firma.no");
  EXPECT_FALSE(DeobfuscateEmailAddress("meet at home dot xyzzy"));
}

TEST(EmailAddressDetector, FindsPlainAddressesInAnyCase) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Send til Ola.Nordmann+test@Mail.Example.NO.", "EMAIL_ADDRESS"),
              ElementsAre("Ola.Nordmann+test@Mail.Example.NO"));
  EXPECT_THAT(engine.Values("<kari@firma.no>", "EMAIL_ADDRESS"), ElementsAre("kari@firma.no"));
  EXPECT_THAT(engine.Values("post@xn--blbr-sua2e.no", "EMAIL_ADDRESS"),
              ElementsAre("post@xn--blbr-sua2e.no"));
  EXPECT_THAT(engine.Values("skriv til bjørn@blåbær.no!", "EMAIL_ADDRESS"),
              ElementsAre("bjørn@blåbær.no"));
  EXPECT_THAT(engine.Values("a@b.no, c@d.se", "EMAIL_ADDRESS"), ElementsAre("a@b.no", "c@d.se"));
}

TEST(EmailAddressDetector, FindsObfuscatedAddresses) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("mail: ola at gmail dot com takk", "EMAIL_ADDRESS"),
              ElementsAre("ola at gmail dot com"));
  EXPECT_THAT(engine.Values("kari[at]firma[dot]no", "EMAIL_ADDRESS"),
              ElementsAre("kari[at]firma[dot]no"));
  EXPECT_THAT(engine.Values("per (at) online.no", "EMAIL_ADDRESS"),
              ElementsAre("per (at) online.no"));
  EXPECT_THAT(engine.Values("ola krøllalfa firma punktum no", "EMAIL_ADDRESS"),
              ElementsAre("ola krøllalfa firma punktum no"));
  EXPECT_THAT(engine.Values("skriv til ola.nordmann @ gmail.com", "EMAIL_ADDRESS"),
              ElementsAre("ola.nordmann @ gmail.com"));
}

TEST(EmailAddressDetector, LeavesOtherTextAlone) {
  TestEngine engine;
  for (std::string_view text :
       {"logo@2x.png", "look at this", "we met at noon. Then", "user@localhost",
        "@handle", "ola@", "versjon 1.2@3", "meet @ 5pm", "2 @ 3.50 each"}) {
    EXPECT_THAT(engine.Values(text, "EMAIL_ADDRESS"), IsEmpty()) << text;
  }
}

TEST(EmailAddressDetector, NormalisesToTheLowercaseAddress) {
  EmailAddressDetector detector;
  EXPECT_EQ(detector.Normalize("EMAIL_ADDRESS", "Ola@Firma.NO"), "ola@firma.no");
  EXPECT_EQ(detector.Normalize("EMAIL_ADDRESS", "ola [at] firma [dot] no"), "ola@firma.no");
}

TEST(EmailAddressDetector, FindsAnAddressInAUrlsQuery) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("GET /reset?email=ola.nordmann%40gmail.com&lang=no", "EMAIL_ADDRESS"),
              ElementsAre("ola.nordmann%40gmail.com"));
  for (std::string_view text : {"50%40 off", "abc%40", "%40gmail.com"}) {
    EXPECT_THAT(engine.Values(text, "EMAIL_ADDRESS"), IsEmpty()) << text;
  }
}

}  // namespace
}  // namespace sladd
