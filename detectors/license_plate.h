// LICENSE_PLATE: a vehicle's registration number right after a word that names it
// ("reg.nr. EL 12345", "Registreringsnummeret er AB 1234", "regnummer ABC 12A", "reg nr
// AB 12 345", "registration number AB12 CDE"). A plate points at its owner in the vehicle
// register, which car dealers, insurers and workshops' chats are full of.
#ifndef SLADD_DETECTORS_LICENSE_PLATE_H_
#define SLADD_DETECTORS_LICENSE_PLATE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

// Reads a plate starting at `start` of `text`, in any case, and returns its end: one to three
// letters, an optional space or dash, and two to five digits (Norway "EL 12345", Finland
// "ABC-123"), with one space inside them as Denmark writes them ("AB 12 345") or one letter
// after them (Sweden "ABC 12A"); or Britain's two letters, two digits and three letters
// ("AB12 CDE"). Nothing word-like may follow. nullopt for anything else.
std::optional<size_t> ReadLicensePlate(std::string_view text, size_t start);

// Finds the plates ReadLicensePlate reads right after a word for one in Norwegian, Swedish,
// Danish, Finnish or English (literals in the engine's database: "reg.nr", "regnr",
// "registreringsnummer", "bilnummer", "kjennemerke", "nummerplade", "registration number",
// "number plate"...), with only marks and words such as "is", "er", "nr", "number" between.
// Plates have no check, so the word is required; texts without one cost only the literals in
// the shared scan. Stateless and thread-safe.
class LicensePlateDetector final : public Detector {
 public:
  std::string_view name() const override { return "license_plate"; }
  std::vector<std::string_view> types() const override { return {"LICENSE_PLATE"}; }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_LICENSE_PLATE_H_
