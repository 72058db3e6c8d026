// PASSPORT_NUMBER and DRIVERS_LICENSE_NUMBER: the number of an identity document, written
// right after a word that names it ("passnummer: FH254787", "My passport number is
// 123456789", "førerkortnummer 12345678901", "driving licence number MORGA753116SM9IJ").
#ifndef SLADD_DETECTORS_ID_DOCUMENT_NUMBER_H_
#define SLADD_DETECTORS_ID_DOCUMENT_NUMBER_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

// The extent of a document number read at a position: [start, end), and its letters and
// digits without the spaces and dashes between its groups.
struct DocumentNumber {
  size_t start = 0;
  size_t end = 0;
  size_t characters = 0;
  size_t digits = 0;
};

// Reads a document number starting at `start` of `text`: ASCII letters and digits, in
// groups joined by a single space or dash when the next group holds a digit ("FH 254787",
// "123 456 789"; a first group of letters alone is up to three capitals), six to twenty of
// them with at least five digits, and no word character right after it. nullopt for
// anything else (a date, a word, "B", a price).
std::optional<DocumentNumber> ReadDocumentNumber(std::string_view text, size_t start);

// Finds the numbers ReadDocumentNumber reads right after a word for a passport or a
// driving licence in Norwegian, Swedish, Danish or English (in the engine's database as
// literals), with only words such as "number", "nr", "is", "er", "mitt" and the marks ":"
// "#" "=" between ("Passnummeret mitt er FH254787"). Documents' numbers have no check the
// issuers publish for all of them, so the word is required; texts without one cost only the
// literals in the shared scan. Stateless and thread-safe.
class IdDocumentNumberDetector final : public Detector {
 public:
  std::string_view name() const override { return "id_document_number"; }
  std::vector<std::string_view> types() const override {
    return {"PASSPORT_NUMBER", "DRIVERS_LICENSE_NUMBER"};
  }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_ID_DOCUMENT_NUMBER_H_
