#include "detectors/no_org_number.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(NorwegianOrgNumberValidator, ChecksSeriesAndMod11) {
  EXPECT_TRUE(ValidateNorwegianOrgNumber(*Digits::Of("923609016")));
  EXPECT_TRUE(ValidateNorwegianOrgNumber(*Digits::Of("812345672")));
  EXPECT_FALSE(ValidateNorwegianOrgNumber(*Digits::Of("923609017")));
  EXPECT_FALSE(ValidateNorwegianOrgNumber(*Digits::Of("123456785")));  // not an 8/9 series
}

TEST(NoOrgNumberDetector, FindsTheVatFormWithoutContext) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Faktura fra NO 923 609 016 MVA", "NO_ORG_NUMBER"),
              ElementsAre("NO 923 609 016 MVA"));
  EXPECT_THAT(engine.Values("NO923609016MVA", "NO_ORG_NUMBER"), ElementsAre("NO923609016MVA"));
}

TEST(NoOrgNumberDetector, NeedsContextForBareNumbers) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("org.nr. 923 609 016", "NO_ORG_NUMBER"), ElementsAre("923 609 016"));
  EXPECT_THAT(engine.Values("org.nr. 923\u00A0609\u00A0016", "NO_ORG_NUMBER"),
              ElementsAre("923\u00A0609\u00A0016"));
  EXPECT_THAT(engine.Values("Organisasjonsnummer: 923609016", "NO_ORG_NUMBER"),
              ElementsAre("923609016"));
  EXPECT_THAT(engine.Values("923609016", "NO_ORG_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("ordre 923 609 016", "NO_ORG_NUMBER"), IsEmpty());
  EXPECT_THAT(engine.Values("orgnr 923609017", "NO_ORG_NUMBER"), IsEmpty());
}

}  // namespace
}  // namespace sladd
