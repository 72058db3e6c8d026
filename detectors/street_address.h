// STREET_ADDRESS: postal addresses in Norwegian, English, Swedish and Danish chat and lead
// messages.
//
// Norwegian: a street whose name ends in a street word ("Storgata 12B", "Sjøvegen 3",
// "Karlsveien 12 H0201") or has it as a word of its own after capitalised words ("Kongens
// gate 5", "Karl Johans gate 22"), then a house number, then optionally a postcode and
// place ("Storgata 12B, 0155 Oslo"); post boxes ("Postboks 123 Sentrum, 0102 Oslo"); and,
// after a cue ("bor på", "Adresse:", "I live at"), capitalised words and a house number
// with no street word ("Jeg bor på Vestre Rosten 81").
// English: a house number, capitalised words and a street word ("221B Baker Street",
// "10 Downing St", "1600 Pennsylvania Avenue NW"), optionally with a city, state and ZIP or
// a UK postcode. Swedish and Danish streets are read as Norwegian ones ("Drottninggatan 53,
// 111 21 Stockholm", "Nørrebrogade 44, 2200 København N"). A street without a house number
// is a place, not an address, and is not reported.
//
// Street words are literals in the engine's database; Confirm reads the address around
// them. Stateless and thread-safe.
#ifndef SLADD_DETECTORS_STREET_ADDRESS_H_
#define SLADD_DETECTORS_STREET_ADDRESS_H_

#include <optional>
#include <string>
#include <string_view>

#include "engine/detector.h"

namespace sladd {

// The end of a house number starting at `pos`: 1-4 digits, an optional letter ("12B"), an
// optional range ("12-14") and an optional Norwegian flat number ("12 H0201"). nullopt if
// there is none, or the digits run on into a longer number or word, or a period and a month
// follow them (a date's day: "Utøya 22. juli").
std::optional<size_t> HouseNumberEnd(std::string_view text, size_t pos);

// The end of a UK postcode at `pos` ("NW1 6XE", "SW1A 2AA", "M1 1AE"): one or two capitals,
// a digit, maybe a capital or a digit, a space, a digit and two capitals, and no word
// character after; nullopt if there is none. Also in lowercase when `any_case` ("hg4 1ap",
// as chat writes a whole address).
std::optional<size_t> UkPostcodeEnd(std::string_view text, size_t pos, bool any_case = false);

class StreetAddressDetector final : public Detector {
 public:
  std::string_view name() const override { return "street_address"; }
  std::vector<std::string_view> types() const override { return {"STREET_ADDRESS"}; }
  std::vector<Pattern> patterns() const override;
  void Confirm(const Candidate& candidate, const ScanView& view,
               std::vector<Finding>& out) const override;
  // Case-folded, runs of spaces as one.
  std::string Normalize(std::string_view type, std::string_view value) const override;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_STREET_ADDRESS_H_
