// CARD_SECURITY_CODE: the three or four digits printed on a payment card to prove that its
// holder has it (CVC, CVV, CID), written right after a word that names them ("CVC: 123",
// "sikkerhetskoden er 4821", "security code on the card is 0937").
#ifndef SLADD_DETECTORS_CARD_SECURITY_CODE_H_
#define SLADD_DETECTORS_CARD_SECURITY_CODE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/detector.h"

namespace sladd {

// The end of a card security code starting at `start` of `text`: three or four ASCII digits
// with no word character before or after them and no decimal or time after them ("123",
// "0937"; not "12345", "123,50", "12:30"). nullopt for anything else.
std::optional<size_t> ReadCardSecurityCode(std::string_view text, size_t start);

// Finds the codes ReadCardSecurityCode reads right after a word for them in Norwegian,
// Swedish, Danish, Finnish or English (in the engine's database as literals: "cvc", "cvv",
// "sikkerhetskode", "security code", ...), with only words such as "code", "kode", "is",
// "er", "on", "the card" and the marks ":" "#" "=" between. The card schemes' rules forbid
// keeping the code after a payment is authorised, so a log must never hold one, though the
// digits alone carry no check: the word is required. Texts without such a word cost only the
// literals in the shared scan. Stateless and thread-safe.
class CardSecurityCodeDetector final : public Detector {
 public:
  std::string_view name() const override { return "card_security_code"; }
  std::vector<std::string_view> types() const override { return {"CARD_SECURITY_CODE"}; }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& label, const ScanView& view,
               std::vector<Finding>& out) const override;
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_CARD_SECURITY_CODE_H_
