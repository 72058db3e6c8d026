#include "detectors/street_address.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "detectors/context.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

enum Tag : uint32_t {
  kStreetSuffix,   // "...gata", "...veien" ending a street name
  kStreetWord,     // "gate", "vei" as a word of their own: "Kongens gate"
  kPostBox,        // "Postboks", "Pb."
  kEnglishStreet,  // "Street", "Rd"
  kAddressCue,     // "bor på", "Adresse:", "I live at"
  kPostcodeLabel,  // "postcode", "post code"
  kFarmNumber,     // "Gnr": a farm's cadastral number
  kEstate          // "Industrial Estate", "Business Park": a UK site of units
};

// Street words that end Norwegian street names. Written lowercase; matched in any case.
constexpr std::string_view kStreetSuffixes[] = {
    "gata", "gaten", "gate", "gt.", "veien", "vegen", "vei", "veg", "vn.", "allé", "alle", "alléen",
    "plass", "plassen", "torg", "torget", "stien", "stigen", "bakken", "lia", "lien", "åsen",
    "haugen", "tunet", "svingen", "ringen", "kroken", "løkka", "løkken", "jordet", "myra", "enga",
    "lunden", "stranda", "stranden", "brygga", "bryggen", "kaia", "kaien", "terrassen", "hagen",
    "parken", "bråten", "vollen", "sletta", "flata", "dalen", "berget", "toppen", "kollen",
    "grenda", "skogen", "holmen", "vika", "viken", "neset", "odden", "tangen", "moen", "heia",
    "marka", "bekken", "setra", "vangen",
    // an island's addresses (round 719: "Hytta ligg på Storøyna 7, 6120 Folkestad")
    "øya", "øyna",
    // Swedish and Danish: "Drottninggatan 53", "Nørrebrogade 44", "Strandvejen 12"
    "gatan", "vägen", "gränd", "gränden", "gade", "vej", "vejen", "plads", "pladsen", "torv",
    "stræde", "strædet", "boulevarden",
    // Finnish: "Mannerheimintie 10", "Aleksanterinkatu 52", "Rantakuja 3" ("tie" only
    // after a genitive's "n": "Hottie 2", "Sortie 3" are none)
    "katu", "ntie", "kuja", "polku", "väylä", "kaari", "aukio"};
// Road kinds followed by a road number, not a house number: "riksvei 362", "E6".
constexpr std::string_view kRoadKinds[] = {
    "riksvei",  "riksveg",  "riksveien",  "riksvegen",  "fylkesvei", "fylkesveg",
    "fylkesveien", "fylkesvegen", "europavei", "europaveg", "motorvei", "motorveg",
    "kommunevei", "kommuneveg", "hovedvei", "hovudveg", "sidevei", "gangvei", "sykkelvei",
    "bomvei", "skogsvei", "skogsbilvei", "privatvei"};
// Of those, the ones people also write in lowercase ("storgata 12").
constexpr std::string_view kLowercaseSuffixes[] = {"gata", "gaten", "gate", "veien", "vegen",
                                                   "vei",  "veg"};
// Street words after capitalised words: "Kongens gate", "Olav Kyrres plass".
constexpr std::string_view kStreetWords[] = {"gate", "gata", "vei", "veg", "veien", "vegen",
                                             "allé", "plass", "torg", "bakke", "terrasse",
                                             "vej", "gade", "plads"};
// Words that may come before a street name: "Øvre Slottsgate".
constexpr std::string_view kStreetPrefixes[] = {"øvre",  "nedre", "store", "lille",  "gamle",
                                                "nye",   "søndre", "nordre", "vestre", "østre"};
constexpr std::string_view kPostBoxWords[] = {"postboks", "pb", "boks", "p.o. box", "po box"};
// A farm's cadastral numbers, the address of many rural homes: "Gnr 45 Bnr 12, 2870 Dokka",
// "gnr. 12 bnr. 3", "gnr/bnr 45/12".
constexpr std::string_view kFarmNumberWords[] = {"gnr", "gårdsnummer", "gardsnummer"};
constexpr std::string_view kHoldingWords[] = {"bnr", "bruksnummer"};
// The Swedish "Box" and the Finnish "PL" (postilokero), in this case only (English chat's
// "the box" would be read at every turn), which are a box or a place elsewhere: a post box
// only before a postcode ("Box 123, 101 23 Stockholm").
constexpr std::string_view kPostBoxWordsBeforeAPostcode[] = {"Box", "PL"};
constexpr std::string_view kEnglishStreetWords[] = {
    "street", "road",    "avenue",  "lane",     "drive",   "boulevard", "way",   "court",
    "place",  "square",  "terrace", "close",    "crescent", "gardens",  "parkway", "highway",
    "grove",  "mews",    "row",     "rise",     "quay",     "wharf",    "hill",     "walk",
    "parade", "circle",  "vale",    "loop",     "plaza",    "trail",
    // thirty-eighth session: "27 Harbour View, Oban PA34 4LW", "5 Church Green"
    "view",   "green"};
// Their abbreviations, in this case only: two lowercase letters are in too many words (and
// as patterns cost more than they find: "st", "rd" and "ave" cost 1.2% of the chat bench's
// instructions, thirty-ninth session).
constexpr std::string_view kEnglishStreetAbbreviations[] = {"St", "Rd", "Ave", "Ln", "Dr",
                                                            "Blvd", "Ct", "Sq", "Pl"};
// How many lowercase words a street's name written all in lowercase may have: "orchard
// close" (ConfirmLowercaseEnglishStreet).
constexpr size_t kMaxLowercaseNameWords = 2;
constexpr std::string_view kDirections[] = {"NW", "NE", "SW", "SE", "N", "S", "E", "W"};
// Words for a flat or suite after an English street: "42 Elm Road, Apt 3".
constexpr std::string_view kUnitWords[] = {"Apt", "Apartment", "Suite", "Ste", "Unit", "Flat"};
// Last words of a building's name before a UK house number and street, as a flat's
// address puts it: "Flat 6, Carlton House, 22 Mill Lane" (round 824).
constexpr std::string_view kBuildingWords[] = {"House", "Court",   "Lodge", "Mansions", "Building",
                                               "Tower", "Heights", "Point", "Hall"};
// A site of units, as UK business addresses name one after the unit: "Unit 4, Riverside
// Industrial Estate" (the forty-second session's left item).
constexpr std::string_view kEstateWords[] = {
    "Industrial Estate", "Trading Estate",  "Business Park",   "Retail Park",
    "Industrial Park",   "Enterprise Park", "Business Centre", "Science Park"};

// Words after which a capitalised name and a house number are an address though the name
// has no street word: "Jeg bor på Vestre Rosten 81", "Adresse: Bryggen 7". "Adresse:" also
// ends a compound ("Leveringsadresse:").
constexpr std::string_view kAddressCues[] = {
    "bor på", "bor i", "bur på", "bur i", "adressen er", "adressa er", "adressen min er",
    "adresse er", "live at", "lives at", "living at", "address is"};
constexpr std::string_view kAddressLabels[] = {"adresse:", "adresse :", "address:"};
// Words for a UK postcode, which names a street or a part of one (some fifteen homes), so
// is read after its label even where no street comes with it: "My postcode is M1 1AE".
constexpr std::string_view kPostcodeLabels[] = {"postcode", "post code", "postal code"};
// What may stand between the label and the postcode.
constexpr std::string_view kWordsAfterPostcodeLabel[] = {"is", "was", "=", ":", "-"};

// Lowercase words that may follow such an address: "Vestre Rosten 81 i Tiller"; another
// ("Jeg bor i Bergen 3 måneder") makes the number no house number.
constexpr std::string_view kWordsAfterCuedAddress[] = {"i", "på", "og", "in", "and"};

// Lowercase words after a postcode that are not its place: "0155 og".
constexpr std::string_view kWordsAfterPostcode[] = {"og", "i", "på", "til", "eller", "and",
                                                    "or", "in", "to"};
constexpr double kStreetScore = 0.85;
constexpr double kFullAddressScore = 0.95;
constexpr size_t kMaxNameWords = 3;

bool IsDigitAt(std::string_view text, size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}
bool IsLetterAt(std::string_view text, size_t pos) {
  return WordCharAt(text, pos) && !IsDigitAt(text, pos) && text[pos] != '_';
}
bool IsUpperAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsUpperCodePoint(CodePointAt(text, pos));
}

// The end of the letters (and inner '-') from `pos`.
size_t LettersEnd(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (IsLetterAt(text, pos)) {
      pos = NextCodePointStart(text, pos);
    } else if (text[pos] == '-' && IsLetterAt(text, pos + 1)) {
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// The start of the letters (and inner '-') ending at `pos`.
size_t LettersStart(std::string_view text, size_t pos) {
  while (pos > 0) {
    const size_t previous = PreviousCodePointStart(text, pos);
    if (IsLetterAt(text, previous)) {
      pos = previous;
    } else if (text[previous] == '-' && previous > 0 && WordCharBefore(text, previous)) {
      pos = previous;
    } else {
      break;
    }
  }
  return pos;
}

// After one or two spaces at `pos`, or nullopt. A no-break space counts, as web pages write
// one between a street and its number ("Storgata 12", SpaceLengthAt).
std::optional<size_t> AfterSpaces(std::string_view text, size_t pos) {
  size_t end = pos;
  for (int spaces = 0; spaces < 2; ++spaces) {
    const size_t space = SpaceLengthAt(text, end);
    if (space == 0) break;
    end += space;
  }
  if (end == pos) return std::nullopt;
  return end;
}

// The start of the capitalised word that ends at `end` (just before a single space), or
// nullopt.
std::optional<size_t> CapitalisedWordBefore(std::string_view text, size_t end) {
  const size_t start = LettersStart(text, end);
  if (start == end || !IsUpperAt(text, start) || WordCharBefore(text, start)) return std::nullopt;
  return start;
}

// CapitalisedWordBefore, also for a word in the genitive that English streets are named
// with ("Queen's Road", "St John's Wood Road"), also with the apostrophe phones write.
std::optional<size_t> CapitalisedGenitiveBefore(std::string_view text, size_t end) {
  for (const std::string_view genitive :
       {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (end > genitive.size() && text.substr(0, end).ends_with(genitive)) {
      return CapitalisedWordBefore(text, end - genitive.size());
    }
  }
  return CapitalisedWordBefore(text, end);
}

// The end of 1-3 capitalised place words from `pos` ("Oslo", "Mo i Rana" is not covered;
// "Sandnessjøen", "Oslo Sentrum"), or nullopt.
std::optional<size_t> PlaceEnd(std::string_view text, size_t pos) {
  std::optional<size_t> end;
  for (size_t words = 0; words < kMaxNameWords && IsUpperAt(text, pos); ++words) {
    const size_t word_end = LettersEnd(text, pos);
    if (word_end == pos || WordCharAt(text, word_end)) break;  // "NW1": not a place word
    end = word_end;
    if (word_end + 1 >= text.size() || text[word_end] != ' ') break;
    pos = word_end + 1;
  }
  return end;
}

// Whether text[pos, pos + count) are ASCII digits.
bool DigitsAt(std::string_view text, size_t pos, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    if (!IsDigitAt(text, pos + i)) return false;
  }
  return true;
}

// The end of the postcode at `pos`, a word of its own: four digits (Norway, Denmark) or a
// Swedish one ("111 21", "11121"); or nullopt.
std::optional<size_t> PostcodeDigitsEnd(std::string_view text, size_t pos) {
  if (DigitsAt(text, pos, 4) && !WordCharAt(text, pos + 4)) return pos + 4;
  const size_t rest = pos + 3 + (pos + 3 < text.size() && text[pos + 3] == ' ');
  if (DigitsAt(text, pos, 3) && DigitsAt(text, rest, 2) && !WordCharAt(text, rest + 2)) {
    return rest + 2;
  }
  return std::nullopt;
}

// "[,] 0155 Oslo" (or Danish "2200 København N", Swedish "111 21 Stockholm") after a house
// number or post box at `pos`: the end of the postcode and place, or nullopt.
std::optional<size_t> PostcodeEnd(std::string_view text, size_t pos) {
  if (pos < text.size() && text[pos] == ',') ++pos;
  const auto code = AfterSpaces(text, pos);
  if (!code) return std::nullopt;
  const auto digits_end = PostcodeDigitsEnd(text, *code);
  if (!digits_end) return std::nullopt;
  const size_t code_end = *digits_end;
  if (const size_t space = SpaceLengthAt(text, code_end);
      space > 0 && code_end + space < text.size()) {
    const size_t place_start = code_end + space;
    if (auto place = PlaceEnd(text, place_start)) return place;
    // Chat writes the place in lowercase too: "storgata 5, 9008 tromsø".
    const size_t word_end = LettersEnd(text, place_start);
    if (word_end - place_start > 1 && !WordCharAt(text, word_end) &&
        !OneOf(text.substr(place_start, word_end - place_start), kWordsAfterPostcode)) {
      return word_end;
    }
  }
  return code_end;
}

// The end of the unit word ("Apt", "Suite") at `pos`, or `pos` if there is none.
size_t UnitWordEnd(std::string_view text, size_t pos) {
  const size_t word_end = LettersEnd(text, pos);
  return OneOf(text.substr(pos, word_end - pos), kUnitWords) ? word_end : pos;
}

// ", Apt 3", " Apt. 3B", " Suite 200", " #4" after an English street at `pos`.
std::optional<size_t> UnitEnd(std::string_view text, size_t pos) {
  if (pos < text.size() && text[pos] == ',') ++pos;
  if (pos + 1 >= text.size() || text[pos] != ' ') return std::nullopt;
  size_t number = pos + 1;
  if (text[number] == '#') {
    ++number;
  } else {
    const size_t word_end = UnitWordEnd(text, number);
    if (word_end == number) return std::nullopt;
    number = word_end;
    if (number < text.size() && text[number] == '.') ++number;
    if (number < text.size() && text[number] == ' ') ++number;
  }
  return HouseNumberEnd(text, number);
}

// Where a unit written before the house number `number` starts ("Flat 3, 27 Baker Street",
// "Apt. 4B 12 Elm Road", as UK addresses put it), or `number` if none is.
size_t UnitStartBefore(std::string_view text, size_t number) {
  size_t pos = number;
  if (pos < 4 || text[pos - 1] != ' ') return number;
  --pos;
  if (text[pos - 1] == ',') --pos;
  size_t unit_number = pos;
  while (unit_number > 0 && IsAsciiWordChar(static_cast<unsigned char>(text[unit_number - 1]))) {
    --unit_number;
  }
  if (!IsDigitAt(text, unit_number) || unit_number < 2 || text[unit_number - 1] != ' ') {
    return number;
  }
  size_t word_end = unit_number - 1;
  if (text[word_end - 1] == '.') --word_end;  // "Apt."
  const size_t word_start = LettersStart(text, word_end);
  if (UnitWordEnd(text, word_start) != word_end || WordCharBefore(text, word_start)) {
    return number;
  }
  return word_start;
}

// Where up to `most` capitalised words, one space apart, start before the word at `start`
// ("Karl Johans" before "gate"), or `start` if none does.
size_t CapitalisedWordsStartBefore(std::string_view text, size_t start, size_t most) {
  for (size_t words = 0; words < most && start > 1 && text[start - 1] == ' '; ++words) {
    const auto word = CapitalisedWordBefore(text, start - 1);
    if (!word) break;
    start = *word;
  }
  return start;
}

// Where a building's name of up to three capitalised words, a building word last, starts
// before ", " and the house number `number` ("Carlton House, 22 Mill Lane"), or `number`.
size_t BuildingStartBefore(std::string_view text, size_t number) {
  if (number < 4 || text.substr(number - 2, 2) != ", ") return number;
  const auto building_word = CapitalisedWordBefore(text, number - 2);
  if (!building_word ||
      !OneOf(text.substr(*building_word, number - 2 - *building_word), kBuildingWords)) {
    return number;
  }
  // At least one word names it: "Carlton House", not "House".
  const size_t start = CapitalisedWordsStartBefore(text, *building_word, kMaxNameWords - 1);
  return start == *building_word ? number : start;
}

// ", City[, ST[ 12345]]" or a UK postcode after an English street at `pos`.
std::optional<size_t> EnglishTailEnd(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != ',' || text[pos + 1] != ' ') return std::nullopt;
  if (UnitWordEnd(text, pos + 2) != pos + 2) return std::nullopt;  // a unit, not a city
  auto end = PlaceEnd(text, pos + 2);
  if (!end) return std::nullopt;
  if (*end + 1 < text.size() && text[*end] == ' ') {  // "London NW1 6XE"
    if (auto postcode = UkPostcodeEnd(text, *end + 1)) return postcode;
    // "Cambridge MA 02139": a state without its comma (the place's last word), and its ZIP
    // code.
    if (*end >= 3 && text[*end - 3] == ' ' && IsUpperAt(text, *end - 2) &&
        IsUpperAt(text, *end - 1) && DigitsAt(text, *end + 1, 5) && !WordCharAt(text, *end + 6)) {
      return *end + 6;
    }
  }
  if (*end + 2 < text.size() && text[*end] == ',' && text[*end + 1] == ' ') {
    // ", NR21 0AX": a UK postcode after the place's comma (round 795: "7 Church Lane,
    // Little Snoring, NR21 0AX").
    if (auto postcode = UkPostcodeEnd(text, *end + 2)) return postcode;
    // ", NY 10001" / ", CA"
    if (*end + 4 <= text.size() && IsUpperAt(text, *end + 2) && IsUpperAt(text, *end + 3) &&
        !WordCharAt(text, *end + 4)) {
      *end += 4;
      if (*end + 6 <= text.size() && text[*end] == ' ' && DigitsAt(text, *end + 1, 5) &&
          !WordCharAt(text, *end + 6)) {
        *end += 6;
      }
    }
  }
  return end;
}

// The end of a Finnish flat's number after an entrance letter ending at `pos` ("5 A 3"), or
// `pos`.
size_t FinnishFlatEnd(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return pos;
  size_t end = pos + 1;
  while (end < text.size() && IsDigitAt(text, end) && end - pos <= 3) ++end;
  return end > pos + 1 && end - pos <= 4 && !WordCharAt(text, end) ? end : pos;
}

// The end of a Swedish flat's number after a house number ending at `pos` ("71 lgh 1102",
// four digits after "lgh" or "lgh."), or `pos`.
size_t SwedishFlatEnd(std::string_view text, size_t pos) {
  if (text.substr(pos, 5) != " lgh " && text.substr(pos, 6) != " lgh. ") return pos;
  const size_t digits = pos + (text[pos + 4] == '.' ? 6 : 5);
  return DigitsAt(text, digits, 4) && !WordCharAt(text, digits + 4) ? digits + 4 : pos;
}

// The end of a Danish floor and door after a house number ending at `pos` ("18B, 2. th.";
// "st." the ground floor), part of a Danish address, or `pos`. A Norwegian floor ("5, 3.
// etasje") is left out, as the chat set has it.
size_t DanishFloorAndDoorEnd(std::string_view text, size_t pos) {
  constexpr std::string_view kDoors[] = {"th", "tv", "mf"};
  if (pos + 2 >= text.size() || text[pos] != ',' || text[pos + 1] != ' ') return pos;
  size_t floor_end = pos + 2;
  if (text.substr(floor_end, 2) == "st" || text.substr(floor_end, 2) == "kl") {
    floor_end += 2;
  } else {
    while (floor_end < text.size() && IsDigitAt(text, floor_end) && floor_end - pos < 4) {
      ++floor_end;
    }
  }
  if (floor_end == pos + 2 || floor_end + 1 >= text.size() || text[floor_end] != '.' ||
      text[floor_end + 1] != ' ') {
    return pos;
  }
  const size_t door = floor_end + 2;
  const size_t door_end = LettersEnd(text, door);
  if (!OneOf(text.substr(door, door_end - door), kDoors)) return pos;
  return door_end < text.size() && text[door_end] == '.' ? door_end + 1 : door_end;
}

// The end of a Norwegian floor after a house number ending at `pos` (", 3.etg", ", 2. etg.",
// ", 3. etasje"), or `pos`. Kept only between the number and a postcode: a floor that ends
// the address is left out, as the chat set has it.
size_t NorwegianFloorEnd(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != ',' || text[pos + 1] != ' ') return pos;
  size_t end = pos + 2;
  while (IsDigitAt(text, end) && end - pos < 4) ++end;
  if (end == pos + 2 || end >= text.size() || text[end] != '.') return pos;
  end += text.substr(end + 1, 1) == " " ? 2 : 1;
  for (const std::string_view word : {"etasje", "etg."}) {
    if (text.substr(end, word.size()) == word && !WordCharAt(text, end + word.size())) {
      return end + word.size();
    }
  }
  return text.substr(end, 3) == "etg" && !WordCharAt(text, end + 3) ? end + 3 : pos;
}

// The end of an entrance, a flat or a note in parentheses after a house number ending at
// `pos` (", inngang B", ", leilighet 301", " (gul enebolig)"), or `pos`. Kept, as a floor
// is, only between the number and a postcode: "Lilleakerveien 31, inngang B, 0283 Oslo",
// "Skogveien 12 (gul enebolig), 1406 Ski".
size_t NorwegianEntranceOrNoteEnd(std::string_view text, size_t pos) {
  static constexpr std::string_view kEntranceWords[] = {"inngang", "oppgang", "leilighet",
                                                        "leil.",   "bolig",   "bygg"};
  static constexpr size_t kLongestNote = 40;
  static constexpr size_t kLongestEntrance = 5;
  if (text.substr(pos, 2) == " (") {
    const size_t close = text.find_first_of(")\n", pos + 2);
    return close != std::string_view::npos && text[close] == ')' && close - pos <= kLongestNote
               ? close + 1
               : pos;
  }
  if (text.substr(pos, 2) != ", ") return pos;
  const size_t word = pos + 2;
  for (const std::string_view entrance : kEntranceWords) {
    if (!absl::EqualsIgnoreCase(ToAbsl(text.substr(word, entrance.size())), ToAbsl(entrance)) ||
        text.substr(word + entrance.size(), 1) != " ") {
      continue;
    }
    const size_t value = word + entrance.size() + 1;
    size_t end = value;
    while (end < text.size() && end - value < kLongestEntrance && WordCharAt(text, end)) ++end;
    return end > value && !WordCharAt(text, end) ? end : pos;
  }
  return pos;
}

// The end of the house number and what may follow it, and whether a postcode followed.
struct AddressEnd {
  size_t end;
  bool full;
};

std::optional<AddressEnd> NorwegianRest(std::string_view text, size_t after_street) {
  if (after_street < text.size() && text[after_street] == '.') ++after_street;  // "Storgt."
  const auto number = AfterSpaces(text, after_street);
  if (!number) return std::nullopt;
  auto number_end = HouseNumberEnd(text, *number);
  if (!number_end) return std::nullopt;
  // "17 A": an entrance letter written apart, in capitals (A-H, so not the word "I").
  const size_t letter = *number_end + 1;
  bool entrance = false;
  if (letter < text.size() && IsDigitAt(text, *number_end - 1) && text[letter - 1] == ' ' &&
      text[letter] >= 'A' && text[letter] <= 'H' && !WordCharAt(text, letter + 1)) {
    number_end = letter + 1;
    entrance = true;
  }
  number_end = entrance ? FinnishFlatEnd(text, *number_end)
                        : SwedishFlatEnd(text, DanishFloorAndDoorEnd(text, *number_end));
  if (auto postcode = PostcodeEnd(text, *number_end)) return AddressEnd{*postcode, true};
  // Chat writes the letter apart in lowercase too ("hagebyveien 12 b, 1450 nesoddtangen"),
  // and a floor may come before the postcode ("Kirkegata 5, 3.etg, 7013 Trondheim"); both
  // only where a postcode follows ("12 a" may be English, a floor may end a sentence).
  if (!entrance && letter + 1 < text.size() && text[letter - 1] == ' ' && text[letter] >= 'a' &&
      text[letter] <= 'h' && !WordCharAt(text, letter + 1) && letter - 1 == *number_end) {
    if (auto postcode = PostcodeEnd(text, letter + 1)) return AddressEnd{*postcode, true};
  }
  for (const size_t between :
       {NorwegianFloorEnd(text, *number_end), NorwegianEntranceOrNoteEnd(text, *number_end)}) {
    if (between == *number_end) continue;
    if (auto postcode = PostcodeEnd(text, between)) return AddressEnd{*postcode, true};
  }
  return AddressEnd{*number_end, false};
}

// Up to two "Øvre", "Nedre"... before a street name starting at `start`, and "St." (Sankt)
// before those: "St. Olavs gate", "Nedre St. Olavs gate".
size_t WithStreetPrefixes(std::string_view text, size_t start) {
  for (int words = 0; words < 2 && start > 1 && text[start - 1] == ' '; ++words) {
    if (start >= 4 && text.substr(start - 4, 3) == "St." && !WordCharBefore(text, start - 4)) {
      start -= 4;
      continue;
    }
    const auto word = CapitalisedWordBefore(text, start - 1);
    if (!word || !OneOf(FoldCase(text.substr(*word, start - 1 - *word)), kStreetPrefixes)) break;
    start = *word;
  }
  return start;
}

void Emit(size_t start, const AddressEnd& end, std::vector<Finding>& out) {
  out.push_back({"STREET_ADDRESS", start, end.end, end.full ? kFullAddressScore : kStreetScore});
}

void ConfirmStreetSuffix(const Candidate& candidate, std::string_view text,
                         std::vector<Finding>& out) {
  const size_t start = LettersStart(text, candidate.start);
  if (WordCharBefore(text, start)) return;
  const std::string suffix = FoldCase(text.substr(candidate.start, candidate.end - candidate.start));
  if (!IsUpperAt(text, start) && !OneOf(suffix, kLowercaseSuffixes)) return;
  if (OneOf(FoldCase(text.substr(start, candidate.end - start)), kRoadKinds)) return;
  const auto rest = NorwegianRest(text, candidate.end);
  // The street word alone ("Gate 5" is kStreetWord's) names a street only with a postcode
  // after its number: "Bryggen 5, 5003 Bergen", not "Parken 2 er bra".
  if (start == candidate.start && (!rest || !rest->full)) return;
  if (rest) Emit(WithStreetPrefixes(text, start), *rest, out);
}

// Whether an address cue ends right before the space before `start`.
bool FollowsAnAddressCue(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return false;
  for (const std::string_view cue : kAddressCues) {
    if (cue.size() >= start) continue;
    const size_t cue_start = start - 1 - cue.size();
    if (FoldCase(text.substr(cue_start, cue.size())) == cue && !WordCharBefore(text, cue_start)) {
      return true;
    }
  }
  return false;
}

// The start of a lowercase genitive right before `street` (a street word), maybe with one
// lowercase word before it, that an address cue comes right before: chat writes the
// street's name in lowercase too ("jeg bor i kongens gate 5", "adressen er bjørnstjerne
// bjørnsons gate 3"), where a word alone before the street word would be too much ("i en
// gate 5 minutter unna").
std::optional<size_t> CuedLowercaseGenitiveBefore(std::string_view text, size_t street) {
  if (street < 2 || text[street - 1] != ' ') return std::nullopt;
  const size_t start = LettersStart(text, street - 1);
  if (start + 2 >= street - 1 || text[street - 2] != 's' || start < 2 || text[start - 1] != ' ') {
    return std::nullopt;
  }
  if (FollowsAnAddressCue(text, start)) return start;
  const size_t word = LettersStart(text, start - 1);
  if (word + 1 < start - 1 && FollowsAnAddressCue(text, word)) return word;
  return std::nullopt;
}

void ConfirmStreetWord(const Candidate& candidate, std::string_view text,
                       std::vector<Finding>& out) {
  size_t start = CapitalisedWordsStartBefore(text, candidate.start, kMaxNameWords);
  if (start == candidate.start) {  // "gate 5" at the airport
    const auto genitive = CuedLowercaseGenitiveBefore(text, candidate.start);
    if (!genitive) return;
    start = *genitive;
  }
  const auto rest = NorwegianRest(text, candidate.end);
  if (rest) Emit(WithStreetPrefixes(text, start), *rest, out);
}

// The end of the digits at `pos`, at most `most` of them and a word of their own, or
// nullopt: a post box's number, a farm's.
std::optional<size_t> NumberEnd(std::string_view text, size_t pos, size_t most) {
  size_t end = pos;
  while (IsDigitAt(text, end) && end - pos <= most) ++end;
  if (end == pos || end - pos > most || WordCharAt(text, end)) return std::nullopt;
  return end;
}

void ConfirmPostBox(const Candidate& candidate, std::string_view text, std::vector<Finding>& out) {
  size_t pos = candidate.end;
  if (pos < text.size() && text[pos] == '.') ++pos;
  const auto number = AfterSpaces(text, pos);
  if (!number) return;
  const auto end = NumberEnd(text, *number, 5);
  if (!end) return;
  AddressEnd address{*end, false};
  // "Postboks 123 Sentrum", then "0102 Oslo".
  if (*end + 1 < text.size() && text[*end] == ' ' && IsUpperAt(text, *end + 1)) {
    if (auto place = PlaceEnd(text, *end + 1)) address.end = *place;
  }
  if (auto postcode = PostcodeEnd(text, address.end)) address = {*postcode, true};
  if (!address.full && OneOf(text.substr(candidate.start, candidate.end - candidate.start),
                             kPostBoxWordsBeforeAPostcode)) {
    return;
  }
  Emit(candidate.start, address, out);
}

// The end of one of `words` at `pos`, in any case and maybe with a period, or `pos`.
template <size_t N>
size_t WordOfEnd(std::string_view text, size_t pos, const std::string_view (&words)[N]) {
  const size_t end = LettersEnd(text, pos);
  if (end == pos || !OneOf(FoldCase(text.substr(pos, end - pos)), words)) return pos;
  return end < text.size() && text[end] == '.' ? end + 1 : end;
}

// "Gnr 45 Bnr 12[, 2870 Dokka]", "gnr/bnr 45/12": a farm's numbers, the holding's with them.
void ConfirmFarmNumber(const Candidate& candidate, std::string_view text,
                       std::vector<Finding>& out) {
  size_t pos = candidate.end;
  if (pos < text.size() && text[pos] == '.') ++pos;
  const bool paired = text.substr(pos, 1) == "/";  // "gnr/bnr 45/12"
  if (paired) {
    const size_t holding_end = WordOfEnd(text, pos + 1, kHoldingWords);
    if (holding_end == pos + 1) return;
    pos = holding_end;
  }
  const auto farm = AfterSpaces(text, pos);
  if (!farm) return;
  const auto farm_end = NumberEnd(text, *farm, 4);
  if (!farm_end) return;
  size_t end = *farm_end;
  if (paired) {
    if (text.substr(end, 1) != "/") return;
    const auto holding_end = NumberEnd(text, end + 1, 4);
    if (!holding_end) return;
    end = *holding_end;
  } else {
    size_t holding = end + (text.substr(end, 1) == "," ? 1 : 0);
    const auto word = AfterSpaces(text, holding);
    if (!word) return;
    const size_t word_end = WordOfEnd(text, *word, kHoldingWords);
    if (word_end == *word) return;
    const auto number = AfterSpaces(text, word_end);
    if (!number) return;
    const auto holding_end = NumberEnd(text, *number, 4);
    if (!holding_end) return;
    end = *holding_end;
  }
  AddressEnd address{end, false};
  if (auto postcode = PostcodeEnd(text, end)) address = {*postcode, true};
  Emit(candidate.start, address, out);
}

// The start of a numbered street's ordinal that ends at `end` ("5th", "34th", "42nd",
// "1st", "3rd" in "350 5th Avenue", "45 W 34th St"), or nullopt.
std::optional<size_t> OrdinalBefore(std::string_view text, size_t end) {
  if (end < 3) return std::nullopt;
  const std::string_view suffix = text.substr(end - 2, 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  size_t start = end - 2;
  while (start > 0 && IsDigitAt(text, start - 1) && end - 2 - start < 3) --start;
  if (start == end - 2 || WordCharBefore(text, start)) return std::nullopt;
  return start;
}

// The start of the house number before a space, also a no-break one, before the street's
// name at `name` ("27 Baker Street"), or nullopt.
std::optional<size_t> HouseNumberBefore(std::string_view text, size_t name) {
  const size_t space = SpaceLengthBefore(text, name);
  if (space == 0 || name < space + 1) return std::nullopt;
  size_t number = name - space;
  while (number > 0 && (WordCharBefore(text, number) || text[number - 1] == '-')) {
    number = PreviousCodePointStart(text, number);
  }
  const auto number_end = HouseNumberEnd(text, number);
  if (!number_end || *number_end != name - space) return std::nullopt;
  return number;
}

// ", place postcode" in any case after a lowercase street at `pos` (", ripon hg4 1ap",
// ", london nw1 6xe"): one or two words of the place, then the postcode; its end, or nullopt.
std::optional<size_t> LowercaseUkTailEnd(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != ',' || text[pos + 1] != ' ') return std::nullopt;
  pos += 2;
  for (size_t words = 0; words < 2; ++words) {
    const size_t word_end = LettersEnd(text, pos);
    if (word_end == pos || word_end + 1 >= text.size() || text[word_end] != ' ') break;
    if (auto postcode = UkPostcodeEnd(text, word_end + 1, true)) return postcode;
    pos = word_end + 1;
  }
  return std::nullopt;
}

// "3 orchard close, ripon hg4 1ap", "22b baker street, london nw1 6xe": a street written all
// in lowercase, as chat writes it, is read only whole, with its place and postcode.
void ConfirmLowercaseEnglishStreet(const Candidate& candidate, std::string_view text,
                                   std::vector<Finding>& out) {
  size_t name = candidate.start;
  for (size_t words = 0; words < kMaxLowercaseNameWords && name > 1 && text[name - 1] == ' ';
       ++words) {
    const size_t word = LettersStart(text, name - 1);
    if (word == name - 1 || IsUpperAt(text, word) || WordCharBefore(text, word)) break;
    name = word;
  }
  if (name == candidate.start) return;
  const auto number = HouseNumberBefore(text, name);
  const auto tail = LowercaseUkTailEnd(text, candidate.end);
  if (number && tail) Emit(*number, {*tail, true}, out);
}

void ConfirmEnglishStreet(const Candidate& candidate, std::string_view text,
                          std::vector<Finding>& out) {
  if (!IsUpperAt(text, candidate.start)) ConfirmLowercaseEnglishStreet(candidate, text, out);
  // Back over the capitalised or numbered street name to the house number: "221B Baker
  // Street", "350 5th Avenue".
  size_t name = candidate.start;
  for (size_t words = 0; words < kMaxNameWords && name > 1 && text[name - 1] == ' '; ++words) {
    auto word = CapitalisedGenitiveBefore(text, name - 1);
    if (!word) word = OrdinalBefore(text, name - 1);
    if (!word) break;
    name = *word;
  }
  if (name == candidate.start) return;
  const auto house_number = HouseNumberBefore(text, name);
  if (!house_number) return;
  const size_t number = *house_number;
  size_t end = candidate.end;
  // "St.", not the period that ends a sentence after "Street".
  const std::string_view street = text.substr(candidate.start, end - candidate.start);
  if (end < text.size() && text[end] == '.' && OneOf(street, kEnglishStreetAbbreviations)) ++end;
  // "Avenue NW"
  if (end + 1 < text.size() && text[end] == ' ') {
    const size_t word_end = LettersEnd(text, end + 1);
    if (word_end > end + 1 && OneOf(text.substr(end + 1, word_end - end - 1), kDirections)) {
      end = word_end;
    }
  }
  if (auto unit = UnitEnd(text, end)) end = *unit;
  AddressEnd address{end, false};
  if (auto tail = EnglishTailEnd(text, end)) address = {*tail, true};
  size_t start = UnitStartBefore(text, number);
  if (start == number) {
    // "Flat 6, Carlton House, 22 Mill Lane": the unit before the building's name.
    const size_t building = BuildingStartBefore(text, number);
    if (building != number) start = UnitStartBefore(text, building);
  }
  Emit(start, address, out);
}

// "Unit 4, Riverside Industrial Estate[, Leeds LS10 1AB]": a unit, the site's name of one or
// two capitalised words and its estate words; no unit, no address ("Riverside Business Park
// is hiring").
void ConfirmEstate(const Candidate& candidate, std::string_view text, std::vector<Finding>& out) {
  const size_t name = CapitalisedWordsStartBefore(text, candidate.start, kMaxNameWords - 1);
  if (name == candidate.start) return;
  const size_t start = UnitStartBefore(text, name);
  if (start == name) return;
  AddressEnd address{candidate.end, false};
  if (auto tail = EnglishTailEnd(text, candidate.end)) address = {*tail, true};
  Emit(start, address, out);
}

// Whether the address ending at `end` ends there: at the text's or line's end, at a mark,
// or before a word that may follow an address.
bool EndsACuedAddress(std::string_view text, size_t end) {
  if (end >= text.size() || text[end] != ' ') return true;
  const size_t word_end = LettersEnd(text, end + 1);
  if (word_end == end + 1) return true;
  return IsUpperAt(text, end + 1) ||
         OneOf(text.substr(end + 1, word_end - end - 1), kWordsAfterCuedAddress);
}

// "bor på Vestre Rosten 81", "Adresse: Bryggen 7, 5003 Bergen": up to three capitalised
// words after the cue, then a house number.
void ConfirmAddressCue(const Candidate& candidate, std::string_view text,
                       std::vector<Finding>& out) {
  const auto first = AfterSpaces(text, candidate.end);
  if (!first) return;
  size_t pos = *first;
  // "address: Flat 3, 12 Kings Road": the flat, which the street's own rule takes in.
  if (UnitWordEnd(text, pos) != pos) return;
  for (size_t words = 0; words < kMaxNameWords && IsUpperAt(text, pos); ++words) {
    const size_t word_end = LettersEnd(text, pos);
    if (word_end == pos) return;
    if (const auto rest = NorwegianRest(text, word_end);
        rest && (rest->full || EndsACuedAddress(text, rest->end))) {
      Emit(*first, *rest, out);
      return;
    }
    if (word_end + 1 >= text.size() || text[word_end] != ' ') return;
    pos = word_end + 1;
  }
}

// "postcode M1 1AE", "Postcode: SW1A 2AA", "my postcode is NW1 6XE": the postcode alone.
void ConfirmPostcodeLabel(const Candidate& candidate, std::string_view text,
                          std::vector<Finding>& out) {
  size_t pos = candidate.end;
  for (int words = 0; words < 3 && pos + 1 < text.size() && text[pos] == ' '; ++words) {
    size_t word_end = pos + 1;
    while (word_end < text.size() && text[word_end] != ' ' && text[word_end] != ':') ++word_end;
    if (!OneOf(text.substr(pos + 1, word_end - pos - 1), kWordsAfterPostcodeLabel)) break;
    pos = word_end;  // a colon after the word ("postcode is: M1 1AE") is read below
  }
  if (pos < text.size() && text[pos] == ':') ++pos;
  if (pos >= text.size() || text[pos] != ' ') return;
  const size_t start = pos + 1;
  if (const auto end = UkPostcodeEnd(text, start)) {
    out.push_back({"STREET_ADDRESS", start, *end, kStreetScore, {}, "postcode"});
  }
}

}  // namespace

std::optional<size_t> UkPostcodeEnd(std::string_view text, size_t pos, bool any_case) {
  auto upper = [&](size_t i) {
    return i < text.size() &&
           (any_case ? absl::ascii_isalpha(text[i]) : absl::ascii_isupper(text[i]));
  };
  size_t i = pos;
  while (upper(i) && i - pos < 2) ++i;
  if (i == pos || !IsDigitAt(text, i)) return std::nullopt;
  ++i;
  if (upper(i) || IsDigitAt(text, i)) ++i;
  if (i >= text.size() || text[i] != ' ' || !IsDigitAt(text, i + 1) || !upper(i + 2) ||
      !upper(i + 3) || WordCharAt(text, i + 4)) {
    return std::nullopt;
  }
  return i + 4;
}

namespace {

// Months after a day's number and its period, in Norwegian, Swedish and Danish ("22. juli").
constexpr std::string_view kMonths[] = {
    "januar", "januari", "jan", "februar", "februari", "feb", "mars", "mar", "april", "apr",
    "mai", "maj", "juni", "jun", "juli", "jul", "august", "augusti", "aug", "september",
    "sept", "sep", "oktober", "okt", "november", "nov", "desember", "december", "des", "dec"};

// Whether text[pos] opens ". " and a month: the number before was a date's day ("Utøya 22.
// juli", round 719).
bool OpensADatesMonth(std::string_view text, size_t pos) {
  if (text.substr(pos, 2) != ". ") return false;
  size_t end = pos + 2;
  while (end < text.size() && absl::ascii_isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const std::string_view month = text.substr(pos + 2, end - pos - 2);
  return std::any_of(std::begin(kMonths), std::end(kMonths), [&](std::string_view known) {
    return absl::EqualsIgnoreCase(ToAbsl(month), ToAbsl(known));
  });
}

}  // namespace

std::optional<size_t> HouseNumberEnd(std::string_view text, size_t pos) {
  size_t end = pos;
  while (IsDigitAt(text, end) && end - pos < 5) ++end;
  if (end == pos || end - pos > 4) return std::nullopt;
  // "12B": one ASCII letter (a letter of another script would be split by a byte step).
  if (end < text.size() && ((text[end] | 0x20) >= 'a' && (text[end] | 0x20) <= 'z') &&
      !WordCharAt(text, end + 1)) {
    ++end;
  }
  if (end + 1 < text.size() && text[end] == '-' && IsDigitAt(text, end + 1)) {  // "12-14"
    const size_t range = end + 1;
    end = range;
    while (IsDigitAt(text, end) && end - range < 4) ++end;
  }
  if (WordCharAt(text, end) || OpensADatesMonth(text, end)) return std::nullopt;
  // " H0201" or ", H0201": a flat
  const size_t flat = end + (text.substr(end, 2) == ", " ? 2 : 1);
  if (flat + 5 <= text.size() && text[flat - 1] == ' ' &&
      (text[flat] == 'H' || text[flat] == 'h') && DigitsAt(text, flat + 1, 4) &&
      !WordCharAt(text, flat + 5)) {
    end = flat + 5;
  }
  return end;
}

std::vector<Pattern> StreetAddressDetector::patterns() const {
  std::vector<Pattern> patterns;
  for (std::string_view suffix : kStreetSuffixes) {
    const Boundary boundary = suffix.back() == '.' ? Boundary::kNone : Boundary::kWordEnd;
    patterns.push_back({std::string(suffix), boundary, true, false, kStreetSuffix, true});
  }
  for (std::string_view word : kStreetWords) {
    patterns.push_back({std::string(word), Boundary::kWord, true, false, kStreetWord, true});
  }
  for (std::string_view word : kPostBoxWords) {
    patterns.push_back({std::string(word), Boundary::kWord, true, false, kPostBox, true});
  }
  for (std::string_view word : kPostBoxWordsBeforeAPostcode) {
    patterns.push_back({std::string(word), Boundary::kWord, false, false, kPostBox, true});
  }
  for (std::string_view word : kEnglishStreetWords) {
    patterns.push_back({std::string(word), Boundary::kWord, true, false, kEnglishStreet, true});
  }
  for (std::string_view word : kEnglishStreetAbbreviations) {
    patterns.push_back({std::string(word), Boundary::kWord, false, false, kEnglishStreet, true});
  }
  for (std::string_view cue : kAddressCues) {
    patterns.push_back({std::string(cue), Boundary::kWord, true, false, kAddressCue, true});
  }
  for (std::string_view label : kAddressLabels) {
    patterns.push_back({std::string(label), Boundary::kNone, true, false, kAddressCue, true});
  }
  for (std::string_view word : kFarmNumberWords) {
    patterns.push_back({std::string(word), Boundary::kWord, true, false, kFarmNumber, true});
  }
  for (std::string_view words : kEstateWords) {
    patterns.push_back({std::string(words), Boundary::kWord, false, false, kEstate, true});
  }
  for (std::string_view label : kPostcodeLabels) {
    patterns.push_back({std::string(label), Boundary::kWord, true, false, kPostcodeLabel, true});
  }
  return patterns;
}

void StreetAddressDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                    std::vector<Finding>& out) const {
  switch (static_cast<Tag>(candidate.tag)) {
    case kStreetSuffix:
      return ConfirmStreetSuffix(candidate, view.text(), out);
    case kStreetWord:
      return ConfirmStreetWord(candidate, view.text(), out);
    case kPostBox:
      return ConfirmPostBox(candidate, view.text(), out);
    case kEnglishStreet:
      return ConfirmEnglishStreet(candidate, view.text(), out);
    case kAddressCue:
      return ConfirmAddressCue(candidate, view.text(), out);
    case kPostcodeLabel:
      return ConfirmPostcodeLabel(candidate, view.text(), out);
    case kFarmNumber:
      return ConfirmFarmNumber(candidate, view.text(), out);
    case kEstate:
      return ConfirmEstate(candidate, view.text(), out);
  }
}

std::string StreetAddressDetector::Normalize(std::string_view, std::string_view value) const {
  std::string normal;
  for (const char c : FoldCase(value)) {
    if (c == ' ' && !normal.empty() && normal.back() == ' ') continue;
    normal.push_back(c);
  }
  return normal;
}

}  // namespace sladd
