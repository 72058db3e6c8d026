#include "detectors/street_address.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/support/engine_fixture.h"

namespace sladd {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing::TestEngine;

std::vector<std::string> Addresses(const TestEngine& engine, std::string_view text) {
  return engine.Values(text, "STREET_ADDRESS");
}

TEST(HouseNumber, ReadsLettersRangesAndFlats) {
  EXPECT_EQ(HouseNumberEnd("12B, 0155", 0), 3u);
  EXPECT_EQ(HouseNumberEnd("12-14 ", 0), 5u);
  EXPECT_EQ(HouseNumberEnd("12 H0201 ", 0), 8u);
  EXPECT_EQ(HouseNumberEnd("5", 0), 1u);
  EXPECT_FALSE(HouseNumberEnd("12kr", 0));
  EXPECT_FALSE(HouseNumberEnd("123456", 0));
  EXPECT_FALSE(HouseNumberEnd("B12", 0));
  // Regression (libFuzzer): a letter of another script after the digits is not a house
  // letter, and is never split.
  EXPECT_FALSE(HouseNumberEnd("1\xCE\xB9, 0155", 0));
}

TEST(StreetAddressDetector, NeverSplitsACharacter) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Storgata 1\xCE\xB9, 0155 Oslo"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "\xCE\xB9""12 Baker Street"), IsEmpty());
}

TEST(StreetAddressDetector, FindsNorwegianAddresses) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Adressen er Storgata 12B, 0155 Oslo."),
              ElementsAre("Storgata 12B, 0155 Oslo"));
  EXPECT_THAT(Addresses(engine, "Jeg bor i Kongens gate 5"), ElementsAre("Kongens gate 5"));
  EXPECT_THAT(Addresses(engine, "Sjøvegen 3"), ElementsAre("Sjøvegen 3"));
  EXPECT_THAT(Addresses(engine, "Send til Karl Johans gate 22, 0159 Oslo"),
              ElementsAre("Karl Johans gate 22, 0159 Oslo"));
  EXPECT_THAT(Addresses(engine, "Postboks 123 Sentrum, 0102 Oslo"),
              ElementsAre("Postboks 123 Sentrum, 0102 Oslo"));
  EXPECT_THAT(Addresses(engine, "jeg bor i storgata 12"), ElementsAre("storgata 12"));
  // A street named in lowercase, in the genitive, right after an address cue.
  EXPECT_THAT(Addresses(engine, "jeg bor i kongens gate 5"), ElementsAre("kongens gate 5"));
  EXPECT_THAT(Addresses(engine, "jeg bor i en gate 5 minutter unna"), IsEmpty());
  // Also two lowercase words, the last a genitive, after "adresse er" (round 430).
  EXPECT_THAT(Addresses(engine, "min nye adresse er bjørnstjerne bjørnsons gate 3, 3044 drammen"),
              ElementsAre("bjørnstjerne bjørnsons gate 3, 3044 drammen"));
  EXPECT_THAT(Addresses(engine, "adressen er fine gate 5"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Øvre Slottsgate 3"), ElementsAre("Øvre Slottsgate 3"));
  EXPECT_THAT(Addresses(engine, "adresse St. Olavs gate 24"), ElementsAre("St. Olavs gate 24"));
  EXPECT_THAT(Addresses(engine, "Nedre St. Olavs gate 1"), ElementsAre("Nedre St. Olavs gate 1"));
  EXPECT_THAT(Addresses(engine, "Karlsveien 12 H0201"), ElementsAre("Karlsveien 12 H0201"));
  EXPECT_THAT(Addresses(engine, "Storgt. 7, 9008 Tromsø"), ElementsAre("Storgt. 7, 9008 Tromsø"));
  EXPECT_THAT(Addresses(engine, "Rådhusplassen 1"), ElementsAre("Rådhusplassen 1"));
  // An entrance letter written apart, in capitals A-H; "I" is a word.
  EXPECT_THAT(Addresses(engine, "Flyttet til Eikeveien 17 A forrige uke"),
              ElementsAre("Eikeveien 17 A"));
  EXPECT_THAT(Addresses(engine, "Storgata 5 B, 0155 Oslo"), ElementsAre("Storgata 5 B, 0155 Oslo"));
  EXPECT_THAT(Addresses(engine, "Bor i Storgata 5 I Oslo"), ElementsAre("Storgata 5"));
  // A place written in lowercase after the postcode, but not a word that only follows it.
  EXPECT_THAT(Addresses(engine, "min adresse er storgata 5, 9008 tromsø"),
              ElementsAre("storgata 5, 9008 tromsø"));
  EXPECT_THAT(Addresses(engine, "storgata 5, 9008 og resten"), ElementsAre("storgata 5, 9008"));
  // The no-break spaces web pages put between a street and its number and after the
  // postcode.
  EXPECT_THAT(Addresses(engine, "Adresse: Storgata\u00A012B, 0155\u00A0Oslo"),
              ElementsAre("Storgata\u00A012B, 0155\u00A0Oslo"));
  EXPECT_THAT(Addresses(engine, "I live at 27\u00A0Baker Street"),
              ElementsAre("27\u00A0Baker Street"));
}

TEST(StreetAddressDetector, FindsAStreetWithoutAStreetWordAfterACue) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Jeg bor på Vestre Rosten 81 i Tiller"),
              ElementsAre("Vestre Rosten 81"));
  EXPECT_THAT(Addresses(engine, "Leveringsadresse: Bryggen 7, 5003 Bergen"),
              ElementsAre("Bryggen 7, 5003 Bergen"));
  EXPECT_THAT(Addresses(engine, "I live at Rose Cottage 4."), ElementsAre("Rose Cottage 4"));
  // A number of something else, or no cue.
  EXPECT_THAT(Addresses(engine, "Jeg bor i Bergen 3 måneder til"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "jeg bor på hotell 3 netter"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Møt meg ved Bryggen 7"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "new address: Flat 3, 12 Kings Road, Brighton"),
              ElementsAre("Flat 3, 12 Kings Road, Brighton"));
}

TEST(StreetAddressDetector, FindsEnglishAddresses) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "I live at 221B Baker Street, London NW1 6XE"),
              ElementsAre("221B Baker Street, London NW1 6XE"));
  // Also after the place's comma (round 795).
  EXPECT_THAT(
      Addresses(engine, "Can the engineer come to 7 Church Lane, Little Snoring, NR21 0AX?"),
      ElementsAre("7 Church Lane, Little Snoring, NR21 0AX"));
  EXPECT_THAT(Addresses(engine, "10 Downing St is famous"), ElementsAre("10 Downing St"));
  // British street words beyond the common ones.
  EXPECT_THAT(Addresses(engine, "send it to 14 Elm Grove, Leeds LS6 2AP"),
              ElementsAre("14 Elm Grove, Leeds LS6 2AP"));
  EXPECT_THAT(Addresses(engine, "we moved to 3 Albion Mews"), ElementsAre("3 Albion Mews"));
  // Thirty-eighth session: a view and a green name streets too.
  EXPECT_THAT(Addresses(engine, "Regards, Fiona, 27 Harbour View, Oban PA34 4LW"),
              ElementsAre("27 Harbour View, Oban PA34 4LW"));
  EXPECT_THAT(Addresses(engine, "Room 12 has a sea view"), IsEmpty());
  // Thirty-ninth session: an address in lowercase, read only whole with its postcode.
  EXPECT_THAT(Addresses(engine, "my address is 3 orchard close, ripon hg4 1ap"),
              ElementsAre("3 orchard close, ripon hg4 1ap"));
  EXPECT_THAT(Addresses(engine, "pls deliver to 22b baker street, london nw1 6xe"),
              ElementsAre("22b baker street, london nw1 6xe"));
  EXPECT_THAT(Addresses(engine, "i live at 12 the old road"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "meet me at 3 st in the morning"), IsEmpty());
  // Regression: "Hill", "Walk" and "Parade" were no street words.
  EXPECT_THAT(Addresses(engine, "I live at 221B High Hill so the depot is close"),
              ElementsAre("221B High Hill"));
  EXPECT_THAT(Addresses(engine, "ship it to 12 King Parade, Leeds LS6 2AB"),
              ElementsAre("12 King Parade, Leeds LS6 2AB"));
  EXPECT_THAT(Addresses(engine, "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
              ElementsAre("1600 Pennsylvania Avenue NW, Washington, DC 20500"));
  // Regression: the flat or suite was cut before its number ("42 Elm Road, Apt").
  EXPECT_THAT(Addresses(engine, "Please deliver to 42 Elm Road, Apt 3."),
              ElementsAre("42 Elm Road, Apt 3"));
  EXPECT_THAT(Addresses(engine, "500 Main St, Suite 200, Boston"),
              ElementsAre("500 Main St, Suite 200, Boston"));
  EXPECT_THAT(Addresses(engine, "12 Oak Street Apt. 4B, Springfield, IL 62704"),
              ElementsAre("12 Oak Street Apt. 4B, Springfield, IL 62704"));
  EXPECT_THAT(Addresses(engine, "42 Elm Road, Apartment is nice"), ElementsAre("42 Elm Road"));
  // A unit before the house number, as UK addresses write it, is the address's too.
  EXPECT_THAT(Addresses(engine, "Please deliver to Flat 3, 27 Baker Street"),
              ElementsAre("Flat 3, 27 Baker Street"));
  // Round 824: a building's name between the unit and the house number.
  EXPECT_THAT(Addresses(engine, "Please send someone to Flat 6, Carlton House, 22 Mill Lane"),
              ElementsAre("Flat 6, Carlton House, 22 Mill Lane"));
  EXPECT_THAT(Addresses(engine, "I live at Carlton House, 22 Mill Lane, Sheffield"),
              ElementsAre("Carlton House, 22 Mill Lane, Sheffield"));
  EXPECT_THAT(Addresses(engine, "Meet me by the House, 22 Mill Lane"), ElementsAre("22 Mill Lane"));
  EXPECT_THAT(Addresses(engine, "Apt. 4B 12 Elm Road, Leeds"),
              ElementsAre("Apt. 4B 12 Elm Road, Leeds"));
  EXPECT_THAT(Addresses(engine, "Order 3, 27 Baker Street"), ElementsAre("27 Baker Street"));
  // Streets named in the genitive, with either apostrophe.
  EXPECT_THAT(Addresses(engine, "my flat is Flat 3, 27 Queen's Road"),
              ElementsAre("Flat 3, 27 Queen's Road"));
  EXPECT_THAT(Addresses(engine, "I live at 4 St John\xE2\x80\x99s Wood Road"),
              ElementsAre("4 St John\xE2\x80\x99s Wood Road"));
  EXPECT_THAT(Addresses(engine, "the Queen's Road is closed"), IsEmpty());
  // Numbered streets, and more American street words.
  EXPECT_THAT(Addresses(engine, "Apt 4B, 350 5th Avenue, New York, NY 10118"),
              ElementsAre("Apt 4B, 350 5th Avenue, New York, NY 10118"));
  EXPECT_THAT(Addresses(engine, "send it to 45 W 34th St, New York"),
              ElementsAre("45 W 34th St, New York"));
  EXPECT_THAT(Addresses(engine, "I'm at 1 Infinite Loop, Cupertino, CA 95014"),
              ElementsAre("1 Infinite Loop, Cupertino, CA 95014"));
  EXPECT_THAT(Addresses(engine, "we have 2 5th graders and a shop on 5th Avenue"), IsEmpty());
  // Regression: the period ending a sentence after "Street" was taken as an abbreviation's.
  EXPECT_THAT(Addresses(engine, "I live at 10 Downing Street. Thanks"),
              ElementsAre("10 Downing Street"));
  EXPECT_THAT(Addresses(engine, "I live at 10 Downing St. Thanks"), ElementsAre("10 Downing St."));
}

// Regression (round 169): Swedish and Danish addresses were missed.
TEST(StreetAddressDetector, FindsAUkPostcodeAfterItsLabel) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "My DOB is 14/03/1987 and postcode is M1 1AE"),
              ElementsAre("M1 1AE"));
  EXPECT_THAT(Addresses(engine, "Postcode: SW1A 2AA"), ElementsAre("SW1A 2AA"));
  EXPECT_THAT(Addresses(engine, "my postcode is: NW1 6XE"), ElementsAre("NW1 6XE"));
  EXPECT_THAT(Addresses(engine, "Postal code - EC1A 1BB, thanks"), ElementsAre("EC1A 1BB"));
  EXPECT_THAT(Addresses(engine, "what is your postcode?"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "postcode M1 1AEX"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "postcode lookup SW1A 2AA"), IsEmpty());
  // Without its label, a postcode alone stays: "NW1 6XE" may be a part number.
  EXPECT_THAT(Addresses(engine, "part NW1 6XE"), IsEmpty());
}

TEST(StreetAddressDetector, FindsSwedishAndDanishAddresses) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Leveransadress: Drottninggatan 53, 111 21 Stockholm"),
              ElementsAre("Drottninggatan 53, 111 21 Stockholm"));
  EXPECT_THAT(Addresses(engine, "Min adresse er N\u00f8rrebrogade 44, 2200 K\u00f8benhavn N."),
              ElementsAre("N\u00f8rrebrogade 44, 2200 K\u00f8benhavn N"));
  EXPECT_THAT(Addresses(engine, "Vi bor p\u00e5 Strandvejen 12."), ElementsAre("Strandvejen 12"));
  EXPECT_THAT(Addresses(engine, "Kundenummer 123 45 og ordre 2200"), IsEmpty());
}

// Finnish street words (thirtieth session); "tie" only after a genitive's "n".
TEST(StreetAddressDetector, FindsFinnishAddresses) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Kan dere levere til Mannerheimintie 10, 00100 Helsinki?"),
              ElementsAre("Mannerheimintie 10, 00100 Helsinki"));
  EXPECT_THAT(Addresses(engine, "Please send it to Aleksanterinkatu 52, thanks"),
              ElementsAre("Aleksanterinkatu 52"));
  EXPECT_THAT(Addresses(engine, "Hi, my Bestie 24 is here"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Sortie 3 er stengt"), IsEmpty());
}

// A flat after the house number: Danish floor and door, Finnish entrance and flat
// (thirty-first session).
TEST(StreetAddressDetector, KeepsTheFlatAfterTheHouseNumber) {
  TestEngine engine;
  EXPECT_THAT(
      Addresses(engine, "Min adresse er N\u00f8rrebrogade 18B, 2. th., 2200 K\u00f8benhavn N"),
      ElementsAre("N\u00f8rrebrogade 18B, 2. th., 2200 K\u00f8benhavn N"));
  EXPECT_THAT(Addresses(engine, "Send it to Jagtvej 10, st. tv. please"),
              ElementsAre("Jagtvej 10, st. tv."));
  EXPECT_THAT(Addresses(engine, "Kan dere levere til Mannerheimintie 5 A 3, 00100 Helsinki?"),
              ElementsAre("Mannerheimintie 5 A 3, 00100 Helsinki"));
  // A Norwegian floor stays out, as the chat set has it; so does a rank after the number.
  EXPECT_THAT(Addresses(engine, "Jeg bor i Storgata 5, 3. etasje."), ElementsAre("Storgata 5"));
  EXPECT_THAT(Addresses(engine, "Storgata 5, 2. plass i konkurransen"), ElementsAre("Storgata 5"));
  // A Swedish flat ("lägenhet") of four digits.
  EXPECT_THAT(Addresses(engine, "Skicka till Drottninggatan 71 lgh 1102, 111 36 Stockholm"),
              ElementsAre("Drottninggatan 71 lgh 1102, 111 36 Stockholm"));
}

// The Swedish "Box" and the Finnish "PL" are post boxes before a postcode only.
TEST(StreetAddressDetector, FindsSwedishAndFinnishPostBoxesBeforeAPostcode) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Postadress: Box 123, 101 23 Stockholm"),
              ElementsAre("Box 123, 101 23 Stockholm"));
  EXPECT_THAT(Addresses(engine, "Osoite: PL 45, 00101 Helsinki"),
              ElementsAre("PL 45, 00101 Helsinki"));
  EXPECT_THAT(Addresses(engine, "Box 3 was damaged in transit"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "PO Box 45"), ElementsAre("PO Box 45"));
}

// A street word alone as the street's name ("Bryggen", "Torget") names a street when a
// postcode follows its number (thirty-first session).
TEST(StreetAddressDetector, FindsAStreetWordAloneBeforeANumberAndAPostcode) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Please ship it to Bryggen 5, 5003 Bergen, thanks."),
              ElementsAre("Bryggen 5, 5003 Bergen"));
  EXPECT_THAT(Addresses(engine, "Kan dere levere til \u00c5boulevarden 22, 8000 Aarhus C?"),
              ElementsAre("\u00c5boulevarden 22, 8000 Aarhus C"));
  EXPECT_THAT(Addresses(engine, "Parken 2 er bra"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Vi ses p\u00e5 Torget 2 timer f\u00f8r"), IsEmpty());
}

// Regression: "-skogen", "-holmen", "-vika" and the like end street names too
// ("Stasjonsskogen 101" was missed without a postcode); a surname after a first name is
// still a name ("Kari Moen 45 år").
TEST(StreetAddressDetector, FindsStreetsNamedForWoodsIsletsAndBays) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Kan dere sende det til Stasjonsskogen 101?"),
              ElementsAre("Stasjonsskogen 101"));
  EXPECT_THAT(Addresses(engine, "Jeg bor i Sjøvika 4B."), ElementsAre("Sjøvika 4B"));
  EXPECT_THAT(Addresses(engine, "Kari Moen 45 år ringte."), IsEmpty());
}

// What chat writes between a house number and the postcode is part of the address when a
// postcode follows: a floor, a letter apart in lowercase, a flat after a comma; and a US
// state without its comma before the ZIP code (thirty-third session).
TEST(StreetAddressDetector, FindsWhatStandsBetweenTheNumberAndThePostcode) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Send til Kirkegata 5, 3.etg, 7013 Trondheim"),
              ElementsAre("Kirkegata 5, 3.etg, 7013 Trondheim"));
  EXPECT_THAT(Addresses(engine, "Storgata 12, 3. etasje, 0155 Oslo"),
              ElementsAre("Storgata 12, 3. etasje, 0155 Oslo"));
  EXPECT_THAT(Addresses(engine, "Jeg bor i Storgata 101, 3. etasje, ring på."),
              ElementsAre("Storgata 101"));
  EXPECT_THAT(Addresses(engine, "leveringsadresse: hagebyveien 12 b, 1450 nesoddtangen"),
              ElementsAre("hagebyveien 12 b, 1450 nesoddtangen"));
  EXPECT_THAT(Addresses(engine, "Storgata 12 a og b"), ElementsAre("Storgata 12"));
  // Thirty-fourth session: an entrance, a flat or a note in parentheses, before a postcode
  // only.
  EXPECT_THAT(Addresses(engine, "Bestilling til Lilleakerveien 31, inngang B, 0283 Oslo"),
              ElementsAre("Lilleakerveien 31, inngang B, 0283 Oslo"));
  EXPECT_THAT(Addresses(engine, "Skogveien 12 (gul enebolig), 1406 Ski"),
              ElementsAre("Skogveien 12 (gul enebolig), 1406 Ski"));
  EXPECT_THAT(Addresses(engine, "Storgata 3, leilighet 301, 0182 Oslo"),
              ElementsAre("Storgata 3, leilighet 301, 0182 Oslo"));
  EXPECT_THAT(Addresses(engine, "Storgata 3 (bak butikken) er stengt"), ElementsAre("Storgata 3"));
  EXPECT_THAT(Addresses(engine, "Storgata 3, inngang B"), ElementsAre("Storgata 3"));
  EXPECT_THAT(Addresses(engine, "Thereses gate 3, H0302, 0358 Oslo"),
              ElementsAre("Thereses gate 3, H0302, 0358 Oslo"));
  EXPECT_THAT(Addresses(engine, "Apartment 5C, 77 Mass Ave, Cambridge MA 02139"),
              ElementsAre("Apartment 5C, 77 Mass Ave, Cambridge MA 02139"));
}

TEST(StreetAddressDetector, LeavesStreetsWithoutNumbersAndLookalikesAlone) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Storgata er stengt"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Vi møtes ved gate 5 på Gardermoen"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Takk alle 5"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Moen 12 år"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Kjør riksvei 362 mot Skien"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Navigate to step 5"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "I have 2 Close friends"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Top 10 Walk tips for the weekend"), IsEmpty());
  // A date's day after a street's or an island's name (round 719, NorNE's "Utøya 22. juli").
  EXPECT_THAT(Addresses(engine, "Vi var i Storgata 22. juli."), IsEmpty());
  EXPECT_THAT(Addresses(engine, "omkom på Utøya 22. juli"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "Bor i Storgata 22. Ring meg."), ElementsAre("Storgata 22"));
}

// Round 719: an island's address.
TEST(StreetAddressDetector, FindsAnIslandsAddress) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Hytta ligg på Storøyna 7, 6120 Folkestad."),
              ElementsAre("Storøyna 7, 6120 Folkestad"));
}

// Round 591: a farm's cadastral numbers, a rural home's address.
TEST(StreetAddressDetector, FindsAFarmsNumbers) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Leveringsadresse: Gnr 45 Bnr 12, 2870 Dokka"),
              ElementsAre("Gnr 45 Bnr 12, 2870 Dokka"));
  EXPECT_THAT(Addresses(engine, "Eiendommen har gnr. 12 bnr. 3 i Nes."),
              ElementsAre("gnr. 12 bnr. 3"));
  EXPECT_THAT(Addresses(engine, "gnr/bnr 45/12"), ElementsAre("gnr/bnr 45/12"));
  EXPECT_THAT(Addresses(engine, "Gårdsnummer 45, bruksnummer 12"),
              ElementsAre("Gårdsnummer 45, bruksnummer 12"));
  // A farm's number alone names no home.
  EXPECT_THAT(Addresses(engine, "Se gnr 45 i kartet"), IsEmpty());
  EXPECT_THAT(Addresses(engine, "gnr/bnr"), IsEmpty());
}

// The last notes' left "Unit 4, Riverside Industrial Estate": a unit on a UK site of units.
TEST(StreetAddressDetector, FindsAUnitOnAnEstate) {
  TestEngine engine;
  EXPECT_THAT(Addresses(engine, "Deliver to Unit 4, Riverside Industrial Estate, Leeds LS10 1AB"),
              ElementsAre("Unit 4, Riverside Industrial Estate, Leeds LS10 1AB"));
  EXPECT_THAT(Addresses(engine, "Our depot is at Unit 12, Kingsway Business Park."),
              ElementsAre("Unit 12, Kingsway Business Park"));
  // No unit, no address: the site's name alone is a business's.
  EXPECT_THAT(Addresses(engine, "Riverside Business Park is hiring."), IsEmpty());
}

TEST(StreetAddressDetector, NormalizesCaseAndSpaces) {
  StreetAddressDetector detector;
  EXPECT_EQ(detector.Normalize("STREET_ADDRESS", "Storgata  12B"),
            detector.Normalize("STREET_ADDRESS", "storgata 12b"));
}

}  // namespace
}  // namespace sladd
