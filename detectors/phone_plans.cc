#include "detectors/phone_plans.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "absl/base/call_once.h"
#include "absl/strings/str_cat.h"

// libphonenumber's compiled-in metadata (its PhoneMetadataCollection, serialized). The
// library exports these two functions but installs no header for them.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace sladd {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

// One region's plan. A description matches a number that has one of its possible lengths
// (if it lists any) and whose whole text its pattern matches.
struct PhonePlans::Region {
  // Descriptions with the same possible lengths, their patterns as one alternation.
  struct Descriptions {
    uint32_t lengths = 0;  // bit n set if length n is possible
    std::unique_ptr<RE2> pattern;
  };

  // What a valid number matches: compiled at the first number asked of the region, since of
  // the 25 regions sharing +1 most numbers are valid in the first.
  struct Plan {
    Descriptions general;
    std::vector<Descriptions> types;  // a valid number matches one of them
  };

  std::string id;
  const PhoneMetadata* metadata = nullptr;
  std::unique_ptr<RE2> leading_digits;  // picks the region among those sharing a code
  mutable absl::once_flag plan_compiled;
  mutable std::unique_ptr<const Plan> plan;  // null if the metadata's patterns did not compile

  const Plan* CompiledPlan() const;
  bool IsValid(std::string_view national) const;
};

namespace {

constexpr uint32_t kAnyLength = ~uint32_t{0};

uint32_t LengthMask(const PhoneNumberDesc& description) {
  if (description.possible_length_size() == 0) return kAnyLength;
  uint32_t mask = 0;
  for (const int length : description.possible_length()) {
    if (length >= 0 && length < 32) mask |= uint32_t{1} << length;  // -1: not applicable
  }
  return mask;
}

// The descriptions GetNumberTypeHelper tries after the general one; any match is a valid
// number. Mobile numbers count through the fixed-line pattern when the two are the same.
std::vector<const PhoneNumberDesc*> TypeDescriptions(const PhoneMetadata& metadata) {
  std::vector<const PhoneNumberDesc*> types = {
      &metadata.premium_rate(), &metadata.toll_free(),       &metadata.shared_cost(),
      &metadata.voip(),         &metadata.personal_number(), &metadata.pager(),
      &metadata.uan(),          &metadata.voicemail(),       &metadata.fixed_line()};
  if (!metadata.same_mobile_and_fixed_line_pattern()) types.push_back(&metadata.mobile());
  return types;
}

std::unique_ptr<RE2> CompilePattern(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_never_capture(true);
  auto re = std::make_unique<RE2>(pattern, options);
  return re->ok() ? std::move(re) : nullptr;
}

// One pattern for descriptions sharing their lengths. An empty pattern never matches
// (libphonenumber's RegexBasedMatcher), so it is left out.
absl::StatusOr<PhonePlans::Region::Descriptions> Combine(
    uint32_t lengths, const std::vector<const PhoneNumberDesc*>& descriptions) {
  std::string alternation;
  for (const PhoneNumberDesc* description : descriptions) {
    if (description->national_number_pattern().empty()) continue;
    absl::StrAppend(&alternation, alternation.empty() ? "" : "|", "(?:",
                    description->national_number_pattern(), ")");
  }
  if (alternation.empty()) lengths = 0;  // nothing can match
  auto pattern = CompilePattern(alternation);
  if (pattern == nullptr) return absl::InternalError("phone metadata pattern rejected");
  return PhonePlans::Region::Descriptions{lengths, std::move(pattern)};
}

absl::StatusOr<std::unique_ptr<PhonePlans::Region>> CompileRegion(const std::string& id,
                                                                  const PhoneMetadata& metadata) {
  auto region = std::make_unique<PhonePlans::Region>();
  region->id = id;
  region->metadata = &metadata;
  if (metadata.has_leading_digits()) {
    region->leading_digits = CompilePattern(metadata.leading_digits());
    if (region->leading_digits == nullptr) {
      return absl::InternalError("phone metadata leading digits rejected");
    }
  }
  return region;
}

absl::StatusOr<PhonePlans::Region::Plan> CompilePlan(const PhoneMetadata& metadata) {
  PhonePlans::Region::Plan plan;
  auto general = Combine(LengthMask(metadata.general_desc()), {&metadata.general_desc()});
  if (!general.ok()) return general.status();
  plan.general = std::move(*general);
  std::vector<std::pair<uint32_t, std::vector<const PhoneNumberDesc*>>> groups;
  for (const PhoneNumberDesc* type : TypeDescriptions(metadata)) {
    const uint32_t lengths = LengthMask(*type);
    if (lengths == 0) continue;  // not applicable in this region
    auto group = std::find_if(groups.begin(), groups.end(),
                              [&](const auto& g) { return g.first == lengths; });
    if (group == groups.end()) group = groups.insert(groups.end(), {lengths, {}});
    group->second.push_back(type);
  }
  for (const auto& [lengths, descriptions] : groups) {
    auto combined = Combine(lengths, descriptions);
    if (!combined.ok()) return combined.status();
    plan.types.push_back(std::move(*combined));
  }
  return plan;
}

}  // namespace

const PhonePlans::Region::Plan* PhonePlans::Region::CompiledPlan() const {
  absl::call_once(plan_compiled, [this] {
    auto compiled = CompilePlan(*metadata);
    if (compiled.ok()) plan = std::make_unique<const Plan>(std::move(*compiled));
  });
  return plan.get();  // the tests compile every plan
}

bool PhonePlans::Region::IsValid(std::string_view national) const {
  if (national.size() >= 32) return false;
  const Plan* compiled = CompiledPlan();
  if (compiled == nullptr) return false;
  const uint32_t bit = uint32_t{1} << national.size();
  const re2::StringPiece input(national.data(), national.size());
  auto matches = [&](const Descriptions& d) {
    return (d.lengths & bit) != 0 && RE2::FullMatch(input, *d.pattern);
  };
  return matches(compiled->general) &&
         std::any_of(compiled->types.begin(), compiled->types.end(), matches);
}

struct PhonePlans::CallingCode {
  // libphonenumber's order: the main country first, then as its metadata lists them.
  std::vector<std::pair<std::string, const PhoneMetadata*>> members;
  mutable absl::once_flag compiled;
  mutable std::vector<std::unique_ptr<Region>> regions;
};

// The Nordic countries (Norway's plan needs no compiling), the United Kingdom, Germany and
// Poland.
constexpr int kCodesCompiledAtStart[] = {46, 45, 358, 354, 298, 299, 44, 49, 48};

PhonePlans::PhonePlans() : metadata_(std::make_unique<PhoneMetadataCollection>()) {}
PhonePlans::~PhonePlans() = default;

absl::StatusOr<std::unique_ptr<const PhonePlans>> PhonePlans::Create() {
  auto plans = std::unique_ptr<PhonePlans>(new PhonePlans());
  if (!plans->metadata_->ParseFromArray(i18n::phonenumbers::metadata_get(),
                                        i18n::phonenumbers::metadata_size())) {
    return absl::InternalError("libphonenumber's metadata did not parse");
  }
  // The regions of each calling code in the order PhoneNumberUtil's constructor gives them,
  // read from the same collection: PhoneNumberUtil itself would compile hundreds of ICU
  // patterns first (31M instructions, more than the rest of a CLI run's start).
  for (const PhoneMetadata& metadata : plans->metadata_->metadata()) {
    if (metadata.id() == "ZZ") continue;
    std::unique_ptr<CallingCode>& code = plans->codes_[metadata.country_code()];
    if (code == nullptr) code = std::make_unique<CallingCode>();
    auto& members = code->members;
    const auto at = metadata.main_country_for_code() ? members.begin() : members.end();
    members.emplace(at, metadata.id(), &metadata);
  }
  // The codes a Nordic service sees most are compiled now, so that the first message with
  // such a number does not wait for them (0.5 to 2 ms each).
  for (const int code : kCodesCompiledAtStart) {
    if (const auto it = plans->codes_.find(code); it != plans->codes_.end()) {
      plans->CompileEverything(*it->second);
    }
  }
  return std::unique_ptr<const PhonePlans>(std::move(plans));
}

const std::vector<std::unique_ptr<PhonePlans::Region>>& PhonePlans::RegionsOf(
    const CallingCode& code) const {
  absl::call_once(code.compiled, [&code] {
    std::vector<std::unique_ptr<Region>> regions;
    for (const auto& [id, metadata] : code.members) {
      auto region = CompileRegion(id, *metadata);
      if (!region.ok()) return;  // the tests compile every code
      regions.push_back(std::move(*region));
    }
    code.regions = std::move(regions);
  });
  return code.regions;
}

void PhonePlans::CompileEverything(const CallingCode& code) const {
  for (const std::unique_ptr<Region>& region : RegionsOf(code)) region->CompiledPlan();
}

void PhonePlans::CompileAll() const {
  for (const auto& [code, calling_code] : codes_) CompileEverything(*calling_code);
}

std::optional<std::string_view> PhonePlans::RegionOfValidNumber(
    int country_code, std::string_view national) const {
  const auto it = codes_.find(country_code);
  if (it == codes_.end()) return std::nullopt;
  const std::vector<std::unique_ptr<Region>>& regions = RegionsOf(*it->second);
  if (regions.empty()) return std::nullopt;
  // As GetRegionCodeForNumber, then IsValidNumberForRegion: the only region, or the first
  // whose leading digits start the number, or (without leading digits) in which it is
  // valid, and the number valid there.
  const Region* chosen = regions.size() == 1 ? regions.front().get() : nullptr;
  const re2::StringPiece input(national.data(), national.size());
  for (size_t i = 0; chosen == nullptr && i < regions.size(); ++i) {
    const Region& region = *regions[i];
    if (!region.leading_digits) {
      if (region.IsValid(national)) return region.id;  // picked for being valid
    } else if (region.leading_digits->Match(input, 0, input.size(), RE2::ANCHOR_START,
                                            nullptr, 0)) {
      chosen = &region;
    }
  }
  if (chosen == nullptr || !chosen->IsValid(national)) return std::nullopt;
  return chosen->id;
}

}  // namespace sladd
