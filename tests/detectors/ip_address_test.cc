#include "detectors/ip_address.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

TEST(IpValidator, ChecksOctetsAndIpv6Forms) {
  EXPECT_TRUE(ValidateIpv4("192.168.1.20"));
  EXPECT_TRUE(ValidateIpv4("0.0.0.0"));
  EXPECT_FALSE(ValidateIpv4("256.1.1.1"));
  EXPECT_FALSE(ValidateIpv4("01.1.1.1"));
  EXPECT_FALSE(ValidateIpv4("1.2.3"));
  EXPECT_TRUE(ValidateIpv6("2001:db8::8a2e:370:7334"));
  EXPECT_TRUE(ValidateIpv6("2001:0db8:85a3:0000:0000:8a2e:0370:7334"));
  EXPECT_TRUE(ValidateIpv6("::ffff:192.0.2.1"));
  EXPECT_FALSE(ValidateIpv6("12:30:45"));
  EXPECT_FALSE(ValidateIpv6("::"));
  EXPECT_FALSE(ValidateIpv6("a::b"));
}

TEST(IpAddressDetector, FindsBothFamilies) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("Innlogging fra 81.167.33.12 kl 12:30", "IP_ADDRESS"),
              ElementsAre("81.167.33.12"));
  EXPECT_THAT(engine.Values("client=2001:db8::8a2e:370:7334;", "IP_ADDRESS"),
              ElementsAre("2001:db8::8a2e:370:7334"));
  EXPECT_THAT(engine.Values("from ::ffff:192.0.2.1 at", "IP_ADDRESS"),
              ElementsAre("::ffff:192.0.2.1"));
}

TEST(IpAddressDetector, FindsAnIpv4AddressBeforeAPortOrPrefixLength) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("upstream 10.0.0.1:8080 timed out", "IP_ADDRESS"),
              ElementsAre("10.0.0.1"));
  EXPECT_THAT(engine.Values("http://192.168.1.10:8080/admin", "IP_ADDRESS"),
              ElementsAre("192.168.1.10"));
  EXPECT_THAT(engine.Values("allow 192.168.0.0/24;", "IP_ADDRESS"), ElementsAre("192.168.0.0"));
  EXPECT_THAT(engine.Values("steg 1 10.0.0.1:22", "IP_ADDRESS"), ElementsAre("10.0.0.1"));
  // Not when more numbers follow, nor when the four groups are part of a longer number.
  for (std::string_view text : {"1.2.3.4:5.6", "1.2.3.4:123456", "1.1.2.3.4:80", "9-1.2.3.4:80",
                                "versjon 1.2.3.4:5"}) {
    EXPECT_THAT(engine.Values(text, "IP_ADDRESS"), IsEmpty()) << text;
  }
}

TEST(IpAddressDetector, ReadsEveryColonToTheEdgesOfTheText) {
  TestEngine engine;
  EXPECT_THAT(engine.Values("fe80::1ff:fe23:4567:890a", "IP_ADDRESS"),
              ElementsAre("fe80::1ff:fe23:4567:890a"));
  EXPECT_THAT(engine.Values("kl 14:30 fra 2001:db8::1, kl 15:00 fra 2001:db8::2:", "IP_ADDRESS"),
              ElementsAre("2001:db8::1", "2001:db8::2"));
  EXPECT_THAT(engine.Values(":", "IP_ADDRESS"), IsEmpty());
  EXPECT_THAT(engine.Values("Ref::", "IP_ADDRESS"), IsEmpty());
}

TEST(IpAddressDetector, LeavesVersionsTimesAndMacAddressesAlone) {
  TestEngine engine;
  for (std::string_view text :
       {"versjon 2.14.0", "v1.2.3.4", "version 10.0.19041.1", "1.2.3.4.5", "12:30:45",
        "00:1A:2B:3C:4D:5E", "999.1.1.1", "std::vector"}) {
    EXPECT_THAT(engine.Values(text, "IP_ADDRESS"), IsEmpty()) << text;
  }
}

// NorNE's government reports number their sections as addresses are written.
TEST(IpAddressDetector, LeavesSectionNumbersAlone) {
  TestEngine engine;
  for (std::string_view text : {"jf. kap. 7.2.4.5", "under kap 3.4.3.9 ovanfor",
                                "see section 3.1.2.4", "§ 1.2.3.4"}) {
    EXPECT_THAT(engine.Values(text, "IP_ADDRESS"), IsEmpty()) << text;
  }
  EXPECT_THAT(engine.Values("Kapasitet nådd på 10.0.0.1", "IP_ADDRESS"), ElementsAre("10.0.0.1"));
}

}  // namespace
}  // namespace sladd
