#include "detectors/ip_address.h"

#include <arpa/inet.h>

#include <algorithm>
#include <optional>
#include <string>

#include "detectors/checksums.h"
#include "detectors/context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum ContextTag : uint32_t { kVersionWords, kSectionWords };

bool IsHexDigit(char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A port or prefix length right after an address ends it as a word would: "10.0.0.1:8080",
// "192.168.0.0/24", but not "1.2.3.4:5.6" nor "1.2.3.4/5a".
bool FollowedByPortOrPrefix(std::string_view text, size_t end) {
  if (end >= text.size() || (text[end] != ':' && text[end] != '/')) return false;
  size_t after = end + 1;
  while (after < text.size() && after - end <= 6 && IsAsciiDigit(text[after])) ++after;
  const size_t digits = after - end - 1;
  if (digits == 0 || digits > 5 || WordCharAt(text, after)) return false;
  const bool more_numbers = after + 1 < text.size() &&
                            (text[after] == '.' || text[after] == ':' || text[after] == '/') &&
                            IsAsciiDigit(text[after + 1]);
  return !more_numbers;
}

// Where the four dotted groups that end `token` start, when a port or prefix length
// follows them ("10.0.0.1:8080"); nullopt otherwise.
std::optional<size_t> AddressBeforePortOrPrefix(const NumberToken& token,
                                                std::string_view text) {
  if (token.group_count < 4 || !FollowedByPortOrPrefix(text, token.end)) return std::nullopt;
  const size_t first = token.group_count - 4;
  for (size_t i = first; i + 1 < token.group_count; ++i) {
    if (token.separator_after(text, i) != '.') return std::nullopt;
  }
  const size_t start = token.group(first).start;
  if (!StartsANumber(text, start)) return std::nullopt;
  return start;
}

}  // namespace

bool ValidateIpv4(std::string_view text) {
  int octets = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    const size_t dot = std::min(text.find('.', pos), text.size());
    const std::string_view octet = text.substr(pos, dot - pos);
    if (octet.empty() || octet.size() > 3 || (octet.size() > 1 && octet[0] == '0')) return false;
    int value = 0;
    for (const char c : octet) {
      if (!IsAsciiDigit(c)) return false;
      value = value * 10 + (c - '0');
    }
    if (value > 255) return false;
    ++octets;
    pos = dot + 1;
  }
  return octets == 4;
}

bool ValidateIpv6(std::string_view text) {
  if (text.size() > 45) return false;
  const std::string address(text);
  unsigned char bytes[16];
  if (inet_pton(AF_INET6, address.c_str(), bytes) != 1) return false;
  int groups = 0;
  bool in_group = false;
  for (const char c : text) {
    const bool hex = IsHexDigit(c);
    if (hex && !in_group) ++groups;
    in_group = hex;
  }
  return groups >= 2 && (groups >= 3 || text.size() >= 6);
}

std::vector<Pattern> IpAddressDetector::patterns() const {
  // A literal, compiled without start-of-match tracking; a character-class pattern for the
  // address costs Hyperscan far more on text full of clock times.
  return {{":", Boundary::kNone, false, false, 0, /*literal=*/true}};
}

std::vector<ContextWords> IpAddressDetector::context_words() const {
  return {{kVersionWords, {"versjon", "version", "ver", "v.", "build", "release", "utgave"}},
          // A document's section numbers: "jf. kap. 7.2.4.5", "see section 3.1.2.4".
          {kSectionWords,
           {"kap", "kapittel", "kapitel", "chapter", "section", "seksjon", "punkt", "pkt",
            "avsnitt", "paragraph", "clause", "§"},
           /*whole_words=*/true}};
}

void IpAddressDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  size_t start = candidate.start;
  while (start > 0 && IsHexDigit(text[start - 1])) --start;
  // Only the address's first colon reads it; the others would read it again.
  if (start > 0 && text[start - 1] == ':') return;
  size_t end = candidate.end;
  while (end < text.size() && (IsHexDigit(text[end]) || text[end] == ':' || text[end] == '.')) {
    ++end;
  }
  while (end > candidate.end && (text[end - 1] == '.' || text[end - 1] == ':')) --end;
  const std::string_view address = text.substr(start, end - start);
  if (std::count(address.begin(), address.end(), ':') < 2) return;  // "kl 14:30", "Ref:"
  if (WordCharBefore(text, start) || WordCharAt(text, end)) return;
  if (ValidateIpv6(address)) {
    out.push_back({"IP_ADDRESS", start, end, 0.9, {}, "ipv6"});
  }
}

void IpAddressDetector::ConfirmNumber(const NumberToken& token, const ScanView& view,
                                      std::vector<Finding>& out) const {
  // Exactly four dotted groups: "1.2.3.4" of "1.2.3.4.5" is never offered as a span.
  if (token.group_count < 4) return;
  auto confirm = [&](size_t start, size_t end) {
    if (!ValidateIpv4(view.text().substr(start, end - start))) return;
    if (view.HasContextRightBefore(kVersionWords, start, 12) ||
        view.HasContextRightBefore(kSectionWords, start, 12)) {
      return;
    }
    out.push_back({"IP_ADDRESS", start, end, 0.9, {}, "ipv4"});
  };
  // With a port or prefix length the address is joined to the number after it, so it is
  // no span of its own.
  if (const auto start = AddressBeforePortOrPrefix(token, view.text())) {
    return confirm(*start, token.end);
  }
  ForEachNumberSpan(token, view.text(), 4, 12, [&](const NumberSpan& span) {
    if (span.count == 4 && span.separator == '.') confirm(span.start, span.end);
  });
}

}  // namespace sladd
