// The words the PERSON detector knows by the role they play next to a name: cues before one
// ("heter", "hei", "mvh", "med", "fru"), labels ("navn:"), and words that are never names
// ("ikke", "og") or are names only in some places ("May", "Love"). Built once into
// immutable tables (person_words.cc holds the lists); thread-safe to read.
#ifndef SLADD_DETECTORS_PERSON_WORDS_H_
#define SLADD_DETECTORS_PERSON_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "detectors/person_tagger.h"

namespace sladd {

// What a word can be next to a name: a cue kind and whether it is never part of a name,
// packed in a byte (PersonWordRoles).
enum CueWord : uint8_t {
  kNoCue,
  kIntroductionWord,  // "heter"
  kGreetingWord,      // "hei", "takk"
  kSignOffWord,       // "mvh", "regards"
  kCallWord,          // "kaller" (meg), "call" (me)
  kNameWord,          // "navn", "name" (":", "er", "is"); "etternavn", "surname" (":")
  kContactWord,       // "kontaktperson" (":")
  kSubjectWord,       // "jeg" (er), "this" (is)
  kIAmWord,           // "i'm"
  kTitleWord,         // "fru", "Dr."
  kPersonWord,        // "med", "to" (a lowercase first name)
  kKinWord,           // "husband", "naboen" (maybe "min", then a lowercase first name)
  kItIsWord,          // "it's", "its" (a first name, then "again", "here" or a stop)
  kCommaSignOffWord,  // "best", "warmly" (",", then a name)
  kBeforePersonWord,  // "vegne" (av), "behalf" (of), "står" (på): a person word's first word
};
inline constexpr uint8_t kCueMask = 0x0F;
// An English word that some bear as a name, but that alone at a sentence start is the word:
// "Love this!", "Hope you can help", "Good morning".
inline constexpr uint8_t kOpenerWord = 0x40;
// A month that is also a name ("May", "June"): a date after a preposition or by a number.
inline constexpr uint8_t kMonthWord = 0x20;
// A people or a faith ("Muslim", "Norwegian"): never a name, and after "I'm X" it makes X a
// kind of it, not a name ("I'm Ahmadiyya Muslim").
inline constexpr uint8_t kPeopleOrFaithWord = 0x10;
inline constexpr uint8_t kNeverName = 0x80;

// People one speaks of by what they are to one, before the name: after the owner
// ("min kollega Farah", "my neighbour Ivanka"), or in the definite form before it ("naboen
// min Wiktoria"). Cues of kind kKinWord.
inline constexpr std::string_view kPeopleOfSomeone[] = {
    "kollega",  "nabo",      "venn",      "venninne",  "sjef",     "samboer",  "kjæreste",
    "mann",     "kone",      "bror",      "søster",    "sønn",     "datter",   "mamma",
    "pappa",    "mor",       "far",       "fetter",    "kusine",   "svoger",   "svigerinne",
    "friend",   "neighbour", "neighbor",  "colleague", "boss",     "wife",     "husband",
    "son",      "daughter",  "mum",       "mom",       "dad",      "brother",  "sister",
    "partner",  "boyfriend", "girlfriend", "cousin",   "flatmate", "roommate", "coworker",
    "sambo",    "sambu",     "mate",      "buddy",     "pal",      "bestie",   "kompis",
    "kamerat",
    // one's manager at work (round 725: "Our manager Fionnuala is on maternity leave")
    "manager", "supervisor", "teammate", "leder", "teamleder"};
inline constexpr std::string_view kPeopleOfSomeoneDefinite[] = {
    "kollegaen", "naboen",  "vennen",   "venninnen", "venninna", "sjefen", "samboeren",
    "kjæresten", "mannen",  "kona",     "broren",    "søsteren", "sønnen", "datteren",
    "dattera",   "fetteren", "kusinen", "svogeren"};
// People one speaks of by the work they do for one, in the definite form before the name
// ("kunden kari", "saksbehandleren lise", "montøren piotr") or, for a few whose title it
// is, in the indefinite ("Saksbehandler Lise Berg"); in English after an article or an
// owner ("the driver dave"). Cues of kind kKinWord. Not "selger",
// also the verb ("Butikken selger roser"), nor the titles ("legen", "advokaten").
inline constexpr std::string_view kPeopleByTheirWork[] = {
    "kunden", "kundebehandleren", "kundebehandler", "saksbehandleren", "saksbehandler",
    "rådgiveren", "rådgiver", "konsulenten", "selgeren", "megleren", "teknikeren", "montøren",
    "sjåføren", "elektrikeren", "rørleggeren", "snekkeren", "håndverkeren", "vaktmesteren",
    "læreren", "kontaktlæreren", "treneren", "regnskapsføreren", "utleieren", "leietakeren",
    "pasienten", "eleven", "kontaktpersonen",
    // English, after "the", "my", "your" ("the driver dave", "your agent sarah")
    "driver", "courier", "technician", "engineer", "agent", "advisor", "adviser", "rep",
    "consultant", "landlord", "landlady", "tenant", "plumber", "electrician", "builder",
    "caretaker", "carer", "tutor", "nurse"};
inline constexpr std::string_view kOwnersBefore[] = {"min", "mi", "mitt", "vår", "my", "our"};
// Words of a form or a log before "by" or "av" and the person who did it: "Requested by:
// james brown", "Bestilt av: lene hansen". Cues of kind kBeforePersonWord.
inline constexpr std::string_view kDoneBy[] = {"requested", "submitted", "ordered",
                                               "booked",    "signed",    "bestilt",
                                               "booket",    "signert",   "innsendt"};

// Labels of a form's or a log's name fields, kNameWord cues before a colon or '=' only
// ("Etternavn: Nordby", "last_name=Nordby"; not "my surname is long").
inline constexpr std::string_view kNameLabelWords[] = {
    "fornavn",       "etternavn",    "mellomnavn",     "førenamn",     "etternamn",
    "surname",       "forename",     "firstname",      "lastname",     "first_name",
    "last_name",     "full_name",    "fullname",       "fornavn_etternavn",
    // the keys of logs, JSON and CRM exports ("customerName" folds to "customername")
    "customer_name", "customername", "contact_name",   "contactname",  "display_name",
    "displayname",   "billing_name", "recipient_name", "recipientname"};

// Labels of a form's fields whose value names no person: "Company: Berg & Sønner AS",
// "Product: Mercedes Sprinter"; before a name word, whose name it is: "Brand name - Nike",
// "Product name: Ultra Comfort". (Not "Reference" or "Referanse", which name a person in
// an application or a letter: "Referanse: Tor Erik Lund", "Vår referanse: Kari Hansen".)
inline constexpr std::string_view kNoPersonLabelWords[] = {
    "company",      "firma",   "firmanavn", "bedrift", "organisation", "organization",
    "organisasjon", "product", "produkt",   "subject", "emne",         "department",
    "avdeling",     "brand",   "merke",     "model",   "modell",       "vehicle",
    "kjøretøy",     "vare",    "varenavn",  "item"};

// Case-folded words, each with its role (CueWord | flags) in a byte. Asked of every word,
// the cues have a table of their own without the frequent never-name words ("og", "er"),
// and a filter in front of it that rules out most words before they are folded.
struct PersonWordRoles {
  WordTable all;
  WordTable cues;
  CaselessWordFilter cue_filter;
  // Brands named like people (detectors/data/brand_names.txt), case-folded, their words
  // joined by one space: "helly hansen".
  absl::flat_hash_set<std::string> brands;
};

PersonWordRoles BuildPersonWordRoles();

// Whether the words of tokens [first, last] of `context`, alone or with one capitalised word
// before or after them, are, whole, one of `brands` ("Helly Hansen", "the Red Cross", "a Green
// Flag member", a company of one word: "Storebrand"), or one word of two joined by "and" or
// "&" ("Marks and Spencer"): goods, a shop, a bank or a charity named like a person. (Out of
// person.cc: in its translation unit this code changed how GCC inlined the tagger's word loops,
// +2.5% instructions on chat.)
bool NamesABrand(const TaggingContext& context, size_t first, size_t last,
                 const absl::flat_hash_set<std::string>& brands);

// Whether tokens [first, last] of `context`, or the token after them, hold a company's form
// ("Hansen Bygg AS", "Acme Corp", "Acme Ltd"), or the first of them, the token before or the
// token after is a housing body's, a foundation's or a club's ("Sameiet Solsiden", "Solsiden
// borettslag", "Kjelsås IL"): the words name a company, not a person, also where a cue points
// at them ("Contact: Acme Corp", "Kontaktperson: Berg AS").
bool NamesACompany(const TaggingContext& context, size_t first, size_t last);

// Whether token `i` of `context` opens an expression whose first word is a first name
// that is also a word, no name there: a pair said together ("Liv og helse", "Sol og
// sommer"), a colour ("Rose gold"), a phrasal verb ("Jack up the price"). (Out of
// person.cc, as IsAFinnishVerb: beside the tagger's filters it changed how GCC inlined
// them, +0.3% of chat's instructions.)
bool OpensAFixedExpression(const TaggingContext& context, size_t i);

// Whether lowercase token `i` of `context`, a surname that is also a word ("brown",
// "white"), ends the name the first name before it opens: the clause goes on with a word no
// noun is ("talked to james brown about the invoice", "ask james brown."), not "gave james
// white wine"; nor a verb that follows a name itself ("emily said i could"). (Out of
// person.cc, as NamesABrand: there its word list changed how GCC inlined OneOf, +0.3%.)
bool IsASurnameAlsoAWordEndingAName(const TaggingContext& context, size_t i);

// Whether tokens [first, last] of `context` are one word, a service that is also a first
// name ("Finn", "Oda"), after "på", "fra" or the like in a sentence of buying, selling or
// delivering: "Har lagt ut sofaen på Finn", "Bestilte fra Oda i går"; not "Jeg snakket med
// Finn i går", "Finn kjøpte bilen". (Out of person.cc, as NamesABrand.)
bool NamesAServiceInItsTrade(const TaggingContext& context, size_t first, size_t last);

// Whether tokens [first, last] of `context` are one capitalised word right after a shop
// chain's name, the branch's place: "Hentested: Coop Extra Kalbakken", "Rema 1000 Storo",
// "Apotek 1 Bryn".
bool NamesAShopsBranch(const TaggingContext& context, size_t first, size_t last);

// Whether token `last` of `context`, a name's last, is a genitive the name of a disease follows
// ("Cushings sykdom", "Graves' disease", "Hashimotos thyreoiditt", "Sjögrens syndrom"):
// the physician the disease is named after, no person in the message. (Out of person.cc,
// as NamesABrand.)
bool NamesADisease(const TaggingContext& context, size_t last);

// Whether token `first` of `context` is Finnish "ole" after a verb of negation ("ei ole
// tullut", "en ole kotona"): the verb "to be", not the Norwegian name Ole, nor with the
// word after it. (Out of person.cc, as NamesABrand: asked in the word loop, it cost 0.3% of
// chat's instructions.)
bool IsAFinnishVerb(const TaggingContext& context, size_t first);

// Whether the name of token `first` alone is a form's label for "other" that opens a line of
// `text` below another field: nynorsk "Anna:", "Anna vi bør vite:" and bokmål "Andre
// opplysninger:" under "Namn: Noah Ahmadi" (Anna and Andre are also given names).
bool IsAFormsLabelForOther(std::string_view text, const TaggingContext& context, size_t first,
                           size_t last);

// The end of the value of a field of no person that opens `context`'s line ("Company:
// Berg & Sønner AS"): the token at the first mark after the label's colon (a comma, a
// parenthesis: "Company: Nordbygg AS (Kari Hansen)"), or 0 if the line opens no such field.
size_t NoPersonFieldEnd(const TaggingContext& context);

// Whether `line` is a sign-off alone, whose name stands on the next line ("Mvh", "Best
// regards,", "Thanks,", "Best,"): at most three words, the last a sign-off, thanks, or an
// e-mail's sign-off before a comma.
bool IsASignOffLine(std::string_view line, const PersonWordRoles& roles);

// The offsets in `text` of the first name that signs it alone on its last line, after a
// line that ends a sentence ("Thanks for your help!\nMark"): a name of `names`' first names,
// capitalised, that is no never-name word ("Will"). The tagger passes over a lone word it
// also knows as an ordinary one ("Mark", "Hope", "June"). {0, 0} if the text has none.
std::pair<size_t, size_t> SigningFirstName(std::string_view text, const NameLists& names,
                                           const PersonWordRoles& roles);

}  // namespace sladd

#endif  // SLADD_DETECTORS_PERSON_WORDS_H_
