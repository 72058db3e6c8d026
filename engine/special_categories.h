// The special categories of personal data (GDPR Art. 9) and criminal offences (Art. 10) as
// finding types, and the group name that stands for all of them in a policy.
#ifndef SLADD_ENGINE_SPECIAL_CATEGORIES_H_
#define SLADD_ENGINE_SPECIAL_CATEGORIES_H_

#include <algorithm>
#include <array>
#include <string_view>

namespace sladd {

// In a fixed order, which detectors may index.
inline constexpr std::array<std::string_view, 9> kSpecialCategoryTypes = {
    "HEALTH_DATA",           "RELIGIOUS_BELIEF",        "POLITICAL_OPINION",
    "TRADE_UNION_MEMBERSHIP", "ETHNIC_ORIGIN",          "SEX_LIFE_OR_ORIENTATION",
    "GENETIC_DATA",          "BIOMETRIC_DATA",          "CRIMINAL_OFFENCE"};

// Usable in a policy's `types` and `operators` for every type above.
inline constexpr std::string_view kSpecialCategoryGroup = "SPECIAL_CATEGORY";

inline bool IsSpecialCategory(std::string_view type) {
  return std::find(kSpecialCategoryTypes.begin(), kSpecialCategoryTypes.end(), type) !=
         kSpecialCategoryTypes.end();
}

}  // namespace sladd

#endif  // SLADD_ENGINE_SPECIAL_CATEGORIES_H_
