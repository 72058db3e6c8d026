#include "detectors/person.h"

#include <algorithm>
#include <array>

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "detectors/checksums.h"
#include "detectors/context.h"
#include "detectors/embedded_data.h"
#include "detectors/person_user_names.h"
#include "detectors/street_address.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Scores by evidence. The tagger's dev precision on NorNE is ~0.9; an introduction
// ("jeg heter") is near-certain, a greeting or sign-off less so.
constexpr double kModelScore = 0.8;
constexpr double kLoneOpenerScore = 0.4;
constexpr double kGreetingScore = 0.85;
// "jeg er X", "I'm X", "this is X": as often a nationality, a faith or a state as a name,
// so below the scores of those detectors where they overlap.
constexpr double kSubjectScore = 0.7;
constexpr double kIntroductionScore = 0.95;
// A lowercase first name that is no ordinary word after a word pointing at a person
// ("snakket med kari"): the name list is the only evidence.
constexpr double kLowercaseNameScore = 0.75;
// One that is no word at all, anywhere ("emma kommer i morgen"): above the default minimum
// score, below the cues and the tagger.
constexpr double kLowercaseAloneScore = 0.6;

// A stretch of text tagged at once: a line, or this many bytes cut at a space. Keeps memory
// flat on huge inputs; names do not span lines.
constexpr size_t kMaxSegmentBytes = 4096;
// Repeated names are looked for in texts up to this size, for up to this many words.
constexpr size_t kMaxRepeatTextBytes = 64 * 1024;
constexpr size_t kMaxRepeatedWords = 32;
// At most this many words after a cue are taken as one name ("Per Arne Østby").
constexpr size_t kMaxCueNameWords = 3;
// A form's label before a value in capitals has at most this many words ("Navn på kortet").
constexpr size_t kMaxLabelWords = 4;
// Initials join two name spans across at most this many tokens: three letters and periods.
constexpr size_t kMaxInitialTokens = 6;

// Endings of Norwegian nouns and organisations in the definite form that no capitalised
// person name in NorNE (train and dev) has, though 1,000 other capitalised words do; and
// of Danish nouns in -else in it ("Bekræftelsen kom ikke", "Forbindelsen"), not those of
// names in -elsen (Bertelsen, Mikkelsen, Akselsen, Samuelsen).
constexpr std::string_view kDefiniteNounEndings[] = {
    "ingen",  "eriet",  "forbundet", "partiet", "direktoratet", "departementet", "tilsynet",
    "etaten", "banken", "senteret",  "gruppen", "laget",        "selskapet",     "kontoret",
    "skolen", "tjenesten", "heten",  "sjonen",  "ikken", "teamet", "ledelsen", "iatet",
    "ftelsen", "ndelsen", "velsen",  "lelsen",  "relsen"};
// Last parts of a service's or a team's name, which sign a message as a person would:
// "Hilsen Kundeservice", "Mvh Kundesupport", Swedish "Tack Kundtjänst", Danish "Hilsen
// Skattestyrelsen". No person name in NorNE ends so.
constexpr std::string_view kServiceEndings[] = {"service", "support", "tjänst", "styrelsen"};

// Last words of the name of a place to go, as the last part of the word: "Strømmen
// Storsenter", "Jordal Amfi", "Scandic Hotel".
constexpr std::string_view kPlaceNameEndings[] = {"senter", "center", "centre", "arena", "amfi",
                                                  "hotell", "hotel", "stasjon", "station",
                                                  "mall"};
// Last parts of Swedish and Danish street names, after a first part ("Storgatan",
// "Drottninggatan", "Vesterbrogade", "Strandvejen"; not the surname "Gade"). Norwegian ones
// are word forms of known words.
constexpr std::string_view kSwedishAndDanishStreetEndings[] = {
    "gatan", "vägen", "gränd", "torget", "gade", "vej", "vejen", "stræde", "strædet"};
// Capitalised words after a name that make it a business's: "Bright Homes", "Berg Eiendom",
// "Lund Consulting" (a surname names many firms).
constexpr std::string_view kBusinessWords[] = {
    "homes",     "home",      "solutions", "services",  "systems",   "group",    "consulting",
    "partners",  "holdings",  "media",     "design",    "foods",     "motors",   "energy",
    "logistics", "properties", "gardens",  "bakery",    "studio",    "studios",  "labs",
    "technologies", "software", "digital", "marketing", "construction", "interiors", "eiendom",
    "bygg",      "regnskap",  "transport", "entreprenør", "rørlegger", "elektro", "maskin",
    // a football club's ("Hull City won 2-1", thirty-ninth session; "Molde FK")
    "city", "united", "rovers", "wanderers", "athletic", "fc", "fk", "bk", "il"};
// Capitalised common words a place's name may hold between a name and its place word:
// "Capio Anoreksi Senter".
constexpr size_t kTitleWordsBeforePlace = 2;
// A business's premises or team after a capitalised word that names its place: "your
// Milan office", "the Leeds branch".
constexpr std::string_view kPremisesWords[] = {
    "office", "branch", "store", "shop",   "depot",   "warehouse", "showroom", "team",
    "kontor", "kontoret", "avdeling", "avdelingen", "filial", "filialen", "lager", "lageret"};
// Words before such a place: "from your Milan office".
constexpr std::string_view kPremisesOwners[] = {"your", "the", "our", "their", "vårt", "det",
                                                "deres"};
// Surnames that are also the last word of a building's name: "the Village Hall", "the
// White House".
constexpr std::string_view kBuildingWords[] = {"hall", "house"};
// How many capitalised words a building's name may hold before its last: "the Royal
// Albert Hall".
constexpr size_t kMaxBuildingNameWords = 3;
// Last parts of compounds that name an occupation, bokmål and nynorsk.
constexpr std::string_view kOccupationEndings[] = {
    "direktør", "diakon",   "prest",     "leder",    "leiar",     "sjef",     "bygger",
    "byggjar",  "lege",     "rådgiver",  "rådgjevar", "sekretær", "konsulent", "ansvarlig",
    "ansvarleg", "inspektør", "forsker", "forskar",  "ordfører",  "ordførar", "snekker",
    "snikkar",  "mester",   "meister", "kirurg", "terapeut", "pleier", "pleiar"};
// Words of seniority before a role in a title line: "Senior Buyer", "Chief Buyer".
constexpr std::string_view kSeniorityWords[] = {"senior", "junior", "chief",    "head",
                                                "lead",   "principal", "deputy", "assistant"};
// Job titles that follow a name in a signature run into one line ("Mvh Kari Hansen Daglig
// leder", "Best regards John Smith Sales Manager"), besides kSeniorityWords and the
// occupations of kOccupationEndings.
constexpr std::string_view kJobTitleWords[] = {
    "daglig",     "administrerende", "adm",        "kundebehandler", "saksbehandler",
    "selger",     "megler",          "assistent",  "koordinator",    "spesialist",
    "partner",    "gründer",         "eier",       "sales",          "manager",
    "director",   "ceo",             "cfo",        "cto",            "coo",
    "founder",    "co-founder",      "engineer",   "developer",      "consultant",
    "advisor",    "adviser",         "coordinator", "officer",       "specialist",
    "representative", "executive",   "owner",      "account"};
// Words after an imperative that opens a sentence: an object or "as". (Not an article:
// "Tom the plumber came by" names him.)
constexpr std::string_view kObjectsAfterAnImperative[] = {
    "me", "us", "it", "them", "him", "her", "as", "this", "that", "these", "those"};
// Verbs of living somewhere, travelling or shipping, which with "i", "på", "in", "to",
// "til" or "till" put a place after them: "bor i Moss", "moved to Reading", "we flew to
// Sheffield", "reiser til Houston", "do you ship to Jordan" ("bor hos Kari" and "live with
// Tom" name people). Not the verbs of going or sending that also take one to a person
// ("dra til Kari", "drive to Tom's", "send it to Emma").
constexpr std::string_view kVerbsBeforeAPlace[] = {
    "bor",      "bur",      "bodde",     "budde",     "flytter", "flyttet",  "flytta",
    "flytte",   "live",     "lives",     "lived",     "living",  "move",     "moved",
    "moving",   "fly",      "flew",      "flying",    "flown",   "flight",   "flights",
    "travel",   "travels",  "travelled", "traveled",  "travelling", "traveling", "trip",
    "reise",    "reiser",   "reiste",    "reist",     "flyr",    "fløy",     "flyet",
    "flyreise", "resa",     "reser",     "reste",     "flyger",  "flög",     "ship",
    "ships",    "shipping", "shipped",
    // an insurer's claims ("was airlifted to Palma", "the flight was diverted to Bilbao";
    // fortieth session)
    "airlifted", "evacuated", "repatriated", "diverted", "relocated", "relocating",
    "emigrated"};
// Nouns of a journey, whole or ending a compound, before "to" or "til" and a place:
// "pilegrimsreiser til Santiago de Compostela", "pilgrimage tours to Lourdes", "Flights to
// Lourdes" (thirty-eighth session). Not tickets, which are bought for people.
constexpr std::string_view kJourneyNouns[] = {"tour",    "tours",   "trips",      "cruise",
                                              "cruises", "flights", "pilgrimage", "pilgrimages"};
constexpr std::string_view kJourneyEndings[] = {"reise", "reiser", "reisen", "reisene",
                                                "resa",  "resor",  "turer"};
bool IsAJourneysWord(std::string_view folded) {
  return OneOf(folded, kJourneyNouns) || EndsWithOneOf(folded, kJourneyEndings);
}
// Holidays a wish names before a name, all never names ("Happy Diwali Priya", "God jul
// Siv").
constexpr std::string_view kHolidaysWished[] = {"christmas", "xmas",     "easter",   "diwali",
                                                "hanukkah",  "hanukka",  "chanukah", "passover",
                                                "pesach",    "navratri", "vaisakhi", "thanksgiving",
                                                "halloween", "jul",      "påske",    "nyttår"};
// Words before "from", "fra" or "frå" and where one comes from: "I'm from jordan", "kommer
// fra paris" (not "a message from", "hilsen fra").
constexpr std::string_view kOriginVerbs[] = {
    "I'm", "I’m", "Im",    "i'm",  "i’m",        "im", "am",  "is",     "are", "we're", "we’re",
    "was", "were", "come", "comes", "came", "originally", "er", "var", "kommer", "kom", "kjem",
    "stammer"};
// Words before where something is: "i Orlando", "in Bradford", "ved Verona".
constexpr std::string_view kPlacePrepositions[] = {"i", "in", "på", "ved", "at", "near", "nær"};
// Norwegian verbs after a subject: "at" before a name and one of them is the conjunction
// "that", not the English "at" ("husk at sofie har nøtteallergi").
constexpr std::string_view kVerbsAfterASubject[] = {"har", "er",    "kan",    "skal",   "må",
                                                    "vil", "blir",  "ble",    "får",    "fikk",
                                                    "var", "hadde", "kommer", "trenger"};
// Labels of a form's or an export's place fields: "Poststed: Moss", "City: Reading" (as a
// CSV cell is read after its column's name). "By" (town) only before one word: an English
// byline names a person ("By: Jane Doe").
constexpr std::string_view kPlaceLabels[] = {
    "sted", "poststed", "bosted", "hjemsted", "kommune", "fylke", "land", "ort", "postort",
    "stad", "kommun", "city", "town", "country", "county", "state", "region", "location"};
// Words after a brand's name in its signature: "Ted Baker customer service", "Hugo Boss
// kundeservice".
constexpr std::string_view kTeamsOfABrand[] = {"customer",    "kundeservice", "kundesenter",
                                               "team",        "teamet",       "support",
                                               "partnership", "store",        "butikk"};
// Contact details someone has: "Okonkwo's number".
constexpr std::string_view kContactDetails[] = {"number", "phone", "mobile", "email", "e-mail",
                                                "address", "contact", "details"};
// A shop asked whether it has or sells something: "Har dere Keppra på lager?", "Selger dere
// Dulux maling?" (verb, "dere"); "Do you have Nurofen?", "Have you got Calpol?" ("you",
// verb).
constexpr std::string_view kShopVerbsBeforeDere[] = {"har", "selger", "fører", "leverer"};
constexpr std::string_view kShopVerbsAfterYou[] = {"have", "sell", "stock", "carry", "got"};
// Words for a street after the genitive of the name it honours: "Karl Johans gate",
// "Henrik Ibsens vei", "Olav Kyrres plass".
constexpr std::string_view kStreetWordsAfterName[] = {
    "gate", "gata", "gaten", "vei", "veien", "veg", "vegen", "allé", "plass", "plassen"};
// English street words, capitalised after a name left out of it: "Nelson Street", "I'm on
// Victoria Road". Not those that are also surnames ("Benjamin Close", "Peter Lane").
constexpr std::string_view kEnglishStreetWordsAfterName[] = {
    "street", "road", "rd", "avenue", "ave", "drive", "crescent", "gardens", "terrace",
    "square", "mews", "boulevard"};

// Titles that are no other word, after which a lowercase known name is one.
constexpr std::string_view kShortTitles[] = {"mr", "mrs", "ms", "miss", "dr", "fru", "frk",
                                             "herr", "prof"};

// Titles that are verbs too, titles only when capitalised (person_words.cc lists them).
constexpr std::string_view kTitlesAlsoVerbs[] = {"miss"};

constexpr std::string_view kPossessives[] = {"mitt", "mi", "my", "mit"};  // "mit": Danish
// Words for kin that are also rare first names ("Bror", "Mor"): before an owner's word
// ("Bror min har ...", "Syster mi") they are the kin, not a name.
constexpr std::string_view kKinWords[] = {
    "bror", "broren", "søster", "syster", "mor", "far", "sønn", "datter", "dotter", "onkel",
    "tante", "fetter", "kusine", "mormor", "morfar", "farmor", "farfar", "bestemor",
    "bestefar", "svigermor", "svigerfar", "kone", "mann", "samboer", "kjæreste"};
// Words between "takk for" or "thanks for" and the comma before a name: "thanks for all
// your help, Ánde".
constexpr size_t kMaxThanksWords = 4;
// What one thanks for, after which chat may name the helper without a comma.
constexpr std::string_view kThanksObjects[] = {
    "hjelpen", "hjelpa", "svaret", "help", "answer", "reply",
    // and what a colleague brings or gives ("takk for kaka lene!!", round 872)
    "kaka", "kaken", "kakene", "maten", "kaffen", "gaven", "blomstene", "sist", "praten", "cake",
    "lunch", "coffee", "flowers", "gift", "card", "update", "info", "tip"};
// Words that may stand between a greeting and the comma before a name: "thank you so much,
// Ngozi", "tusen takk igjen, Kari", "takk skal du ha, Per", "hi again, Tom".
constexpr std::string_view kGreetingFillers[] = {"you", "so",  "much", "very", "a",  "lot",
                                                 "again", "igjen", "skal", "du", "ha", "så",
                                                 "mye"};
// A faith and its holy month, also names: alone they are the faith ("a book about Islam",
// "Happy Ramadan to all"), before a surname a name ("Islam Khaligov", "Tariq Ramadan").
// "Faith" alone is mostly a form's label ("Faith: Catholic"); a cue still finds the name.
constexpr std::string_view kFaithsAlsoNames[] = {"islam", "ramadan", "faith"};
// Pets in the definite form, as one says what they are called ("Hunden heter Bella"), and
// in the indefinite before "som" ("en hund som heter Max").
constexpr std::string_view kPets[] = {"hunden", "katten",  "valpen",  "kattungen", "hesten",
                                      "hästen", "kaninen", "fuglen",  "marsvinet", "hamsteren",
                                      "bikkja", "pusen",   "ponnien", "hundene",   "kattene"};
constexpr std::string_view kPetsIndefinite[] = {"hund",  "katt", "valp",    "kattunge", "hest",
                                                "kanin", "fugl", "marsvin", "hamster"};
// Pets in English, named after "called" or "named" ("Our dog is called Max", "a puppy
// named Charlie"), their "name is" ("My cat's name is Luna") or their owner ("our dog Max").
constexpr std::string_view kEnglishPets[] = {"dog",    "cat",    "puppy", "kitten",  "horse",
                                             "pony",   "rabbit", "bunny", "hamster", "parrot",
                                             "budgie", "pet",    "doggo", "pup"};
constexpr std::string_view kEnglishOwners[] = {"my", "our", "his", "her", "their", "your"};
constexpr std::string_view kOwnerWords[] = {"min", "mi", "mitt", "mine", "vår", "vårt", "våre",
                                            "din", "di", "ditt", "dine", "hans", "hennes"};
// Words after a writer's lowercase name that end it: "this is josh again", "jeg er kari
// fra kundeservice".
constexpr std::string_view kWordsAfterAWritersName[] = {
    "again", "here", "from", "igjen", "her", "fra", "frå", "igen", "här", "från",
    // what a name is thanked for ("thanks dave for the cake", "tack kalle för fikat")
    "for", "för",
    // a call's transcript ("this is tom calling about the invoice", thirty-ninth session)
    "calling", "speaking", "ringing"};
// A signature's kisses, which are no initial ("cheers emma x", "Love, Emma xx").
constexpr std::string_view kSignOffKisses[] = {"x", "xx", "xxx", "xo", "xoxo"};
// Vietnamese middle names ("Nguyen Van An", "Tran Thi Mai").
constexpr std::string_view kVietnameseMiddleNames[] = {"van", "văn", "thi", "thị"};
// The writer, in "X og jeg", "X and I", "me and X".
constexpr std::string_view kWriterWords[] = {"jeg", "eg", "meg", "me"};
// Words joining two people: "Hilsen Kari og Ola", "Jurgis and I".
constexpr std::string_view kAndWords[] = {"og", "and", "&"};
// Verbs of talking before "med", "to" or "with" and a name: "I spoke to Priyanka".
constexpr std::string_view kTalkingVerbs[] = {
    "snakket", "snakka", "snakke", "pratet", "prata", "prate", "spoke", "speak", "talked",
    "talk", "chatted", "chat", "spoken"};
// What the writer does in "Det er Ngozi som skriver" (not "har": "Det er Økokrim som har
// ført saken").
constexpr std::string_view kWritingVerbs[] = {"skriver", "skrev", "ringer", "ringte", "sender",
                                              "sendte", "spør", "spurte", "bestilte"};
// Lowercase words inside names of many origins ("Erik ten Hag", "Leonardo da Vinci", Welsh
// "Rhys ap Gwilym"); not "den", "der" or "du": between two names those are Norwegian words.
constexpr std::string_view kNameParticles[] = {"van", "von", "de",  "da",    "di", "ten",
                                               "ter", "bin", "ibn", "al",    "el", "dos",
                                               "das", "del", "della", "af", "zu", "ap"};
// Articles that follow a particle inside a name: "von der", "van den", "de la".
constexpr std::string_view kNameArticles[] = {"der", "den", "la", "le", "los", "las"};

// kField is a machine's name field ("name=Kari", "\"first_name\":\"Kari\""), whose value
// counts when it looks like a name; kIntroduction a form's or a writer's ("Navn: kari").
enum class CueKind {
  kNone, kGreeting, kSignOff, kPersonWord, kSubject, kIntroduction, kField, kItIs
};

struct Cue {
  CueKind kind = CueKind::kNone;
  size_t next = 0;  // first token after the cue
};

// A name found in tokens [first, last], and by what ("model", "cue"); `introduced` when a
// cue introduces its bearer ("jeg heter", "I'm"), not when it greets or thanks them.
struct NameSpan {
  size_t first;
  size_t last;
  double score;
  std::string_view kind;
  bool introduced = false;
};

// Whether tokens [first, last] are initials between two parts of one name: a capital
// letter and a period each ("Inge D. Hanssens", "J. R. Smith").
bool AreInitials(const TaggingContext& context, size_t first, size_t last) {
  if (last < first || (last - first) % 2 == 0) return false;
  for (size_t i = first; i < last; i += 2) {
    const WordToken letter = context.token(i);
    if (!context.IsCapitalized(i) || letter.end - letter.start != 1 ||
        context.folded(i + 1) != ".") {
      return false;
    }
  }
  return true;
}

// Whether tokens [first, last] are one or two lowercase particles inside a name: "Erik ten
// Hag", "Ludwig van Beethoven", "Leonardo da Vinci", "Abdullah bin Zayed"; the second may
// be an article after the first ("Ursula von der Leyen", "Rafael van den Berg").
bool AreParticles(const TaggingContext& context, size_t first, size_t last) {
  if (last < first || last - first > 1) return false;
  for (size_t i = first; i <= last; ++i) {
    if (context.IsCapitalized(i)) return false;
    const bool article = i > first && OneOf(context.folded(i), kNameArticles);
    if (!article && !OneOf(context.folded(i), kNameParticles)) return false;
  }
  return true;
}

// Whether token `i` is an Irish, French or West African surname that a capital and an
// apostrophe open: "O'Connor", "D'Souza", "N'Diaye" (also with U+2019). The tagger may end
// a name before one ("Policy holder: James O'Connor").
bool IsAnApostropheSurname(const TaggingContext& context, size_t i) {
  if (i >= context.size() || !context.IsCapitalized(i)) return false;
  const std::string_view word = context.raw(i);
  size_t capital = 2;
  if (word.substr(1).starts_with("\xE2\x80\x99")) {
    capital = 4;
  } else if (word.size() < 2 || word[1] != '\'') {
    return false;
  }
  return word.size() > capital + 1 && absl::ascii_isupper(word[capital]) &&
         absl::ascii_islower(word[capital + 1]);
}

class SegmentTagger {
 public:
  SegmentTagger(const TaggingContext& context, const PersonWordRoles& roles)
      : context_(context), roles_(roles) {}

  // The names the tagger marks (B, then I...), less words that are never names.
  void AddModelNames(const std::vector<NameTag>& tags, std::vector<NameSpan>& out) const {
    for (size_t i = 0; i < tags.size(); ++i) {
      if (tags[i] == NameTag::kOutside) continue;
      const size_t first = i;
      while (i + 1 < tags.size() && tags[i + 1] == NameTag::kInside) ++i;
      AddModelName(first, i, tags, out);
    }
  }

  // Tokens [first, last] as a name the tagger marked, less what its words and the words
  // around show it not to be.
  void AddModelName(size_t first, size_t last, const std::vector<NameTag>& tags,
                    std::vector<NameSpan>& out) const {
    // A word with a digit ends a name: "Cardiff CF10 3FD" (a town and its postcode).
    for (size_t word = first; word < last; ++word) {
      if (context_.HasDigit(word + 1)) last = word;
    }
    while (first <= last && IsNeverName(first) && !IsFirstNameOfName(first, last)) ++first;
    // A holiday's wish before a name is no part of it: "Eid Mubarak Kari!".
    if (first < last && WishesAHoliday(first)) ++first;
    while (last > first && IsNeverName(last) && !FollowsAVietnameseMiddleName(last)) --last;
    // A signature run into one line: "Per Olsen Prosjektleder".
    while (last > first && IsAJobTitle(last)) --last;
    // A particle the tagger took in ends nothing: "Ursula von" + "der Leyen".
    if (last > first && AreParticles(context_, last, last)) --last;
    last = WithSurnameAfterSaintsTitle(WithSurnameAfterParticles(last));
    // A word opening a sentence before a name is a role or an adjective when it is an
    // ordinary word in another form: "Nevrokirurg Christian Helland", "Kreftsyke Hannah
    // Jones", "Søvnløs Svindal" (tagged as one name, or as two that merging would join),
    // and so is a word for one's work before a first name ("Kunde Sverre Nilsen").
    // (The word-form test last: it is the dearest, and lone openers ask it below.)
    if (first <= last &&
        (first < last || (last + 1 < tags.size() && tags[last + 1] == NameTag::kBegin)) &&
        (IsOrdinaryOpener(first) || IsARoleBeforeAFirstName(first))) {
      if (first == last) return;
      ++first;
    }
    // The tagger leaves out an unknown first name before a name that is not a known first
    // name ("Dioncounda Traore sitter", "Savas Robolis er"); before a known first name,
    // the word is mostly a role ("Organist Dagfinn Køhn").
    if (first > 0 && first <= last && !context_.IsFirstName(first) &&
        IsUnknownNamePart(first - 1)) {
      --first;
    }
    // A letter alone is an initial only next to a name, which merging joins: "plan B". A place
    // alone is a place: "Kroatias", "i Vilnius"; an organisation or a thing in the definite form
    // is not a person: "Kreftforeningen", "Leveringen"; nor is an acronym's plural ("Recurring
    // UTIs"), nor a date, nor a common word left when a word before it was cut ("Swedish ID"), nor
    // kin before its owner ("Bror min"), nor a faith alone ("Islam"), nor an adjective ("a
    // Christian charity"), nor a plural after a quantifier ("most Kurds"), nor a place to go
    // ("Strømmen Storsenter") or a street ("Karl Johans gate"), nor a saint's name, which names a
    // church, a place or a day ("St. Paul kyrkje", "at St James's"), nor a faith's symbol ("a Star
    // of David"), nor where someone lives ("bor i Moss"), nor a shop greeted by the word for it
    // ("Hei Apotek 1"), nor words of a quoted title ("The Catholic Church: A Short History"), nor a
    // place's own name ("Leeds Bradford"), nor a building's ("the Village Hall"), nor an
    // adjective and its lowercase noun ("a German shepherd").
    if (first > last ||
        (first == last &&
         (IsSingleLetter(first) || context_.IsPlace(first) || NamesABody(first) || IsDate(first) ||
          context_.IsCommonWordOnly(first) || IsKinOfSomeone(first) || IsAnAcronymsPlural(first) ||
          OneOf(context_.folded(first), kFaithsAlsoNames) || IsAdjectiveAfterArticle(first) ||
          IsAPluralAfterAQuantifier(first) || IsAGreetedWord(first) || IsPerBeforeAUnit(first))) ||
        IsInAQuotedTitle(first) || OpensWithAPlace(first, last) || IsPlaceName(last) ||
        (first < last && IsAdjectiveAfterArticle(first)) || NamesABusiness(last) ||
        NamesPremises(first, last) || NamesABuilding(last) || NamesAHoliday(first, last) ||
        FollowsASaintsTitle(first) || NamesASymbol(first) || FollowsAVerbOfPlace(first) ||
        FollowsAPlaceLabel(first, last) || IsPlaceAfterIn(first, last) ||
        IsOriginOfAName(first, last) || IsImperativeOpener(first, last) ||
        IsARoleAfterSeniority(first, last) || IsGoodsAskedOfAShop(first, last)) {
      return;
    }
    // A lone unknown word opening a sentence is a surname as often as not ("Fardal
    // har"), unless it is an ordinary word in another form ("Leveringen kom",
    // "Sporingsnummer er"), an acronym ("IBAN:") or an English word that is also a name
    // ("Love this!"): those are kept below the default minimum score.
    const bool lone_opener =
        first == last && context_.StartsSentence(first) &&
        ((!context_.IsKnownName(first) && !context_.IsGenitiveOfName(first) &&
          (context_.IsAllCaps(first) || context_.IsWordForm(first))) ||
         (Role(first) & kOpenerWord) != 0);
    out.push_back({first, last, lone_opener ? kLoneOpenerScore : kModelScore, "model"});
  }

  // "det er siri igjen": the writer's first name in lowercase after "det er", if the name
  // lists know it (one that is also a word with a surname after it: "det er siv aune her").
  // Returns the name's last token, or `first`. (Kin before one, "my husband dave", is a
  // cue: AddCueAndLowercaseNames.) Out of line, as AddLowercaseNameAlone.
  ABSL_ATTRIBUTE_NOINLINE size_t AddLowercaseWritersName(size_t first,
                                                         std::vector<NameSpan>& out) const {
    if (!OpensALowercaseName(first)) return first;
    const size_t end = NameEnd(first, CueKind::kPersonWord);
    if (end <= first || !NamesTheWriter(first, end - 1)) return first;
    out.push_back({first, end - 1, kLowercaseAloneScore, "cue"});
    return end - 1;
  }

  // Capitalised words the tagger passed over that the words around them show to be a
  // name: beside the writer ("Máret og jeg kommer", "Jurgis and I", "me and Tom"), after
  // one's kin, friend or colleague ("naboen min Wiktoria", "my neighbour Ivanka") or before
  // one's own as its owner ("Sam's dad"), the
  // writer's own ("Hei, det er Ngozi som skriver", "it's Tom here"), after a verb of
  // talking ("I spoke to Priyanka"); in lowercase, the writer's known first name ("det er
  // siri igjen"). And a lone first name that is no word at all or a public figure's name,
  // as if the tagger had marked it (IsLoneFirstNameNoWord: "Amanda is nice", "Trump said").
  void AddNamesByPlace(const std::vector<NameTag>& tags, std::vector<NameSpan>& out) const {
    for (size_t first = 0; first < context_.size(); ++first) {
      // Most capitalised words open a sentence and are common words ("Hei", "Jeg"), which
      // the tagger has looked up already.
      if (!context_.IsCapitalized(first)) {
        if (FollowsDetEr(first)) first = AddLowercaseWritersName(first, out);
        continue;
      }
      // "Sambo og jeg": kin beside the writer is no name.
      if (context_.IsCommonWordOnly(first) || CueOf(first) == kKinWord) continue;
      // "Nguyen Van An": a known surname, a Vietnamese middle name and a given name that may
      // be a word, wherever they stand.
      if (first + 2 < context_.size() && context_.IsCapitalized(first + 1) &&
          context_.IsCapitalized(first + 2) &&
          MayBeAVietnameseMiddleName(context_.FilterKey(first + 1)) &&
          IsVietnameseMiddleNameAfterASurname(first + 1)) {
        out.push_back({first, first + 2, kModelScore, "cue"});
        first += 2;
        continue;
      }
      size_t last = first;
      while (last + 1 < context_.size() && last + 1 - first < kMaxCueNameWords &&
             context_.IsCapitalized(last + 1)) {
        ++last;
      }
      // The words around are asked first: they rule out most capitalised words for less.
      if ((StandsBesideTheWriter(first, last) || FollowsSomeonesKin(first) ||
           OwnsKin(first, last) || OwnsContactDetails(last) || NamesTheWriter(first, last) ||
           FollowsAVerbOfTalking(first) ||
           (context_.IsFirstName(first) &&
            (IsAskedToDoSomething(first, last) || TellsOrCalls(first, last))) ||
           IsSomeoneFromABusiness(first, last)) &&
          AreUnknownNameParts(first, last)) {
        out.push_back({first, last, kModelScore, "cue"});
      } else if (first == last && tags[first] == NameTag::kOutside &&
                 IsLoneFirstNameNoWord(first)) {
        AddModelName(first, last, tags, out);
      } else if (first < last && context_.IsAllCaps(first) &&
                 IsAFieldValueInCapitals(first, last)) {
        out.push_back({first, last, kModelScore, "model"});
      } else if (const size_t greeted = AfterAHolidaysWish(first, last); greeted <= last) {
        out.push_back({greeted, last, kModelScore, "cue"});
      }
      first = last;
    }
  }

  // "Mottaker: KARI NORDMANN", "Name on card: ESPEN ANDREASSEN": a field's whole value
  // written in capitals, as cards and shipping labels are, opening with a known first name.
  // The tagger has seen few names in capitals and takes them for acronyms. A label of no
  // person ("Firma:") is ruled out with the others' (NoPersonFieldEnd).
  ABSL_ATTRIBUTE_NOINLINE bool IsAFieldValueInCapitals(size_t first, size_t last) const {
    if (first < 2 || !Is(first - 1, ":") || !context_.IsFirstName(first) ||
        (last + 1 < context_.size() && context_.IsWord(last + 1))) {
      return false;
    }
    for (size_t i = first; i <= last; ++i) {
      if (!context_.IsAllCaps(i) || context_.HasDigit(i) || IsNeverName(i) ||
          (i > first && context_.IsCommonWord(i) && !context_.IsKnownName(i))) {
        return false;
      }
    }
    // The label: a few words opening the line ("Navn på kortet").
    size_t label = first - 2;
    for (size_t words = 1; context_.IsWord(label) && !context_.StartsSentence(label); ++words) {
      if (words == kMaxLabelWords || label == 0) return false;
      --label;
    }
    return context_.IsWord(label);
  }

  // Adds the name that lowercase first name `i`, no word at all, opens where it stands
  // ("emma kommer", "ian connor"). With no word pointing at it, it takes a surname the
  // lists lack only where the text around is words they know ("daniel okafor ordered"):
  // "ole tullut vielä" is Finnish. Out of line: the word loop calling it stays small
  // enough for GCC to inline its word lookups.
  ABSL_ATTRIBUTE_NOINLINE void AddLowercaseNameAlone(size_t i, std::vector<NameSpan>& out) const {
    size_t end = NameEnd(i, CueKind::kPersonWord);
    if (end == i + 2 && IsUnknownSurnameAfterAFirstName(i + 1) &&
        !IsUnknownAmongKnownWords(i + 1)) {
      end = i + 1;
    }
    if (end == i || IsWhere(i)) return;
    out.push_back({OpensWithARareWordName(i) ? i - 1 : i, end - 1, kLowercaseAloneScore, "list"});
  }
  // Whether unknown word `i`, of four letters or more, is followed by a word the lists
  // know, a mark or the end: a surname among words of the text's language, not a word of
  // another one ("okafor" in "daniel okafor ordered a sofa", not "tullut" before "vielä").
  bool IsUnknownAmongKnownWords(size_t i) const {
    const size_t next = i + 1;
    return context_.raw(i).size() >= 4 &&
           (next >= context_.size() || !context_.IsWord(next) || context_.IsCommonWord(next) ||
            context_.IsWordForm(next) || context_.IsKnownName(next));
  }
  // "amir hassan": before a first name that is no word, one the lists know that is a rare
  // word and plays no part next to names (not "takk per emma", "my sister chloe").
  bool OpensWithARareWordName(size_t i) const {
    return i >= 1 && context_.IsWord(i - 1) && !context_.IsCapitalized(i - 1) &&
           context_.IsFirstName(i - 1) && !context_.IsCommonWord(i - 1) && Role(i - 1) == 0;
  }

  // Whether an animal, maybe with its owner's word after it, is what the introduction at
  // token `i` names: "Hunden heter Bella", "Katten vår heter Pus" (a pet's name, no one's);
  // or, its owner's word right before `i`, what the name at `i` is: "Hunden vår Bella".
  bool NamesAPet(size_t i) const {
    // "en hund som heter Max"
    if (i >= 2 && Is(i - 1, "som")) return OneOf(context_.folded(i - 2), kPetsIndefinite);
    if (i >= 1 && OneOf(context_.folded(i - 1), kOwnerWords)) --i;
    return i >= 1 && OneOf(context_.folded(i - 1), kPets);
  }
  // Whether token `first` is the name such an introduction gives. Asked of the merged names
  // only: in the cue loop or of every tagger's name it cost 0.95M instructions on 20k chat
  // messages.
  bool IsAPetsName(size_t first) const {
    if (first == 0) return false;
    const size_t i = first - 1;
    // "Hunden vår het Bella": the past tense, no introduction of a person's name otherwise.
    if (CueOf(i) == kIntroductionWord || Is(i, "het")) return NamesAPet(i);
    // "Hunden vår Bella er gravid" (thirty-eighth session), as "our dog Max": the pet and its
    // owner's word name the token after them as an introduction would.
    if (OneOf(context_.folded(i), kOwnerWords)) return NamesAPet(first);
    return NamesAnEnglishPet(i);
  }
  // Whether the words ending at token `i` name an animal the next word is the name of.
  bool NamesAnEnglishPet(size_t i) const {
    if (Is(i, "called") || Is(i, "named")) {
      if (i >= 1 && (Is(i - 1, "is") || Is(i - 1, "was"))) --i;
      return i >= 1 && OneOf(context_.folded(i - 1), kEnglishPets);
    }
    if (i >= 3 && Is(i, "is") && Is(i - 1, "name") && PossessiveFollows(i - 3)) {
      return OneOf(context_.folded(i - 3), kEnglishPets);
    }
    return i >= 1 && OneOf(context_.folded(i), kEnglishPets) &&
           OneOf(context_.folded(i - 1), kEnglishOwners);
  }

  // The names the cues point at, and first names that are no word at all, written in
  // lowercase wherever they stand, with a known surname after them ("emma kommer i morgen",
  // "wow emma and kaite", "ian connor"). One pass: both ask each word's filter key.
  void AddCueAndLowercaseNames(std::vector<NameSpan>& out) const {
    for (size_t i = 0; i < context_.size(); ++i) {
      if (!context_.IsWord(i)) continue;
      const uint32_t key = context_.FilterKey(i);
      // "nguyen thi lan": a Vietnamese name in lowercase, surname first, a middle name and
      // a given name that may be a word ("tran van an"). The key rules out nearly every word.
      if (MayBeAVietnameseMiddleName(key) && !context_.IsCapitalized(i) &&
          IsVietnameseMiddleNameAfterASurname(i)) {
        out.push_back({i - 1, i + 1, kLowercaseAloneScore, "list"});
        ++i;
        continue;
      }
      if (context_.IsLowercaseNameAlone(i, key)) AddLowercaseNameAlone(i, out);
      const Cue cue = CueAt(i, key);
      if (cue.kind == CueKind::kNone) continue;
      size_t next = cue.next;
      while (next < context_.size()) {
        const size_t start = SkipTitles(SkipPunctuation(next));
        const size_t end = NameEnd(start, cue.kind);
        // Not where one lives, goes or comes from: "flew to georgia", "i'm from jordan"
        // (asked once a name is found: the words of a person are common), unless it is a
        // first name and a surname: "gavekortet er fra kari hansen".
        if (end == start ||
            (cue.kind == CueKind::kPersonWord && PointsAtAPlace(i) && !IsAFullName(start, end))) {
          break;
        }
        // A signature introduces its writer as "I'm" does ("Regards, Paul Smith", a brand's
        // name too), though "cheers" also thanks a business ("Cheers Royal Mail"), and a
        // brand signs with its team ("Kind regards, Ted Baker customer service").
        const bool introduced =
            Introduces(cue.kind) ||
            (cue.kind == CueKind::kSignOff && !Is(i, "cheers") && !SignsAsATeam(start, end));
        out.push_back({start, end - 1, ScoreOf(cue.kind), "cue", introduced});
        // "Hilsen Kari og Ola": another name joined by "og", "and" or "&", if it looks like
        // one ("heter Maria og jobber i kassa" goes on with a verb).
        if (end + 1 >= context_.size() || !OneOf(context_.folded(end), kAndWords) ||
            !(context_.IsCapitalized(end + 1) || context_.IsFirstName(end + 1))) {
          break;
        }
        next = end + 1;
      }
    }
  }

 private:
  bool Is(size_t i, std::string_view word) const {
    return i < context_.size() && context_.FoldedIs(i, word);
  }

  // `key` is context_.FilterKey(i). Asked of every word: keep each case short (a call for
  // anything more), since GCC inlines this into the word loop only while it is small; a
  // case of three lines cost 9M instructions on 20k chat messages when it stopped.
  Cue CueAt(size_t i, uint32_t key) const {
    switch (CueOf(i, key)) {
      case kNoCue:
        return {};
      case kIntroductionWord:
        return {CueKind::kIntroduction, i + 1};
      case kGreetingWord:
        return {CueKind::kGreeting, ThanksForEnd(i)};
      case kSignOffWord:  // "cheers for the flowers dave x" thanks as a greeting would
        if (Is(i + 1, "for")) return {CueKind::kGreeting, ThanksForEnd(i)};
        return {CueKind::kSignOff, i + 1};
      case kCommaSignOffWord:  // "Best,\nHelen"; not "Best Western"
        if (Is(i + 1, ",")) return {CueKind::kSignOff, i + 2};
        return {};
      case kCallWord:  // "kaller meg Tore", "call me Bob"; not "call me later"
        if (Is(i + 1, "meg") || Is(i + 1, "me")) return {CueKind::kSubject, i + 2};
        return {};
      case kNameWord:
        return NameWordCue(i);
      case kContactWord:
        return ContactWordCue(i);
      case kSubjectWord:  // "jeg er Kari", "this is John Smith", "her er Kari", "I am Ola"
        if (Is(i + 1, "er") || Is(i + 1, "is") || Is(i + 1, "am")) return {CueKind::kSubject, i + 2};
        return {};
      case kIAmWord:  // "I'm John"
        return {CueKind::kSubject, i + 1};
      case kItIsWord:  // "it's tom again"
        return {CueKind::kItIs, i + 1};
      case kPersonWord:
        return PersonWordCue(i);
      case kBeforePersonWord:
        return TwoWordPersonCue(i);
      case kKinWord:  // "my husband dave", "naboen min ola"
        if (i + 1 < context_.size() && OneOf(context_.folded(i + 1), kOwnersBefore)) {
          return {CueKind::kPersonWord, i + 2};
        }
        return {CueKind::kPersonWord, i + 1};
      case kTitleWord:
        if (IsTitle(i)) return {CueKind::kGreeting, i};
        return {};
    }
    return {};
  }

  // Where the name after the greeting `i` may start: after "takk for hjelpen," and "thanks
  // for your help," (the thanks, "for", at most kMaxThanksWords words and a comma) or
  // "thank you so much," (fillers and a comma) the name follows the comma: "Takk for
  // hjelpen, Ánde!"; else right after the greeting.
  size_t ThanksForEnd(size_t i) const {
    if (!Is(i + 1, "for")) return GreetingFillersEnd(i);
    for (size_t j = i + 2; j < context_.size() && j <= i + 2 + kMaxThanksWords; ++j) {
      if (Is(j, ",")) return j + 1;
      if (!context_.IsWord(j)) break;
      // Chat leaves the comma out after the help: "takk for hjelpen lene!".
      if (OneOf(context_.folded(j), kThanksObjects) && !Is(j + 1, ",")) return j + 1;
    }
    return i + 1;
  }

  size_t GreetingFillersEnd(size_t i) const {
    // "heisann! knut her": a first name may follow the greeting's "!" (not any word: "takk!
    // Leveringen kom i går" begins a sentence).
    if (Is(i + 1, "!") && i + 2 < context_.size() && context_.IsFirstName(i + 2)) return i + 2;
    size_t j = i + 1;
    while (j < context_.size() && j <= i + kMaxThanksWords &&
           OneOf(context_.folded(j), kGreetingFillers)) {
      ++j;
    }
    return j > i + 1 && Is(j, ",") ? j + 1 : i + 1;
  }

  // "snakket med kari", "send it to emma"; "ask for dan", "spør etter kari"; "thank you so
  // much, Ngozi" greets.
  Cue PersonWordCue(size_t i) const {
    if (Is(i, "thank")) {
      const size_t after_fillers = GreetingFillersEnd(i);
      if (after_fillers != i + 1) return {CueKind::kGreeting, after_fillers};
    }
    const bool asking = Is(i + 1, "for") || Is(i + 1, "etter");
    return {CueKind::kPersonWord, asking && (Is(i, "ask") || Is(i, "spør")) ? i + 2 : i + 1};
  }

  // Whether tokens [start, end) are a first name and a surname of the lists, neither a place.
  ABSL_ATTRIBUTE_NOINLINE bool IsAFullName(size_t start, size_t end) const {
    return end == start + 2 && context_.IsFirstName(start) && context_.IsLastName(start + 1) &&
           !context_.IsPlace(start) && !context_.IsPlace(start + 1);
  }

  // The first word of a person word of two, which points at a name with the word after it:
  // "på vegne av", "on behalf of", "står på", "registered to" (a name follows or nothing
  // does: "står på kjøkkenet"). Out of line, as NameWordCue.
  ABSL_ATTRIBUTE_NOINLINE Cue TwoWordPersonCue(size_t i) const {
    const std::string_view word = context_.folded(i);
    const bool joined =
        (word == "vegne" && Is(i + 1, "av")) || (word == "behalf" && Is(i + 1, "of")) ||
        (word == "registered" && Is(i + 1, "to")) ||
        (OneOf(word, {"står", "stod", "registrert", "reservert"}) && Is(i + 1, "på")) ||
        ((Is(i + 1, "by") || Is(i + 1, "av")) && OneOf(word, kDoneBy));
    // A booking's name, as "under the name" is: "Booking under Okafor", capitalised.
    if (OneOf(word, {"booking", "booked", "reserved", "reservation"}) && Is(i + 1, "under")) {
      return {CueKind::kSubject, i + 2};
    }
    if (!joined) return {};
    return {CueKind::kPersonWord, i + 2};
  }

  // Whether the word `i` of a person ("to", "fra") follows a verb of dwelling or travelling
  // ("moved to", "reiser til") or of being or coming from somewhere ("I'm from", "kommer
  // fra"). Asked once a name follows such a word, out of line and of the words as written:
  // a call of folded() here stopped GCC inlining it elsewhere, +5M instructions on 20k chat
  // messages (the verbs come in lowercase but for "I'm").
  ABSL_ATTRIBUTE_NOINLINE bool PointsAtAPlace(size_t i) const {
    if (i == 0) return false;
    const std::string_view cue = context_.raw(i);
    const std::string_view before = context_.raw(i - 1);
    if (cue == "to" || cue == "til") {
      return OneOf(before, kVerbsBeforeAPlace) || IsAJourneysWord(context_.folded(i - 1));
    }
    return (cue == "from" || cue == "fra" || cue == "frå") && OneOf(before, kOriginVerbs);
  }

  // Whether word `i` says where: after "in", "i", "på" or "at" ("i live in austin", "bor
  // på hobart"), or after a word of a person that points at a place ("flew to madison");
  // not in the possessive ("at sophie's place"), nor as the subject after Norwegian "at"
  // ("husk at sofie har").
  ABSL_ATTRIBUTE_NOINLINE bool IsWhere(size_t i) const {
    if (i == 0 || context_.IsPossessive(i)) return false;
    if (context_.raw(i - 1) == "at") {
      return i + 1 >= context_.size() || !OneOf(context_.folded(i + 1), kVerbsAfterASubject);
    }
    return OneOf(context_.raw(i - 1), kPlacePrepositions) || PointsAtAPlace(i - 1);
  }

  // "Kontaktperson: fru Hansen", "contact person: ...". Not a field about contact:
  // "Reason for contact: billing question". (Out of line, as NameWordCue.)
  ABSL_ATTRIBUTE_NOINLINE Cue ContactWordCue(size_t i) const {
    if (i > 0 && OneOf(context_.folded(i - 1), {"for", "of", "til", "av", "om"})) return {};
    size_t j = i + 1;
    if (Is(j, "person")) ++j;
    if (Is(j, ":") || IsLabelDash(j) || (Is(i, "kontaktperson") && Is(j, "er"))) {
      return {CueKind::kIntroduction, j + 1};
    }
    return {};
  }
  // A dash standing apart between a label and its value, as e-mailed forms write them:
  // "Name - John Smith", "Kontaktperson – Per Olsen".
  bool IsLabelDash(size_t j) const { return Is(j, "-") || Is(j, "\xE2\x80\x93"); }

  // "navn:", "mitt navn er", "navnet mitt er", "my name is", "name:"
  // Out of line: asked only of name words, and CueAt must stay small (see there).
  ABSL_ATTRIBUTE_NOINLINE Cue NameWordCue(size_t i) const {
    // "Brand name: Nike", "Company name - Berg Bygg": a thing's name.
    if (i > 0 && OneOf(context_.folded(i - 1), kNoPersonLabelWords)) return {};
    // "under the name Singh", "in the name of Okafor", "står på navnet Hansen".
    if ((Is(i - 1, "the") && (Is(i - 2, "under") || Is(i - 2, "in"))) ||
        (Is(i, "navnet") && Is(i - 1, "på"))) {
      return {CueKind::kSubject, Is(i + 1, "of") ? i + 2 : i + 1};
    }
    size_t j = i + 1;
    bool possessive = i > 0 && (OneOf(context_.folded(i - 1), kPossessives) || IsSomeonesName(i));
    if (j < context_.size() && OneOf(context_.folded(j), kPossessives)) {
      possessive = true;
      ++j;
    }
    // "name=Ola Nordmann", "first_name=Ola", "\"name\":\"Ola\"": the fields of logs and JSON,
    // told from a form's "Navn: kari" by the quotes, the '=' or a value glued to the colon.
    const bool quoted = Is(j, "\"");
    if (quoted) ++j;
    if (IsLabelDash(j)) return {CueKind::kIntroduction, j + 1};
    if (Is(j, ":") || Is(j, "=")) {
      const size_t value = Is(j + 1, "\"") ? j + 2 : j + 1;
      const bool machine = quoted || Is(j, "=") || value == j + 2 ||
                           (value < context_.size() && context_.IsJoined(value));
      return {machine ? CueKind::kField : CueKind::kIntroduction, value};
    }
    // "Your name? wei zhang", "Navnet ditt? ola": a form's question of the filler's name,
    // answered by a name the lists know (a chat's question may go on: "type it below").
    const size_t question = Is(i + 1, "ditt") ? i + 2 : i + 1;
    if ((Is(i - 1, "your") || Is(i - 1, "ditt") || question == i + 2) && Is(question, "?")) {
      return {CueKind::kPersonWord, question + 1};
    }
    // Finnish "nimeni on" is "my name is".
    if (Is(i, "nimeni") && Is(j, "on")) return {CueKind::kIntroduction, j + 1};
    // A form's name field is a cue before a colon only: not "my surname is long".
    if ((!Is(j, "er") && !Is(j, "is") && !Is(j, "är")) ||
        OneOf(context_.folded(i), kNameLabelWords)) {
      return {};
    }
    if (possessive) return {CueKind::kIntroduction, j + 1};
    // "navnet er" without "mitt" may speak of any name: "navnet er endret", "navnet er feil".
    if (Is(i, "navnet") || Is(i, "namnet")) return {CueKind::kSubject, j + 1};
    return {};
  }

  // "her name is", "my daughter's name is": a person's name word, not a thing's ("the
  // product's name is"), nor a form's demand ("Your name is required").
  bool IsSomeonesName(size_t i) const {
    static constexpr std::string_view kTheirs[] = {"his", "her", "their"};
    if (OneOf(context_.folded(i - 1), kTheirs)) return true;
    return i >= 2 && PossessiveFollows(i - 2) && OneOf(context_.folded(i - 2), kPeopleOfSomeone);
  }

  // `last`, or the capitalised word after one or two particles after it, which the tagger
  // did not score when it is also a word: "Erik ten Hag", "Vincent van Gogh".
  size_t WithSurnameAfterParticles(size_t last) const {
    for (size_t particles = 1; particles <= 2; ++particles) {
      const size_t next = last + particles + 1;
      if (next >= context_.size() || !AreParticles(context_, last + 1, last + particles)) break;
      if (context_.IsWord(next) && context_.IsCapitalized(next) && !context_.IsAllCaps(next) &&
          !context_.IsJoined(next) && !context_.HasDigit(next) && !IsNeverName(next)) {
        return next;
      }
    }
    return last;
  }

  // `last`, or the capitalised word after "St." when the name ends in that title after a
  // first word: a surname such as "St. Clair", which the sentence's full stop would cut
  // ("Hilsen Kari St. Clair").
  size_t WithSurnameAfterSaintsTitle(size_t last) const {
    const size_t next = last + 2;
    if (last == 0 || next >= context_.size() || context_.folded(last) != "st" ||
        !Is(last + 1, ".")) {
      return last;
    }
    const bool surname = context_.IsWord(next) && context_.IsCapitalized(next) &&
                         !context_.IsAllCaps(next) && !context_.HasDigit(next) &&
                         !IsNeverName(next);
    return surname ? next : last;
  }

  // Whether the capitalised word `i` is a first name that is no word at all ("Amanda",
  // "Priyanka"; not "Christian", "Paris" or "Will") or a public figure's name ("Putin",
  // "Trump") standing alone: with no cue around it, the tagger misses a twentieth of the
  // names the lists know ("Amanda is nice", "Greg called me"), though a lowercase one counts
  // anywhere ("emma kommer"). Not beside another capitalised word, where the tagger has seen
  // a place or a firm ("North Carolina", "Synnøve Finden"), nor after a word of where ("i
  // Orlando"), nor written as no name is ("AriC"; a public figure as the list spells it:
  // "LeBron"). Out of line: asked of each lone capitalised word the tagger passed over and
  // no word around names, and the hot loops stay inlined.
  ABSL_ATTRIBUTE_NOINLINE bool IsLoneFirstNameNoWord(size_t i) const {
    const auto capitalized_word = [this](size_t k) {
      return k < context_.size() && context_.IsWord(k) && context_.IsCapitalized(k);
    };
    return (context_.IsFirstNameNoWord(i) || context_.IsPublicFigure(i) ||
            IsTwoFirstNamesHyphened(i) || IsALoneApostropheSurname(i)) &&
           !(i > 0 && capitalized_word(i - 1)) && !capitalized_word(i + 1) &&
           (IsWrittenAsAName(i) || (context_.IsPublicFigure(i) && !context_.IsAllCaps(i))) &&
           !context_.IsHyphenatedCompound(i) &&
           !(i > 0 && OneOf(context_.raw(i - 1), kPlacePrepositions));
  }

  // "D'Arcy", "O'Sullivan", "N'Diaye": a surname of the shape no word has, a name alone too
  // ("Please forward to D'Arcy in legal", round 725). Not French "L'" ("L'Oréal").
  bool IsALoneApostropheSurname(size_t i) const {
    // The apostrophe's place first: it rules out nearly every word for one comparison.
    const std::string_view word = context_.raw(i);
    if (word.size() < 4 || (word[1] != '\'' && word[1] != '\xE2')) return false;
    return (word[0] == 'O' || word[0] == 'D' || word[0] == 'N' || word[0] == 'M') &&
           IsAnApostropheSurname(context_, i);
  }
  // "Mary-Jane", "Jean-Luc": two first names joined by a hyphen, not two months.
  bool IsTwoFirstNamesHyphened(size_t i) const {
    return context_.IsHyphenatedFirstNames(i) && !AreMonthsJoined(i);
  }
  static constexpr std::string_view kMonths[] = {
      "january", "february",  "march",   "april",    "may",      "june",   "july",
      "august",  "september", "october", "november", "december", "januar", "februar",
      "mars",    "mai",       "juni",    "juli",     "desember", "oktober"};
  // "May-June", "april-mai": a time, wherever it stands.
  bool AreMonthsJoined(size_t i) const {
    const std::string_view word = context_.folded(i);
    const size_t hyphen = word.find('-');
    if (hyphen == std::string_view::npos) return false;
    return OneOf(word.substr(0, hyphen), kMonths) && OneOf(word.substr(hyphen + 1), kMonths);
  }
  // Whether the month `i` is set beside another: "April, not May", "March or May" (round
  // 851).
  bool FollowsAMonthAndAJoiner(size_t i) const {
    if (i < 2 || !OneOf(context_.folded(i - 1), {"or", "and", "not", "nor", "eller", "og"})) {
      return false;
    }
    size_t before = i - 2;
    if (before > 0 && Is(before, ",")) --before;
    return OneOf(context_.folded(before), kMonths);
  }

  // A capitalised word that may be part of a name the tagger did not score: no ordinary
  // word, place, title or acronym.
  bool IsUnknownNamePart(size_t i) const {
    return context_.IsWord(i) && context_.IsCapitalized(i) && !context_.IsAllCaps(i) &&
           !context_.IsJoined(i) && !context_.HasDigit(i) && !context_.IsHyphenatedCompound(i) &&
           !context_.IsCommonWord(i) && !context_.IsPlace(i) && !IsNeverName(i) &&
           !IsSingleLetter(i) && !IsOrdinaryOpener(i);
  }

  bool AreUnknownNameParts(size_t first, size_t last) const {
    for (size_t i = first; i <= last; ++i) {
      if (!IsUnknownNamePart(i)) return false;
    }
    return true;
  }

  // "Kunde Sverre Nilsen ringte", "Elektriker Per Olsen kommer": a word for the work one
  // does (kPeopleByTheirWork, or its Norwegian indefinite form) before a known first name
  // is the person's role, also where the lists know it as a surname ("Kunde") or not at
  // all. Out of line: asked of names the tagger found only.
  ABSL_ATTRIBUTE_NOINLINE bool IsARoleBeforeAFirstName(size_t first) const {
    if (!context_.IsCapitalized(first) || context_.IsAllCaps(first) ||
        context_.IsFirstName(first) || !context_.IsFirstName(first + 1)) {
      return false;
    }
    const std::string_view word = context_.folded(first);
    // The definite adds "-en", or "-n" after an "-e": "montøren", "kunden".
    const std::string_view ending = word.ends_with('e') ? "n" : "en";
    for (const std::string_view role : kPeopleByTheirWork) {
      if (role == word || (role.size() == word.size() + ending.size() && role.starts_with(word) &&
                           role.ends_with(ending))) {
        return true;
      }
    }
    return false;
  }

  // A word opening a sentence that is no known name but an inflected form or compound of
  // known words: capitalised only because it opens the sentence.
  bool IsOrdinaryOpener(size_t i) const {
    return context_.StartsSentence(i) && !context_.IsKnownName(i) &&
           (context_.IsWordForm(i) || IsOccupation(i));
  }
  // A compound naming an occupation, which the word lists may not hold: "Orgelbyggjar",
  // "Prostidiakon", "NHO-direktør".
  bool IsOccupation(size_t i) const {
    return EndsWithOneOfAfter(context_.folded(i), kOccupationEndings, 2);
  }

  // A title as written before a name: "HR" and "MR" in capitals are not titles, and a title
  // that is also a verb is one only capitalised and before a known name ("our teacher is
  // Miss Patel"; not "i miss oslo", nor a pageant's "Miss Landmine").
  bool IsTitle(size_t i) const {
    if (OneOf(context_.folded(i), kTitlesAlsoVerbs)) {
      return context_.IsCapitalized(i) && !context_.IsAllCaps(i) && i + 1 < context_.size() &&
             context_.IsKnownName(i + 1);
    }
    return !context_.IsAllCaps(i) || Is(i + 1, ".");
  }

  size_t SkipPunctuation(size_t i) const {
    for (size_t skipped = 0; i < context_.size() && skipped < 2; ++skipped, ++i) {
      const std::string_view word = context_.folded(i);
      if (word != "," && word != ":" && word != "-" && word != "\xE2\x80\x93") break;
    }
    return i;
  }

  // The token before `i`, or the one before that if `mark` stands between: the word
  // before "Hi, Sam" or "Dr. hansen". Only for i >= 1.
  size_t TokenBefore(size_t i, std::string_view mark) const {
    return i >= 2 && Is(i - 1, mark) ? i - 2 : i - 1;
  }
  // Whether token `i` follows a greeting word, maybe with a comma: "Hei Kari", "Hi, Sam".
  bool FollowsAGreetingWord(size_t i) const {
    return i >= 1 && CueOf(TokenBefore(i, ",")) == kGreetingWord;
  }
  // Whether token `i` is an ordinary word, in a form or a compound, greeted by its name:
  // a shop or a service ("Hei Apotek 1", "Hei Skatteetaten").
  bool IsAGreetedWord(size_t i) const {
    return FollowsAGreetingWord(i) && !context_.IsKnownName(i) && context_.IsWordForm(i);
  }
  // Whether token `i` is an acronym's plural, capitals and an "s": "UTIs", "GPs", "PCs".
  bool IsAnAcronymsPlural(size_t i) const {
    const std::string_view word = context_.raw(i);
    if (word.size() < 3 || word.back() != 's') return false;
    return std::all_of(word.begin(), word.end() - 1,
                       [](char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); });
  }
  // Whether lowercase token `i`, a first name that is also a word, is the name of kin right
  // before it, a verb of having or being after it: "my son tom has asthma", "my wife sue is
  // pregnant", "sønnen min per er syk" (round 751; "tom" and "sue" are words of the lists).
  bool IsKinsWordNameBeforeAVerb(size_t i) const {
    if (i < 1 || i + 1 >= context_.size() || context_.IsCapitalized(i) ||
        !context_.IsFirstName(i)) {
      return false;
    }
    // English kin right before ("my son tom has"); Norwegian kin with its owner between
    // ("sønnen min per er"), since a definite noun alone may be anyone's: "mannen alene
    // hadde" (NorNE) is "the man alone had".
    const std::string_view verb = context_.folded(i + 1);
    if (OneOf(verb, {"has", "is", "was", "had"})) return CueOf(i - 1) == kKinWord;
    return i >= 2 && OneOf(verb, {"har", "er", "var", "hadde"}) &&
           OneOf(context_.folded(i - 1), kOwnersBefore) && CueOf(i - 2) == kKinWord;
  }
  // Whether a short title stands right before token `i`: "mrs jenkins", "Dr. hansen". (Not
  // the titles that are words as well: nynorsk "har lege bak" is "has lain behind"; nor one
  // after an owner's word, a noun then: Swedish "Min fru ammar" is "my wife breastfeeds".)
  bool FollowsATitle(size_t i) const {
    if (i < 1) return false;
    const size_t title = TokenBefore(i, ".");
    return OneOf(context_.folded(title), kShortTitles) &&
           !(title >= 1 && (OneOf(context_.folded(title - 1), kOwnerWords) ||
                            OneOf(context_.folded(title - 1), kEnglishOwners)));
  }

  size_t SkipTitles(size_t i) const {
    if (i < context_.size() && CueOf(i) == kTitleWord && IsTitle(i)) {
      ++i;
      if (Is(i, ".")) ++i;
    }
    return i;
  }

  // One past the last word of the name starting at `start` (== start if there is none).
  size_t NameEnd(size_t start, CueKind kind) const {
    size_t end = start;
    for (size_t words = 0; end < context_.size() && words < kMaxCueNameWords &&
                           !(end > start && IsAJobTitle(end)) && Accepts(end, end == start, kind);
         ++words) {
      ++end;
      // An initial and its period inside the name: "Kari M. Nordmann".
      if (end + 1 < context_.size() && AreInitials(context_, end - 1, end) &&
          Accepts(end + 1, false, kind)) {
        ++end;
      }
    }
    return end;
  }

  bool Accepts(size_t i, bool first, CueKind kind) const {
    // A lowercase hyphenated word is a compound ("e-post"), unless it joins two first
    // names ("hilsen anne-lise berg").
    const bool hyphenated_name =
        IsTwoFirstNamesHyphened(i) || (!first && HasArabicArticle(context_.folded(i)));
    const bool vietnamese_given_name = !first && FollowsAVietnameseMiddleName(i);
    // A field's value is glued to its '=' or ':' ("name=Kari").
    const bool glued = context_.IsJoined(i) && !(kind == CueKind::kField && first);
    if (!context_.IsWord(i) || glued || context_.HasDigit(i) ||
        (context_.IsHyphenatedCompound(i) && !hyphenated_name) ||
        (IsNeverName(i) && !vietnamese_given_name)) {
      return false;
    }
    // A word before a colon labels the next field: "Name: Maria Lopez  Nationality: ...",
    // and so does one before a lowercase word and a colon: "Name: Tom Hughes Dietary needs:".
    if (!first && (Is(i + 1, ":") || (i + 2 < context_.size() && context_.IsWord(i + 1) &&
                                       !context_.IsCapitalized(i + 1) && Is(i + 2, ":")))) {
      return false;
    }
    if (vietnamese_given_name) return true;
    // A team's word ends a name: "Mvh Kari Nordmann kundeservice"; so do a signature's kisses
    // ("cheers emma x", "Love, Emma xx"), which are no initial.
    if (!first &&
        (OneOf(context_.folded(i), kTeamsOfABrand) || OneOf(context_.raw(i), kSignOffKisses))) {
      return false;
    }
    // After an introduction, any word but a lowercase common word that is no known name
    // opening it: "My name is required", "Navn: ukjent".
    if (kind == CueKind::kIntroduction) {
      return !first || context_.IsCapitalized(i) || !context_.IsCommonWord(i) ||
             context_.IsKnownName(i);
    }
    // A machine's "name" may be a service's, a button's or a struct's: a known name, or an
    // unknown word written as names are ("Kaisa", not "Submit", "SumofTest_Element", "CVE").
    if (kind == CueKind::kField) {
      return context_.IsKnownName(i) || (IsWrittenAsAName(i) && !context_.IsCommonWord(i));
    }
    // After "it's", one first name that ends the clause or comes before "again", "here" or
    // "from": "hi its tom again" (not "its Bluetooth settings", "it's april again").
    if (kind == CueKind::kItIs) {
      if (!first) return IsSurnameAfterItIs(i) && EndsAWritersName(i + 1);
      return context_.IsFirstName(i) && (Role(i) & kMonthWord) == 0 &&
             (EndsAWritersName(i + 1) ||
              (IsSurnameAfterItIs(i + 1) && EndsAWritersName(i + 2)));
    }
    // After "med" or "to", only a lowercase first name that is no ordinary word (or two
    // joined by a hyphen: "ask nils-petter"), and then a known surname that is no first name
    // also a word ("emily said i could" is no "Emily Said"): the tagger has seen the
    // capitalised ones.
    if (kind == CueKind::kPersonWord) {
      return first ? (OpensALowercaseName(i) && !IsAVerbBeforeItsAdverb(i)) || hyphenated_name ||
                         IsAskedToDoSomethingInLowercase(i) || IsKinsWordNameBeforeAVerb(i)
                   : IsLowercaseSurnameAfter(i - 1, !context_.IsFirstNameAlsoAWord(i - 1)) ||
                         IsASurnameAlsoAWordEndingAName(context_, i);
    }
    // A team, a service or a town's council signs as a person would: "Hilsen Kundeservice",
    // "Mvh Økonomiavdelingen", "Hilsen Oslo kommune".
    if (kind == CueKind::kSignOff && first && (NamesABody(i) || context_.IsPlace(i))) {
      return false;
    }
    // A Norwegian possessive ends the name: the writer signs as the named one's kin
    // ("Hilsen Tuva sin mamma", round 798).
    if (!first && !context_.IsCapitalized(i) && NorwegianPossessiveFollows(i - 1)) return false;
    // After a sign-off, the words that end the line, the first a known name: "mvh kari
    // nordmann" (however ordinary the surname).
    if (kind == CueKind::kSignOff && EndsWithWords(i) &&
        (!first || context_.IsKnownName(i) || hyphenated_name)) {
      return true;
    }
    // After a greeting or "I'm", an ordinary word is not a name: "Hi Support", "I'm Sorry".
    if (context_.IsCommonWord(i)) return false;
    // Nor, right after a greeting word (not a title: "hr. Bastesen"), a body or a business
    // greeted by its name, an unknown word made of ordinary ones: "Hei Skatteetaten", "Hei
    // Helsenorge", "Hallo Molde".
    if (kind == CueKind::kGreeting && first && FollowsAGreetingWord(i) &&
        !context_.IsKnownName(i) && (NamesABody(i) || context_.IsWordForm(i))) {
      return false;
    }
    // Nor a word before a people or a faith: "I'm Ahmadiyya Muslim".
    if (kind == CueKind::kSubject && first && i + 1 < context_.size() &&
        (Role(i + 1) & kPeopleOrFaithWord) != 0) {
      return false;
    }
    // Nor an acronym the lists do not know after "her er" or "this is": "Her er IBAN: NO93
    // 8601 1117 947" (not "Her er OLA").
    if (kind == CueKind::kSubject && first && context_.IsAllCaps(i) && !context_.IsKnownName(i)) {
      return false;
    }
    if (context_.IsCapitalized(i)) return true;
    // A name begun with a capital goes on with capitals: "biskop Olav Berg rosa".
    if (!first && context_.IsCapitalized(i - 1)) return false;
    // A lowercase known name after a greeting, if the name ends there or goes on with
    // another name: "hei ola", but not "takk per mail"; after a title, whatever follows it
    // ("mrs jenkins has the key").
    if (!context_.IsKnownName(i) && !hyphenated_name &&
        (first || !IsUnknownSurnameAfterAFirstName(i))) {
      return false;
    }
    if (first && FollowsATitle(i)) return true;
    // After "dette er", "jeg er" or "this is", a lowercase surname alone is a word: "Jeg
    // synes dette er feil", "this is best", "jeg er lang" (a writer in lowercase gives a
    // first name: "hei, det er kari").
    if (first && kind == CueKind::kSubject && !context_.IsFirstName(i) && !hyphenated_name) {
      return false;
    }
    // After a title that is also a noun, not a first name that is also a word: "the mayor
    // said", "the coach will".
    if (first && i >= 1 && CueOf(i - 1) == kTitleWord && context_.IsFirstNameAlsoAWord(i)) {
      return false;
    }
    // Or before "here", "again" or "from" after a greeting or "I'm": "hey, dave here"; or
    // before a signature's kisses: "thanks for the flowers dave x".
    const size_t next = i + 1;
    return next >= context_.size() || !context_.IsWord(next) || context_.IsKnownName(next) ||
           context_.IsCapitalized(next) || !first || OneOf(context_.raw(next), kSignOffKisses) ||
           ((kind == CueKind::kSubject || kind == CueKind::kGreeting) &&
            (EndsAWritersName(next) ||
             (IsUnknownSurnameAfterAFirstName(next) && EndsAWritersName(next + 1))));
  }

  // A capital, then capitals only after '-' or '\'' ("Kari-Anne", "O'Brien"): no
  // identifier's inner capital or '_', no acronym.
  bool IsWrittenAsAName(size_t i) const {
    if (!context_.IsCapitalized(i) || context_.IsAllCaps(i)) return false;
    const std::string_view word = context_.raw(i);
    for (size_t k = 1; k < word.size(); ++k) {
      const bool inner_capital = word[k] >= 'A' && word[k] <= 'Z' && word[k - 1] != '-' &&
                                 word[k - 1] != '\'';
      if (word[k] == '_' || inner_capital) return false;
    }
    return true;
  }

  // Whether token `next`, after a writer's name, ends it: the end, a mark, or "again",
  // "igjen", "here", "from" and the like.
  // Whether token `i` may be the surname of "hi its john smith again", "it's oluwaseun
  // adeyemi here": a known surname, or a word that is none at all.
  bool IsSurnameAfterItIs(size_t i) const {
    return i < context_.size() && context_.IsWord(i) && !context_.HasDigit(i) &&
           !IsNeverName(i) &&
           (context_.IsLastName(i) || (!context_.IsCommonWord(i) && !context_.IsWordForm(i)));
  }

  // Whether lowercase token `i` opens a name: a first name that is no word ("kari"), or one
  // that is also a word with a known surname after it ("siv aune", "per olsen").
  // "naboen tor ikke klage", "kunden vil gjerne": a name that is also a word, before the
  // adverb a main clause's verb takes, is the verb (a name is followed by one).
  ABSL_ATTRIBUTE_NOINLINE bool IsAVerbBeforeItsAdverb(size_t i) const {
    static constexpr std::string_view kAdverbsAfterAVerb[] = {"ikke",   "ikkje",  "aldri",
                                                              "gjerne", "alltid", "også"};
    return i + 1 < context_.size() && !context_.IsFirstNameNoWord(i) &&
           OneOf(context_.folded(i + 1), kAdverbsAfterAVerb);
  }
  bool OpensALowercaseName(size_t i) const {
    return context_.IsLowercaseFirstName(i) ||
           (!context_.IsCapitalized(i) && context_.IsFirstNameAlsoAWord(i) &&
            IsLowercaseSurnameAfter(i, /*unknown=*/false));
  }
  // Whether the lowercase token after first name `i` is its surname: a known one that is
  // neither a common word nor a first name also a word ("emily said i could" is no "Emily
  // Said"), or, if `unknown`, one the lists lack (IsUnknownSurnameAfterAFirstName). After a
  // first name that is also a word only a known one: "ring per telfon" is a typo.
  bool IsLowercaseSurnameAfter(size_t i, bool unknown) const {
    const size_t next = i + 1;
    return next < context_.size() && context_.IsWord(next) && !context_.IsCapitalized(next) &&
           ((context_.IsKnownName(next) && !context_.IsCommonWord(next) &&
             !context_.IsFirstNameAlsoAWord(next)) ||
            (unknown && IsUnknownSurnameAfterAFirstName(next)));
  }
  // Whether lowercase token `i` is a surname the lists lack after a first name they know,
  // a word that is none at all: "snakket med agnieszka kowalska", "hi this is kwame mensah".
  bool IsUnknownSurnameAfterAFirstName(size_t i) const {
    return i >= 1 && context_.IsFirstName(i - 1) && !context_.IsCapitalized(i) &&
           !context_.IsLastName(i) && IsSurnameAfterItIs(i) &&
           !OneOf(context_.folded(i), kWordsAfterAWritersName);
  }

  bool EndsAWritersName(size_t next) const {
    return next >= context_.size() || !context_.IsWord(next) ||
           OneOf(context_.folded(next), kWordsAfterAWritersName);
  }

  // Whether token `i` starts at most kMaxCueNameWords words that end the line, or a
  // clause: "mvh kari nordmann", "mvh kari nordmann, daglig leder", "... nordmann."
  bool EndsWithWords(size_t i) const {
    size_t j = i;
    while (j < context_.size() && j - i <= kMaxCueNameWords && context_.IsWord(j)) ++j;
    if (j - i > kMaxCueNameWords) return false;
    return j == context_.size() || Is(j, ",") || (Is(j, ".") && j + 1 == context_.size());
  }

  static bool Introduces(CueKind kind) {
    return kind == CueKind::kIntroduction || kind == CueKind::kField ||
           kind == CueKind::kSubject || kind == CueKind::kItIs;
  }

  static double ScoreOf(CueKind kind) {
    switch (kind) {
      case CueKind::kIntroduction:
      case CueKind::kField:
        return kIntroductionScore;
      case CueKind::kSubject:
        return kSubjectScore;
      case CueKind::kPersonWord:
        return kLowercaseNameScore;
      default:
        return kGreetingScore;
    }
  }

  uint8_t Role(size_t i) const {
    return roles_.all.Find(context_.folded(i), context_.folded_hash(i));
  }
  CueWord CueOf(size_t i) const { return CueOf(i, context_.FilterKey(i)); }
  CueWord CueOf(size_t i, uint32_t key) const {
    if (!context_.IsWord(i) || !roles_.cue_filter.MayContain(key)) return kNoCue;
    const auto [folded, hash] = context_.FoldedForLookup(i);
    return static_cast<CueWord>(roles_.cues.Find(folded, hash) & kCueMask);
  }
  // Words a name never starts or ends with, though the news-trained tagger may take them
  // in: "Hilsen" before a name, "Jeg" at a sentence start.
  bool IsNeverName(size_t i) const { return (Role(i) & kNeverName) != 0; }
  // Whether capitalised token `i` follows a capitalised Vietnamese middle name, which a given
  // name always follows, however ordinary a word it is elsewhere: "Nguyen Van An".
  bool FollowsAVietnameseMiddleName(size_t i) const {
    return i >= 1 && context_.IsCapitalized(i) && context_.IsCapitalized(i - 1) &&
           OneOf(context_.folded(i - 1), kVietnameseMiddleNames);
  }
  // Whether a word with CaselessWordFilter key `key` may be a Vietnamese middle name: the
  // keys of "van" and "thi", or any key ("văn", "thị" fold beyond Latin-1).
  static bool MayBeAVietnameseMiddleName(uint32_t key) {
    constexpr uint32_t kVan = CaselessWordFilter::KeyOf("van");
    constexpr uint32_t kThi = CaselessWordFilter::KeyOf("thi");
    return key == kVan || key == kThi || key == CaselessWordFilter::kAnyKey;
  }
  // Whether token `i` is a Vietnamese middle name after a known surname (with no article
  // before it: "the tran van") and before a word.
  bool IsVietnameseMiddleNameAfterASurname(size_t i) const {
    return i >= 1 && i + 1 < context_.size() &&
           OneOf(context_.folded(i), kVietnameseMiddleNames) && context_.IsLastName(i - 1) &&
           context_.IsWord(i + 1) && context_.IsWord(i - 1) &&
           (i < 2 || !OneOf(context_.folded(i - 2), {"the", "a", "an", "en", "et", "ei"}));
  }
  // A surname with the Arabic article, written in lowercase: "fatima al-sayed".
  static bool HasArabicArticle(std::string_view folded) {
    return folded.size() > 3 && (folded.starts_with("al-") || folded.starts_with("el-"));
  }
  // Whether token `i` names a body: a word not in the name lists with an ending that no
  // name in NorNE has, the definite form of a noun ("-ingen", "-eriet") or an organisation
  // ("-forbundet", "-partiet"), or a service ("Kundeservice").
  bool NamesABody(size_t i) const {
    const std::string_view word = context_.folded(i);
    return !context_.IsKnownName(i) && (EndsWithOneOfAfter(word, kDefiniteNounEndings, 1) ||
                                        EndsWithOneOfAfter(word, kServiceEndings, 1));
  }
  // Whether token `last`, the last of a name found, makes it a place to go ("Strømmen
  // Storsenter") or a street ("Karl Johans gate").
  bool IsPlaceName(size_t last) const {
    if (NamesAStreet(last) || PrecedesAUkPostcode(last)) return true;
    const auto is_place_word = [&](size_t i) {
      return !context_.IsKnownName(i) &&
             (EndsWithOneOf(context_.folded(i), kPlaceNameEndings) ||
              EndsWithOneOfAfter(context_.folded(i), kSwedishAndDanishStreetEndings, 1));
    };
    // The place word may also follow the name, left out of it: "Lincoln Center", and in
    // chat in lowercase, as a word of its own: "the Victoria hotel" (as written: folding
    // every word after a name cost 4M instructions on 20k chat messages).
    // Capitalised common words may come between, in a title: "Capio Anoreksi Senter".
    size_t next = last + 1;
    while (next + 1 < context_.size() && next <= last + kTitleWordsBeforePlace &&
           context_.IsCapitalized(next) && context_.IsCapitalized(next + 1) &&
           context_.IsCommonWord(next) && !is_place_word(next)) {
      ++next;
    }
    return is_place_word(last) ||
           (next < context_.size() &&
            (context_.IsCapitalized(next) ? is_place_word(next)
                                          : OneOf(context_.raw(next), kPlaceNameEndings)));
  }
  // Whether a team's word ends the signature's name [start, end) or follows it: "Ted Baker
  // customer service", "John Lewis Partnership", "Hugo Boss kundeservice".
  bool SignsAsATeam(size_t start, size_t end) const {
    for (size_t i = start + 1; i <= end && i < context_.size(); ++i) {
      if (OneOf(context_.folded(i), kTeamsOfABrand)) return true;
    }
    return false;
  }
  // Whether token `last` is followed by a UK postcode, whose town it names: "Riverside
  // Industrial Estate, Hull HU9 1QJ" (thirty-ninth session).
  bool PrecedesAUkPostcode(size_t last) const {
    if (last + 2 >= context_.size()) return false;
    // An outward code is at most 4 bytes, an inward one 3 ("SW1A 2AA"); the two tokens are
    // read as the text holds them, from the first's start to the second's end, as the street
    // detector reads a postcode.
    const std::string_view outward = context_.raw(last + 1);
    const std::string_view inward = context_.raw(last + 2);
    if (outward.size() > 4 || inward.size() != 3) return false;
    const std::string_view written(outward.data(), inward.data() + inward.size() - outward.data());
    return UkPostcodeEnd(written, 0) == written.size();
  }
  // Whether token `last`, the last of a name found, is followed by a word that makes the
  // name a business's: "at Bright Homes".
  bool NamesABusiness(size_t last) const {
    const size_t next = last + 1;
    return next < context_.size() && context_.IsCapitalized(next) &&
           !context_.IsKnownName(next) && OneOf(context_.folded(next), kBusinessWords);
  }
  // Whether the name `first`..`last` is part of a holiday's: "Kristi himmelfartsdag" (the
  // genitive of Christ, which NorNE elsewhere tags as a name: "Kristi legeme"), or wishes
  // one: "Ramadan Mubarak", "Eid Mubarak" (both also surnames; "ramadan" is a common word,
  // so the name found may be "Mubarak" alone).
  bool NamesAHoliday(size_t first, size_t last) const {
    if (last + 1 < context_.size() && context_.folded(last + 1).starts_with("himmelfart")) {
      return true;
    }
    return first + 1 >= last && WishesAHoliday(last);
  }
  // The first word of the run of capitalised words `first`..`last` that a holiday's wish
  // greets, the wish opening the run or standing right before it ("Happy Diwali Priya",
  // "Merry Christmas Oluwaseun"; round 727: the tagger passed over the name beside the
  // wish's words, which are never names); `last` + 1 if none does.
  size_t AfterAHolidaysWish(size_t first, size_t last) const {
    // The holiday is capitalised, left out of the run as a word that is never a name.
    if (first >= 2 && context_.IsCapitalized(first - 1) && OpensAHolidaysWish(first - 2)) {
      return first;
    }
    if (first + 2 <= last && OpensAHolidaysWish(first)) return first + 2;
    return last + 1;
  }
  bool OpensAHolidaysWish(size_t i) const {
    return OneOf(context_.folded(i), {"happy", "merry", "god", "glad", "gledelig"}) &&
           OneOf(context_.folded(i + 1), kHolidaysWished);
  }
  // Whether token `i` is "Mubarak" after "Eid" or "Ramadan": a holiday's wish.
  bool WishesAHoliday(size_t i) const {
    return Is(i, "mubarak") && i > 0 && OneOf(context_.folded(i - 1), {"eid", "ramadan"});
  }
  // Whether the name `first`..`last` names a business's premises by its place: "your Milan
  // office" (Milan is also a first name).
  bool NamesPremises(size_t first, size_t last) const {
    if (first < 1 || !OneOf(context_.folded(first - 1), kPremisesOwners)) return false;
    // The premises may have been tagged with the place ("your Chester branch").
    return (last + 1 < context_.size() && OneOf(context_.folded(last + 1), kPremisesWords)) ||
           (last > first && OneOf(context_.folded(last), kPremisesWords));
  }
  // Whether the name ending at `last` is a building's: a building word after capitalised
  // words that "the" (or "our", "your") opens ("the Kingdom Hall", "the Village Hall", "The
  // White House"; not "Annie Hall", nor "the Hall family").
  bool NamesABuilding(size_t last) const {
    if (!OneOf(context_.folded(last), kBuildingWords)) return false;
    for (size_t back = 1; back <= kMaxBuildingNameWords + 1 && back <= last; ++back) {
      const size_t k = last - back;
      if (OneOf(context_.folded(k), kPremisesOwners)) return back > 1;
      if (!context_.IsWord(k) || !context_.IsCapitalized(k)) return false;
    }
    return false;
  }
  // Whether a word or two, `first`..`last`, are introduced as someone from a business:
  // "Chiara from your Milan office gave me this number".
  bool IsSomeoneFromABusiness(size_t first, size_t last) const {
    const size_t from = last + 1;
    if (from + 2 >= context_.size() || !(Is(from, "from") || Is(from, "fra")) ||
        !OneOf(context_.folded(from + 1), kPremisesOwners)) {
      return false;
    }
    for (size_t i = from + 2; i < context_.size() && i <= from + 4; ++i) {
      if (OneOf(context_.folded(i), kPremisesWords)) return true;
    }
    return false;
  }
  // Whether the name starting at `first` is where someone lives or goes: "bor i Moss",
  // "moved to Reading", "flew to Sheffield", "ship to Jordan".
  bool FollowsAVerbOfPlace(size_t first) const {
    return first >= 2 &&
           OneOf(context_.folded(first - 1), {"i", "på", "in", "to", "til", "till"}) &&
           (OneOf(context_.folded(first - 2), kVerbsBeforeAPlace) ||
            IsAJourneysWord(context_.folded(first - 2)) ||
            // "moved from Bergen to Houston", "flyttet fra Oslo til Sydney" (the words as
            // written: a call of folded() here cost 5M instructions on 20k chat messages by
            // what GCC stopped inlining).
            (first >= 3 && OneOf(context_.raw(first - 3), {"from", "fra", "frå", "från"}) &&
             context_.IsPlace(first - 2)) ||
            // or from an address's postcode and place: "Flytting fra Storgata 5, 9008
            // Tromsø til Alta" (round 794; Alta is also a first name).
            (first >= 3 && IsANorwegianPostcode(context_.raw(first - 3)) &&
             context_.IsPlace(first - 2) && Is(first - 1, "til")));
  }
  static bool IsANorwegianPostcode(std::string_view word) {
    return word.size() == 4 && std::all_of(word.begin(), word.end(), IsAsciiDigit);
  }
  // Whether the lone word `first` is a place after the Scandinavian "i" (in) that follows
  // a lowercase word: "vårdcentralen i Lund", "legekontoret i Moss". A first name there
  // is a person, and so is a genitive ("i Hitlers tekst", "i Mias liv") or a name before a
  // possessive ("i Ilda si sak").
  bool IsPlaceAfterIn(size_t first, size_t last) const {
    if (first != last || first < 2 || context_.raw(first - 1) != "i" ||
        !context_.IsWord(first - 2) || context_.IsCapitalized(first - 2) ||
        context_.IsFirstName(first)) {
      return false;
    }
    const bool genitive =
        context_.raw(first).ends_with("s") && first + 1 < context_.size() &&
        !OneOf(context_.raw(first + 1), {".", ",", "?", "!", ":", ";", ")"});
    return !genitive && !NorwegianPossessiveFollows(last);
  }
  // Whether the lone word `first` is where a named person is from: "Anne Viken frå
  // Bygstad", "Tom Reed from Acme". (After an ordinary word it may be a person: "melding
  // fra Kari", "New Message from Kari".)
  bool IsOriginOfAName(size_t first, size_t last) const {
    return first == last && first >= 2 &&
           OneOf(context_.raw(first - 1), {"fra", "frå", "from"}) &&
           context_.IsCapitalized(first - 2) && !context_.StartsSentence(first - 2) &&
           !context_.IsCommonWord(first - 2);
  }
  // Whether capitalised word `i`, no known name, is a job title's: "Daglig", "Rådgiver",
  // "Seniorrådgiver", "Sales", "Manager".
  bool IsAJobTitle(size_t i) const {
    if (!context_.IsCapitalized(i) || context_.IsKnownName(i)) return false;
    const std::string_view word = context_.FoldedForLookup(i).first;
    return OneOf(word, kJobTitleWords) || OneOf(word, kSeniorityWords) ||
           OneOf(word, kOccupationEndings) || EndsWithOneOfAfter(word, kOccupationEndings, 2);
  }
  // Whether the lone word `first` is a role after a capitalised word of seniority, as a
  // signature's title line writes it: "Senior Buyer | Nordic Retail Group", "Chief Buyer".
  // ("Linda Buyer" is a name: NorNE has one.)
  bool IsARoleAfterSeniority(size_t first, size_t last) const {
    return first == last && first >= 1 && context_.IsCapitalized(first - 1) &&
           OneOf(context_.folded(first - 1), kSeniorityWords);
  }
  // Whether the lone word `first` opens a sentence as a verb, not a name: a first name
  // that is also an English word, before an object or "as" ("Bill me later", "Sue me",
  // "Mark as read", "Mark this as spam"). A name opening a sentence goes on with a verb
  // ("Mark called", "Bill is off") or a word that tells who ("Frank the new guy").
  bool IsImperativeOpener(size_t first, size_t last) const {
    return first == last && context_.StartsSentence(first) &&
           context_.IsFirstNameAlsoAWord(first) &&
           OneOf(context_.folded(first + 1), kObjectsAfterAnImperative);
  }
  // Whether the words first..last are goods a shop is asked for: an unknown word after
  // "Har dere" or "Do you have" and the like ("Har dere Keppra på lager?"). A known name
  // after "har", "have" or "leverer" is a person asked for ("Har dere Kari på jobb i
  // dag?"), but not after a verb of selling: no one sells a person ("Selger dere Jordan
  // sko?", "Do you stock Chanel?"). Anyone's genitive is a person's ("Do you have Olsen's
  // number?").
  bool IsGoodsAskedOfAShop(size_t first, size_t last) const {
    if (first < 2 || context_.IsGenitiveOfName(first) || PossessiveFollows(last)) return false;
    const std::string_view before = context_.folded(first - 1);
    const std::string_view verb_or_you = context_.folded(first - 2);
    // Swedish "har ni" and Danish "har I" ask as "har dere" does: "Hej Apoteket, har ni
    // Alvedon?".
    std::string_view verb;
    if (OneOf(before, {"dere", "ni", "i"}) && OneOf(verb_or_you, kShopVerbsBeforeDere)) {
      verb = verb_or_you;
    } else if (OneOf(before, kShopVerbsAfterYou) && OneOf(verb_or_you, {"you", "u"})) {
      verb = before;
    } else {
      return false;
    }
    if (!context_.IsKnownName(first)) return true;
    // A known name before a Norwegian possessive is its owner ("Leverer dere Kari sin
    // pakke?"), and one delivered to is a person.
    return OneOf(verb, {"selger", "fører", "sell", "stock", "carry"}) &&
           !NorwegianPossessiveFollows(last);
  }
  // Whether the name [first, last] is the value of a place field opening its sentence:
  // "Poststed: Moss", "By: Moss". Out of line: asked only of names after a colon.
  ABSL_ATTRIBUTE_NOINLINE bool FollowsAPlaceLabel(size_t first, size_t last) const {
    if (first < 2 || context_.raw(first - 1) != ":" || !context_.StartsSentence(first - 2)) {
      return false;
    }
    const std::string_view label = context_.folded(first - 2);
    return OneOf(label, kPlaceLabels) || (label == "by" && first == last);
  }
  // Whether the name starting at `first` follows "St.", "Sankt" or "Saint": "St. Paul
  // kyrkje", "Sankt Petersburg", "St. Olavs plass".
  bool FollowsASaintsTitle(size_t first) const {
    // Or opens with it: "I work at St James's" (a hospital, round 836).
    if (OneOf(context_.folded(first), {"sankt", "saint", "st"})) return true;
    if (first >= 1 && OneOf(context_.folded(first - 1), {"sankt", "saint", "st"})) return true;
    return first >= 2 && Is(first - 1, ".") && Is(first - 2, "st");
  }
  // Whether the name starting at `first` names a faith's symbol after "star of" or "shield
  // of": "I want a Star of David on my wrist" (thirty-ninth session).
  bool NamesASymbol(size_t first) const {
    return first >= 2 && context_.folded(first - 1) == "of" &&
           OneOf(context_.folded(first - 2), {"star", "shield"});
  }
  // Whether the name ending at `last` is a street's, named for someone: "møtes ved Karl
  // Johans gate", "the shop on Nelson Street".
  bool NamesAStreet(size_t last) const {
    if (last + 1 >= context_.size()) return false;
    const std::string_view next = context_.folded(last + 1);
    return (context_.folded(last).ends_with('s') && OneOf(next, kStreetWordsAfterName)) ||
           (context_.IsCapitalized(last + 1) && OneOf(next, kEnglishStreetWordsAfterName));
  }
  // A capitalised known name inside a sentence that opens a longer name is a name even if
  // the word is also an ordinary one: "Hans" (his) in "kona til Hans Olsen", "Jo Nesbø".
  // Not before a word that is never a name: "German" in "German Chancellor Olaf Scholz".
  bool IsFirstNameOfName(size_t i, size_t last) const {
    return i < last && context_.IsCapitalized(i) && context_.IsKnownName(i) &&
           !IsNeverName(i + 1) &&
           (!context_.StartsSentence(i) ||
            (context_.IsCapitalized(i + 1) && context_.IsKnownName(i + 1)));
  }
  // A month after a preposition or a word of time, or next to a number: "in May", "next
  // August", "June 5", "5 June".
  bool IsDate(size_t i) const {
    if (AreMonthsJoined(i)) return true;
    if ((Role(i) & kMonthWord) == 0) return false;
    const bool number_before = i > 0 && context_.HasDigit(i - 1);
    const bool number_after = i + 1 < context_.size() && context_.HasDigit(i + 1);
    return number_before || number_after ||
           (i > 0 && OneOf(context_.folded(i - 1),
                           {"in", "on", "by", "until", "till", "from", "since", "before", "after",
                            "early", "late", "mid", "next", "last", "this", "coming", "every",
                            "during", "through"})) ||
           IsWhenSomethingIsSet(i) || FollowsAMonthAndAJoiner(i);
  }
  // Whether the month `i` follows "for" or "to" after a word of setting a date, maybe with
  // "it" between: "our wedding for June", "Booked for May", "Can we move it to June?" (not
  // "a gift for June", round 841; nor after other nouns: "a booking for June" may be hers).
  bool IsWhenSomethingIsSet(size_t i) const {
    static constexpr std::string_view kSettingWords[] = {
        "booked",   "book",    "planned",    "planning",    "plan",     "scheduled",
        "schedule", "move",    "moved",      "moving",      "postpone", "postponed",
        "change",   "changed", "rebook",     "rebooked",    "push",     "pushed",
        "delay",    "delayed", "reschedule", "rescheduled", "wedding"};
    if (i < 2 || !OneOf(context_.folded(i - 1), {"for", "to"})) return false;
    size_t before = i - 2;
    if (before > 0 && OneOf(context_.folded(before), {"it", "this", "that", "them"})) --before;
    return OneOf(context_.folded(before), kSettingWords);
  }

  // A capitalised word between "a" or "an" and a lowercase word describes the noun: "a
  // Christian charity", "an Irish pub" (a capital "A" may be an initial: "A Stang også").
  // So is "Christian" after a possessive or "the": "Our Christian bookshop", "the Christian
  // bookshop" ("our Emma is ill" is Emma).
  bool IsAdjectiveAfterArticle(size_t i) const {
    if (i == 0 || i + 1 >= context_.size() || !context_.IsWord(i + 1) ||
        context_.IsCapitalized(i + 1)) {
      return false;
    }
    const std::string_view before = context_.folded(i - 1);
    return (OneOf(before, {"a", "an"}) && !context_.IsCapitalized(i - 1)) ||
           (OneOf(before, {"our", "my", "their", "his", "her", "your", "the"}) &&
            context_.folded(i) == "christian");
  }

  // Whether the words [first, last] open with a place that is no name: the place's own
  // name ("Leeds Bradford" and "Oslo Gardermoen", airports; "Bergen Sentrum").
  bool OpensWithAPlace(size_t first, size_t last) const {
    return first < last && context_.IsPlace(first) && !context_.IsKnownName(first);
  }

  // Whether word `i` is "Per" before a unit it counts by: "Per time koster det 450 kroner",
  // "Per stykk" (round 850; "Per har nøkkelen" is a name).
  bool IsPerBeforeAUnit(size_t i) const {
    static constexpr std::string_view kUnits[] = {
        "time",   "timen", "dag",  "døgn",  "uke",   "måned", "år",   "stykk", "stk",
        "person", "pers",  "kilo", "kg",    "liter", "meter", "natt", "gang",  "side",
        "hour",   "day",   "week", "month", "year",  "night", "unit", "item",  "piece"};
    return context_.folded(i) == "per" && i + 1 < context_.size() &&
           !context_.IsCapitalized(i + 1) && OneOf(context_.folded(i + 1), kUnits);
  }

  // Whether word `i`, a plural in -s, follows a quantifier of people: "most Kurds", "many
  // Catholics", "a lot of Christians" are many of a people or a faith, no one named.
  bool IsAPluralAfterAQuantifier(size_t i) const {
    if (i == 0 || !context_.folded(i).ends_with('s')) return false;
    const std::string_view before = context_.folded(i - 1);
    if (before == "of") return i >= 2 && OneOf(context_.folded(i - 2), {"lot", "lots", "plenty"});
    return OneOf(before, {"most", "many", "several", "all"});
  }

  // Whether word `i` is in a quoted title opening with a capitalised article: "The
  // Catholic Church: A Short History" is a book's, "Short" no one's.
  bool IsInAQuotedTitle(size_t i) const {
    constexpr size_t kTitleReach = 8;
    for (size_t j = i; j > 0 && i - j < kTitleReach; --j) {
      if (Is(j - 1, "\"")) {
        return OneOf(context_.folded(j), {"the", "a", "an"}) && context_.IsCapitalized(j);
      }
      if (!context_.IsWord(j - 1) && !Is(j - 1, ":")) return false;
    }
    return false;
  }

  // "Máret og jeg", "Jurgis and I" (a capital "I": "Oslo og i går" is Norwegian), "jeg og
  // Kari", "me and Tom".
  bool StandsBesideTheWriter(size_t first, size_t last) const {
    if (last + 2 < context_.size() && OneOf(context_.folded(last + 1), kAndWords) &&
        (OneOf(context_.folded(last + 2), kWriterWords) ||
         (Is(last + 2, "i") && context_.IsCapitalized(last + 2)))) {
      return true;
    }
    return first >= 2 && OneOf(context_.folded(first - 1), kAndWords) &&
           OneOf(context_.folded(first - 2), kWriterWords);
  }

  // "det er Kari her", "Det er Ngozi som skriver", "it's Tom here", "det er siri igjen",
  // and after a greeting a name that ends the message or its clause: "hei, det er amina",
  // "hei det er kwame mensah, har dere fått betalingen?".
  bool NamesTheWriter(size_t first, size_t last) const {
    if (!FollowsTheWritersIntroduction(first)) return false;
    // Swedish "här", "igen"; Danish "her", "igen".
    static constexpr std::string_view kHereOrAgain[] = {"her",   "here", "igjen",
                                                        "again", "här",  "igen"};
    return (last + 1 < context_.size() && OneOf(context_.folded(last + 1), kHereOrAgain)) ||
           (Is(last + 1, "som") && last + 2 < context_.size() &&
            OneOf(context_.folded(last + 2), kWritingVerbs)) ||
           (first >= 2 && FollowsAGreetingWord(first - 2) &&
            (EndsTheMessage(last + 1) || Is(last + 1, ",")));
  }
  // Whether token `next` is past the end, or a closing mark that ends the text.
  bool EndsTheMessage(size_t next) const {
    return next >= context_.size() ||
           (next + 1 == context_.size() && (Is(next, ".") || Is(next, "!")));
  }

  // "det er" before token `i`, in any case. Asked of every lowercase word, so read from the
  // tokens' bytes: a word compared by its folded form is described, which cost 2.6% more
  // instructions on chat20k once GCC stopped inlining Is() here.
  // Swedish "det är" too. The word's length is read first, its bytes compared after: most
  // words are ruled out with no call.
  bool FollowsDetEr(size_t i) const {
    if (i < 2) return false;
    const std::string_view verb = context_.raw(i - 1);
    const bool is = verb.size() == 2 ? absl::EqualsIgnoreCase(ToAbsl(verb), "er")
                                     : verb.size() == 3 && verb[0] == '\xC3' &&
                                           (verb[1] == '\xA4' || verb[1] == '\x84') &&
                                           (verb[2] == 'r' || verb[2] == 'R');
    return is && absl::EqualsIgnoreCase(ToAbsl(context_.raw(i - 2)), "det");
  }

  // "det er" or "it's" before token `first`: it may name the writer.
  bool FollowsTheWritersIntroduction(size_t first) const {
    return FollowsDetEr(first) ||
           (first >= 1 && (Is(first - 1, "it's") || Is(first - 1, "it’s")));
  }

  // "I spoke to Priyanka", "snakket med Tormod", "fikk beskjed av Tone".
  bool FollowsAVerbOfTalking(size_t i) const {
    return i >= 2 && ((OneOf(context_.folded(i - 1), {"med", "to", "with"}) &&
                       OneOf(context_.folded(i - 2), kTalkingVerbs)) ||
                      (Is(i - 1, "av") && Is(i - 2, "beskjed")));
  }

  // Whether the one word [first, last] is the subject of a verb of telling or calling in
  // the past: "Summer said the order had shipped", "June ringte i går" (a season or a
  // month does not say or call). Of the words as written, as IsAskedToDoSomething.
  ABSL_ATTRIBUTE_NOINLINE bool TellsOrCalls(size_t first, size_t last) const {
    static constexpr std::string_view kToldOrCalled[] = {
        "said",   "told",   "called",    "rang",     "phoned",    "emailed",
        "texted", "wrote",  "replied",   "promised", "confirmed", "mentioned",
        "sa",     "ringte", "skrev",     "sendte",   "mailet",    "svarte",
        "lovet",  "lovte",  "bekreftet", "nevnte",   "fortalte"};
    return first == last && last + 1 < context_.size() &&
           OneOf(context_.raw(last + 1), kToldOrCalled);
  }

  // Whether tokens [first, last] are asked or told to do something: "Can you ask Faith to
  // call me back?", "Kan du be Rocky om å ringe?". Out of line, and of the words as written
  // (as PointsAtAPlace): asked of every capitalised first name that is no common word.
  ABSL_ATTRIBUTE_NOINLINE bool IsAskedToDoSomething(size_t first, size_t last) const {
    static constexpr std::string_view kAskingVerbs[] = {"ask",  "tell", "remind", "be",
                                                        "spør", "minn", "få"};
    static constexpr std::string_view kToDo[] = {"to", "if", "whether", "om", "å", "til"};
    return first >= 1 && last + 1 < context_.size() && OneOf(context_.raw(last + 1), kToDo) &&
           OneOf(context_.raw(first - 1), kAskingVerbs);
  }

  // "can you ask mark to call me", "tell bill to wait", "be per om å ringe": a lowercase
  // first name that is also a word, asked or told to do something. Out of line: asked only
  // of words after a word that points at a person.
  ABSL_ATTRIBUTE_NOINLINE bool IsAskedToDoSomethingInLowercase(size_t i) const {
    // The name's lists first: looked up already, they rule out most words.
    if (i < 1 || i + 2 >= context_.size() || !context_.IsFirstName(i) || IsNeverName(i) ||
        !OneOf(context_.folded(i - 1), {"ask", "tell", "be", "spør"})) {
      return false;
    }
    if (Is(i + 1, "to")) return context_.IsWord(i + 2) && !context_.IsCapitalized(i + 2);
    return (Is(i + 1, "om") || Is(i + 1, "til")) && Is(i + 2, "å");
  }

  // "min kollega Farah", "my neighbour Ivanka", "naboen min Wiktoria".
  bool FollowsSomeonesKin(size_t i) const {
    if (i < 2) return false;
    const std::string_view before = context_.folded(i - 1);
    const std::string_view two_before = context_.folded(i - 2);
    return (OneOf(two_before, kOwnersBefore) && OneOf(before, kPeopleOfSomeone)) ||
           (OneOf(two_before, kPeopleOfSomeoneDefinite) && OneOf(before, kOwnersBefore));
  }

  // Whether an English possessive follows word `last` (the tokens split it off: "Sam" "'s").
  bool PossessiveFollows(size_t last) const {
    return Is(last + 1, "'s") || Is(last + 1, "\u2019s");
  }
  // Whether a Norwegian possessive follows word `last`: "Kari sin pakke", "Ilda si sak".
  bool NorwegianPossessiveFollows(size_t last) const {
    return OneOf(context_.folded(last + 1), {"si", "sin", "sitt", "sine"});
  }

  // "Okonkwo's number", "Adebayo's email": whose contact details one asks for is a person
  // (a business's are, in the lists, not unknown words: "Telenor's number").
  bool OwnsContactDetails(size_t last) const {
    return PossessiveFollows(last) && OneOf(context_.folded(last + 2), kContactDetails);
  }

  // "Sam's dad", "Emma's teacher": a known first name owning kin, a friend or a colleague.
  bool OwnsKin(size_t first, size_t last) const {
    return context_.IsFirstName(first) && PossessiveFollows(last) &&
           OneOf(context_.folded(last + 2), kPeopleOfSomeone);
  }

  // "Bror min", "Syster mi": a word for kin before an owner's word.
  bool IsKinOfSomeone(size_t i) const {
    return i + 1 < context_.size() && OneOf(context_.folded(i), kKinWords) &&
           OneOf(context_.folded(i + 1), kOwnerWords);
  }

  bool IsSingleLetter(size_t i) const {
    const WordToken token = context_.token(i);
    return token.end - token.start == 1;
  }

  const TaggingContext& context_;
  const PersonWordRoles& roles_;
};

struct SegmentBuffers {
  TaggingContext context;
  std::vector<NameTag> tags;
  std::vector<uint32_t> features;
  std::vector<NameSpan> spans;
};

// Merges overlapping and adjacent spans in place, and spans that initials join: the union,
// with the highest score and the kind of the span that gave it.
void MergeSpans(const TaggingContext& context, std::vector<NameSpan>& spans) {
  std::sort(spans.begin(), spans.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.first < b.first; });
  size_t kept = 0;
  for (const NameSpan& span : spans) {
    NameSpan* last = kept > 0 ? &spans[kept - 1] : nullptr;
    if (last != nullptr && span.first > last->last + 1) {
      // "Inge D" + "." + "Hanssens", or "Inge" + "D ." + "Hanssens".
      const bool ends_in_initial = AreInitials(context, last->last, last->last + 1);
      const size_t gap_first = ends_in_initial ? last->last : last->last + 1;
      if ((span.first - gap_first <= kMaxInitialTokens &&
           AreInitials(context, gap_first, span.first - 1)) ||
          AreParticles(context, last->last + 1, span.first - 1)) {
        last->last = span.first - 1;
      }
    }
    if (last != nullptr && span.first <= last->last + 1) {
      last->last = std::max(last->last, span.last);
      last->introduced = last->introduced || span.introduced;
      if (span.score > last->score) {
        last->score = span.score;
        last->kind = span.kind;
      }
    } else {
      spans[kept++] = span;
    }
  }
  spans.resize(kept);
  for (NameSpan& span : spans) {
    if (IsAnApostropheSurname(context, span.last + 1)) ++span.last;
  }
  // Initials before a name are part of it: "signert av J. Olsen", "J. R. Smith".
  for (NameSpan& span : spans) {
    for (int initials = 0; initials < 2 && span.first >= 2 &&
                           AreInitials(context, span.first - 2, span.first - 1);
         ++initials) {
      span.first -= 2;
    }
  }
}

}  // namespace

absl::StatusOr<std::unique_ptr<PersonDetector>> PersonDetector::Create() {
  auto model = PersonModel::FromBytes(embedded::PersonTaggerWeights());
  if (!model.ok()) return model.status();
  std::unique_ptr<PersonDetector> detector(new PersonDetector(
      std::move(*model),
      NameLists::Parse({.first_names = embedded::FirstNames(),
                        .last_names = embedded::LastNames(),
                        .common_words = embedded::CommonWords(),
                        .places = embedded::PlaceNames(),
                        .lowercase_first_names = embedded::LowercaseFirstNames(),
                        .lowercase_names_also_words = embedded::LowercaseNamesAlsoWords(),
                        .known_words = embedded::KnownWords(),
                        .public_figures = embedded::PublicFigures()}),
      BuildPersonWordRoles()));
  return detector;
}

namespace {

// Whether `text` is written all in capitals ("HEI, DET ER INGRID"), as some write every
// message: no lowercase letter (ASCII or Latin-1) and a few capitals. The first lowercase
// letter ends the search, a few bytes into most texts.
bool IsShouted(std::string_view text) {
  constexpr int kMinCapitals = 4;
  int capitals = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = text[i];
    if (byte >= 'a' && byte <= 'z') return false;
    if (byte >= 'A' && byte <= 'Z') ++capitals;
    // "æ", "ø", "å" and the other lowercase letters of Latin-1: U+00DF-U+00FF but "÷".
    if (byte == 0xC3 && i + 1 < text.size()) {
      const unsigned char next = text[i + 1];
      if (next >= 0x9F && next != 0xB7) return false;
      if (next >= 0x80 && next != 0x97) ++capitals;
    }
  }
  return capitals >= kMinCapitals;
}

// `text` in lowercase, byte for byte (A-Z and the capitals of Latin-1, whose lowercase has
// the same length in UTF-8), so that offsets in it are offsets in `text`.
void LowercaseInto(std::string_view text, std::string& lowered) {
  lowered.assign(text.data(), text.size());
  for (size_t i = 0; i < lowered.size(); ++i) {
    const unsigned char byte = lowered[i];
    if (byte >= 'A' && byte <= 'Z') {
      lowered[i] = static_cast<char>(byte + 32);
    } else if (byte == 0xC3 && i + 1 < lowered.size()) {
      const unsigned char next = lowered[i + 1];
      if (next >= 0x80 && next <= 0x9E && next != 0x97) {
        lowered[i + 1] = static_cast<char>(next + 32);
      }
      ++i;
    }
  }
}

}  // namespace

void PersonDetector::ConfirmText(const ScanView& view, std::vector<Finding>& out) const {
  // A text all in capitals is read as lowercase chat: its capitals tell nothing of names,
  // and the rules of lowercase chat do ("det er ingrid", "datteren min kari hansen").
  thread_local std::string lowered;
  std::string_view text = view.text();
  if (IsShouted(text)) {
    LowercaseInto(text, lowered);
    text = lowered;
  }
  const size_t first_new = out.size();
  size_t begin = 0;
  while (begin < text.size()) {
    // Both searches stay within one segment's reach: searching a whole long line for each
    // segment made lines without breaks or spaces quadratic.
    const std::string_view reach = text.substr(begin, kMaxSegmentBytes + 1);
    const size_t newline = reach.find('\n');
    size_t end = begin + std::min(newline, reach.size());
    if (newline == std::string_view::npos && reach.size() > kMaxSegmentBytes) {
      const size_t space = reach.rfind(' ');
      end = space != std::string_view::npos && space > 0 ? begin + space : begin + kMaxSegmentBytes;
      while (end < text.size() && IsUtf8Continuation(text[end])) ++end;
    }
    // A sign-off alone on its line is read with the next, which holds the name: "Best,"
    // then "Helen".
    if (end < text.size() && text[end] == '\n' &&
        IsASignOffLine(text.substr(begin, end - begin), word_roles_)) {
      const size_t next = text.substr(end + 1, kMaxSegmentBytes + begin - end).find('\n');
      if (next != std::string_view::npos) {
        end += 1 + next;
      } else if (text.size() - begin <= kMaxSegmentBytes) {
        end = text.size();
      }
    }
    ConfirmSegment(text, begin, end, out);
    begin = end + (end < text.size() && text[end] == '\n');
  }
  AddSigningFirstName(text, first_new, out);
  AddRepeatedNames(text, first_new, out);
}

void PersonDetector::AddSigningFirstName(std::string_view text, size_t first,
                                         std::vector<Finding>& out) const {
  const auto [start, end] = SigningFirstName(text, names_, word_roles_);
  if (start == end) return;
  for (size_t i = first; i < out.size(); ++i) {
    if (out[i].start < end && start < out[i].end) return;
  }
  out.push_back({"PERSON", start, end, kModelScore, "", "cue"});
}

void PersonDetector::AddRepeatedNames(std::string_view text, size_t first,
                                      std::vector<Finding>& out) const {
  // Bounded: a conversation, not a log file, and a few people in it.
  if (text.size() > kMaxRepeatTextBytes) return;
  const size_t found = out.size();
  std::vector<std::string_view> words;
  for (size_t i = first; i < found && words.size() < kMaxRepeatedWords; ++i) {
    if (out[i].score < kModelScore) continue;
    std::string_view name = text.substr(out[i].start, out[i].length());
    while (!name.empty() && words.size() < kMaxRepeatedWords) {
      const size_t space = std::min(name.find(' '), name.size());
      const std::string_view word = name.substr(0, space);
      name.remove_prefix(std::min(space + 1, name.size()));
      // Capitalised words of two letters or more that are not ordinary words.
      if (word.size() < 2 || !IsUpperCodePoint(CodePointAt(word, 0))) continue;
      if (names_.Find(FoldCase(word)) & NameLists::kCommon) continue;
      if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
    }
  }
  // Covered by a finding as strong: a weaker one there (a lone word opening a sentence) is
  // outscored by the repeat.
  auto covered = [&](size_t start, size_t end) {
    for (size_t i = first; i < out.size(); ++i) {
      if (start < out[i].end && out[i].start < end && out[i].score >= kModelScore) return true;
    }
    return false;
  };
  for (const std::string_view word : words) {
    for (size_t pos = text.find(word); pos != std::string_view::npos;
         pos = text.find(word, pos + word.size())) {
      const size_t end = pos + word.size();
      if (WordCharBefore(text, pos) || WordCharAt(text, end) || covered(pos, end)) continue;
      out.push_back({"PERSON", pos, end, kModelScore, "", "repeat"});
    }
  }
}

void PersonDetector::ConfirmSegment(std::string_view text, size_t begin, size_t end,
                                    std::vector<Finding>& out) const {
  // Per-thread buffers: a message costs no allocation once a thread has seen a long one.
  thread_local SegmentBuffers buffers;
  const TaggingContext& context = buffers.context;
  buffers.context.Assign(text, begin, end, names_);
  if (context.size() == 0) return;
  buffers.tags.assign(context.size(), NameTag::kOutside);
  model_.Tag(context, 0, context.size(), buffers.tags, buffers.features);
  buffers.spans.clear();
  const SegmentTagger tagger(context, word_roles_);
  tagger.AddModelNames(buffers.tags, buffers.spans);
  tagger.AddCueAndLowercaseNames(buffers.spans);
  tagger.AddNamesByPlace(buffers.tags, buffers.spans);
  MergeSpans(context, buffers.spans);
  const size_t no_person_field_end = NoPersonFieldEnd(context);
  for (const NameSpan& span : buffers.spans) {
    // A brand is a person only when introduced as one ("jeg heter Calvin Klein", "I'm John
    // Lewis"); greeted, thanked or signing off, it is the business ("Cheers Royal Mail").
    if ((span.kind != "cue" && span.last < no_person_field_end) ||
        (!span.introduced && (NamesABrand(context, span.first, span.last, word_roles_.brands) ||
                              NamesAServiceInItsTrade(context, span.first, span.last) ||
                              NamesAShopsBranch(context, span.first, span.last))) ||
        NamesACompany(context, span.first, span.last) || IsAFinnishVerb(context, span.first) ||
        NamesADisease(context, span.last) || tagger.IsAPetsName(span.first) ||
        IsAFormsLabelForOther(text, context, span.first, span.last) ||
        (span.first == span.last && span.kind == "model" &&
         OpensAFixedExpression(context, span.first))) {
      continue;
    }
    out.push_back({"PERSON", context.token(span.first).start, context.token(span.last).end,
                   span.score, "", span.kind});
  }
  FindUserNames(context, out);
}

std::string PersonDetector::Normalize(std::string_view type, std::string_view value) const {
  return FoldCase(value);
}

}  // namespace sladd
