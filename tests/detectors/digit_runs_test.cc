#include "detectors/digit_runs.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::string Text(std::string_view text, const DigitRun& run) {
  return std::string(text.substr(run.start, run.end - run.start));
}

TEST(DigitRuns, ReadDigitsJoinedBySingleSpacesOrDashes) {
  constexpr std::string_view kText = "sort code 20-00-00, a/c 1234 5678.";
  const DigitRun sort_code = DigitRunFrom(kText, 10);
  EXPECT_EQ(Text(kText, sort_code), "20-00-00");
  EXPECT_EQ(sort_code.digits, 6u);
  const DigitRun account = DigitRunTo(kText, kText.size() - 1);
  EXPECT_EQ(Text(kText, account), "1234 5678");
  EXPECT_EQ(NextDigit(kText, 0, 10), std::string_view::npos);
  EXPECT_EQ(NextDigit(kText, 0, 11), 10u);
  EXPECT_EQ(LastDigitBefore(kText, 10, 10), std::string_view::npos);
}

TEST(DigitRuns, StandAloneOnlyWithoutAWordCharacterBesideThem) {
  constexpr std::string_view kText = "12345678 x12345678 12345678æ";
  EXPECT_TRUE(StandsAlone(kText, DigitRunFrom(kText, 0)));
  EXPECT_FALSE(StandsAlone(kText, DigitRunFrom(kText, 10)));
  EXPECT_FALSE(StandsAlone(kText, DigitRunFrom(kText, 19)));
}

// The accounts ReportAccountBesideCode offers for a code at [code_start, code_end), taking
// those `take` accepts.
std::vector<std::string> Offered(std::string_view text, std::string_view label,
                                 std::string_view code, bool take = true) {
  const size_t label_start = text.find(label);
  const size_t code_end = text.find(code) + code.size();
  std::vector<std::string> offered;
  ReportAccountBesideCode(
      text, label_start, code_end, 40, [](size_t digits) { return digits == 8; },
      [&](const DigitRun& account) {
        offered.push_back(Text(text, account));
        return take;
      });
  return offered;
}

TEST(DigitRuns, OfferTheAccountAfterTheCodeThenBeforeTheLabel) {
  EXPECT_THAT(Offered("sort code 20-00-00, account 12345678", "sort code", "20-00-00"),
              ElementsAre("12345678"));
  EXPECT_THAT(Offered("account 12345678, sort code 20-00-00", "sort code", "20-00-00"),
              ElementsAre("12345678"));
  // Declined after the code, the one before the label is offered.
  EXPECT_THAT(Offered("acc 87654321 sort code 20-00-00 ref 12345678", "sort code", "20-00-00",
                      /*take=*/false),
              ElementsAre("12345678", "87654321"));
  EXPECT_THAT(Offered("sort code 20-00-00, account 123456789", "sort code", "20-00-00"),
              IsEmpty());
}

}  // namespace
}  // namespace sladd
