#include "detectors/phone_plans.h"

#include <gtest/gtest.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <random>
#include <set>
#include <string>
#include <thread>

namespace sladd {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const PhoneNumberUtil& Util() { return *PhoneNumberUtil::GetInstance(); }

// What the detector asked libphonenumber before PhonePlans existed.
std::optional<std::string> LibraryRegion(const PhoneNumber& number) {
  std::string region;
  Util().GetRegionCodeForNumber(number, &region);
  if (region.empty() || region == "ZZ" || !Util().IsValidNumberForRegion(number, region)) {
    return std::nullopt;
  }
  return region;
}

PhoneNumber NumberOf(int country_code, const std::string& national) {
  PhoneNumber number;
  number.set_country_code(country_code);
  number.set_national_number(std::stoull(national));
  size_t zeros = 0;
  while (zeros + 1 < national.size() && national[zeros] == '0') ++zeros;
  if (zeros > 0) {
    number.set_italian_leading_zero(true);
    number.set_number_of_leading_zeros(static_cast<int>(zeros));
  }
  return number;
}

// Every region's example number of every type, and variants of each near its plan (last
// digits changed, a digit dropped or added): valid and invalid numbers in the ranges
// that matter.
std::vector<PhoneNumber> NumbersNearEveryPlan() {
  static constexpr PhoneNumberUtil::PhoneNumberType kTypes[] = {
      PhoneNumberUtil::FIXED_LINE,  PhoneNumberUtil::MOBILE,          PhoneNumberUtil::TOLL_FREE,
      PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST,    PhoneNumberUtil::VOIP,
      PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,       PhoneNumberUtil::UAN,
      PhoneNumberUtil::VOICEMAIL};
  std::vector<PhoneNumber> examples;
  std::set<std::string> regions;
  Util().GetSupportedRegions(&regions);
  for (const std::string& region : regions) {
    for (const auto type : kTypes) {
      PhoneNumber example;
      if (Util().GetExampleNumberForType(region, type, &example)) examples.push_back(example);
    }
  }
  std::set<int> non_geographic;
  Util().GetSupportedGlobalNetworkCallingCodes(&non_geographic);
  for (const int code : non_geographic) {
    PhoneNumber example;
    if (Util().GetExampleNumberForNonGeoEntity(code, &example)) examples.push_back(example);
  }
  std::mt19937 random(20261201);
  std::vector<PhoneNumber> numbers;
  for (const PhoneNumber& example : examples) {
    numbers.push_back(example);
    std::string national;
    Util().GetNationalSignificantNumber(example, &national);
    for (int variant = 0; variant < 24; ++variant) {
      std::string changed = national;
      const int edit = variant % 4;
      if (edit == 0 && changed.size() > 2) changed.pop_back();
      if (edit == 1) changed.push_back(static_cast<char>('0' + random() % 10));
      const size_t tail = 1 + random() % std::min<size_t>(3, changed.size());
      for (size_t i = changed.size() - tail; i < changed.size(); ++i) {
        changed[i] = static_cast<char>('0' + random() % 10);
      }
      if (changed.find_first_not_of('0') == std::string::npos) continue;
      numbers.push_back(NumberOf(example.country_code(), changed));
    }
  }
  return numbers;
}

TEST(PhonePlans, AgreesWithLibphonenumberNearEveryPlan) {
  auto plans = PhonePlans::Create();
  ASSERT_TRUE(plans.ok()) << plans.status();
  size_t valid = 0;
  const std::vector<PhoneNumber> numbers = NumbersNearEveryPlan();
  for (const PhoneNumber& number : numbers) {
    std::string national;
    Util().GetNationalSignificantNumber(number, &national);
    const std::optional<std::string> expected = LibraryRegion(number);
    const auto actual = (*plans)->RegionOfValidNumber(number.country_code(), national);
    ASSERT_EQ(actual.has_value(), expected.has_value())
        << "+" << number.country_code() << " " << national;
    if (expected) {
      EXPECT_EQ(*actual, *expected) << "+" << number.country_code() << " " << national;
      ++valid;
    }
  }
  // Both answers occur often: the comparison is not between two constant functions.
  EXPECT_GT(numbers.size(), 20000u);
  EXPECT_GT(valid, numbers.size() / 5);
  EXPECT_LT(valid, numbers.size() * 4 / 5);
}

TEST(PhonePlans, PicksTheRegionAmongThoseSharingACode) {
  auto plans = PhonePlans::Create();
  ASSERT_TRUE(plans.ok()) << plans.status();
  EXPECT_EQ((*plans)->RegionOfValidNumber(358, "401234567"), "FI");
  EXPECT_EQ((*plans)->RegionOfValidNumber(358, "181234567"), "AX");  // Åland
  EXPECT_EQ((*plans)->RegionOfValidNumber(1, "2015550123"), "US");
  EXPECT_EQ((*plans)->RegionOfValidNumber(1, "6135550123"), "CA");
  EXPECT_EQ((*plans)->RegionOfValidNumber(44, "7400123456"), "GB");
  EXPECT_EQ((*plans)->RegionOfValidNumber(800, "12345678"), "001");
  EXPECT_EQ((*plans)->RegionOfValidNumber(46, "701234567"), "SE");
  EXPECT_FALSE((*plans)->RegionOfValidNumber(46, "7012"));
  EXPECT_FALSE((*plans)->RegionOfValidNumber(999, "12345678"));  // no such code
  EXPECT_TRUE((*plans)->IsCountryCode(47));
  EXPECT_FALSE((*plans)->IsCountryCode(999));
}

// PhonePlans reads the calling codes and their regions from the metadata itself, in the
// order PhoneNumberUtil gives them: the regions' order picks among those sharing a code.
TEST(PhonePlans, KnowsTheCallingCodesLibphonenumberKnows) {
  auto plans = PhonePlans::Create();
  ASSERT_TRUE(plans.ok()) << plans.status();
  std::set<int> codes;
  Util().GetSupportedCallingCodes(&codes);
  EXPECT_GT(codes.size(), 200u);
  for (int code = 0; code < 1000; ++code) {
    EXPECT_EQ((*plans)->IsCountryCode(code), codes.count(code) == 1) << code;
  }
}

// A server compiles every plan beside its first requests: the answers are the same, and
// threads that ask while it compiles get them too.
TEST(PhonePlans, CompilingAllBesideQuestionsChangesNoAnswer) {
  auto plans = PhonePlans::Create();
  ASSERT_TRUE(plans.ok()) << plans.status();
  std::thread warm_up([&] { (*plans)->CompileAll(); });
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ((*plans)->RegionOfValidNumber(1, "2015550123"), "US");
    EXPECT_EQ((*plans)->RegionOfValidNumber(81, "9012345678"), "JP");
  }
  warm_up.join();
  (*plans)->CompileAll();
  EXPECT_EQ((*plans)->RegionOfValidNumber(1, "6135550123"), "CA");
  EXPECT_EQ((*plans)->RegionOfValidNumber(61, "412345678"), "AU");
  EXPECT_FALSE((*plans)->RegionOfValidNumber(1, "0123"));
}

}  // namespace
}  // namespace sladd
