#include "detectors/person_words.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "detectors/context.h"
#include "detectors/embedded_data.h"
#include "detectors/word_lists.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Words that are never names, however they are written: pronouns, function words and the
// verbs and adverbs that follow "jeg heter" or a greeting in chat ("jeg heter egentlig",
// "hei alle sammen"). Case-folded.
constexpr std::string_view kNotNames[] = {
    // Norwegian bokmål and nynorsk
    "alle", "alt", "altså", "av", "bare", "berre", "beklager", "ble", "blir", "bor", "bra",
    "bør", "da", "dei", "deg", "dem", "den", "denne", "der", "deres", "dere", "det", "dette",
    "disse", "din", "dine", "ditt", "du", "eg", "egentlig", "ei", "eller", "en", "er", "et",
    "ett", "faktisk", "fint", "for", "fornøyd", "fra", "frå", "gjerne", "god", "godt", "går",
    "ha", "hadde", "han", "hans", "har", "heiter", "heller", "henne", "hennes", "her", "heter",
    "hjelp", "hjemme", "ho", "hun", "hva", "hvem", "hvor", "hvordan", "hvorfor", "i", "ikke",
    "ikkje", "ingen", "interessert", "ja", "jeg", "jo", "kan", "kanskje", "kommer", "korleis",
    "kunne", "kva", "kvifor", "lurer", "litt", "må", "måtte", "me", "med", "meg", "men", "mer",
    "min", "mine", "mitt", "mye", "mykje", "nei", "noe", "noen", "nok", "nå", "når", "og", "også",
    "ok", "okei", "om", "oss", "på", "ringer", "sammen", "sier", "sikker", "skal", "skriver",
    "skulle", "som", "så", "takk", "til", "trenger", "tror", "ute", "var", "vel", "vet", "vi",
    "vil", "ville", "vår", "våre", "vårt", "ønsker", "å", "òg",
    // and "again" after a name asked for ("kan jeg snakke med han som heter Stian igjen?",
    // thirty-ninth session)
    "igjen", "atter",
    // an address's label cut short ("Adr: Bjølsengata 15 H0202 0468 Oslo", thirty-ninth
    // session)
    "adr", "addr",
    // Swedish and Danish words that follow a writer's name ("Jag heter Elsa Lindqvist och
    // har en fråga", round 182)
    "och", "jag", "är", "inte", "att", "mig", "hej", "tack", "hälsningar", "vänliga",
    "mit", "gerne", "venlig",
    // and the verbs that open their chat lines as "trenger" and "lurer" open Norwegian ones
    // ("Behöver veta om ni har varorna", round 321)
    "behöver", "undrar", "tänkte", "önskar", "trænger", "spørger",
    // What "my name is" may go on with when it names no one ("my name is spelled
    // differently on my passport", round 189)
    "spelled", "spelt", "misspelled", "written", "wrong", "different", "differently",
    "incorrect", "missing",
    // God, in any language, is not a person to redact ("Jeg tror ikke på Gud"), nor is a
    // saint's title ("Sankt Petersburg")
    "gud", "guds", "allah", "sankt",
    // A British party whose name is also a first name, and an elected member's letters
    // ("Our Tory MP held a surgery", round 867; "Jo Cox MP")
    "tory", "tories", "mp", "mps", "msp", "mep", "mla",
    // Diseases named after people, which chat names capitalised ("Far har Alzheimer"); not
    // "Parkinson", also a surname
    "alzheimer", "alzheimers", "asperger", "aspergers", "tourette", "tourettes", "bechterew",
    "bechterews", "crohn", "crohns", "parkinsons", "osgood-schlatter",
    // and a tendon named after one ("My Achilles is sore", "our Achilles heel"; forty-fourth
    // session)
    "achilles",
    // Medicines sold without prescription, which a pharmacy's chat names capitalised ("kan
    // jeg ta Ibux samtidig?"; probe round 142, 2026-12-03); those that tell of an illness
    // are terms of HEALTH_DATA instead
    "ibux", "paracet", "pinex", "panodil", "paralgin", "ibumetin", "globoid", "dispril",
    "albyl", "ibuprofen", "paracetamol", "acetaminophen", "aspirin", "naproxen", "tylenol",
    "advil", "nurofen", "voltaren", "otrivin", "nezeril", "zyrtec", "cetirizin", "aerius",
    "clarityn", "loratadin", "imodium", "gaviscon", "novaluzid", "samarin", "solvezink",
    "microlax", "pevaryl", "zovirax", "lactulose", "nycoplus", "canesten", "calpol",
    "lemsip", "strepsils", "rennie", "piriton", "benadryl", "sudafed",
    // Events and feasts that open a sentence or follow "for" capitalised ("Brexit made
    // shipping a nightmare", "closed for Eid al-Fitr")
    "brexit", "al-fitr", "al-adha", "ul-fitr", "ul-adha",
    // North Sami "good day", "good morning", "good evening" ("Buorre beaivi! Mitt navn er
    // ...", round 723)
    "buorre", "beaivi", "iđit", "eahket",
    // Programming languages and tools a CV or a recruiter's note names capitalised
    // ("strong Java background", "good Java and Kotlin skills", fortieth session)
    "java", "kotlin", "python", "javascript", "typescript", "golang", "kubernetes", "linux",
    // and a ship's or a hotel's wireless ("Do you offer Wi-Fi packages?", round 729)
    "wi-fi", "wifi",
    // Forms of companies after their names ("Acme Ltd", "Equinor ASA")
    "ltd", "plc", "inc", "llc", "gmbh", "asa",
    // Labels of a phone number ("Tlf. +4791234567" gave "Tlf" as a name)
    "tlf", "tel", "mob", "faks", "fax",
    // English
    "a", "actually", "again", "all", "also", "am", "an", "and", "are", "at", "be", "been", "but",
    "by", "called", "calling", "can", "could", "customer", "everybody", "everyone", "folks", "from",
    "glad", "guys", "had", "happy", "has", "have", "he", "here", "him", "his", "how", "im",
    "in", "interested", "is", "it", "its", "just", "looking", "me", "mine", "my", "no", "not",
    "of", "okay", "on", "or", "our", "really", "she", "should", "so", "sorry", "support",
    "team", "thank", "thanks", "that", "the", "their", "them", "there", "these", "they",
    "this", "those", "to", "us", "very", "was", "we", "were", "what", "when", "where", "who",
    "why", "will", "with", "wondering", "would", "writing", "yes", "you", "your",
    // and contractions ("my name is Priya and I'd like", "my English isn't perfect")
    "i'd", "i'll", "i'm", "i've", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't",
    "didn't", "can't", "won't", "wouldn't", "couldn't", "shouldn't", "haven't", "hasn't",
    "it's", "that's", "there's", "what's", "let's", "he's", "she's", "you're", "we're",
    "they're", "you'll", "you've", "we'd", "we'll", "we've", "they'd", "they'll", "they've",
    "he'd", "he'll", "she'd", "she'll", "you'd", "it'll", "that'll", "who's", "ain't",
    // English chat interjections and forms of address that open a line before a name
    // ("Bye Capwin", "Poor Jimmy", "RIP Kobe") or stand alone capitalised ("Dude")
    "aww", "awww", "bro", "bruh", "bye", "congrats", "damn", "dude", "fuck", "fucking",
    "lmao", "lol", "omg", "poor", "rip", "ugh", "wow", "yay", "yeah",
    // and English chat shorthand, which opens lines capitalised ("Plz", "Welp", "Idk")
    "aight", "btw", "coz", "cuz", "fave", "idk", "imo", "lmfao", "nah", "omw", "plz", "pls",
    "smh", "tbh", "thx", "welp", "wtf", "yep", "yup", "xd", "haha", "hehe", "rofl", "ikr",
    // Products and brands that customer chat names and the tagger took for people
    "android", "bluetooth", "excel", "garmin", "microsoft", "philips", "samsung", "google",
    "sony", "lenovo", "huawei", "xiaomi", "nokia", "siemens", "bosch", "electrolux", "miele",
    "logitech", "spotify", "netflix", "vipps", "telenor", "telia", "elkjøp", "komplett",
    "zalando", "ikea", "iphone", "ipad", "macbook", "playstation", "xbox", "nintendo",
    // and Nordic public services and businesses, and British ones, that chat greets ("Hei
    // Vy, toget er forsinket", "Hi Monzo, my card is blocked"; probe round 137)
    "nav", "vy", "altinn", "helfo", "entur", "skyss", "kolumbus", "atb", "ruter", "posten",
    "postnord", "widerøe", "nordea", "gjensidige", "fremtind", "tryg", "codan", "sbanken",
    "obos", "rema", "meny", "bunnpris", "jula", "biltema", "netonnet", "tibber", "hafslund",
    "elvia", "fjordkraft", "lånekassen", "udi", "dnb", "xxl", "sas", "klarna", "revolut",
    "monzo", "tesco", "vodafone", "uber", "airbnb", "expedia", "ryanair",
    // Holidays and their greetings ("Merry Christmas Kari", "See you at Easter")
    "christmas", "xmas", "easter", "halloween", "thanksgiving", "merry", "jul", "påske",
    "påsken", "nyttår", "yom", "kippur", "hanukkah", "hanukka", "chanukah", "diwali",
    "passover", "pesach", "sukkot", "hashanah", "navratri", "vaisakhi", "sankthans",
    "sankthansaften", "jonsok", "pinse", "pinsen", "midsommar", "himmelfartsdag",
    "himmelfartsdagen", "himmelfart",
    // and the gift-giver of a workplace's draw ("are we doing secret santa this year?")
    "santa", "julenissen",
    // What follows "I'm" or "jeg er" when it is not a name (and kPeoplesAndFaiths)
    "atheist", "gay", "lesbian", "bisexual", "straight", "single", "married", "divorced",
    "retired", "pregnant", "sick", "tired", "busy", "ready", "fine", "afraid", "sure", "new",
    "home", "back", "norsk", "svensk", "dansk", "muslimsk", "gravid", "syk", "sliten",
    "ferdig", "klar", "skilt", "gift", "singel",
    // Finnish "I am" ("Hei, olen Matti Virtanen", "Olen väsynyt"), though Olen is a rare
    // English first name: the name after it is the tagger's
    "olen",
};

// Peoples and faiths, which follow "I'm" or "jeg er" as often as a name does, and after an
// unknown word make it a kind of them ("I'm Ahmadiyya Muslim", "I'm Punjabi Sikh").
constexpr std::string_view kPeoplesAndFaiths[] = {
    "norwegian", "swedish", "danish", "finnish", "english", "british", "american", "german",
    "french", "polish", "chinese", "japanese", "korean", "indian", "pakistani", "african",
    "mexican", "italian", "spanish", "russian", "turkish", "arab", "arabic", "irish",
    "scottish", "welsh", "canadian", "australian", "aussie", "dutch", "greek", "brazilian",
    "muslim", "jewish", "catholic", "hindu", "buddhist", "sikh",
    // and languages spoken in the Nordics ("translate it into Urdu and Somali")
    "urdu", "somali", "tigrinya", "tigrinja", "amharic", "farsi", "persian", "dari", "pashto",
    "punjabi", "hindi", "bengali", "tamil", "vietnamese", "tagalog", "swahili", "kurdish",
    "sorani", "kurmanji", "lithuanian", "latvian", "estonian", "ukrainian", "romanian",
    "bosnian", "serbian", "croatian", "albanian", "portuguese", "eritrean", "ethiopian",
    "afghan", "syrian", "iraqi", "iranian", "sami", "kven", "scandinavian", "nordic",
    "european", "asian", "latino", "latina"};

// English words in the first- or last-name lists that open sentences as words.
constexpr std::string_view kOpenerWords[] = {
    "best", "day", "else", "even", "good", "hope", "june", "little", "love", "may", "read",
    "said",
    // adjectives and nouns that open a note or a review ("Strong Java background", "Sharp
    // pain in my knee", "Short notice, sorry", "Price is fine"; fortieth session)
    "black", "bright", "brown", "cross", "golden", "gray", "green", "hardy",
    "long", "moody", "noble", "price", "rich", "savage", "sharp", "short", "small", "smart",
    "stark", "stout", "strong", "swift", "white", "wise", "young"};

// Cue words before a name. Introductions accept lowercase words; greetings need a
// capitalised word or a known name.
constexpr std::string_view kIntroductions[] = {"heter", "heiter", "kalles", "hedder"};
constexpr std::string_view kGreetings[] = {"hei",   "hallo", "heisann", "hey",    "hi",
                                           "hello", "dear",  "kjære",   "thanks", "takk",
                                           // Swedish and Danish ("Hej Mette", "Tack Oskar")
                                           "hej",   "hejsan", "tack",   "tak",
                                           // North Sami "hello" and "thanks" (round 723)
                                           "bures", "giitu"};
// Sign-offs are greetings that end a message: the lowercase words after them up to the end
// of the line are the writer's name ("mvh kari nordmann").
constexpr std::string_view kSignOffs[] = {"hilsen", "helsing", "mvh", "vh", "regards", "cheers",
                                          "sincerely", "wishes", "rgds",
                                          // Swedish ("Vänliga hälsningar"), Danish
                                          "hälsningar", "hälsning", "hilsner"};
// Sign-offs of e-mail that are words elsewhere ("the best Western hotel"): only before a
// comma ("Best,\nHelen").
constexpr std::string_view kSignOffsBeforeAComma[] = {"best", "warmly", "love"};
constexpr std::string_view kNameWords[] = {"navn", "navnet", "namn", "namnet", "name",
                                           // Finnish "my name" ("Nimeni on Liisa Korhonen")
                                           "nimeni"};
constexpr std::string_view kContactWords[] = {"kontaktperson", "kontakt", "contact"};
// Words after which a person is often named: "snakket med kari", "send it to emma".
constexpr std::string_view kPersonWords[] = {
    "med",   "til",    "fra",     "frå",    "hos",   "be",    "ba",  "spør",  "spørre", "spurte",
    "ring",  "ringe",  "ringte",  "snakket", "snakka", "møtte", "hils", "hilse", "to",
    "with",  "from",   "tell",    "told",   "ask",   "asked", "met", "meet",  "thank",
    "cc",    "bcc",
    // Swedish and Danish ("ringa johan", "pratade med linnéa", "spørg mette"); not "till"
    // or "från", before which Swedish words the lowercase lists hold stand ("till nya")
    "ringa", "fråga",  "spørg",   "pratade", "snakkede"};
// The first words of person words of two: "på vegne av", "on behalf of", "står på" (the
// account is in a name), "registrert på", "registered to", a table's booking: "booking
// under Okafor", "reservert på Hansen".
constexpr std::string_view kBeforePersonWords[] = {
    "vegne",   "behalf", "står",     "stod",        "registrert", "registered",
    "booking", "booked", "reserved", "reservation", "reservert"};
// Titles are skipped, and are themselves a cue: "fru Hansen", "Dr. Smith". English titles
// written capitalised before a name are left out of it too ("President Emmanuel Macron");
// those that are also names (King, Judge, Major) are not titles here; "miss", a verb too, is
// one only capitalised before a known name (person.cc: "our key worker is Miss Patel").
constexpr std::string_view kTitles[] = {
    "fru",        "frue",       "herr",      "hr",        "frk",        "mr",
    "mrs",        "ms",         "dr",        "prof",      "president",  "chancellor",
    "senator",    "governor",   "minister",  "secretary", "chairman",   "chairwoman",
    "ceo",        "captain",    "sergeant",  "officer",   "detective",  "inspector",
    "professor",  "doctor",     "sir",       "lady",      "dame",       "sheikh",
    "rev",        "reverend",   "father",    "coach",     "mayor",      "commissioner",
    "ambassador", "cardinal",   "rabbi",     "imam",      "pastor",     "lieutenant",
    "colonel",    "admiral",    "marshal",   "constable",  "mx",         "miss",
    // ranks as letters sign them ("Lt Col (Retd) James Harrington", thirty-ninth session)
    "lt",         "col",        "capt",      "sgt",        "cpl",
    // Norwegian, bokmål and nynorsk, with the definite form where it is used so ("presten
    // Ola Berg"); verbs and words that also name things (trener, sjef, forsvarer) left out
    "advokat",    "advokaten",  "biskop",    "biskopen",  "diakon",     "direktør",
    "direktøren", "dommer",     "dommeren",  "dronning",  "dronningen", "forfatter",
    "forfatteren", "fotograf",  "journalist", "kaptein",  "kapteinen",  "kirurg",
    "kong",       "konservator", "konsul",  "kronprins",  "kronprinsesse",
    "lege",       "legen",      "lektor",    "lensmann",  "lensmannen", "løytnant",
    "ordfører",   "ordføreren", "organist",  "organisten", "overlege",  "prest",
    "presten",    "prins",      "prinsesse", "prost",     "politimester", "redaktør",
    "redaktøren", "rektor",     "rektoren",  "rådmann",   "rådmannen",  "sogneprest",
    "sokneprest", "statsminister", "statsministeren", "statsråd", "statsråden",
    "stortingsrepresentant", "varaordfører",
    // health workers, whom chat names by their work ("Kardiologen sier ...", round 177)
    "fastlege",   "fastlegen",  "kardiolog", "kardiologen", "psykolog",  "psykologen",
    "psykiater",  "psykiateren", "tannlege", "tannlegen",  "jordmor",    "jordmora",
    "sykepleier", "sykepleieren", "fysioterapeut", "fysioterapeuten"};

}  // namespace

PersonWordRoles BuildPersonWordRoles() {
  PersonWordRoles roles;
  auto add_one = [&](std::string_view word, CueWord cue, bool never_name) {
    const auto role = static_cast<uint8_t>(cue | (never_name ? kNeverName : 0));
    roles.all.Add(word, role);
    if (cue != kNoCue) {
      roles.cues.Add(word, role);
      roles.cue_filter.Add(word);
    }
  };
  // Phones write the apostrophe as U+2019: a word with '\'' is added in both forms.
  auto add = [&](std::string_view word, CueWord cue, bool never_name) {
    add_one(word, cue, never_name);
    if (word.find('\'') != std::string_view::npos) {
      add_one(absl::StrReplaceAll(ToAbsl(word), {{"'", "\xE2\x80\x99"}}), cue, never_name);
    }
  };
  for (const std::string_view word : kNotNames) add(word, kNoCue, true);
  for (const std::string_view word : kPeoplesAndFaiths) {
    roles.all.Add(word, kNeverName | kPeopleOrFaithWord);
  }
  for (const std::string_view word : kOpenerWords) roles.all.Add(word, kOpenerWord);
  for (const std::string_view word : {"april", "may", "june", "august"}) {
    roles.all.Add(word, kMonthWord);
  }
  for (const std::string_view word : kIntroductions) add(word, kIntroductionWord, true);
  for (const std::string_view word : kGreetings) add(word, kGreetingWord, true);
  for (const std::string_view word : kSignOffs) add(word, kSignOffWord, true);
  // Not never-names: "Love" is a Swedish name, "Best" a surname.
  for (const std::string_view word : kSignOffsBeforeAComma) add(word, kCommaSignOffWord, false);
  for (const std::string_view word : kPersonWords) add(word, kPersonWord, true);
  for (const std::string_view word : kBeforePersonWords) add(word, kBeforePersonWord, true);
  for (const std::string_view word : kDoneBy) add(word, kBeforePersonWord, true);
  // Kin words are surnames too ("Mann", "Sister"): not never-names.
  for (const std::string_view word : kPeopleOfSomeone) add(word, kKinWord, false);
  for (const std::string_view word : kPeopleOfSomeoneDefinite) add(word, kKinWord, false);
  for (const std::string_view word : kPeopleByTheirWork) add(word, kKinWord, false);
  for (const std::string_view word : kTitles) add(word, kTitleWord, true);
  // "Name: john smith": the tagger may take the capitalised label for a name.
  for (const std::string_view word : kNameWords) add(word, kNameWord, true);
  for (const std::string_view word : kNameLabelWords) add(word, kNameWord, true);
  for (const std::string_view word : kContactWords) add(word, kContactWord, false);
  for (const std::string_view word : {"kaller", "call"}) add(word, kCallWord, false);
  for (const std::string_view word : {"jeg", "eg", "her", "dette", "this", "i"}) {
    add(word, kSubjectWord, false);
  }
  // "I'm John", and chat's "im john".
  for (const std::string_view word : {"i'm", "im"}) add(word, kIAmWord, true);
  // "it's tom again", "its josh from the office" (not "its Bluetooth settings").
  for (const std::string_view word : {"it's", "its"}) add(word, kItIsWord, true);
  ForEachDataLine(embedded::BrandNames(), [&](std::string_view brand, size_t) {
    roles.brands.insert(FoldCase(brand));
    return true;
  });
  return roles;
}

namespace {

// Whether tokens first, first + 1 and first + 2 are two capitalised words joined by "and"
// or "&" that name a brand, which the tagger takes one by one.
bool IsAJoinedBrandFrom(const TaggingContext& context, size_t first,
                        const absl::flat_hash_set<std::string>& brands) {
  if (first + 2 >= context.size() || !context.IsCapitalized(first) ||
      !context.IsCapitalized(first + 2)) {
    return false;
  }
  std::string joined(context.folded(first));
  joined.append(" ").append(context.folded(first + 1)).append(" ");
  return brands.contains(joined.append(context.folded(first + 2)));
}

}  // namespace

size_t NoPersonFieldEnd(const TaggingContext& context) {
  if (context.size() < 3 || context.raw(1) != ":" ||
      !OneOf(context.folded(0), kNoPersonLabelWords)) {
    return 0;
  }
  size_t end = 2;
  while (end < context.size() && (context.IsWord(end) || context.raw(end) == "&")) ++end;
  return end;
}

bool NamesABrand(const TaggingContext& context, size_t first, size_t last,
                 const absl::flat_hash_set<std::string>& brands) {
  auto words_from = [&](size_t from) {
    std::string words;
    for (size_t i = from; i <= last; ++i) {
      if (!words.empty()) words += ' ';
      words += context.folded(i);
    }
    return words;
  };
  std::string words = words_from(first);
  if (brands.contains(words)) return true;
  // With a capitalised word before or after it that the tagger left out.
  if (first > 0 && context.IsCapitalized(first - 1) && brands.contains(words_from(first - 1))) {
    return true;
  }
  if (first == last && (IsAJoinedBrandFrom(context, first, brands) ||
                        (first >= 2 && IsAJoinedBrandFrom(context, first - 2, brands)))) {
    return true;
  }
  if (last + 1 >= context.size() || !context.IsCapitalized(last + 1)) return false;
  return brands.contains(words.append(" ").append(context.folded(last + 1)));
}

bool NamesACompany(const TaggingContext& context, size_t first, size_t last) {
  // Capitalised, as registers and letterheads write them ("as", "ab" and "da" are words),
  // and never a name's first word: the loop asks only capitalised words after it.
  static constexpr std::string_view kCompanyForms[] = {
      "AS",  "ASA", "ANS", "DA",  "SA",      "AB",      "Oy",  "Oyj", "ApS",
      "Ltd", "LTD", "Limited", "LIMITED", "Inc", "INC", "Corp", "CORP", "Corporation",
      "LLC", "PLC", "Plc", "GmbH", "AG", "BV", "NV"};
  // Housing bodies, foundations, clubs and associations, before the name or after it:
  // "Sameiet Solsiden", "Solsiden borettslag", "Kjelsås IL", "kasserer i Kristen Forening".
  static constexpr std::string_view kBodyForms[] = {
      "sameiet",      "sameie",     "boligsameiet", "boligsameie", "borettslaget",  "borettslag",
      "brl",          "stiftelsen", "stiftelse",    "velforening", "velforeningen", "idrettslag",
      "idrettslaget", "il",         "forening",     "foreningen",  "society",       "association"};
  const size_t end = std::min(last + 2, context.size());
  for (size_t i = first + 1; i < end; ++i) {
    if (context.IsCapitalized(i) && OneOf(context.raw(i), kCompanyForms)) return true;
  }
  for (size_t i = first > 0 ? first - 1 : first; i < end; ++i) {
    if (OneOf(context.folded(i), kBodyForms)) return true;
  }
  return false;
}

bool OpensAFixedExpression(const TaggingContext& context, size_t i) {
  // Each one's words, case-folded; the first is a first name that is also a word.
  static constexpr std::string_view kExpressions[][3] = {
      {"liv", "og", "helse"}, {"liv", "og", "lære"},   {"liv", "og", "røre"},
      {"liv", "og", "død"},   {"sol", "og", "sommer"}, {"sol", "og", "sommar"},
      {"sol", "og", "varme"}, {"sol", "og", "regn"},   {"rose", "gold", ""},
      {"jack", "up", ""}};
  // Each first word has three or four letters: the cheapest test first.
  const size_t size = context.raw(i).size();
  if ((size != 3 && size != 4) || i + 1 >= context.size()) return false;
  const std::string_view word = context.folded(i);
  for (const auto& expression : kExpressions) {
    if (word != expression[0]) continue;
    bool whole = true;
    for (size_t k = 1; k < 3 && !expression[k].empty() && whole; ++k) {
      whole = i + k < context.size() && context.folded(i + k) == expression[k];
    }
    if (whole) return true;
  }
  return false;
}

bool IsASurnameAlsoAWordEndingAName(const TaggingContext& context, size_t i) {
  // Words that may follow a name in the middle of a clause, no noun.
  static constexpr std::string_view kWordsAfterANameInAClause[] = {
      "about",  "and",  "at",   "from",   "in",  "on",   "to",  "for",  "yesterday",
      "today",  "said", "says", "is",     "was", "has",  "had", "will", "wants",
      "called", "om",   "og",   "på",     "til", "fra",  "i",   "sa",   "sier",
      "er",     "var",  "har",  "ringte", "vil", "skal", "kan"};
  // Not a verb that may follow a name itself: "emily said i could" is no "Emily Said".
  if (!context.IsLastName(i) || !(context.IsCommonWord(i) || context.IsFirstNameAlsoAWord(i)) ||
      OneOf(context.folded(i), kWordsAfterANameInAClause)) {
    return false;
  }
  const size_t next = i + 1;
  return next >= context.size() || !context.IsWord(next) ||
         OneOf(context.folded(next), kWordsAfterANameInAClause);
}

bool NamesAShopsBranch(const TaggingContext& context, size_t first, size_t last) {
  // The chains' last words, as a branch's place follows them (grocers, pharmacies, and
  // the pick-up points of parcels).
  static constexpr std::string_view kChainsLastWords[] = {
      "kiwi",  "meny",     "extra",    "mega",         "prix",   "obs",         "spar",
      "joker", "bunnpris", "europris", "vinmonopolet", "elkjøp", "vitusapotek", "boots",
      "tesco", "posten",   "postnord", "ica",          "netto",  "føtex",       "lidl"};
  if (first != last || first < 2 || !context.IsCapitalized(first)) return false;
  const std::string_view chain = context.folded(first - 1);
  const bool after_a_chain =
      chain == "1000" || chain == "1"
          ? OneOf(context.folded(first - 2), {"rema", "apotek"})  // "Rema 1000", "Apotek 1"
          : context.IsCapitalized(first - 1) && OneOf(chain, kChainsLastWords);
  // The name lists asked last, for the few words after a chain: "Hilsen Kiwi Kari" is Kari's.
  return after_a_chain && !context.IsFirstName(first);
}

bool NamesAServiceInItsTrade(const TaggingContext& context, size_t first, size_t last) {
  // Services Norwegians use daily that are also first names.
  static constexpr std::string_view kServicesNamedLikeAPerson[] = {"finn", "oda"};
  // Words of buying, selling and delivering that make one of them the service.
  static constexpr std::string_view kTradeWords[] = {
      "annonse",  "annonsen",   "annonser", "annonsene", "lagt",     "la",         "solgt",
      "selge",    "selger",     "solgte",   "kjøpt",     "kjøpte",   "kjøpe",      "handle",
      "handlet",  "handler",    "bestilte", "bestilt",   "bestille", "bestilling", "bestillingen",
      "levering", "leveringen", "varene",   "kontoen",   "appen",    "nettsiden",  "kundeservice"};
  constexpr size_t kReach = 8;
  // After the preposition of a place one trades at ("på Finn", "fra Oda"): a person of the
  // name may buy or sell too ("Finn kjøpte bilen").
  if (first != last || first == 0 || !OneOf(context.folded(first), kServicesNamedLikeAPerson) ||
      !OneOf(context.folded(first - 1), {"på", "via", "fra", "hos", "gjennom", "through", "on"})) {
    return false;
  }
  // The sentence around the word, as far as kReach tokens either way.
  size_t from = first;
  while (from > 0 && first - from < kReach && !context.StartsSentence(from)) --from;
  const size_t to = std::min(context.size(), first + kReach + 1);
  for (size_t i = from; i < to; ++i) {
    if (i > first && context.StartsSentence(i)) break;
    if (context.IsWord(i) && OneOf(context.folded(i), kTradeWords)) return true;
  }
  return false;
}

bool NamesADisease(const TaggingContext& context, size_t last) {
  static constexpr std::string_view kDiseaseWords[] = {
      "sykdom",    "sykdommen", "sjukdom", "sjukdomen",   "sygdom",     "syndrom",
      "syndromet", "syndrome",  "disease", "palsy",       "parese",     "lymfom",
      "lymphoma",  "sarkom",    "sarcoma", "thyreoiditt", "thyroiditis"};
  const std::string_view name = context.folded(last);
  size_t next = last + 1;
  const bool apostrophe = context.raw(next) == "'" || context.raw(next) == "\xE2\x80\x99";
  if (apostrophe) ++next;
  if (!apostrophe && (name.size() < 2 || name.back() != 's')) return false;
  if (!OneOf(context.folded(next), kDiseaseWords)) return false;
  // A first name's illness is a person's: "på grunn av Hannahs sykdom".
  std::string_view stem = name;
  if (!apostrophe) {
    stem.remove_suffix(1);
    for (const std::string_view mark : {std::string_view("'"), std::string_view("\xE2\x80\x99")}) {
      if (stem.size() > mark.size() && stem.substr(stem.size() - mark.size()) == mark) {
        stem.remove_suffix(mark.size());
      }
    }
  }
  return (context.ListsOf(stem) & NameLists::kFirst) == 0;
}

bool IsAFinnishVerb(const TaggingContext& context, size_t first) {
  static constexpr std::string_view kNegations[] = {"ei", "en", "et", "emme", "ette", "eivät"};
  return first > 0 && context.raw(first) == "ole" && OneOf(context.raw(first - 1), kNegations);
}

bool IsAFormsLabelForOther(std::string_view text, const TaggingContext& context, size_t first,
                           size_t last) {
  // A label is at most this long, and the field above it within this reach.
  static constexpr size_t kLabelLength = 40;
  static constexpr size_t kFieldAboveReach = 200;
  if (first != last || !OneOf(context.folded(first), {"anna", "andre"})) return false;
  const size_t start = context.token(first).start;
  if (start == 0 || text[start - 1] != '\n') return false;
  // To its colon the label holds lowercase words only: "Anna vi bør vite:".
  const std::string_view rest = text.substr(start, kLabelLength);
  const size_t colon = rest.find(':');
  const size_t line_end = rest.find('\n');
  if (colon == std::string_view::npos || colon > line_end) return false;
  for (size_t i = context.token(first).end; i < start + colon; ++i) {
    if (absl::ascii_isupper(text[i])) return false;
  }
  // A field on a line above: "Namn: Noah Ahmadi".
  const size_t from = start > kFieldAboveReach ? start - kFieldAboveReach : 0;
  return text.substr(from, start - from).find(": ") != std::string_view::npos;
}

std::pair<size_t, size_t> SigningFirstName(std::string_view text, const NameLists& names,
                                           const PersonWordRoles& roles) {
  constexpr std::string_view kBlank = " \t\r\n";
  const size_t end = text.find_last_not_of(kBlank) + 1;  // npos + 1 == 0: all blank
  if (end == 0) return {0, 0};
  // memrchr, not rfind: most messages are one line, read whole here (rfind walks byte by
  // byte: 1,000 instructions a chat message).
  const void* found = memrchr(text.data(), '\n', end);
  if (found == nullptr) return {0, 0};
  const size_t newline = static_cast<const char*>(found) - text.data();
  const size_t start = text.find_first_not_of(" \t", newline + 1);  // < end: text[end - 1]
  const std::string_view name = text.substr(start, end - start);
  const std::string_view before = text.substr(0, newline);
  const size_t before_end = before.find_last_not_of(kBlank);
  if (before_end == std::string_view::npos ||
      std::string_view(".!?").find(before[before_end]) == std::string_view::npos) {
    return {0, 0};
  }
  if (!IsUpperCodePoint(CodePointAt(name, 0)) ||
      !std::all_of(name.begin() + 1, name.end(),
                   [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || (c & 0x80) != 0; })) {
    return {0, 0};
  }
  const std::string folded = FoldCase(name);
  if ((names.Find(folded) & NameLists::kFirst) == 0 || (roles.all.Find(folded) & kNeverName) != 0) {
    return {0, 0};
  }
  return {start, end};
}

bool IsASignOffLine(std::string_view line, const PersonWordRoles& roles) {
  static constexpr std::string_view kThanksWords[] = {"thanks", "takk", "tack", "tak"};
  static constexpr std::ptrdiff_t kMaxWords = 3;
  const size_t first = line.find_first_not_of(" \t\r");
  const size_t last = line.find_last_not_of(" \t\r");
  if (first == std::string_view::npos) return false;
  line = line.substr(first, last + 1 - first);
  const bool comma = line.back() == ',';
  if (comma) line.remove_suffix(1);
  if (line.empty() || std::count(line.begin(), line.end(), ' ') >= kMaxWords) return false;
  const size_t space = line.rfind(' ');
  const std::string word = FoldCase(line.substr(space == std::string_view::npos ? 0 : space + 1));
  switch (static_cast<CueWord>(roles.cues.Find(word) & kCueMask)) {
    case kSignOffWord:
      return true;
    case kCommaSignOffWord:
      return comma;
    case kGreetingWord:
      return OneOf(word, kThanksWords);
    default:
      return false;
  }
}

}  // namespace sladd
