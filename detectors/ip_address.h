// IP_ADDRESS: IPv4 and IPv6 addresses.
#ifndef SLADD_DETECTORS_IP_ADDRESS_H_
#define SLADD_DETECTORS_IP_ADDRESS_H_

#include <string_view>

#include "engine/detector.h"

namespace sladd {

// Dotted-quad IPv4 with octets 0-255 and no leading zeros ("010.1.1.1" is not an address).
bool ValidateIpv4(std::string_view text);

// IPv6 in any RFC 4291 form, compressed ("2001:db8::1") and IPv4-embedded
// ("::ffff:192.0.2.1") included, as inet_pton reads it; with at least two groups of digits
// written, so clock times ("12:30:45") and C++ scopes ("a::b") are not addresses.
bool ValidateIpv6(std::string_view text);

// Finds IPv4 and IPv6 addresses. Three-part version numbers (2.14.0) never match, and
// four-part numbers next to version words (versjon, version, build) are not addresses.
class IpAddressDetector final : public Detector {
 public:
  std::string_view name() const override { return "ip_address"; }
  std::vector<std::string_view> types() const override { return {"IP_ADDRESS"}; }
  // IPv6: every ':' is a trigger; Confirm reads the address around the first colon.
  std::vector<Pattern> patterns() const override;
  std::vector<ContextWords> context_words() const override;
  void Confirm(const Candidate& candidate, const ScanView& view,
               std::vector<Finding>& out) const override;
  // IPv4, from number tokens.
  bool reads_numbers() const override { return true; }
  size_t min_token_digits() const override { return 4; }
  void ConfirmNumber(const NumberToken& token, const ScanView& view,
                     std::vector<Finding>& out) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_IP_ADDRESS_H_
