// EMAIL_ADDRESS: email addresses, plain and obfuscated.
#ifndef SLADD_DETECTORS_EMAIL_ADDRESS_H_
#define SLADD_DETECTORS_EMAIL_ADDRESS_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

// True for an address local@domain: a local part of at most 64 bytes without leading,
// trailing or doubled dots; a domain of at most 253 bytes whose labels are 1-63 bytes and do
// not start or end with '-'; and a top-level domain of letters (any script) or punycode
// (xn--). File names such as "logo@2x.png" are not addresses.
bool ValidateEmailAddress(std::string_view address);

// The address an obfuscated form stands for, lowercased: "ola at gmail dot com",
// "kari[at]firma[dot]no", "per (at) online.no", "ola krøllalfa firma punktum no" all give
// local@domain. nullopt if the text is not such a form or the address is not valid. Spelled
// forms ("at", "dot") also need a well-known top-level domain.
std::optional<std::string> DeobfuscateEmailAddress(std::string_view text);

// Finds plain addresses (any case, plus-addressing, subdomains, internationalised and
// punycode domains) and the obfuscated forms above.
class EmailAddressDetector final : public Detector {
 public:
  std::string_view name() const override { return "email_address"; }
  std::vector<std::string_view> types() const override { return {"EMAIL_ADDRESS"}; }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& candidate, const ScanView& view,
               std::vector<Finding>& out) const override;
  // The address itself, lowercased; obfuscated forms give the address they stand for.
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_EMAIL_ADDRESS_H_
