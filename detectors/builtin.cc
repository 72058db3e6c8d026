#include "detectors/builtin.h"

#include <chrono>

#include "detectors/card_security_code.h"
#include "detectors/credit_card.h"
#include "detectors/date_of_birth.h"
#include "detectors/dk_bank_account.h"
#include "detectors/dk_cpr.h"
#include "detectors/email_address.h"
#include "detectors/fi_personal_identity_code.h"
#include "detectors/gb_bank_account.h"
#include "detectors/gb_national_insurance_number.h"
#include "detectors/gb_nhs_number.h"
#include "detectors/iban_code.h"
#include "detectors/id_document_number.h"
#include "detectors/ip_address.h"
#include "detectors/license_plate.h"
#include "detectors/no_bank_account.h"
#include "detectors/no_national_id.h"
#include "detectors/no_org_number.h"
#include "detectors/person.h"
#include "detectors/phone_number.h"
#include "detectors/se_bank_account.h"
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

// Registers T, a detector with a costly Create, to be made when an engine first needs it.
template <typename T>
absl::Status RegisterMadeLater(DetectorRegistry& registry) {
  return registry.RegisterMadeLater(
      T::kName, T::Types(), []() -> absl::StatusOr<std::unique_ptr<Detector>> {
        auto made = T::Create();
        if (!made.ok()) return made.status();
        return std::unique_ptr<Detector>(std::move(*made));
      });
}

}  // namespace

absl::Status RegisterBuiltinDetectors(DetectorRegistry& registry) {
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoNationalIdDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoBankAccountDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<NoOrgNumberDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<SeBankAccountDetector>()));
  SLADD_RETURN_IF_ERROR(RegisterMadeLater<PhoneNumberDetector>(registry));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<EmailAddressDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<CreditCardDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<CardSecurityCodeDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<IbanCodeDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<IpAddressDetector>()));
  SLADD_RETURN_IF_ERROR(
      registry.Register(std::make_unique<SePersonalNumberDetector>(CurrentYear())));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<DkCprDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<DkBankAccountDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<FiPersonalIdentityCodeDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<GbNhsNumberDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<GbBankAccountDetector>()));
  SLADD_RETURN_IF_ERROR(
      registry.Register(std::make_unique<GbNationalInsuranceNumberDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<IdDocumentNumberDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<LicensePlateDetector>()));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<DateOfBirthDetector>(CurrentYear())));
  SLADD_RETURN_IF_ERROR(registry.Register(std::make_unique<StreetAddressDetector>()));
  SLADD_RETURN_IF_ERROR(RegisterMadeLater<PersonDetector>(registry));
  SLADD_RETURN_IF_ERROR(RegisterMadeLater<SpecialCategoryDetector>(registry));
  return absl::OkStatus();
}

absl::StatusOr<std::shared_ptr<const DetectorRegistry>> BuiltinDetectors() {
  auto registry = std::make_shared<DetectorRegistry>();
  SLADD_RETURN_IF_ERROR(RegisterBuiltinDetectors(*registry));
  return std::shared_ptr<const DetectorRegistry>(std::move(registry));
}

}  // namespace sladd
