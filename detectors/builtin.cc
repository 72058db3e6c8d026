#include "detectors/builtin.h"

#include <chrono>

#include "detectors/credit_card.h"
#include "detectors/dk_cpr.h"
#include "detectors/email_address.h"
#include "detectors/fi_personal_identity_code.h"
#include "detectors/iban_code.h"
#include "detectors/ip_address.h"
#include "detectors/no_bank_account.h"
#include "detectors/no_national_id.h"
#include "detectors/no_org_number.h"
#include "detectors/person.h"
#include "detectors/phone_number.h"
#include "detectors/se_personal_number.h"
#include "detectors/special_category.h"
#include "detectors/street_address.h"
#include "engine/status_macros.h"

namespace sladd {
namespace {

int CurrentYear() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year());
}

}  // namespace

absl::Status RegisterBuiltinDetectors(DetectorRegistry& registry) {
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoNationalIdDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoBankAccountDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoOrgNumberDetector>()));
  auto phone = PhoneNumberDetector::Create();
  if (!phone.ok()) return phone.status();
  SLADD_RETURN_IF_ERROR(registry.Register(std::move(*phone)));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<EmailAddressDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<CreditCardDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<IbanCodeDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<IpAddressDetector>()));
  SLADD_RETURN_IF_ERROR(
      registry.Register(std::make_unique<SePersonalNumberDetector>(CurrentYear())));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<DkCprDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<FiPersonalIdentityCodeDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<StreetAddressDetector>()));
  auto person = PersonDetector::Create();
  if (!person.ok()) return person.status();
  SLADD_RETURN_IF_ERROR(registry.Register(std::move(*person)));
  auto special = SpecialCategoryDetector::Create();
  if (!special.ok()) return special.status();
  SLADD_RETURN_IF_ERROR(registry.Register(std::move(*special)));
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const DetectorRegistry>> BuiltinDetectors() {
  auto registry = std::make_shared<DetectorRegistry>();
  SLADD_RETURN_IF_ERROR(RegisterBuiltinDetectors(*registry));
  return std::shared_ptr<const DetectorRegistry>(std::move(registry));
}

}  // namespace sladd
