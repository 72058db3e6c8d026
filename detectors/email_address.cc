#include "detectors/email_address.h"

#include <algorithm>
#include <array>
#include <vector>

#include "engine/utf8.h"

namespace sladd {
namespace {

enum PatternTag : uint32_t { kPlain, kBracketed, kSpelled };

// Obfuscation markers, in the caseless expressions and in the decoder below.
constexpr std::array<std::string_view, 5> kAtWords = {"at", "@", "krøllalfa", "alfakrøll",
                                                      "snabel-a"};
constexpr std::array<std::string_view, 4> kDotWords = {"dot", "punktum", "prikk", "."};
// Well-known top-level domains: spelled-out forms ("me at home dot com") need one.
constexpr std::array<std::string_view, 24> kCommonTlds = {
    "no", "com", "net", "org", "se", "dk", "fi", "is", "de", "uk", "co", "io",
    "eu", "info", "biz", "me", "nu", "edu", "gov", "online", "ai", "app", "dev", "us"};
// Extensions of files people name like "logo@2x.png".
constexpr std::array<std::string_view, 16> kFileExtensions = {
    "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico",
    "pdf", "css", "js", "json", "html", "htm", "txt", "xml"};

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(separator, start);
    parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
}

// True if every character of `text` is a letter or digit of any script, or one of `extra`.
bool OnlyWordCharacters(std::string_view text, std::string_view extra) {
  for (size_t pos = 0; pos < text.size(); pos = NextCodePointStart(text, pos)) {
    const char32_t c = CodePointAt(text, pos);
    if (c < 0x80 && extra.find(static_cast<char>(c)) != std::string_view::npos) continue;
    if (c == '_' || !IsWordCodePoint(c)) return false;
  }
  return true;
}

bool ValidLocalPart(std::string_view local) {
  return !local.empty() && local.size() <= 64 && local.front() != '.' && local.back() != '.' &&
         local.find("..") == std::string_view::npos && OnlyWordCharacters(local, "._%+_-");
}

bool ValidTopLevelDomain(std::string_view tld) {
  if (tld.starts_with("xn--")) return tld.size() > 4;
  if (tld.size() < 2 || Contains(kFileExtensions, FoldCase(tld))) return false;
  for (size_t pos = 0; pos < tld.size(); pos = NextCodePointStart(tld, pos)) {
    const char32_t c = CodePointAt(tld, pos);
    if (!IsWordCodePoint(c) || (c >= '0' && c <= '9') || c == '_') return false;
  }
  return true;
}

bool ValidDomain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253) return false;
  const auto labels = Split(domain, '.');
  if (labels.size() < 2) return false;
  for (std::string_view label : labels) {
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-' ||
        !OnlyWordCharacters(label, "-")) {
      return false;
    }
  }
  return ValidTopLevelDomain(labels.back());
}

// Splits an obfuscated address into tokens: bracketed markers ("[at]", "( dot )") become
// their inner word, spaces separate, everything else is kept in runs.
std::vector<std::string> Tokens(std::string_view text) {
  static constexpr std::string_view kOpen = "[({<";
  static constexpr std::string_view kClose = "])}>";
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    const size_t bracket = kOpen.find(text[i]);
    if (bracket != std::string_view::npos) {
      const size_t close = text.find(kClose[bracket], i + 1);
      if (close == std::string_view::npos) return {};
      flush();
      std::string_view inner = text.substr(i + 1, close - i - 1);
      while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
      while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
      std::string token(1, '\x01');  // marks a bracketed token
      token += FoldCase(inner);
      tokens.push_back(std::move(token));
      i = close;
    } else if (text[i] == ' ') {
      flush();
    } else {
      current.push_back(text[i]);
    }
  }
  flush();
  return tokens;
}

bool IsLocalPartByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool IsLabelByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Where the local part that ends at `end` begins: back over ASCII local-part characters and
// letters of any script.
size_t ScanLocalPartBackward(std::string_view text, size_t end) {
  size_t start = end;
  while (start > 0) {
    const auto byte = static_cast<unsigned char>(text[start - 1]);
    if (byte < 0x80 ? IsLocalPartByte(static_cast<char>(byte))
                    : IsWordCodePoint(CodePointBefore(text, start))) {
      start = byte < 0x80 ? start - 1 : PreviousCodePointStart(text, start);
    } else {
      break;
    }
  }
  while (start < end && text[start] == '.') ++start;  // "...ola@" starts at "ola"
  return start;
}

// Past the label that starts at `start` (ASCII letters, digits, '-' and letters of any
// script).
size_t ScanLabel(std::string_view text, size_t start) {
  size_t end = start;
  while (end < text.size()) {
    const auto byte = static_cast<unsigned char>(text[end]);
    if (byte < 0x80 ? IsLabelByte(static_cast<char>(byte))
                    : IsWordCodePoint(CodePointAt(text, end))) {
      end = byte < 0x80 ? end + 1 : NextCodePointStart(text, end);
    } else {
      break;
    }
  }
  return end;
}

// Past the domain that starts at `start`: labels joined by single dots; a final dot (the
// end of a sentence) is left out.
size_t ScanDomainForward(std::string_view text, size_t start) {
  size_t end = ScanLabel(text, start);
  while (end > start && end + 1 < text.size() && text[end] == '.') {
    const size_t next = ScanLabel(text, end + 1);
    if (next == end + 1) break;
    end = next;
  }
  return end;
}

// Length of the dot marker at `pos` ("." " dot " " punktum " "[dot]" " (dot) " ...),
// with the spaces around it; 0 if there is none.
size_t DotMarkerAt(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos);
  if (rest.starts_with(".")) return 1;
  size_t at = rest.starts_with(" ") ? 1 : 0;
  static constexpr std::string_view kOpen = "[({<";
  static constexpr std::string_view kClose = "])}>";
  const size_t bracket = at < rest.size() ? kOpen.find(rest[at]) : std::string_view::npos;
  if (bracket != std::string_view::npos) {
    const size_t close = rest.find(kClose[bracket], at);
    if (close == std::string_view::npos || close - at > 12) return 0;
    std::string_view inner = rest.substr(at + 1, close - at - 1);
    while (inner.starts_with(" ")) inner.remove_prefix(1);
    while (inner.ends_with(" ")) inner.remove_suffix(1);
    if (!Contains(kDotWords, FoldCase(inner))) return 0;
    return close + 1 + (close + 1 < rest.size() && rest[close + 1] == ' ' ? 1 : 0);
  }
  if (at == 0) return 0;
  for (std::string_view word : kDotWords) {
    if (word == ".") continue;
    if (rest.size() > at + word.size() && FoldCase(rest.substr(at, word.size())) == word &&
        rest[at + word.size()] == ' ') {
      return at + word.size() + 1;
    }
  }
  return 0;
}

// Past an obfuscated domain that starts at `start`: labels joined by dot markers.
size_t ScanObfuscatedDomain(std::string_view text, size_t start) {
  size_t end = ScanLabel(text, start);
  while (end > start) {
    const size_t marker = DotMarkerAt(text, end);
    if (marker == 0) break;
    const size_t next = ScanLabel(text, end + marker);
    if (next == end + marker) break;
    end = next;
  }
  return end;
}

}  // namespace

bool ValidateEmailAddress(std::string_view address) {
  if (address.size() > 254) return false;
  const size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  return ValidLocalPart(address.substr(0, at)) && ValidDomain(address.substr(at + 1));
}

std::optional<std::string> DeobfuscateEmailAddress(std::string_view text) {
  std::string address;
  bool spelled = false;
  for (const std::string& token : Tokens(text)) {
    const bool bracketed = token.starts_with('\x01');
    const std::string word = bracketed ? token.substr(1) : FoldCase(token);
    if (Contains(kAtWords, word) && (bracketed || word != "@")) {
      address += '@';
      spelled |= !bracketed;
    } else if (Contains(kDotWords, word) && (bracketed || word != ".")) {
      address += '.';
      spelled |= !bracketed;
    } else if (bracketed) {
      return std::nullopt;
    } else {
      address += word;
    }
  }
  if (!ValidateEmailAddress(address)) return std::nullopt;
  if (spelled && !Contains(kCommonTlds, address.substr(address.rfind('.') + 1))) {
    return std::nullopt;
  }
  return address;
}

std::vector<Pattern> EmailAddressDetector::patterns() const {
  // Literal markers only, which Hyperscan finds at memory speed; Confirm reads the address
  // around them.
  std::vector<Pattern> patterns = {{"@", Boundary::kNone, false, false, kPlain, true}};
  for (std::string_view open_close : {"[]", "()", "{}", "<>"}) {
    for (std::string_view word : {"at", "@"}) {
      for (std::string_view pad : {"", " "}) {
        std::string marker(1, open_close[0]);
        marker.append(pad).append(word).append(pad).push_back(open_close[1]);
        patterns.push_back({marker, Boundary::kNone, true, false, kBracketed, true});
      }
    }
  }
  for (std::string_view word : {"at", "@", "krøllalfa", "alfakrøll", "snabel-a"}) {
    patterns.push_back(
        {" " + std::string(word) + " ", Boundary::kNone, true, false, kSpelled, true});
  }
  return patterns;
}

void EmailAddressDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                   std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  if (candidate.tag == kPlain) {
    const size_t start = ScanLocalPartBackward(text, candidate.start);
    const size_t end = ScanDomainForward(text, candidate.end);
    if (start == candidate.start || end == candidate.end || WordCharAt(text, end)) return;
    if (ValidateEmailAddress(text.substr(start, end - start))) {
      out.push_back({"EMAIL_ADDRESS", start, end, 0.99, {}, "plain"});
    }
    return;
  }
  // "kari [at] firma [dot] no": one optional space between the local part and a bracket.
  size_t local_end = candidate.start;
  if (candidate.tag == kBracketed && local_end > 0 && text[local_end - 1] == ' ') --local_end;
  const size_t start = ScanLocalPartBackward(text, local_end);
  size_t domain_start = candidate.end;
  if (candidate.tag == kBracketed && domain_start < text.size() && text[domain_start] == ' ') {
    ++domain_start;
  }
  const size_t end = ScanObfuscatedDomain(text, domain_start);
  if (start == local_end || end == domain_start || WordCharAt(text, end)) return;
  if (DeobfuscateEmailAddress(text.substr(start, end - start))) {
    const double score = candidate.tag == kBracketed ? 0.9 : 0.75;
    out.push_back({"EMAIL_ADDRESS", start, end, score, {}, "obfuscated"});
  }
}

std::string EmailAddressDetector::Normalize(std::string_view, std::string_view value) const {
  if (value.find('@') != std::string_view::npos && ValidateEmailAddress(value)) {
    return FoldCase(value);
  }
  return DeobfuscateEmailAddress(value).value_or(FoldCase(value));
}

}  // namespace sladd
