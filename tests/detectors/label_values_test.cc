#include "detectors/label_values.h"

#include <gtest/gtest.h>

#include <string>

namespace sladd {
namespace {

constexpr std::string_view kBetween[] = {"er", "is", "nr", "mitt", "number"};

// The text from the value's start after `label`, or "-" when there is none.
std::string ValueAfter(std::string_view text, std::string_view label) {
  const size_t start = ValueStartAfterLabel(text, text.find(label) + label.size(), kBetween, 32);
  return start == std::string_view::npos ? "-" : std::string(text.substr(start));
}

TEST(ValueStartAfterLabel, SkipsTheLabelsWordMarksAndWordsBetween) {
  EXPECT_EQ(ValueAfter("Passnummeret mitt er FH 254787", "Pass"), "FH 254787");
  EXPECT_EQ(ValueAfter("passport number: 123456789", "passport"), "123456789");
  EXPECT_EQ(ValueAfter("reg.nr. EL 12345", "reg"), "EL 12345");
  EXPECT_EQ(ValueAfter("Reg. Nr.: EL 12345", "Reg"), "EL 12345");
}

TEST(ValueStartAfterLabel, GivesNothingWhereAnotherWordOrMarkComesFirst) {
  // The first other word starts the value; the caller reads whether it is one.
  EXPECT_EQ(ValueAfter("passport photo 2 pcs", "passport"), "photo 2 pcs");
  EXPECT_EQ(ValueAfter("passnummer: (se vedlegg)", "passnummer"), "-");
  EXPECT_EQ(ValueAfter("passnummer: ødelagt", "passnummer"), "-");
  EXPECT_EQ(ValueAfter("passport", "passport"), "-");
  EXPECT_EQ(ValueAfter("passport                                      123456789", "passport"),
            "-");
}

}  // namespace
}  // namespace sladd
