// The world's telephone numbering plans from libphonenumber's metadata, matched with RE2.
//
// Debian's libphonenumber matches its metadata patterns with ICU regular expressions: one
// validity check costs tens of thousands of instructions, the largest single cost of
// scanning chat with foreign numbers in it. PhonePlans reads the same metadata (the
// library's compiled-in collection), compiles each region's patterns with RE2, and answers
// what GetRegionCodeForNumber followed by IsValidNumberForRegion answers in a handful of
// DFA passes. The tests hold it to the library's answers.
//
// A calling code's patterns are compiled in Create for the Nordic codes and a few
// neighbours', and for any other at its first use or by CompileAll (compiling all of them
// took 15 ms in sladd-server's warm-up; chat sees a handful of codes). At a code's first
// use only what picks among its regions is compiled, and each region's number patterns at
// the first number asked of it: a first +1 number had waited 7 ms for 25 regions' plans.
// Otherwise immutable after Create; safe to share between threads.
#ifndef SLADD_DETECTORS_PHONE_PLANS_H_
#define SLADD_DETECTORS_PHONE_PLANS_H_

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace i18n::phonenumbers {
class PhoneMetadataCollection;
}

namespace sladd {

class PhonePlans {
 public:
  static absl::StatusOr<std::unique_ptr<const PhonePlans>> Create();
  ~PhonePlans();
  PhonePlans(const PhonePlans&) = delete;
  PhonePlans& operator=(const PhonePlans&) = delete;

  // The region ("SE", "GB", "001" for non-geographic services) in which `national` — the
  // national significant number, ASCII digits only — is a valid number under
  // `country_code`; nullopt if it is valid in none, or the code is not assigned.
  std::optional<std::string_view> RegionOfValidNumber(int country_code,
                                                      std::string_view national) const;

  // True if `country_code` is an assigned country calling code.
  bool IsCountryCode(int country_code) const { return codes_.contains(country_code); }

  // Compiles every calling code's patterns not compiled yet. Thread-safe.
  void CompileAll() const;

  struct Region;       // one region's compiled plan (phone_plans.cc)
  struct CallingCode;  // the regions sharing a code

 private:
  PhonePlans();

  // `code`'s regions, compiled at the first call; none if they do not compile. A region's
  // number patterns are compiled at its first number.
  const std::vector<std::unique_ptr<Region>>& RegionsOf(const CallingCode& code) const;
  // `code`'s regions and all their patterns.
  void CompileEverything(const CallingCode& code) const;

  std::unique_ptr<i18n::phonenumbers::PhoneMetadataCollection> metadata_;
  absl::flat_hash_map<int, std::unique_ptr<CallingCode>> codes_;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_PHONE_PLANS_H_
