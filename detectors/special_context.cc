#include "detectors/special_context.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "absl/strings/match.h"
#include "detectors/context.h"
#include "detectors/person_words.h"
#include "engine/sentences.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// The length of the longest of `words`: how far a search for any of them must read.
template <size_t N>
constexpr size_t LongestOf(const std::string_view (&words)[N]) {
  size_t longest = 0;
  for (const std::string_view word : words) longest = std::max(longest, word.size());
  return longest;
}

// A '-' joins words into one ("kreft-pasient", "LO-medlem").
bool IsJoinerAt(std::string_view text, size_t pos, bool forward) {
  if (pos >= text.size() || text[pos] != '-') return false;
  return forward ? WordCharAt(text, pos + 1) : WordCharBefore(text, pos);
}

// Words that show a sentence is Norwegian, so that an "I" opening it is the preposition
// ("I dag", "I fengselet er det ...").
constexpr std::string_view kNorwegianWords[] = {
    "dag", "går", "morgen", "fjor", "det", "er", "og", "på", "som", "med", "har", "ikke",
    "ikkje", "jeg", "eg", "vi", "å", "av", "fra", "frå", "når", "den", "denne", "dette",
    "mange", "alle", "hele", "heile", "min", "mitt", "mine", "en", "et", "ei"};

// A letter of Nordic alphabets that English does not use: æ, ø, å, ä, ö in either case.
bool IsNordicLetter(char32_t c) {
  switch (c) {
    case U'æ': case U'ø': case U'å': case U'ä': case U'ö':
    case U'Æ': case U'Ø': case U'Å': case U'Ä': case U'Ö':
      return true;
    default:
      return false;
  }
}

// English verbs that make a lowercase "i" before them the writer: no Norwegian word
// follows the preposition "i" as these do.
constexpr std::string_view kEnglishVerbsAfterI[] = {
    "have",  "had",  "was",   "am",      "got",     "get",    "need",  "needed", "think",
    "feel",  "felt", "take",  "took",    "use",     "used",   "suffer", "suffered",
    "relapse", "relapsed", "went", "can", "can't", "cant",  "could", "would",  "will",
    "don't", "dont", "didn't", "didnt", "did",     "just",   "really", "still", "never",
    "always", "also", "live",  "lived",   "started", "stopped", "tested", "found", "keep"};
// Verbs after a named subject that make a statement of what follows: "Grace has type 1",
// "Ola er diabetiker", and what one wears: "Aisha wears a hijab" (round 557).
constexpr std::string_view kVerbsAfterANamedSubject[] = {
    "has", "had", "is",    "was",     "gets",   "got",    "needs", "uses", "takes",
    "har", "hadde", "er",  "var",     "fikk",   "får",    "trenger", "bruker", "tar", "går",
    "wears", "wore",
    // the verbs of a faith's practice (thirty-eighth session: "Sara faster i ramadan")
    "faster", "fastar", "fasts", "prays", "ber", "bærer", "feirer", "celebrates",
    // and in Swedish (round 717: "Alva är allergisk mot jordnötter")
    "är", "hade", "fick", "behöver", "använder"};
// A question opening with a modal before the name, and the verbs after it: "Can Aisha wear
// a hijab under her kit?", "Kan Ahmed bruke turban på jobb?".
constexpr std::string_view kModalsOpeningAQuestion[] = {"can", "could", "may", "should",
                                                        "kan", "kunne", "må",  "får"};
constexpr std::string_view kVerbsAfterAModalsSubject[] = {"wear", "have",  "use", "take",
                                                          "ha",   "bruke", "ta",  "gå"};
constexpr size_t kLongestModal = LongestOf(kModalsOpeningAQuestion);
// A modal after the name, before those verbs: "Aisha skal ha fri til Eid" (round 891).
constexpr std::string_view kModalsAfterAName[] = {"skal", "må",     "vil", "kan", "will",
                                                  "must", "should", "can", "ska", "måste"};
// Whether `word` may be one of kModalsAfterAName by its first letter: asked of every word
// before a term, the list alone cost 1% on a long line of terms.
bool MayBeAModal(std::string_view word) {
  return !word.empty() && std::string_view("cksmvw").find(word[0]) != std::string_view::npos;
}
// A case note's word for whom it is about, before the name: "Note: client Ewa Kowalska is
// Polish" (round 768).
constexpr std::string_view kRolesBeforeAName[] = {"client", "customer", "patient", "caller",
                                                  "kunde",  "kunden",   "pasient", "pasienten",
                                                  "klient", "klienten"};
// Conjunctions that open a clause: "... and Grace has asthma".
constexpr std::string_view kClauseConjunctions[] = {"and", "but", "so",  "because", "since",
                                                    "og",  "men", "så", "fordi",   "siden"};

// Whether a capital I opening a sentence is the Norwegian (or Swedish) preposition: the
// next word is capitalised ("I Oslo"), or text[pos, sentence_end) has a Norwegian word or a
// Nordic letter ("I fengsel får man ...").
bool IsNorwegianI(std::string_view text, size_t pos, size_t sentence_end) {
  while (pos < sentence_end && text[pos] == ' ') ++pos;
  if (pos < sentence_end && IsUpperCodePoint(CodePointAt(text, pos))) return true;
  return HasNorwegian(text, pos, sentence_end);
}

// Verbs that open a Nordic chat sentence whose subject, the writer, is left out: "Har
// sittet i fengsel", "Er skeiv og ...", "Fikk bot for fyllekjøring".
constexpr std::string_view kVerbsWithoutSubject[] = {
    "har", "hadde", "er", "e", "var", "ble", "blei", "vart", "fikk", "sitter", "satt", "sliter",
    "bruker", "går", "stemmer", "stemte", "røyster", "røysta", "ligger", "ligg", "lå", "tar", "tok",
    "trenger", "skal", "må", "kommer", "orker", "rekker", "klarer", "gikk", "tåler", "toler",
    // and Swedish and Danish (round 874: "är med i Vänsterpartiet", "är bisexuell och trött
    // på frågor om det"; not Danish "sad", English's too: "Sad news about the chemo unit")
    "är", "hade", "fick", "blev", "låg", "behöver", "fik", "sidder",
    // English in the past or the progressive, which imperatives ("Have a look", "Take our
    // quiz") are not: "Had a stroke last year", "used to be in prison".
    "had", "got", "been", "was", "having", "suffering", "struggling", "voted", "used", "went",
    "did", "am", "dealing", "recovering", "battling", "travelling", "traveling", "heading",
    "flying", "gave", "caught",
    // chat's "we're" without the apostrophe: "were a jewish family so no pork please"
    "were"};
// Those that open a later clause without a subject too, English, and Norwegian verbs of
// lying ill and struggling ("kan ikke komme i dag, ligger hjemme med omgangssyke"): in
// Norwegian news ", er at ...", ", har ..." go on with the sentence's subject.
constexpr std::string_view kClauseVerbsWithoutSubject[] = {
    "had", "got", "been", "having", "suffering", "struggling", "dealing", "recovering",
    "battling", "caught", "ligger", "ligg", "sliter"};
// Verbs of voting among them, whose object is a party's name: "Stemmer Høyre", "Stemte SV".
constexpr std::string_view kVotingVerbs[] = {"stemmer", "stemte", "røyster", "røysta", "voted"};
// First words of a short opening clause that may stand before such a sentence and a comma:
// "hei, fikk brukket armen", "sorry for sent svar, har vært innlagt", "takk for svar, ...".
constexpr std::string_view kOpenersBeforeComma[] = {
    "hei", "hallo", "heisann", "hey", "hi", "hello", "sorry", "beklager", "unnskyld", "takk",
    "tusen", "ok", "okei", "ja", "nei", "jo",
    // chat's "just" before the verb: "just got diagnosed with type 2" (round 311)
    "just",
    // an answer's yes (twenty-eighth session: "Yes, gave birth in August")
    "yes", "yeah", "yep"};
// The opening clause is at most this long: a greeting or an apology, not a clause of its own.
constexpr size_t kOpenerLength = 40;
// A label before a colon, as a CRM note or a form field puts it ("Kommentar: stemmer Høyre",
// "Notat fra kunde: er medlem av Fagforbundet", a CSV cell after its column's name), is
// at most this long and this many words.
constexpr size_t kLabelLength = 30;
constexpr int kLabelWords = 3;
// Nouns that open a note of someone's membership after such a label, maybe after a word
// of the past: "Notat: medlem av Fagforbundet", "Note: former member of Unison".
constexpr std::string_view kMembershipNouns[] = {"medlem", "member"};
constexpr std::string_view kFormerly[] = {"tidligere", "former"};
// Labels of a note about a contact, in a CRM or a form: a term that opens the note is the
// contact's ("Notes: Muslim, no pork at the event", "Kommentar: homofil, vil ha info").
constexpr std::string_view kNoteLabels[] = {
    "notes", "note", "comment", "comments", "notat", "notater", "kommentar", "kommentarer",
    "merknad", "merknader", "anteckning", "anteckningar", "bemærkning", "bemærkninger",
    // one's own profile (a check of a dating app's chat, thirty-fifth session: "Profile
    // text: Pansexual, vegan, loves hiking")
    "bio", "profile", "profile text", "profiltekst", "about me", "om meg"};
// Words after such a verb that are its subject after all, as in a question ("Er det ...",
// "Har dere ...", "Er noen ...").
constexpr std::string_view kSubjectsAfterVerb[] = {
    "det", "der", "dere", "de", "dei", "du", "noen", "nokon", "nokre", "man", "den", "denne",
    "dette", "disse", "alle", "mange", "hun", "han", "ho", "vi", "me", "jeg", "eg", "æ", "it",
    "there", "this", "that", "you", "they", "he", "she", "we", "i", "anyone", "someone",
    // Swedish and Danish ("är hon gravid")
    "jag", "hon", "ni", "någon", "nogen", "dom"};
// The English verbs that chat puts before a lowercase "i" as its subject ("was i meant to").
constexpr std::string_view kEnglishVerbsBeforeI[] = {"had", "got", "been", "was",
                                                     "am",  "did", "were", "used"};

// Labels of a politically exposed person (a bank's question of anyone in public office):
// no opinion, though "politisk" labels one elsewhere.
constexpr std::string_view kPublicOfficeLabels[] = {"politically exposed", "politisk eksponert"};
// Places of care named by a term they hold, as the last part of the word or as the next
// word: "kreftavdelingen", "the cancer ward".
constexpr std::string_view kCarePlaces[] = {
    "avdeling", "avdelinga", "avdelingen", "klinikk", "klinikken", "sykehus", "sykehuset",
    "sjukehus", "sjukehuset", "senter", "senteret", "poliklinikk", "poliklinikken",
    "sengepost", "sengeposten", "ward", "clinic", "unit", "hospital", "department",
    "centre", "center", "legevakt", "legevakta", "legevakten", "legekontor", "legekontoret",
    "sykehjem", "sykehjemmet", "sjukeheim", "sjukeheimen"};
// Words of working somewhere: "jobber som sykepleier på", "I work at".
constexpr std::string_view kWorkWords[] = {
    "jobber", "jobbar", "jobbet", "jobba", "arbeider", "arbeidar", "arbeidet", "ansatt",
    "tilsett", "work", "works", "worked", "working", "employed", "nurse", "nurses",
    "position", "job", "vacancy", "stilling", "stillingen", "sykepleier", "sjukepleiar",
    "volunteer", "volunteers", "volunteering", "volunteered", "frivillig"};
// Offices held at a workplace and staff sent to one, which make a place of care after them
// one worked at (round 853: "Eg er tillitsvald i Fagforbundet her på sjukeheimen"; "Vi trenger
// 3 vikarer til sykehjemmet"); not work words elsewhere, where the union after them is the
// holder's own.
constexpr std::string_view kStaffAtWork[] = {"tillitsvalgt", "tillitsvald", "verneombud",
                                             "verneombod",   "steward",     "vikar",
                                             "vikarer",      "temps",       "bemanning"};
// Prisons, hospices and care homes, which a word of work makes a workplace.
constexpr std::string_view kWorkplaceInstitutions[] = {
    "fengsel", "fengselet", "fengsla", "fengslene", "prison", "jail", "gaol", "anstalten",
    "hospice", "hospicet", "care home", "nursing home", "sykehjem", "sykehjemmet",
    "sjukeheim", "sjukeheimen"};
// A work word names a workplace this far before it: "jobber som sykepleier på".
constexpr size_t kWorkBefore = 40;

// Words before the name of a people that make it their language: "info på samisk", "in
// northern Sami", "snakker polsk". A language spoken or asked for is no one's origin.
constexpr std::string_view kLanguageWords[] = {
    "på", "in", "into", "speak", "speaks", "speaking", "snakker", "snakkar", "snakke",
    "forstår", "understand",
    // learnt (round 723: "lærte aldri samisk"; not one a forebear spoke, "Mormor snakket
    // kvensk", which tells of the family's origin)
    "lære", "lærer", "lærte", "lært", "learn", "learnt", "learned", "learning"};
// Nouns of teaching, whole or ending a compound, before "i" and a language (Norwegian and
// Swedish: "modersmålsundervisning i nordsamiska", round 717).
constexpr std::string_view kTeachingEndings[] = {"undervisning", "undervisningen", "opplæring",
                                                 "opplæringen", "opplæringa", "kurs", "kurset"};
// Words between a word of speaking and the language: adjectives inside its name
// ("nordsamisk" is one word, "northern Sami" two) and how well it is spoken ("snakker
// litt thai", "speaks fluent Polish"), or not ("lærte aldri samisk").
constexpr std::string_view kLanguageAdjectives[] = {
    "northern", "southern", "north", "south", "lule", "nord", "sør", "litt", "flytende", "godt",
    "dårlig", "fluent", "some", "aldri", "ikke", "never"};

// Nouns after a people's name that make it a language: "samisk språkopplæring", "polsk
// tolk", "Polish lessons"; the Norwegian ones as a word's start ("språket", "tolken").
constexpr std::string_view kLanguageNouns[] = {"language", "interpreter", "translation",
                                               "translator", "lessons", "subtitles"};
constexpr std::string_view kLanguageNounStarts[] = {"språk", "tolk", "oversett", "teksting"};
// Words of interpreting or translating before "til" or "into" and a language: "tolk til
// samisk", "oversatt til polsk", "translated into Somali" (round 825).
constexpr std::string_view kInterpretingStarts[] = {"tolk", "oversett", "oversatt", "translat",
                                                    "interpret"};

// Bodies named for a cause: "Foreningen for hjertesyke barn", "Society for Cancer Research",
// "a charity supporting refugees".
constexpr std::string_view kBodiesForACause[] = {
    "foreningen", "forening", "landsforeningen", "forbundet", "fondet", "stiftelsen",
    "association", "society", "foundation", "fund", "charity", "organisation", "organization",
    "organisasjon"};
// Words between such a body and its cause besides "for": "a charity supporting refugees".
constexpr std::string_view kCauseWords[] = {"for", "supporting", "helping", "støtter",
                                            "hjelper"};
// Nouns of a body, business, place or work of a faith, a people or a cause, right after
// the term, also as the last part of a compound: "a Christian charity", "en kristen
// friskole", "kurdisk forening", "we're Polish company", "det russiske gruveselskapet",
// "the Jewish quarter", "muslimsk gravlund", "nye kristne bøker", "et kristent forlag";
// people or a campaign in general: "Wheelchair users can enter", "Mental health awareness
// week"; a holiday's sale: "Our Diwali sale starts Friday".
constexpr std::string_view kBodyNouns[] = {
    "charity", "charities", "organisation", "organization", "foundation", "association", "society",
    "school", "schools", "kindergarten", "college", "forening", "foreningen", "organisasjon",
    "organisasjonen", "stiftelse", "stiftelsen", "skole", "skolen", "skule", "skulen", "friskole",
    "friskolen", "friskoler", "barnehage", "barnehagen", "museum", "museet", "cafe", "café", "kafé",
    "kafe", "kafeen", "club", "klubb", "klubben", "company", "firm", "business", "brand",
    "restaurant", "restauranten", "shop", "store", "bakery", "firma", "firmaet", "bedrift",
    "bedriften", "selskap", "selskapet", "butikk", "butikken", "quarter", "district", "cemetery",
    "graveyard", "festival", "market", "gravlund", "gravplass", "gravlunden", "gravplassen",
    "bydel", "bydelen", "festivalen", "marked",
    // a service or teaching for them (round 825: "om samisk skoletilbud")
    "tilbud", "tilbudet", "undervisning", "undervisningen", "opplæring", "opplæringen", "bok",
    "boka", "boken", "bøker", "bøkene", "book", "books", "musikk", "music", "sang", "sanger",
    "song", "songs", "film", "filmer", "films", "movie", "movies", "litteratur", "literature",
    "smykke", "smykker", "jewellery", "jewelry", "symbol", "symboler", "symbols", "users",
    "awareness", "accessibility", "tilgjengelighet", "sale", "sales", "offer", "offers", "deals",
    "reklame", "reklamen", "annonse", "annonsen", "countries", "nations", "headquarters", "hq",
    "hovedkontor", "hovedkontoret", "forlag", "forlaget", "publisher", "publishers", "publishing",
    // an agency ("Vi er et kristent bryllupsbyrå", thirty-seventh session)
    "byrå", "byrået", "agency",
    // a congregation (round 898: "Vi er en katolsk menighet og trenger bredbånd")
    "menighet", "menigheten", "congregation",
    // staff's training in it (forty-third session: "We hire nurses with dementia training";
    // not "course", a treatment's too: "my steroid course")
    "training",
    // a museum's exhibition (thirty-eighth session: "We saw the Jewish exhibition")
    "exhibit", "exhibition", "utstilling", "utstillingen"};
// Places of worship, before a noun of a body or business: "the Catholic church shop".
constexpr std::string_view kPlacesOfWorship[] = {"church", "cathedral", "mosque", "temple",
                                                 "synagogue", "chapel", "parish"};
// Such nouns that count only whole, being the ends of other words ("instead"): an ad, or a
// body's leader ("The antidepressant ad on your site", "LO-lederen sa i dag"), or a
// charity's country ("raising money for Diabetes UK", "Asthma UK"). (Not a conference:
// "I'm a delegate at the Labour conference" is a statement.)
constexpr std::string_view kWholeBodyNouns[] = {
    "ad", "ads", "advert", "adverts", "advertisement", "leader", "leder", "lederen", "leiar",
    "leiaren", "sjef", "sjefen", "uk"};
// Goods and facilities a term describes, when no one owns them: "can I return the diabetic
// socks", "kosher sjokolade", "is the disabled parking round the back?" (not "my diabetic
// socks", which tells of the owner).
constexpr std::string_view kGoodsNouns[] = {
    "socks", "shoes", "chocolate", "sweets", "biscuits", "snacks", "products", "supplies",
    "sokker", "sko", "sjokolade", "godteri", "produkter", "parking", "toilet", "toilets",
    "loo", "facilities", "bay", "bays", "spaces", "parkering", "toalett", "toalettet", "app",
    "apps", "appen", "appene", "device", "devices", "camera", "cameras", "kamera", "kameraet",
    "kameraene", "vehicle", "vehicles", "cars", "scheme", "gloves", "hansker", "insoles",
    "bracelets", "dessert", "desserts", "range",
    // a restaurant's meals for a feast ("We take iftar bookings from 6pm", round 324)
    "buffet", "buffé", "booking", "bookings", "boxes",
    // a scanner at a door ("Is the iris scanner at the door broken?", thirty-eighth session)
    "scanner", "scanners", "skanner", "skannere",
    // a menu for a diet ("We have a nut allergy menu", thirty-eighth session)
    "menu", "menus", "meny", "menyen", "menyer",
    // a shop's place for a diet's goods ("I still think the kosher section is small",
    // thirty-ninth session)
    "section", "sections", "aisle", "aisles", "shelf", "shelves", "counter", "hylle", "hylla",
    "hyllen", "hyller", "disken",
    // a people's pattern ("I'd like a Sami pattern tattoo", thirty-ninth session)
    "pattern", "patterns", "mønster", "mønsteret", "mønstre",
    // a place's notice of a disease ("the destination has a Zika warning", "measles
    // outbreak"; fortieth session)
    "warning", "warnings", "alert", "alerts", "advisory", "outbreak", "utbrudd", "varsel"};
// Verbs of someone using, needing or asking for goods, before them and an article: "we'd
// like the Passover menu" is a faith's.
constexpr std::string_view kVerbsOfUsingGoods[] = {"uses", "needs", "bruker", "trenger", "like",
                                                   "want", "wants", "ønsker", "ønskjer"};
// The apostrophe phones write (U+2019).
constexpr std::string_view kCurlyApostrophe = "\xE2\x80\x99";

// The length of an English genitive's "'s" at text[pos]; 0 if there is none.
size_t GenitiveAt(std::string_view text, size_t pos) { return ContractionAt(text, pos, "s"); }

// Words that, after a hyphen or a space, make a term what a thing is fit for:
// "diabetes-friendly menu", "allergi-vennlig", "rullestol-tilpasset", "LGBT friendly".
constexpr std::string_view kAttributeWords[] = {
    "friendly", "vennlig", "vennlige", "vennleg", "vennlege", "venlig", "venlige", "tilpasset",
    "tilpassa", "safe", "certified", "sertifisert", "sertifiserte", "accessible", "tilgjengelig",
    "tilgjengelige", "tilgjengeleg",
    // and what is asked of it (round 840: "We're seeing a lot of hay fever questions")
    "questions", "enquiries", "inquiries", "henvendelser"};

// Words that make what follows "om" or "about" a topic, also as the last part of a compound
// ("masteroppgave"): "Artikkelen handler om diabetes", "a book about depression".
constexpr std::string_view kTopicWords[] = {
    "handler", "handlar", "handla", "artikkel", "artikkelen", "artikler", "bok", "boka", "boken",
    "bøker", "film", "filmen", "foredrag", "foredraget", "kurs", "kurset", "podkast", "podkasten",
    "podcast", "podcasten", "dokumentar", "dokumentaren", "seminar", "seminaret", "serie", "serien",
    "studie", "studien", "forskning", "rapport", "rapporten", "informasjon", "info", "brosjyre",
    "brosjyren", "oppgave", "oppgaven", "oppgåve", "oppgåva", "avhandling", "avhandlingen",
    "undersøkelse", "undersøkelsen", "prosjekt", "prosjektet", "book", "article", "articles",
    "movie", "documentary", "talk", "lecture", "course", "webinar", "study", "research", "report",
    "information", "leaflet", "brochure", "series", "essay", "paper", "thesis", "assignment",
    "project", "survey", "books", "movies", "films", "documentaries", "courses", "talks", "album",
    "albumet", "song", "songs", "sang", "sangen", "låt", "låten", "novel", "roman", "romanen",
    "episode", "episoden", "post", "blog", "blogg", "innlegg", "innlegget", "newsletter",
    "nyhetsbrev", "nyhetsbrevet", "video", "videoen", "beskjed", "melde", "questions", "question",
    "spørsmål", "memoir", "biography", "biografi", "selvbiografi", "selvbiografien",
    // a quiz, a debate, a talk (round 517: "Vi skal ha quiz om religion på fredag")
    "quiz", "quizen", "debatt", "debatten", "debate", "workshop", "verksted", "diskusjon",
    "diskusjonen", "discussion", "samtale", "samtalen",
    // literature (forty-third session: "faglitteratur om psykose")
    "litteratur", "literature",
    // Swedish and Danish (round 409: "Jeg læste en bog om diabetes")
    "bog", "bogen", "bøger", "böcker", "artikel", "artikeln", "artiklen", "artiklar", "dokumentär",
    "dokumentären", "föreläsning", "forelæsning", "indlæg", "inlägg",
    // a notice to all (a check of leftovers, thirty-fifth session: "Vi har fått melding om
    // vannkopper i barnehagen")
    "melding", "meldingen", "varsel", "varselet", "notice"};
// Conjunctions that open a clause after "om" or "about": what follows is a statement.
constexpr std::string_view kConjunctionsAfterAbout[] = {
    "at", "that", "if", "whether", "hvis", "om", "når", "when", "how", "hvordan", "why",
    "hvorfor"};
// Words of a topic that "on" introduces as "about" ("books on diabetes"); on its own "on"
// is a place or a state ("on the cancer ward", "on antidepressants").
constexpr std::string_view kTopicWordsBeforeOn[] = {
    "book", "books", "article", "articles", "course", "courses", "talk", "talks", "lecture",
    "leaflet", "brochure", "webinar", "seminar", "documentary", "research", "study", "report",
    "information", "info", "essay", "paper", "thesis", "policy", "policies", "rules",
    "guidance", "guidelines", "session", "sessions", "workshop", "workshops", "training",
    "advise", "advice"};
// Words of an overview or a count before "over": "oversikt over sykemeldinger per
// avdeling", "statistikk over sykefravær" (round 524).
constexpr std::string_view kOverviewWordsBeforeOver[] = {
    "oversikt", "oversikten", "oversyn", "statistikk", "statistikken", "tall", "tallene",
    "rapport", "rapporten"};
// Words of a skill or a speciality before "in" or "i" and its field: "trained in dementia
// care", "spesialisert i diabetes".
constexpr std::string_view kWordsOfSkillBeforeIn[] = {
    "trained",    "training",    "specialise", "specialize", "specialised", "specialized",
    "specialist", "specialists", "expertise",  "experienced", "opplært",    "opplæring",
    "spesialist", "spesialister", "spesialisert", "spesialiserte", "erfaring", "kompetanse"};
// Words of first aid before "for" or "ved" and what it treats: "kurs i førstehjelp for
// hjertestans", "first aid for burns".
constexpr std::string_view kFirstAidWords[] = {"førstehjelp", "hlr", "aid", "cpr"};
// Words of advertising before "for" and what is advertised: "reklame for abort", "ads for
// diabetes apps".
constexpr std::string_view kAdvertisingWords[] = {
    "reklame", "reklamen", "reklamer", "annonse", "annonser", "annonsen", "kampanje",
    "kampanjen", "ad", "ads", "advert", "adverts", "advertising", "campaign", "campaigns"};
// Subjects that make "campaign" after them a verb, one's own work for the cause: "I campaign
// for Scottish independence" (frame activism-en-44).
constexpr std::string_view kSubjectsOfACampaign[] = {"i", "we", "jeg", "vi", "eg", "he", "she"};
// A workplace's documents of how a thing is done, before "for", "ved", "om", "of" or "on" and
// maybe a noun of the task and "av" or "of": "Rutine for oppfølging av sykmeldte",
// "Guidelines for staff with diabetes".
// (Not "policy": an insurance's too, "claiming on my policy for the surgery I had".)
constexpr std::string_view kProcedureWords[] = {
    "rutine",     "rutinen",    "rutiner",    "rutinene",    "retningslinjer", "retningslinjene",
    "prosedyre",  "prosedyren", "prosedyrer", "guidelines",  "guideline",      "procedure",
    "procedures", "routine",    "handbook",   "håndbok",     "håndboka",       "håndboken",
    "veileder",   "veilederen", "sjekkliste", "sjekklisten", "checklist"};
constexpr size_t kProcedureWordReach = 3;
// How many words before "om" or "about" a topic word may stand: "Hvilke bøker har dere om
// depresjon?", "What books do you have about autism?".
constexpr size_t kTopicWordReach = 3;
// Words of a difference before "på", "mellom" or "between" and the things compared: "Hva er
// forskjellen på type 1 og type 2 diabetes?", "the difference between a cold and the flu".
// The prefilter asks for their stems in the bytes before the term.
constexpr std::string_view kDifferenceWords[] = {"forskjellen", "forskjell",  "skilnaden",
                                                 "skilnad",     "difference", "differences"};
constexpr std::string_view kDifferenceStems[] = {"forskjell", "skilnad", "ifference"};
// How many words a comparison may run back from its last term: "på type 1 og type 2" and
// "diabetes" in "type 2 diabetes".
constexpr size_t kComparedTermsReach = 7;
// Devices whose features are biometric: "my phone's face id is broken", "telefonens
// fingeravtrykkleser"; and keys and browsers, whose fingerprints are not biometric.
constexpr std::string_view kDevices[] = {
    "phone", "iphone", "laptop", "tablet", "ipad", "mac", "macbook", "pc", "computer", "app",
    "car", "telefon", "telefonens", "mobil", "mobilens", "nettbrett", "nettbrettets",
    "appens", "pc-ens", "bilens", "appen", "telefonen", "mobilen", "nettbrettet",
    // and what has a fingerprint that is no one's: "the SSH key fingerprint", "browser
    // fingerprinting"
    "key", "certificate", "browser"};
// Verbs of what a device offers or needs, and how many words of a feature's name they may
// stand before a list's "and": "supports Face ID and Touch ID".
constexpr std::string_view kVerbsOfAFeature[] = {
    "supports", "support", "offers", "støtter", "tilbyr", "uses", "use", "bruker",
    // what a workplace puts in (a check of leftovers, thirty-fifth session: "Vi har innført
    // ansiktsgjenkjenning i kantina")
    "innført", "innfører", "installert", "installerer", "introduced", "installed", "implemented"};
constexpr size_t kFeatureWordsInAList = 3;
// Machines a workshop diagnoses, and parts of a service, and the words that may stand
// between one and a term said of it: "My laptop's been diagnosed", "Bilen min ble
// diagnostisert på verkstedet", "Min bil har fått en diagnose".
constexpr std::string_view kMachines[] = {
    "boiler", "engine", "router", "printer", "bike", "tv", "heater", "van", "bil", "bilen",
    "sykkel", "sykkelen", "motoren", "ruteren", "skriveren", "varmepumpa", "varmepumpen",
    // and the parts of a service that are switched off: "my card is disabled", "the pay
    // button was disabled"
    "account", "card", "button", "feature", "option", "profile", "login", "user", "access",
    "notifications", "setting", "settings", "function", "konto", "kontoen", "kortet", "knappen",
    // and a purse or budget said to suffer ("my wallet is having a heart attack after black
    // friday", round 416)
    "wallet", "bank", "budget", "lommebok", "lommeboka", "lommeboken",
    // and a connection ("my wifi is bipolar today", thirty-ninth session)
    "wifi", "wi-fi", "internet", "connection", "signal", "wifien", "nettet", "internettet",
    // and a screen ("My screen is blind after the update", thirty-ninth session)
    "screen", "display", "skjermen",
    // and a market said to be low (round 857: "The market is depressed this quarter")
    "market", "markets", "economy", "sales", "demand", "markedet", "økonomien", "salget",
    "etterspørselen"};
constexpr std::string_view kWordsAfterAMachine[] = {
    "s",     "been", "has",   "have",   "had", "was",  "is",  "got", "just", "finally",
    "now",   "a",    "an",    "min",    "mi",  "mitt", "vår", "ble", "blitt", "har",
    "er",    "fått", "nettopp", "en",   "et",  "having"};
constexpr size_t kMachineReach = 4;
// People in general, before "with" or "med" and a term: "Our charity helps people with
// dementia", "tilbud til barn med astma".
constexpr std::string_view kPeopleInGeneral[] = {
    "people", "those", "children", "adults", "families", "persons", "anyone", "everyone", "folk",
    "personer", "barn", "voksne", "familier", "alle", "mennesker", "unge", "eldre",
    // a dating app's (round 834: "only see Jewish matches")
    "matches", "singles",
    // nynorsk ("Kommunen har eige tilbod til personar med demens", thirty-eighth session;
    // not "born", English "was born with a heart defect")
    "personar", "menneske", "vaksne", "familiar",
    // one unnamed ("Is the flat suitable for someone with a wheelchair?", round 447), and
    // the reader an offer speaks to ("Kursene passer for alle, også deg med vondt i ryggen",
    // round 450)
    "someone", "somebody", "noen", "nokon", "deg",
    // those taught ("Do your instructors teach learners with autism?", thirty-eighth session)
    "learners",
    // those ("også de med astma", round 517)
    "de", "dei"};
// People a business or a body serves, theirs in general even after a possessive: "Our
// clients with diabetes get a discount", "kundene våre med allergi" (not guests, who may be
// one's party: "two of our guests with coeliac disease").
constexpr std::string_view kPeopleServed[] = {
    "customers", "clients", "members", "users", "patients", "students", "pupils", "staff",
    "employees", "residents", "tenants", "passengers", "kunder", "kundene", "medlemmer",
    "medlemmene", "brukere", "brukerne", "pasienter", "pasientene", "elever", "elevene", "ansatte",
    "beboere", "beboerne", "leietakere", "passasjerer", "holders",
    // Swedish and Danish (thirty-fifth session: "arbeta med patienter med demens")
    "patienter", "patienterna", "medlemmar", "medlemmarna", "anställda", "användare", "brugere",
    "borgere",
    // a blood bank's donors (thirty-eighth session: "Vi trenger blodgivere med blodtype 0
    // negativ")
    "donors", "givere", "blodgivere", "donorer",
    // a pub's or a shop's (round 828: "Most of your regulars are Jewish, right?")
    "regulars"};
// The plural of people served as a compound's last part: "kreftpasienter", "rullestolbrukere".
constexpr std::string_view kPluralPeopleServedInCompounds[] = {
    "pasienter", "pasientar", "brukere", "brukarar",
    // applicants a lawyer or an office serves ("Vi bistår asylsøkere fra hele verden")
    "søkere", "søkjarar"};
// Groups named by a term that a body or business serves or takes in, the term itself the
// people: "Vi tar imot flyktninger fra Ukraina", "We help refugees" (not "Vi er flyktninger").
constexpr std::string_view kPeopleServedByTheirTerm[] = {
    "flyktninger",    "flyktningar", "flyktningene", "asylsøkere", "asylsøkarar", "refugees",
    "asylum seekers", "innvandrere", "innvandrarar", "immigrants", "migrants",    "migranter"};
// Words a list of terms may run back over: "patients with diabetes, asthma and heart disease".
constexpr size_t kListWordReach = 6;
// Words of what a thing is for or against, before "mot", "for", "against", "of", "with", "during"
// or "under": "Denne kremen hjelper mot eksem", "kan redusere risikoen for diabetes".
constexpr std::string_view kWordsOfUse[] = {
    "hjelper", "hjelpe", "virker", "bra", "godt", "middel", "risiko", "risikoen", "helps",
    "help", "good", "works", "risk", "risks", "relief", "remedy", "treatment", "suitable",
    "safe", "egnet", "egna", "trygg", "trygt", "test", "tests", "tester", "hurtigtest",
    "hurtigtester", "selvtest", "selvtester", "vaccine", "vaccines", "vaksine", "vaksiner",
    "medicine", "medication", "medisin", "medisiner", "vaksinering", "vaksinasjon",
    "vaccination",
    // what a thing suits or is advised for: "Passer for diabetikere", "not recommended
    // during pregnancy" (round 524)
    "passer", "passar", "recommended", "anbefalt", "anbefales",
    // what goods work with (round 567: "This charger is not compatible with older hearing
    // aids")
    "compatible", "kompatibel", "kompatible",
    // what a rule grants in a case (thirty-eighth session: "Tilrettelegging kan gis ved
    // dysleksi, ADHD eller kroniske sykdommer", "Extra time can be given for dyslexia")
    "gis", "gies", "innvilges", "innvilga", "ytes", "given", "granted"};
// Verbs of what a policy or plan covers or a service treats, up to kCoverWordReach words
// before the term: "Forsikringen dekker ikke kreft og hjerteinfarkt", "Does the plan cover
// dementia care?", "Our clinic treats asthma, eczema and allergies in children". The words
// that join a list of examples are not counted: "cover pre-existing conditions such as
// diabetes or asthma". Six words: "We treat sports injuries, back pain and post-operative
// rehab" (thirty-seventh session).
constexpr size_t kCoverWordReach = 6;
constexpr std::string_view kListJoiners[] = {"and", "or",    "such", "as",    "like",
                                             "og",  "eller", "som",  "f.eks", "e.g"};
constexpr std::string_view kCoverWords[] = {
    "dekker", "dekke", "dekkes", "dekket", "dekkjer", "omfatter", "cover", "covers", "covered",
    "excludes", "exclude", "treats", "treat", "behandler", "behandlar"};
// A body's or a workplace's events: "The Green Party conference", "mat til julebordet".
constexpr std::string_view kEvents[] = {
    "conference", "conferences", "meeting",    "meetings",   "rally",      "rallies",
    "event",      "events",      "fundraiser", "dinner",     "convention", "congress",
    "hustings",   "seminar",     "landsmøte",  "landsmøtet", "årsmøte",    "årsmøtet",
    "møte",       "møtet",       "valgvake",   "valgvaka",   "valgvaken",  "seminaret",
    "julebord",   "julebordet",  "kongress",   "kongressen"};
// More events that food or aids are ordered for, and how many words after the term the
// event may end: "a halal option for the staff party".
constexpr std::string_view kOccasionsOrderedFor[] = {
    "party",      "lunch",       "firmafest",  "firmafesten", "lunsj",     "lunsjen",
    "konferanse", "konferansen", "kurs",       "kurset",      "kick-off",  "sommerfest",
    "sommerfesten"};
constexpr size_t kEventOrderedForReach = 6;
constexpr size_t kWordsBeforeTheEventsPreposition = 2;
// Words before "av", "of", "på" or "on" that open a list of grounds a rule names, and how
// many words of the list may stand before the term: "uavhengig av kjønn, alder,
// funksjonsevne og etnisitet", "regardless of race, religion, sexual orientation or
// disability", "på grunnlag av religion" ("på grunn av", because of, is not one: "sagt opp
// på grunn av sykdom" tells).
constexpr std::string_view kWordsBeforeAGround[] = {"uavhengig", "uavhengi", "regardless",
                                                    "irrespective", "grunnlag", "basert",
                                                    "based"};
constexpr size_t kGroundListReach = 8;
constexpr size_t kWordsBeforeAGroundsPhrase = 4;
// Verbs of whom a rule or an offer is for, before "for", "to" or "til".
constexpr std::string_view kApplyingWords[] = {"gjelder", "gjeld",     "applies",
                                               "apply",   "available", "tilgjengelig"};
// The writer as a clause's subject: between a cover word and the term, it opens a clause of
// the writer's own ("looking for life cover, i had breast cancer in 2019").
constexpr std::string_view kWritersAsSubject[] = {"i", "jeg", "eg", "æ", "we", "vi"};
constexpr std::string_view kConditionals[] = {"if", "hvis", "dersom", "om", "when", "når"};
// A topic's history: "en bok om historien til Arbeiderpartiet".
constexpr std::string_view kHistoryWords[] = {"history", "historien", "historia", "historie"};
// Articles that may stand between "om" and the term: "handler om en homofil fotballspiller".
constexpr std::string_view kArticles[] = {"en", "et", "ei", "a", "an", "the"};
// Possessives after a term that make it someone's after all: "en bok om kreften min".
constexpr std::string_view kPossessives[] = {"min", "mi", "mitt", "mine", "hans", "hennes",
                                             "vår", "vårt", "våre", "sin", "si", "sitt"};
// Possessives that stand only before a word, in English and the second person: with
// kPossessives, those before the term ("Does it cover my cancer treatment?").
constexpr std::string_view kPossessivesOnlyBefore[] = {"my",  "his", "her", "our", "their",
                                                       "your", "din", "di",  "ditt", "dine"};

// Words of degree before an adjective said of a mood or a thing: "so OCD", "så ADHD".
// Also before a noun used so: "a total nazi about breaks" (round 149, 2026-12-03); and "a
// bit": "Your website is a bit schizophrenic" (nineteenth session).
constexpr std::string_view kIntensifiers[] = {"so",     "soo",   "sooo",  "too",      "totally",
                                              "kinda",  "lowkey", "så",   "helt",     "litt",
                                              "total",  "complete", "absolute", "proper",
                                              "bit"};

// Verbs before "me" or "meg" and a term said in hyperbole: "giving me a heart attack",
// "trafikken gir meg hjerteinfarkt".
constexpr std::string_view kGivingVerbs[] = {"giving", "give", "gives", "gave", "gir", "ga"};
// Words before "to have" and such a term: "going to have a stroke".
constexpr std::string_view kAboutToWords[] = {"going", "about"};
// Words that open a condition, and the subjects and verbs of becoming in one: "hvis jeg
// blir", "om barnet skulle bli", "if I get", "in case she gets".
constexpr std::string_view kConditionWords[] = {"hvis", "om", "dersom", "viss", "if", "case"};
// How many words before the term the verb of a reader's condition may stand: "if you have a
// family history of diabetes".
constexpr size_t kReadersConditionReach = 6;
constexpr std::string_view kConditionSubjects[] = {
    "jeg", "eg", "du", "vi", "me", "man", "noen", "nokon", "han", "hun", "ho", "de",
    "dei", "barnet", "i", "you", "we", "someone", "anyone", "he", "she", "they", "one"};
constexpr std::string_view kVerbsOfBecoming[] = {"blir", "bli", "get", "gets", "become",
                                                  "becomes", "fall", "falls"};
// Being ill at all, which a condition may ask of anyone.
constexpr std::string_view kIllAtAll[] = {"syk", "sykt", "syke", "sjuk", "sjukt", "sjuke",
                                          "sick", "ill", "unwell", "sykmeldt", "sykemeldt",
                                          "sjukmeld", "sjukmeldt"};
constexpr std::string_view kConditionalAuxiliaries[] = {"skulle", "should", "were", "was"};

// Words that point at a thing in the chat: "this deal is sick".
constexpr std::string_view kDemonstratives[] = {"this", "that"};
// Verbs after what "this" or "that" points at, before what is said of it: "this deal is
// sick", "that sounds mental".
constexpr std::string_view kVerbsOfWhatIsShown[] = {"is", "was", "looks", "sounds"};
// What a demonstrative may point at when a plain term is said of it as a statement: "this
// lump is cancer", "that mole looks like melanoma".
constexpr std::string_view kBodyAndFindingNouns[] = {
    "lump", "lumps", "mole", "moles", "growth", "tumour", "tumor", "spot", "rash", "cough",
    "pain", "swelling", "bump", "cyst", "mark", "test", "result", "results", "scan",
    "biopsy", "diagnosis", "symptom", "symptoms", "skin", "wound", "infection"};

// Words that wish a holiday to all: "Happy Ramadan to all our customers", "Gledelig
// hanukka". ("god" and "glad" are left out: "en god muslim", "en glad jøde".)
constexpr std::string_view kHolidayWishes[] = {"happy", "merry", "blessed", "gledelig"};
// Words of a place open, closed or full for a holiday: "closed for Eid", "stengt i påsken",
// "fully booked for Eid", "We are open during Ramadan", "åpent i jula".
constexpr std::string_view kOpeningWords[] = {
    "closed", "shut", "stengt", "stengd", "lukket", "booked", "fullbooket",
    "open",   "åpent", "ope",   "öppet", "åbent"};
// Verbs of a place closing early for a holiday, a few words before "for": "we close at 6pm
// for iftar", "vi stenger 18.00 for iftar".
constexpr std::string_view kClosingVerbs[] = {"close", "closes", "closing", "stenger",
                                              "stengjer"};

// Phrases after goods that a shop has them, or after a service that a place has it:
// "samiske kofter på lager", "insulin in stock", "a physiotherapist on site".
constexpr std::string_view kStockPhrases[] = {
    " på lager", " på tilbud", " til salgs", " til utleie", " til leie", " i hylla",
    " i hyllene", " in stock", " on sale", " for sale", " for rent", " for hire",
    " on the shelf", " on the shelves", " on site", " on-site"};
// A stock phrase counts if it starts this far after the term, and not past a pronoun
// taking the goods up again in a clause of its own: "Jeg bruker Wegovy og lurer på om dere
// har den på lager" asks of the stock of what the writer uses.
constexpr size_t kStockAfter = 30;
constexpr std::string_view kGoodsTakenUp[] = {"den",   "det", "dem",  "denne",
                                              "dette", "it",  "them", "this"};
constexpr size_t kLongestStockPhrase = LongestOf(kStockPhrases);

// Whether the clause of the sentence [sentence_start, sentence_end) that holds a term ending
// at `end` is a question: the question mark of a question that follows the statement does
// not count ("fikk bot for fyllekjøring i fjor, påvirker det forsikringen?").
bool ClauseEndsInQuestion(std::string_view text, size_t end, size_t sentence_start,
                          size_t sentence_end) {
  return text.substr(end, sentence_end - end).find(',') == std::string_view::npos &&
         sentence_end > sentence_start && text[sentence_end - 1] == '?';
}


// Whether `word` is a possessive that may stand before a noun: "my", "min", "hans".
bool IsPossessiveBefore(std::string_view word) {
  return OneOf(word, kPossessives) || OneOf(word, kPossessivesOnlyBefore);
}

// The word before `pos` and where it starts, less a genitive "'s" ("laptop" in "my laptop's
// screen").
std::pair<std::string, size_t> WordBeforeOverGenitive(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {"", pos};
  const size_t end = pos - 1 - ContractionBefore(text, pos - 1, "s");
  const size_t start = WordStart(text, end);
  return {FoldCase(text.substr(start, end - start)), start};
}

// WordBefore, and the word before that if the first is an article: "som" in "jobber som en
// lærer", "at" in "at the prison".
std::pair<std::string, size_t> WordBeforeOverArticle(std::string_view text, size_t pos) {
  auto [word, word_start] = WordBefore(text, pos);
  if (OneOf(word, kArticles)) return WordBefore(text, word_start);
  return {std::move(word), word_start};
}

// Whether one of `needles` stands in the `reach` bytes before text[pos]: a test of no
// folding before a walk back that asks for one of their words (most terms have none).
template <size_t N>
bool AnyInBytesBefore(std::string_view text, size_t pos, size_t reach,
                      const std::string_view (&needles)[N]) {
  const size_t from = pos > reach ? pos - reach : 0;
  const std::string_view window = text.substr(from, pos - from);
  return std::any_of(std::begin(needles), std::end(needles), [&](std::string_view needle) {
    return window.find(needle) != std::string_view::npos;
  });
}

// The word before text[pos] as written, and where it starts (no folded copy: for tests asked
// of every term, compared with EqualsIgnoreCase).
std::pair<std::string_view, size_t> RawWordBefore(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {"", pos};
  const size_t start = WordStart(text, pos - 1);
  return {text.substr(start, pos - 1 - start), start};
}

// What a walk back over a list's words does after a word: go on, or end with an answer.
enum class Walk { kOn, kYes, kNo };
// How many bytes before a term a short walk back reads at most: four long words and spaces.
constexpr size_t kWalkBytes = 64;
// Whether a list's joiners ("og", "or") count towards a walk's reach. Passed, a list of
// many terms joined is walked the further: in a line of nothing but terms and joiners
// (BM_AnalyzePathological/terms_no_marks) that doubles a walk.
enum class Joiners { kCounted, kPassed };

// Walks back from text[pos] over at most `reach` words, passing a list's commas
// ("astma, diabetes og ..."), calling at(word, word_start) with each folded word until it
// ends the walk: kYes is true, kNo false. The text's start and a possessive end it with
// false ("my children with asthma" are someone's).
template <typename At>
bool WalkBackOverAList(std::string_view text, size_t pos, size_t reach, Joiners joiners, At at) {
  for (size_t words = 0; words < reach;) {
    auto [word, word_start] = ListWordBefore(text, pos);
    if (word.empty() || IsPossessiveBefore(word)) return false;
    if (joiners == Joiners::kCounted || !OneOf(word, kListJoiners)) ++words;
    if (const Walk step = at(word, word_start); step != Walk::kOn) return step == Walk::kYes;
    pos = word_start;
  }
  return false;
}

}  // namespace

bool HasNorwegian(std::string_view text, size_t from, size_t to) {
  // One pass over the words: a Nordic letter is a word character.
  return AnyWord(text, from, to, [&](size_t start, size_t end) {
    for (size_t at = start; at < end; at = NextCodePointStart(text, at)) {
      if (IsNordicLetter(CodePointAt(text, at))) return true;
    }
    return OneOf(FoldCase(text.substr(start, end - start)), kNorwegianWords);
  });
}

size_t WordEnd(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (WordCharAt(text, pos)) {
      pos = NextCodePointStart(text, pos);
    } else if (IsJoinerAt(text, pos, true)) {
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

size_t WordStart(std::string_view text, size_t pos) {
  while (pos > 0) {
    if (WordCharBefore(text, pos)) {
      pos = PreviousCodePointStart(text, pos);
    } else if (pos >= 2 && text[pos - 1] == '-' && WordCharBefore(text, pos - 1)) {
      --pos;
    } else {
      break;
    }
  }
  return pos;
}

TermSite::TermSite(std::string_view text, size_t start, size_t end)
    : text(text), start(start), end(end) {
  std::tie(sentence_start, sentence_end) = SentenceAround(text, start, end);
}

bool OpensWithANamedSubject(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name) {
  // Named, not bound: clang 14 does not let a lambda capture a structured binding.
  const std::string_view text = site.text;
  const size_t from = std::max(
      site.sentence_start, site.start > kTermContextBefore ? site.start - kTermContextBefore : 0);
  return AnyWord(text, from, site.start, [&](size_t word_start, size_t word_end) {
    // "Kev's been sectioned": the name's "'s" is its verb.
    const size_t genitive = GenitiveAt(text, word_end);
    const bool contracted = genitive > 0 && text.substr(word_end + genitive, 1) == " ";
    auto [verb, verb_end] = WordAfter(text, word_end);
    bool stated = contracted || OneOf(verb, kVerbsAfterANamedSubject);
    // A surname may stand between the name and its verb: "Ewa Kowalska is Polish" (round
    // 768). Asked only of a capitalised word a capital follows (asked of every word before
    // a capital, it cost 3% on a long line of "stemmer Høyre").
    if (!stated && word_end + 1 < text.size() && IsUpperCodePoint(CodePointAt(text, word_start)) &&
        IsUpperCodePoint(CodePointAt(text, word_end + 1))) {
      std::tie(verb, verb_end) = WordAfter(text, verb_end);
      stated = OneOf(verb, kVerbsAfterANamedSubject);
    }
    if (!stated && MayBeAModal(verb) && OneOf(verb, kModalsAfterAName)) {
      stated = OneOf(WordAfter(text, verb_end).first, kVerbsAfterAModalsSubject);
    }
    // A question's modal may open the sentence right before the name: "Can Aisha wear".
    const bool second_word =
        word_start > site.sentence_start && word_start - site.sentence_start <= kLongestModal + 1;
    const bool may_be_asked = second_word && OneOf(verb, kVerbsAfterAModalsSubject);
    if (!stated && !may_be_asked) return false;
    // The name opens its sentence or a clause: no word right before it (the sentence's
    // start, a comma), or a conjunction ("and Grace has asthma"); not "I told Grace has".
    // Or the question's modal opens the sentence before it.
    const auto [before, before_start] = WordBefore(text, word_start);
    const bool opens = stated && (before.empty() || OneOf(before, kClauseConjunctions) ||
                                  OneOf(before, kRolesBeforeAName));
    const bool asked = may_be_asked && OneOf(before, kModalsOpeningAQuestion) &&
                       before_start == site.sentence_start;
    return (opens || asked) &&
           is_first_name(FoldCase(text.substr(word_start, word_end - word_start)),
                         IsUpperCodePoint(CodePointAt(text, word_start)));
  });
}

// Greetings before a name called to.
constexpr std::string_view kGreetingsBeforeAName[] = {"hei",     "hi",   "hello", "hey", "hallo",
                                                      "heisann", "dear", "kjære", "hej", "morn"};
// Prepositions in an apposition before its term, and words that open a clause instead.
constexpr std::string_view kPrepositionsInAnApposition[] = {"i",   "in",   "for", "of", "av",
                                                            "fra", "from", "hos", "på", "with"};
constexpr std::string_view kClauseWords[] = {"som", "who", "which", "that", "at",  "og",
                                             "and", "men", "but",   "der",  "hvor"};
// Words an apposition may hold before its term: "Kari, tillitsvalgt i Fagforbundet".
constexpr size_t kAppositionWordsBefore = 3;

bool IsForANamedPerson(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name) {
  // A word or two of the thing after the term, then "til", "for" or "to" and a capitalised
  // first name, in the term's clause: "halal mat til Yusuf", "a kosher meal for Miriam".
  static constexpr int kWordsToTheName = 3;
  // As written first, in the bytes three words may take: most terms have none of these
  // after them.
  static constexpr std::string_view kFor[] = {" til ", " for ", " to "};
  static constexpr size_t kReach = 48;
  if (!ContainsOneOf(site.text.substr(site.end, kReach), kFor)) return false;
  size_t pos = site.end;
  for (int words = 0; words < kWordsToTheName; ++words) {
    const auto [word, word_end] = WordAfter(site.text, pos);
    // Not past a verb: "dei kristne har til Jesus" says what they have.
    if (word.empty() || OneOf(word, {"har", "er", "var", "has", "have", "is", "are", "was"})) {
      return false;
    }
    pos = word_end;
    if (!OneOf(word, {"til", "for", "to"})) continue;
    if (pos + 1 >= site.text.size() || !IsUpperCodePoint(CodePointAt(site.text, pos + 1))) {
      return false;
    }
    return is_first_name(WordAfter(site.text, pos).first, true);
  }
  return false;
}

bool FollowsANameInApposition(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name) {
  const std::string_view text = site.text;
  // Back over the apposition's first words to its comma: articles, prepositions and one
  // noun ("a", "tillitsvalgt i", "a member of"), not a clause ("som ble fengslet", "at de").
  size_t pos = site.start;
  bool noun = false;
  for (size_t words = 0; pos >= 3 && text.substr(pos - 2, 2) != ", "; ++words) {
    const auto [word, word_start] = WordBefore(text, pos);
    if (word.empty() || words == kAppositionWordsBefore) return false;
    // A branch's place before the body's name: "leder i Bærum Venstre" (thirty-ninth
    // session).
    const bool branch = words == 0 && IsUpperCodePoint(CodePointAt(text, word_start));
    if (!branch && !OneOf(word, kArticles) && !OneOf(word, kPrepositionsInAnApposition)) {
      if (noun || OneOf(word, kClauseWords)) return false;
      noun = true;
    }
    pos = word_start;
  }
  if (pos < 3) return false;
  const size_t name_end = pos - 2;
  const size_t name_start = WordStart(text, name_end);
  if (name_start == name_end || !IsUpperCodePoint(CodePointAt(text, name_start))) return false;
  // A first name, or a surname after one: "Spoke to Darren Hale, union rep for ...".
  size_t opening = name_start;
  if (!is_first_name(FoldCase(text.substr(name_start, name_end - name_start)), true)) {
    const auto [first, first_start] = WordBefore(text, name_start);
    if (first.empty() || !IsUpperCodePoint(CodePointAt(text, first_start)) ||
        !is_first_name(first, true)) {
      return false;
    }
    opening = first_start;
  }
  // A name greeted or opening its sentence may be called to ("Hei Kari, Høyre vant
  // valget"): an apposition there closes with a comma ("Kari, tillitsvalgt i
  // Fagforbundet, kommer").
  const std::string before = WordBefore(text, opening).first;
  if (opening == site.sentence_start || OneOf(before, kGreetingsBeforeAName)) {
    return text.substr(site.end, site.sentence_end - site.end).find(',') != std::string_view::npos;
  }
  return true;
}

bool HasEnglishI(const TermSite& site) {
  const auto [text, start, end, sentence_start, sentence_end] = site;
  const size_t from =
      std::max(sentence_start, start > kTermContextBefore ? start - kTermContextBefore : 0);
  const size_t to = std::min(sentence_end, end + kTermContextAfter);
  // Look for 'I' up to `to` only: a search to the text's end for every term was quadratic
  // in a long text with no 'I'.
  const std::string_view window = text.substr(0, to);
  for (size_t pos = window.find('I', from); pos != std::string_view::npos;
       pos = window.find('I', pos + 1)) {
    if (WordCharBefore(text, pos) || WordCharAt(text, pos + 1)) continue;
    if (pos == sentence_start && IsNorwegianI(text, pos + 1, sentence_end)) continue;
    return true;
  }
  // Chat's lowercase "i" is English before an English verb ("if i relapse", "i have
  // lupus"); before anything else it may be the Norwegian preposition ("i dag").
  for (size_t pos = window.find('i', from); pos != std::string_view::npos;
       pos = window.find('i', pos + 1)) {
    if (WordCharBefore(text, pos) || WordCharAt(text, pos + 1)) continue;
    if (OneOf(WordAfter(text, pos + 1).first, kEnglishVerbsAfterI)) return true;
  }
  return false;
}

size_t ContractionAt(std::string_view text, size_t pos, std::string_view suffix) {
  for (const std::string_view apostrophe : {std::string_view("'"), kCurlyApostrophe}) {
    if (text.substr(pos).starts_with(apostrophe) &&
        text.substr(pos + apostrophe.size()).starts_with(suffix)) {
      return apostrophe.size() + suffix.size();
    }
  }
  return 0;
}

size_t ContractionBefore(std::string_view text, size_t end, std::string_view suffix) {
  const std::string_view before = text.substr(0, end);
  if (!before.ends_with(suffix)) return 0;  // most words, at no more cost
  for (const std::string_view apostrophe : {std::string_view("'"), kCurlyApostrophe}) {
    if (before.substr(0, end - suffix.size()).ends_with(apostrophe)) {
      return apostrophe.size() + suffix.size();
    }
  }
  return 0;
}

std::pair<std::string, size_t> WordBefore(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {"", pos};
  const size_t start = WordStart(text, pos - 1);
  return {FoldCase(text.substr(start, pos - 1 - start)), start};
}

std::pair<std::string, size_t> WordAfter(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return {"", pos};
  const size_t end = WordEnd(text, pos + 1);
  return {FoldCase(text.substr(pos + 1, end - pos - 1)), end};
}

std::pair<std::string, size_t> ListWordBefore(std::string_view text, size_t pos) {
  if (pos >= 3 && text.substr(pos - 2, 2) == ", ") {
    const size_t word_start = WordStart(text, pos - 2);
    return {FoldCase(text.substr(word_start, pos - 2 - word_start)), word_start};
  }
  return WordBefore(text, pos);
}

bool IsInAQuestion(const TermSite& site) {
  return ClauseEndsInQuestion(site.text, site.end, site.sentence_start, site.sentence_end);
}

// Whether the clause of `site` that starts at text[verb] opens with one of `verbs`, whose
// subject is left out.
template <size_t N>
bool OpensWithAVerbAt(const TermSite& site, size_t verb, const std::string_view (&verbs)[N]) {
  const auto [text, start, end, sentence_start, sentence_end] = site;
  while (verb < start && text[verb] == ' ') ++verb;
  const size_t verb_end = WordEnd(text, verb);
  if (verb_end == verb || verb > start) return false;
  const std::string folded_verb = FoldCase(text.substr(verb, verb_end - verb));
  size_t next = verb_end;
  while (next < sentence_end && text[next] == ' ') ++next;
  const size_t next_end = WordEnd(text, next);
  // "kan ikke komme på jobb, har omgangssyke": "kan" before the Norwegian "not" opens a
  // statement too (Swedish "kan inte assemblera" opens an error message).
  const bool cannot = folded_verb == "kan" &&
                      OneOf(FoldCase(text.substr(next, next_end - next)), {"ikke", "ikkje"});
  if (!OneOf(folded_verb, verbs) && !cannot) return false;
  // A capitalised word after the verb is its subject ("Har Kari ..."), but after a verb of
  // voting it is the party voted for ("Stemmer Høyre hvert år").
  const bool voting = OneOf(folded_verb, kVotingVerbs);
  const std::string next_word = FoldCase(text.substr(next, next_end - next));
  // Chat's lowercase "i" is the subject only of an English verb ("was i ..."); after a
  // Norwegian one it is "in": "sitter i rullestol etter ulykka" (round 872).
  const bool norwegian_in = next_word == "i" && !OneOf(folded_verb, kEnglishVerbsBeforeI);
  return next_end > next && (voting || !IsUpperCodePoint(CodePointAt(text, next))) &&
         (norwegian_in || !OneOf(next_word, kSubjectsAfterVerb));
}

// Whether the clause at text[word] notes a membership whose term ends it: nothing but a
// comma or the sentence's end follows the term ("medlem av Fagforbundet får 10 % rabatt"
// offers something to members).
bool OpensWithAMembershipNote(const TermSite& site, size_t word) {
  const auto [text, start, end, sentence_start, sentence_end] = site;
  while (word < start && text[word] == ' ') ++word;
  size_t word_end = WordEnd(text, word);
  std::string noun = FoldCase(text.substr(word, word_end - word));
  if (OneOf(noun, kFormerly)) std::tie(noun, word_end) = WordAfter(text, word_end);
  if (!OneOf(noun, kMembershipNouns) || word_end > start) return false;
  size_t after = end;
  while (after < sentence_end && text[after] == ' ') ++after;
  return after >= sentence_end || text[after] == ',' || text[after] == '.' || text[after] == '!';
}

std::optional<size_t> ShareOfPeopleEnd(const TermSite& site) {
  static constexpr std::string_view kShares[] = {
      "prosent av",    "percent of", "per cent of",   "% av",        "% of",
      "halvparten av", "half of",    "flertallet av", "majority of", "andelen"};
  // "én av fem", "one in five": one of a number.
  static constexpr std::string_view kOneOf[] = {"én av", "en av", "ein av", "one in"};
  static constexpr std::string_view kNumbers[] = {
      "to",  "tre",   "fire",   "fem",   "seks", "sju",     "syv",     "åtte",
      "ni",  "ti",    "hundre", "tusen", "two",  "three",   "four",    "five",
      "six", "seven", "eight",  "nine",  "ten",  "hundred", "thousand"};
  // The share is at most kShareReach bytes before the term: a sentence of no marks may be a
  // whole log's, and a copy of it for every term would cost its square.
  constexpr size_t kShareReach = 80;
  const size_t from = std::max(site.sentence_start,
                               site.start > kShareReach ? site.start - kShareReach : size_t{0});
  // Every share above ends in "av", "of" or "in" but one: most windows have none of them,
  // and need no folded copy.
  static constexpr std::string_view kShareEndings[] = {" av ", " of ", " in ", "ndelen"};
  if (!AnyInBytesBefore(site.text, site.start, site.start - from, kShareEndings)) {
    return std::nullopt;
  }
  const std::string_view window = site.text.substr(from, site.start - from);
  const std::string before = FoldCase(window);
  // Offsets in the folded copy stand for the text's only where folding kept the length.
  if (before.size() != window.size()) return std::nullopt;
  for (const std::string_view share : kShares) {
    const size_t at = before.rfind(share);
    // A word of its own: not "half of" in "on behalf of".
    if (at != std::string::npos && (at == 0 || before[at - 1] == ' ' || share.front() == '%')) {
      return from + at + share.size();
    }
  }
  for (const std::string_view one_of : kOneOf) {
    const size_t at = before.rfind(one_of);
    if (at == std::string::npos || (at > 0 && before[at - 1] != ' ')) continue;
    const auto [number, number_end] = WordAfter(before, at + one_of.size());
    if (OneOf(number, kNumbers)) return from + number_end;
  }
  return std::nullopt;
}

bool OpensWithNoOne(const TermSite& site) {
  const std::string_view text = site.text;
  const size_t first_end = WordEnd(text, site.sentence_start);
  const std::string first =
      FoldCase(text.substr(site.sentence_start, first_end - site.sentence_start));
  if (OneOf(first, {"ingen", "nobody", "noone"})) return true;
  const std::string second = WordAfter(text, first_end).first;
  return (first == "no" && second == "one") || (first == "none" && second == "of");
}

bool AsksWhoElse(const TermSite& site) {
  static constexpr std::string_view kWhoElse[] = {
      "anyone else ",    "anybody else ",     "does anyone else ",     "is anyone else ",
      "noen andre som ", "er det flere som ", "er det noen andre som "};
  // The question's object stands near its opening: a term far on in a long sentence is
  // not asked of (and no long sentence is read for each of its terms).
  static constexpr size_t kReach = 128;
  const size_t opening = site.sentence_start;  // its first byte that is no blank
  if (opening == site.start || site.start - opening > kReach) return false;
  static constexpr std::string_view kOpinions[] = {"synes",  "syns",  "tror",   "trur", "mener",
                                                   "meiner", "think", "thinks", "feel", "feels",
                                                   "reckon", "find",  "finds"};
  const std::string_view asked = site.text.substr(opening, site.start - opening);
  if (std::none_of(std::begin(kWhoElse), std::end(kWhoElse), [&](std::string_view who) {
        return absl::StartsWithIgnoreCase(ToAbsl(asked), ToAbsl(who));
      })) {
    return false;
  }
  // An opinion asked is of a thing: "Noen andre som synes prisene er syke?"
  return !AnyWord(site.text, opening, site.start, [&](size_t start, size_t end) {
    return OneOf(FoldCase(site.text.substr(start, end - start)), kOpinions);
  });
}

bool OpensWithoutSubject(const TermSite& site) {
  const auto [text, start, end, sentence_start, sentence_end] = site;
  if (ClauseEndsInQuestion(text, end, sentence_start, sentence_end)) return false;
  size_t verb = sentence_start;
  const size_t first_end = WordEnd(text, verb);
  const std::string_view first_word = text.substr(verb, first_end - verb);
  // A heading opening with a gerund and ended by a colon names a topic: "Dealing with
  // tennis elbow: tips" (not "Har sittet i fengsel: trenger jobb").
  if (first_word.ends_with("ing") &&
      text.substr(end, sentence_end - end).find(": ") != std::string_view::npos) {
    return false;
  }
  const std::string_view before = text.substr(sentence_start, start - sentence_start);
  const size_t first_comma = before.find(',');
  const size_t colon = before.find(": ");
  const bool labelled = colon != std::string_view::npos && colon <= kLabelLength &&
                        std::count(before.begin(), before.begin() + colon, ' ') < kLabelWords;
  if (labelled) {
    verb = sentence_start + colon + 1;
    if (OpensWithAMembershipNote(site, verb)) return true;
    const size_t value = text.find_first_not_of(' ', verb);
    if (value == start && OneOf(FoldCase(before.substr(0, colon)), kNoteLabels)) return true;
  } else if (OneOf(FoldCase(first_word), kOpenersBeforeComma)) {
    // "sorry for sent svar, har vært innlagt", or the opener alone: "sorry been off sick".
    verb = first_comma != std::string_view::npos && first_comma <= kOpenerLength
               ? verb + first_comma + 1
               : first_end;
  }
  if (OpensWithAVerbAt(site, verb, kVerbsWithoutSubject)) return true;
  // Or the term's own clause does, in English chat: "cant make raid tonight lads, got the
  // flu".
  const size_t last_comma = FindLastByte(before, ',');
  return last_comma != std::string_view::npos && sentence_start + last_comma + 1 > verb &&
         OpensWithAVerbAt(site, sentence_start + last_comma + 1, kClauseVerbsWithoutSubject);
}

bool NamesAPlaceOfCare(std::string_view text, size_t term_end, size_t word_end) {
  const size_t word_start = WordStart(text, term_end);
  const std::string word = FoldCase(text.substr(word_start, word_end - word_start));
  return EndsWithOneOf(word, kCarePlaces) || OneOf(WordAfter(text, word_end).first, kCarePlaces);
}

bool HasPossessiveAfter(std::string_view text, size_t end) {
  return OneOf(WordAfter(text, end).first, kPossessives);
}

namespace {

// Ends of the words of a carer's trade: "psykolog", "ergoterapeut", "physiotherapist",
// "plastic surgeon", "jordmor".
constexpr std::string_view kCarersTradeEnds[] = {
    "log",       "loge",      "logist",      "terapeut",     "therapist",  "lege",      "surgeon",
    "kirurg",    "nurse",     "sykepleier",  "iatrist",      "iatrician",  "midwife",   "jordmor",
    "audiograf", "logoped",   "kiropraktor", "chiropractor", "counsellor", "counselor", "ortoped",
    "iater",     "allergist", "geneticist",  "genetiker"};

}  // namespace

bool NamesACarersTradeOfSomeone(std::string_view text, size_t start, size_t end) {
  static constexpr std::string_view kBeingOrHiring[] = {
      "er",     "var",    "is",         "am",     "was",     "im",       "blitt",      "become",
      "became", "hiring", "recruiting", "employ", "employs", "ansetter", "rekrutterer"};
  // Asked of every health term: compared without a folded copy.
  const std::string_view term = text.substr(start, end - start);
  if (std::none_of(std::begin(kCarersTradeEnds), std::end(kCarersTradeEnds),
                   [&](std::string_view trade_end) {
                     return absl::EndsWithIgnoreCase(ToAbsl(term), ToAbsl(trade_end));
                   })) {
    return false;
  }
  // "I'm", "she's" (not a genitive: "my son's therapist"): the word before is the
  // contraction's letter. Any noun's "'s" before "a" is a verb of being: "My wife's a
  // therapist" (a genitive takes no article after it).
  const auto is_being_or_hiring = [&](std::string_view word, size_t word_start, size_t next) {
    if (OneOf(word, kBeingOrHiring)) return true;
    const size_t word_end = word_start + word.size();
    if (ContractionBefore(text, word_end, "m") > 0) return true;
    const size_t contraction = ContractionBefore(text, word_end, "s");
    if (contraction == 0) return false;
    static constexpr std::string_view kIndefiniteArticles[] = {"a", "an"};
    if (IsOneOfIgnoringCase(RawWordBefore(text, next).first, kIndefiniteArticles)) return true;
    static constexpr std::string_view kPronouns[] = {"he", "she", "who", "that"};
    const size_t pronoun_start = WordStart(text, word_end - contraction);
    return IsOneOfIgnoringCase(text.substr(pronoun_start, word_end - contraction - pronoun_start),
                               kPronouns);
  };
  // One word may stand between, a grade or the trade's kind: "I'm a qualified
  // physiotherapist", "We're hiring an occupational therapist".
  static constexpr std::string_view kGradesAndKinds[] = {
      "qualified",  "registered",  "senior",       "junior",   "trained",  "utdannet", "utdanna",
      "autorisert", "kvalifisert", "occupational", "physical", "clinical", "child",    "family",
      "private",    "freelance",   "klinisk",      "privat",   "speech",   "genetic"};
  const auto [word, word_start] = WordBeforeOverArticle(text, start);
  if (is_being_or_hiring(word, word_start, start)) return true;
  if (!OneOf(word, kGradesAndKinds)) return false;
  const auto [before, before_start] = WordBeforeOverArticle(text, word_start);
  return is_being_or_hiring(before, before_start, word_start);
}

bool NamesAnOccupation(std::string_view text, size_t start) {
  const auto [word, word_start] = WordBeforeOverArticle(text, start);
  return OneOf(word, {"as", "som"}) && OneOf(WordBefore(text, word_start).first, kWorkWords);
}

bool NamesAnInstitutionWorkedAt(std::string_view text, size_t start, size_t end) {
  // Every term that reaches this is asked: compared as written, with no folded copy.
  if (!IsOneOfIgnoringCase(text.substr(start, end - start), kWorkplaceInstitutions)) return false;
  auto [word, word_start] = WordBeforeOverArticle(text, start);
  if (!OneOf(word, {"at", "in", "i", "på", "ved"})) return false;
  std::tie(word, word_start) = WordBefore(text, word_start);
  if (OneOf(word, kWorkWords)) return true;
  // "jobber som lærer i fengselet"
  std::tie(word, word_start) = WordBefore(text, word_start);
  return word == "som" && OneOf(WordBefore(text, word_start).first, kWorkWords);
}

bool IsAPlaceNearby(std::string_view text, size_t start, size_t end) {
  static constexpr std::string_view kNear[] = {"near", "opposite", "beside", "behind",  "past",
                                               "ved",  "nær",      "bak",    "overfor", "forbi"};
  // Two words of nearness that end "to" or "av": "next to", "close to", "i nærheten av".
  static constexpr std::string_view kNearAfter[] = {"next", "close", "nærheten"};
  const std::string_view term = text.substr(start, end - start);
  if (!IsOneOfIgnoringCase(term, kWorkplaceInstitutions) &&
      !absl::StartsWithIgnoreCase(ToAbsl(term), "hmp") &&
      !absl::EndsWithIgnoreCase(ToAbsl(term), " fengsel")) {
    return false;
  }
  // "ved" alone or after "rett" or "like": "bor ved fengselet", "rett ved fengselet".
  const auto [word, word_start] = WordBeforeOverArticle(text, start);
  return OneOf(word, kNear) ||
         (OneOf(word, {"to", "av"}) && OneOf(WordBefore(text, word_start).first, kNearAfter));
}

bool FollowsAWordOfWork(const TermSite& site) {
  const std::string_view text = site.text;
  const size_t word_start = WordStart(text, site.start);
  const size_t from =
      std::max(site.sentence_start, word_start > kWorkBefore ? word_start - kWorkBefore : 0);
  return AnyWord(text, from, word_start, [&](size_t start, size_t end) {
    const std::string word = FoldCase(text.substr(start, end - start));
    return OneOf(word, kWorkWords) || OneOf(word, kStaffAtWork);
  });
}

bool IsALanguage(std::string_view text, size_t start, size_t end) {
  const std::string next = WordAfter(text, end).first;
  if (OneOf(next, kLanguageNouns) || StartsWithOneOf(next, kLanguageNounStarts)) return true;
  auto [word, word_start] = WordBefore(text, start);
  if (OneOf(word, kLanguageAdjectives)) std::tie(word, word_start) = WordBefore(text, word_start);
  if (OneOf(word, kLanguageWords)) return true;
  if (OneOf(word, {"til", "into"}) &&
      StartsWithOneOf(WordBefore(text, word_start).first, kInterpretingStarts)) {
    return true;
  }
  // Teaching "i" a language: "morsmålsundervisning i nordsamisk", "språkkurs i polsk".
  return word == "i" && EndsWithOneOf(WordBefore(text, word_start).first, kTeachingEndings);
}

namespace {

// Whether `word` (folded) is a noun of a body or business: "charity", "kirkeskolen", "ad".
bool IsABodyNoun(std::string_view word) {
  return EndsWithOneOf(word, kBodyNouns) || OneOf(word, kWholeBodyNouns);
}

// Whether one who belongs to the body the term at text[start] names is spoken of: "I'm a
// member of the Islamic Society", "Jeg er kasserer i Kristen Forening" (its faith or
// cause is theirs; not "members of", many).
bool BelongsToTheBody(std::string_view text, size_t start) {
  static constexpr std::string_view kRolesInABody[] = {
      "member",    "treasurer",   "chair",      "chairman",   "chairwoman", "president",
      "secretary", "founder",     "medlem",     "kasserer",   "leder",      "nestleder",
      "sekretær",  "styremedlem", "styreleder", "grunnlegger"};
  auto [word, word_start] = WordBefore(text, start);
  if (OneOf(word, {"the", "den", "det"})) std::tie(word, word_start) = WordBefore(text, word_start);
  return OneOf(word, {"of", "av", "i", "in"}) &&
         OneOf(WordBefore(text, word_start).first, kRolesInABody);
}

}  // namespace

namespace {

bool IsAThemedNightOut(std::string_view text, size_t end) {
  static constexpr std::string_view kNightsOut[] = {
      "night", "nights", "evening", "evenings", "meetup", "meetups", "mixer",
      "disco", "kveld",  "kvelder", "kveldar",  "fest",   "treff",   "kväll"};
  // What is done there, between: "speed dating", "quiz", "film".
  static constexpr std::string_view kWhatIsDone[] = {
      "speed",  "dating", "quiz",    "pub",     "games", "film", "movie",
      "disco",  "dance",  "singles", "karaoke", "club",  "book", "social",
      "comedy", "music",  "dans",    "spill",   "singel"};
  constexpr size_t kWordsBetween = 2;
  auto [next, next_end] = WordAfter(text, end);
  for (size_t words = 0; words < kWordsBetween && OneOf(next, kWhatIsDone); ++words) {
    std::tie(next, next_end) = WordAfter(text, next_end);
  }
  return OneOf(next, kNightsOut);
}

}  // namespace

bool NamesABody(std::string_view text, size_t start, size_t end) {
  // "LGBTQ" in "LGBTQ+ events" is the same word.
  while (end < text.size() && text[end] == '+') ++end;
  // "the Alzheimer's Society": a genitive may stand between.
  end += GenitiveAt(text, end);
  const auto [next, next_end] = WordAfter(text, end);
  // A union's shop steward is its officer, no shop (frame union-reps-en-43: "I'm the Unison
  // shop steward here").
  if (IsABodyNoun(next) &&
      !(next == "shop" && StartsWithOneOf(WordAfter(text, next_end).first, {"steward"}))) {
    return !BelongsToTheBody(text, start);
  }
  // A site's page of events: "the LGBTQ+ events page" (a dating app's chat, round 545).
  if (OneOf(next, {"events", "event", "arrangementer"}) &&
      OneOf(WordAfter(text, next_end).first,
            {"page", "section", "tab", "calendar", "side", "siden", "kalender", "kalenderen"})) {
    return true;
  }
  // A night out of its kind: "We're hosting an LGBTQ+ speed dating night" (round 834), "a
  // Christian singles evening", maybe after words of what is done there (not "party", a
  // political one too: "the Nazi party").
  if (IsAThemedNightOut(text, end)) return true;
  // A place of worship's body or business: "the Catholic church shop", "the Hindu temple
  // café" (attending "the Catholic church" alone is a believer's).
  if (OneOf(next, kPlacesOfWorship) && IsABodyNoun(WordAfter(text, next_end).first)) {
    return true;
  }
  // The last part of a compound after a hyphen: "LO-lederen".
  if (end < text.size() && text[end] == '-') {
    const std::string rest = FoldCase(text.substr(end + 1, WordEnd(text, end + 1) - end - 1));
    if (OneOf(rest, kWholeBodyNouns)) return true;
  }
  const auto [word, word_start] = WordBefore(text, start);
  // A business speaks of its goods as "ours": "Our mental health app", "vår diabetes-app".
  // Someone who uses or needs the thing owns it as a possessive does: "My son uses an
  // eye-gaze device to talk".
  if (OneOf(next, kGoodsNouns) &&
      (!IsPossessiveBefore(word) || OneOf(word, {"our", "vår", "vårt", "våre"})) &&
      !OneOf(WordBeforeOverArticle(text, start).first, kVerbsOfUsingGoods)) {
    return true;
  }
  // A workplace's rules on it: "Our menopause policy offers flexible working" (not "my
  // critical illness policy", an insurance that may pay out).
  if (OneOf(next, {"policy", "policies", "retningslinjer", "retningslinjene"}) &&
      OneOf(word, {"our", "the", "a", "new", "vår", "vårt", "våre", "ny", "nye"})) {
    return true;
  }
  return OneOf(word, kCauseWords) && OneOf(WordBefore(text, word_start).first, kBodiesForACause);
}

namespace {

// Whether text[start, end) is a word of two or more letters whose first alone is upper case.
bool IsCapitalisedWord(std::string_view text, size_t start, size_t end) {
  const size_t second = NextCodePointStart(text, start);
  return second < end && IsUpperCodePoint(CodePointAt(text, start)) &&
         !IsUpperCodePoint(CodePointAt(text, second));
}

}  // namespace

bool MayOpenAName(std::string_view text, size_t start, size_t end) {
  return end + 1 < text.size() && text[end] == ' ' && IsCapitalisedWord(text, start, end) &&
         IsUpperCodePoint(CodePointAt(text, end + 1));
}

bool MayCloseAName(std::string_view text, size_t start, size_t end) {
  if (start < 3 || text[start - 1] != ' ' || !IsCapitalisedWord(text, start, end)) return false;
  const size_t previous = WordStart(text, start - 1);
  // A word of letters only: "Seventh-day Adventists" names a church.
  const std::string_view word = text.substr(previous, start - 1 - previous);
  return word.find_first_of("-'") == std::string_view::npos &&
         IsCapitalisedWord(text, previous, start - 1);
}

bool MayBeAGivenName(std::string_view text, size_t start, size_t end) {
  if (!IsCapitalisedWord(text, start, end)) return false;
  if (GenitiveAt(text, end) > 0) return true;
  // "my son Christian", "sønnen min Christian": the PERSON detector's words for kin.
  const auto [word, word_start] = WordBefore(text, start);
  return OneOf(word, kPeopleOfSomeone) ||
         (OneOf(word, kOwnersBefore) &&
          OneOf(WordBefore(text, word_start).first, kPeopleOfSomeoneDefinite));
}

bool IsAnAttribute(std::string_view text, size_t term_end, size_t end) {
  const std::string_view rest = text.substr(term_end, end - term_end);
  if (rest.empty()) return OneOf(WordAfter(text, end).first, kAttributeWords);
  return rest.front() == '-' && EndsWithOneOf(FoldCase(rest.substr(1)), kAttributeWords);
}

// Whether `word`, a preposition starting at text[word_start] before a term, is the title of a
// procedure's: kProcedureWords a few words before it ("Rutine for oppfølging av sykmeldte").
bool IsInAProceduresTitle(std::string_view text, std::string_view word, size_t word_start) {
  if (!OneOf(word, {"for", "ved", "om", "of", "on", "av", "with", "med"})) return false;
  size_t pos = word_start;
  for (size_t words = 0; words < kProcedureWordReach; ++words) {
    std::string before;
    std::tie(before, pos) = WordBefore(text, pos);
    if (before.empty() || IsPossessiveBefore(before)) return false;
    // Not one's own: "my routine for the insulin".
    if (OneOf(before, kProcedureWords)) return !IsPossessiveBefore(WordBefore(text, pos).first);
  }
  return false;
}

// Whether the term at text[start] is one of the things a difference is asked between.
bool IsComparedInADifference(std::string_view text, size_t start) {
  const size_t from = start > kTermContextBefore ? start - kTermContextBefore : 0;
  if (!ContainsOneOf(text.substr(from, start - from), kDifferenceStems)) return false;
  return WalkBackOverAList(
      text, start, kComparedTermsReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        if (!OneOf(word, {"på", "mellom", "between"})) return Walk::kOn;
        return OneOf(WordBefore(text, pos).first, kDifferenceWords) ? Walk::kYes : Walk::kNo;
      });
}

namespace {

// How many words a list of skills may run back from its last: "i førstehjelp, HLR og
// diabetes".
constexpr size_t kSkillsListReach = 5;

// Whether the term at text[start] ends a list of skills' fields: "Lærlingen får opplæring i
// førstehjelp og diabetes", "trained in manual handling and dementia care". A verb of being
// or having ends the list ("erfaring i salg og har diabetes" is the writer's).
bool IsTheLastSkillListed(std::string_view text, size_t start) {
  // Its "in" or "i", asked of the bytes first: most lists have none.
  static constexpr std::string_view kInBefore[] = {" in ", " i "};
  if (!AnyInBytesBefore(text, start, kWalkBytes, kInBefore)) return false;
  const bool after_comma = start >= 2 && text.substr(start - 2, 2) == ", ";
  if (!after_comma && !OneOf(WordBefore(text, start).first, kListJoiners)) return false;
  return WalkBackOverAList(
      text, start, kSkillsListReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        if (OneOf(word, {"har", "er", "var", "has", "have", "is", "am", "was"})) return Walk::kNo;
        if (!OneOf(word, {"in", "i"})) return Walk::kOn;
        return OneOf(WordBefore(text, pos).first, kWordsOfSkillBeforeIn) ? Walk::kYes : Walk::kNo;
      });
}

// What a matter is by nature or among people: "Is diabetes hereditary?", "Er kreft
// smittsomt?", "autism is more common in boys" (round 895).
constexpr std::string_view kWordsOfANaturesKind[] = {
    "hereditary", "inherited",   "genetic",   "contagious", "infectious", "curable",
    "treatable",  "preventable", "dangerous", "deadly",     "fatal",      "common",
    "rare",       "arvelig",     "arveleg",   "smittsom",   "smittsomt",  "smittsamt",
    "smittsam",   "farlig",      "farleg",    "dødelig",    "kurerbar",   "vanlig",
    "vanleg",     "sjelden",     "ärftlig",   "smittsamma", "vanligere",  "commoner"};
// Words opening a question of how many have it: "Hvor mange i Norge har kreft?".
constexpr std::string_view kHowManyWords[] = {"mange", "many"};
// How far back "hvor mange" may open it: "Hvor mange barn i Norge har diabetes".
constexpr size_t kHowManyReach = 5;

// Whether `pos` opens the text or a sentence: no word before it on its line but marks.
bool OpensASentence(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos == 0 || text[pos - 1] == '.' || text[pos - 1] == '?' || text[pos - 1] == '!' ||
         text[pos - 1] == '\n';
}

// Whether the term, with `word` (folded, starting at word_start) before it and `next`
// (ending at next_end) after it, is asked or said of by its nature: after a verb of being
// that opens the question, with a word of its kind after it ("Is diabetes hereditary?");
// before "is more common" ("autism is more common in boys"); after "har" in a question of
// how many ("Hvor mange i Norge har kreft?"). The words are IsATopic's, read once.
bool IsAskedOfItsNature(std::string_view text, std::string_view word, size_t word_start,
                        std::string_view next, size_t next_end) {
  if (OneOf(word, {"is", "er", "är", "are"}) && OpensASentence(text, word_start)) {
    if (OneOf(next, {"more", "mer", "very", "veldig", "really"})) {
      return OneOf(WordAfter(text, next_end).first, kWordsOfANaturesKind);
    }
    return OneOf(next, kWordsOfANaturesKind);
  }
  if (OneOf(next, {"is", "er", "are"}) && !IsPossessiveBefore(word)) {
    const auto [more, more_end] = WordAfter(text, next_end);
    return OneOf(more, {"more", "mer"}) &&
           OneOf(WordAfter(text, more_end).first, {"common", "vanlig", "utbredt", "widespread"});
  }
  if (!OneOf(word, {"har", "has", "have", "får", "get", "gets"})) return false;
  size_t pos = word_start;
  for (size_t words = 0; words < kHowManyReach; ++words) {
    const auto [before, before_start] = WordBefore(text, pos);
    if (before.empty()) return false;
    if (OneOf(before, kHowManyWords)) {
      const auto [how, how_start] = WordBefore(text, before_start);
      return OneOf(how, {"hvor", "how"}) && OpensASentence(text, how_start);
    }
    pos = before_start;
  }
  return false;
}

}  // namespace

bool IsATopic(std::string_view text, size_t start, size_t end) {
  if (IsComparedInADifference(text, start)) return true;
  const auto [next, next_end] = WordAfter(text, end);
  auto [word, word_start] = WordBefore(text, start);
  if (IsAskedOfItsNature(text, word, word_start, next, next_end)) return true;
  // "Religion og livssyn er tema i uke 12", "Diabetes is the topic tonight".
  if (OneOf(next, {"er", "is"}) && !IsPossessiveBefore(word)) {
    auto [noun, noun_end] = WordAfter(text, next_end);
    if (noun == "the") noun = WordAfter(text, noun_end).first;
    if (OneOf(noun, {"tema", "temaet", "topic", "theme", "subject"})) return true;
  }
  if (OneOf(word, kArticles)) std::tie(word, word_start) = WordBefore(text, word_start);
  // "a book about the history of the Labour party" (not "a history of depression" alone,
  // which is someone's).
  if (OneOf(word, {"of", "til", "om"})) {
    const auto [noun, noun_start] = WordBefore(text, word_start);
    if (OneOf(noun, kHistoryWords)) {
      std::tie(word, word_start) = WordBeforeOverArticle(text, noun_start);
    }
  }
  // A story's person with it: "Filmen handler om en kvinne med ALS", "a film about a boy with
  // autism".
  if (word == "med" || word == "with") {
    const auto [person, person_start] = WordBefore(text, word_start);
    if (OneOf(person, {"kvinne", "mann", "jente", "gutt", "familie", "woman", "man", "girl", "boy",
                       "family"})) {
      std::tie(word, word_start) = WordBeforeOverArticle(text, person_start);
    }
  }
  if (OneOf(next, kPossessives)) return false;
  if (word == "on") return OneOf(WordBefore(text, word_start).first, kTopicWordsBeforeOn);
  if (word == "over") return OneOf(WordBefore(text, word_start).first, kOverviewWordsBeforeOver);
  // "Our nurses are trained in dementia care": a skill.
  if (word == "in" || word == "i") {
    return OneOf(WordBefore(text, word_start).first, kWordsOfSkillBeforeIn);
  }
  if (IsTheLastSkillListed(text, start)) return true;
  if (IsInAProceduresTitle(text, word, word_start)) return true;
  if (word == "for" || word == "ved") {
    const auto [before, before_start] = WordBefore(text, word_start);
    return OneOf(before, kFirstAidWords) ||
           (word == "for" && OneOf(before, kAdvertisingWords) &&
            !OneOf(WordBefore(text, before_start).first, kSubjectsOfACampaign));
  }
  // "Kurset tar for seg hjertestans": what it deals with.
  if (word == "seg") {
    const auto [for_word, for_start] = WordBefore(text, word_start);
    return for_word == "for" && OneOf(WordBefore(text, for_start).first, {"tar", "tek"});
  }
  // "questions about diabetes medication": one word of the topic may stand between; not
  // a clause's conjunction ("fikk beskjed om at en transplantasjon var eneste utvei").
  // "handler om hvordan diabetes påvirker nyrene", "is about how stress affects sleep": how
  // the topic works is the topic still.
  if (word != "om" && word != "about" && !IsPossessiveBefore(word) &&
      (!OneOf(word, kConjunctionsAfterAbout) || OneOf(word, {"hvordan", "how"}))) {
    std::tie(word, word_start) = WordBefore(text, word_start);
  }
  if (word != "om" && word != "about") return false;
  for (size_t words = 0; words < kTopicWordReach; ++words) {
    std::tie(word, word_start) = WordBefore(text, word_start);
    if (EndsWithOneOf(word, kTopicWords)) return true;
  }
  return false;
}

bool IsWhatSomethingIsFor(std::string_view text, size_t start) {
  return OneOf(WordBeforeOverArticle(text, start).first, {"for", "til"});
}

bool IsWhatOneReadAbout(std::string_view text, size_t start) {
  static constexpr std::string_view kReading[] = {"read", "reading", "reads", "leste", "lest",
                                                  "lese", "läste",   "läst",  "læste", "læst"};
  // Its "about" or "om", asked of the bytes first: most terms follow none.
  static constexpr std::string_view kAboutBefore[] = {"bout ", " om ", "Om "};
  // Back over a list of what was read about ("læst om stråling fra mobiler og kræft"), not
  // over a verb of one's own ("I read about it and I have asthma").
  constexpr size_t kReadAboutReach = 6;
  if (!AnyInBytesBefore(text, start, kWalkBytes, kAboutBefore)) return false;
  return WalkBackOverAList(
      text, start, kReadAboutReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        if (OneOf(word, {"have", "has", "had", "am", "is", "was", "har", "hadde", "er", "var",
                         "fikk", "got"})) {
          return Walk::kNo;
        }
        if (!OneOf(word, {"about", "om"})) return Walk::kOn;
        return OneOf(WordBefore(text, pos).first, kReading) ? Walk::kYes : Walk::kNo;
      });
}

bool IsADevicesFeature(std::string_view text, size_t start) {
  auto [word, word_start] = WordBeforeOverGenitive(text, start);
  if (OneOf(word, kDevices)) return true;
  // The second of a list: "supports Face ID and Touch ID".
  if (OneOf(word, {"and", "og", "or", "eller"})) {
    for (size_t words = 0; words < kFeatureWordsInAList; ++words) {
      std::tie(word, word_start) = WordBefore(text, word_start);
      if (OneOf(word, kVerbsOfAFeature)) break;
    }
  }
  // What a device unlocks with: "My phone unlocks with Face ID", "Mobilen min låses opp med
  // fingeravtrykk" (thirty-eighth session); not one's own print: "Telefonen låses opp med
  // fingeravtrykket mitt".
  bool unlocks = false;
  if ((word == "with" || word == "med") &&
      !OneOf(WordAfter(text, WordEnd(text, start)).first, kPossessives)) {
    auto [verb, verb_start] = WordBefore(text, word_start);
    if (verb == "opp") std::tie(verb, verb_start) = WordBefore(text, verb_start);
    unlocks = OneOf(verb, {"unlocks", "unlock", "låses", "låser", "opens"});
    if (unlocks) word_start = verb_start;
  }
  // "Our app supports Face ID", "Appen bruker fingeravtrykk": what a device offers or
  // uses ("Appen krever ansiktsskanning" asks it of the user); "We support Face ID and
  // Touch ID": what a maker's product does.
  if (!unlocks && !OneOf(word, kVerbsOfAFeature)) return false;
  auto [maker, maker_start] = WordBeforeOverGenitive(text, word_start);
  // "Telefonen min bruker Face ID", "Vi har innført ansiktsgjenkjenning".
  if (OneOf(maker, {"min", "mi", "mitt", "my", "har", "have", "has"})) {
    maker = WordBefore(text, maker_start).first;
  }
  return OneOf(maker, kDevices) ||
         ((maker == "we" || maker == "vi") && word != "use" && word != "bruker");
}

bool IsSaidOfAMachine(std::string_view text, size_t start) {
  size_t pos = start;
  for (size_t i = 0; i < kMachineReach; ++i) {
    const auto [word, word_start] = WordBeforeOverGenitive(text, pos);  // "laptop's been"
    if (OneOf(word, kDevices) || OneOf(word, kMachines)) return true;
    if (!OneOf(word, kWordsAfterAMachine)) return false;
    pos = word_start;
  }
  return false;
}

// Whether `word`, starting at text[word_start], ends "one of" before people: "one of the",
// "one of our", "en av" (not "a group of").
bool IsPartitiveEnd(std::string_view text, std::string_view word, size_t word_start) {
  std::string of(word);
  if (OneOf(word, {"the", "our", "my"})) std::tie(of, word_start) = WordBefore(text, word_start);
  return OneOf(of, {"of", "av"}) &&
         OneOf(WordBefore(text, word_start).first, {"one", "en", "ett", "ei", "én"});
}

bool IsPeopleInGeneralWith(std::string_view text, size_t start) {
  // Back over a list to "with": "patients with diabetes and heart disease".
  return WalkBackOverAList(
      text, start, kListWordReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        // Or in treatment: "clients undergoing chemotherapy", "pasienter under
        // cellegiftbehandling".
        if (!OneOf(word, {"with", "med", "undergoing", "receiving", "under"})) return Walk::kOn;
        const auto [people, people_start] = WordBefore(text, pos);
        // "my children with asthma" are someone's; "our clients with diabetes" are not, nor
        // "kundene våre med allergi".
        if (IsPossessiveBefore(people)) {
          return OneOf(WordBefore(text, people_start).first, kPeopleServed) ? Walk::kYes
                                                                            : Walk::kNo;
        }
        // "As someone with coeliac disease, I ..." is the writer; "one of the patients with
        // diabetes", "en av pasientene med diabetes", someone among them.
        const auto [before_people, before_start] = WordBefore(text, people_start);
        if (IsPartitiveEnd(text, before_people, before_start)) return Walk::kNo;
        return OneOf(people, kPeopleServed) ||
                       (OneOf(people, kPeopleInGeneral) && !IsPossessiveBefore(before_people) &&
                        before_people != "as")
                   ? Walk::kYes
                   : Walk::kNo;
      });
}

bool NamesABodysEvent(std::string_view text, size_t end) {
  return OneOf(WordAfter(text, end + GenitiveAt(text, end)).first, kEvents);
}

bool NamesABodysPremises(std::string_view text, size_t start) {
  static constexpr std::string_view kPremises[] = {
      "office",    "offices", "headquarters", "hq",     "premises",     "kontoret",
      "kontorene", "kontora", "lokalene",     "lokala", "hovedkontoret"};
  static constexpr std::string_view kOf[] = {"of", "til"};
  // Back over the capitalised words of the body's name and an article: "the office of the
  // Norwegian Union of Municipal Employees".
  static constexpr size_t kNameWords = 3;
  auto [word, word_start] = RawWordBefore(text, start);
  for (size_t words = 0;
       words < kNameWords && !word.empty() && IsUpperCodePoint(CodePointAt(word, 0)); ++words) {
    std::tie(word, word_start) = RawWordBefore(text, word_start);
  }
  if (absl::EqualsIgnoreCase(ToAbsl(word), "the")) {
    std::tie(word, word_start) = RawWordBefore(text, word_start);
  }
  return IsOneOfIgnoringCase(word, kOf) &&
         IsOneOfIgnoringCase(RawWordBefore(text, word_start).first, kPremises);
}

bool IsClaimedInTheNextSentence(const TermSite& site) {
  // The writer or their own among the next sentence's first words; "i" is also Norwegian's
  // "in", but a reference back must come too.
  static constexpr std::string_view kOwners[] = {
      "jeg",  "eg",   "i",   "i'm", "im", "i've", "ive",   "my",    "me",  "min", "mi",
      "mitt", "mine", "meg", "vi",  "we", "our",  "mamma", "pappa", "mum", "mom", "dad"};
  static constexpr size_t kOwnerWords = 4;
  static constexpr std::string_view kDiagnoses[] = {"diagnosen", "diagnosed", "diagnosis",
                                                    "diagnostisert"};
  static constexpr std::string_view kHaving[] = {"har", "hadde", "hatt", "fått",  "fikk", "have",
                                                 "has", "had",   "got",  "lever", "live", "lives"};
  static constexpr std::string_view kIt[] = {"det", "den", "dette", "it", "this", "that"};
  // What may follow "have it" when it is the term had, not a state ("jeg har det bra").
  static constexpr std::string_view kAfterIt[] = {"",   "selv",  "sjøl",   "sjølv",   "også",
                                                  "òg", "too",   "myself", "himself", "herself",
                                                  "as", "since", "siden",  "and",     "og"};
  const std::string_view text = site.text;
  const size_t from = text.find_first_not_of(" \t\r\n", site.sentence_end);
  if (from == std::string_view::npos) return false;
  const size_t to = SentenceAround(text, from, from).second;
  bool owner = false;
  size_t words = 0;
  std::string before;
  return AnyWord(text, from, to, [&](size_t start, size_t end) {
    std::string word = FoldCase(text.substr(start, end - start));
    owner = owner || (words++ < kOwnerWords && OneOf(word, kOwners));
    const bool refers = OneOf(word, kDiagnoses) || (OneOf(before, kHaving) && OneOf(word, kIt) &&
                                                    OneOf(WordAfter(text, end).first, kAfterIt));
    before = std::move(word);
    return owner && refers;
  });
}

bool IsSaidOfSomeoneAThingIsFor(std::string_view text, size_t start) {
  // Unnamed, or the reader or people an offer speaks to: "Kurset passer for deg som har
  // angst eller depresjon", "great for people who have arthritis". Everyone is anyone:
  // "Alle som har diabetes bør ...". Back over a list to the verb.
  static constexpr std::string_view kSomeoneFor[] = {
      "en",   "ei",  "noen", "nokon",  "someone",  "somebody", "deg",
      "dere", "you", "folk", "people", "personer", "those"};
  static constexpr std::string_view kEveryone[] = {"alle", "anyone", "everyone", "anybody"};
  // "... for deg som har angst eller depresjon": the verb three words back.
  static constexpr size_t kSomeoneForReach = 4;
  static constexpr std::string_view kWho[] = {" som ", " who "};
  if (!AnyInBytesBefore(text, start, kWalkBytes, kWho)) return false;
  return WalkBackOverAList(
      text, start, kSomeoneForReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        if (!OneOf(word, {"er", "har", "is", "has", "are", "have"})) return Walk::kOn;
        const auto [who, who_start] = WordBefore(text, pos);
        if (!OneOf(who, {"som", "who"})) return Walk::kNo;
        const auto [someone, someone_start] = WordBefore(text, who_start);
        if (OneOf(someone, kEveryone)) return Walk::kYes;
        const std::string before_someone = WordBefore(text, someone_start).first;
        // People in general opening a clause, or many of them: "Personer som har hatt kreft
        // kan ikke gi blod", "Flere som har kreft får nå tilbud om ...".
        if (before_someone.empty() && (OneOf(someone, kPeopleInGeneral) ||
                                       OneOf(someone, {"mange", "flere", "fleire", "many"}))) {
          return Walk::kYes;
        }
        return OneOf(someone, kSomeoneFor) && OneOf(before_someone, {"til", "for", "to"})
                   ? Walk::kYes
                   : Walk::kNo;
      });
}

bool IsPrevented(std::string_view text, size_t start) {
  static constexpr std::string_view kPreventing[] = {
      "forebygge", "forebygger", "forebygges", "forebyggje", "forhindre", "forhindrer",
      "prevent",   "prevents",   "preventing", "förebygga",  "förebygger"};
  // "Les mer om hvordan du kan forebygge hjerteinfarkt og slag", "helps prevent heart
  // disease and stroke" (the verb four words back); not past a clause of its own
  // ("forebygge at diabetesen blir verre" is had).
  static constexpr size_t kPreventedReach = 4;
  // The verbs' stems, less a first letter that may be capitalised.
  static constexpr std::string_view kStems[] = {"orebygg", "örebygg", "orhindr", "revent"};
  if (!AnyInBytesBefore(text, start, kWalkBytes, kStems)) return false;
  return WalkBackOverAList(
      text, start, kPreventedReach, Joiners::kCounted, [&](std::string_view word, size_t) {
        if (OneOf(word, kPreventing)) return Walk::kYes;
        return OneOf(word, {"at", "that", "så", "so", "å", "to"}) ? Walk::kNo : Walk::kOn;
      });
}

bool AddressesTheReaderAsOne(const TermSite& site) {
  static constexpr std::string_view kOpenings[] = {"som ",
                                                   "as a ",
                                                   "as an ",
                                                   "som medlem av ",
                                                   "som medlem i ",
                                                   "as a member of ",
                                                   "som medlemmer av ",
                                                   "as members of "};
  static constexpr std::string_view kReaders[] = {"du", "you", "dere"};
  static constexpr size_t kReaderAfter = 30;
  static constexpr size_t kLongestOpening = LongestOf(kOpenings);
  const std::string_view text = site.text;
  // Bounded: a sentence with no mark may run for megabytes before a term.
  if (site.start - site.sentence_start > kLongestOpening ||
      !OneOf(FoldCase(text.substr(site.sentence_start, site.start - site.sentence_start)),
             kOpenings)) {
    return false;
  }
  // The reader soon after, and not the writer first: "Som medlem av Fagforbundet får du 20 %
  // rabatt", "As a Unison member, you get"; not "Som medlem av Fagforbundet har jeg ...".
  bool writer = false;
  const bool reader = AnyWord(
      text, site.end, std::min(site.sentence_end, site.end + kReaderAfter),
      [&](size_t start, size_t end) {
        const std::string word = FoldCase(text.substr(start, end - start));
        writer = writer || OneOf(word, kWritersAsSubject) || OneOf(word, {"me", "meg", "my"});
        return OneOf(word, kReaders);
      });
  return reader && !writer;
}

bool NamesSomeoneInTheReadersLife(std::string_view text, size_t start, size_t end) {
  if (WordBefore(text, start).first != "the") return false;
  const auto [in, in_end] = WordAfter(text, end);
  if (in != "in") return false;
  const auto [your, your_end] = WordAfter(text, in_end);
  return your == "your" && WordAfter(text, your_end).first == "life";
}

bool IsAKindOfGoods(std::string_view text, size_t end) {
  static constexpr std::string_view kGoods[] = {
      "battery", "batteries", "charger", "chargers", "case",    "cases",   "cover",
      "covers",  "socks",     "insoles", "refill",   "refills", "filter",  "filters",
      "strap",   "straps",    "pouch",   "pouches",  "holder",  "holders", "accessories"};
  return OneOf(WordAfter(text, end).first, kGoods);
}

bool NamesACareWorkersField(std::string_view text, size_t start, size_t end) {
  static constexpr std::string_view kCareWorkers[] = {
      "nurse",        "nurses",     "worker",      "workers",    "practitioner",
      "specialist",   "consultant", "counsellor",  "counselor",  "therapist",
      "professional", "sykepleier", "sjukepleiar", "spesialist", "terapeut"};
  // What may follow a field worked in: nothing more in its clause, or a word of its care, or
  // another clause ("Jeg jobber i psykiatrien og vil låne ...").
  static constexpr std::string_view kFieldsEnds[] = {
      "",           "care",     "services", "service",  "nursing",   "unit",       "team",
      "department", "research", "omsorg",   "omsorgen", "tjenesten", "tjenestene", "sykepleie",
      "avdelinga",  "feltet",   "field",    "and",      "og",        "but",        "men",
      "at",         "in",       "på",       "ved",      "i"};
  // A worker's grade may stand between: "I'm a qualified mental health nurse".
  static constexpr std::string_view kGrades[] = {
      "qualified", "registered", "senior",      "junior",  "experienced",
      "trained",   "specialist", "kvalifisert", "erfaren", "autorisert"};
  static constexpr std::string_view kIn[] = {"in", "i", "på", "within", "innen", "innenfor"};
  auto [before, before_start] = WordBefore(text, start);
  if (OneOf(before, kGrades)) std::tie(before, before_start) = WordBefore(text, before_start);
  // Or, in Norwegian, a verb of being: "Kona mi er psykiatrisk sykepleier".
  if (OneOf(before, {"a", "an", "en", "ein", "er", "var"})) {
    return OneOf(WordAfter(text, end).first, kCareWorkers);
  }
  // A word of the field may stand between: "I worked in neonatal intensive care".
  if (!OneOf(before, kIn)) {
    static constexpr std::string_view kInAsWritten[] = {"in", "i", "på"};
    const auto [in, in_start] = RawWordBefore(text, before_start);
    if (!IsOneOfIgnoringCase(in, kInAsWritten) || IsPossessiveBefore(before)) return false;
    before_start = in_start;
  }
  // "working in pain" is a state.
  return OneOf(WordBefore(text, before_start).first, kWorkWords) &&
         OneOf(WordAfter(text, end).first, kFieldsEnds) &&
         !absl::StartsWithIgnoreCase(ToAbsl(text.substr(start)), "pain");
}

std::optional<PeopleInGeneral> PeopleInGeneralAt(std::string_view text, size_t start, size_t end) {
  const auto [word, word_end] = WordAfter(text, end);
  if (OneOf(word, kPeopleServed)) return PeopleInGeneral{word_end, true};
  if (OneOf(word, kPeopleInGeneral)) return PeopleInGeneral{word_end, false};
  // Compared with ASCII case folding, no folded copy of the term made ("ASYLSØKERE" in
  // capitals is missed, as chat does not write it).
  const std::string_view term = text.substr(start, end - start);
  // The shortest of them has 8 bytes: most terms are asked nothing.
  if (term.size() >= 8 && IsOneOfIgnoringCase(term, kPeopleServedByTheirTerm)) {
    return PeopleInGeneral{end, true};
  }
  for (const std::string_view people : kPluralPeopleServedInCompounds) {
    if (term.size() > people.size() && absl::EndsWithIgnoreCase(ToAbsl(term), ToAbsl(people))) {
      return PeopleInGeneral{end, true};
    }
  }
  return std::nullopt;
}

bool SaysNoneOrWithholds(std::string_view text, size_t start) {
  static constexpr std::string_view kTelling[] = {
      "oppgi", "opplyse", "oppgje", "disclose", "state", "share", "give",
      // "I'm not comfortable sharing my sexual orientation" (thirty-eighth session)
      "sharing", "disclosing", "stating", "giving", "reveal", "revealing"};
  static constexpr std::string_view kRefusing[] = {
      "ikke", "ikkje", "not", "nekter", "declined", "declines", "refuses", "refused", "rather",
      // "I'm uncomfortable disclosing my diagnosis" (thirty-eighth session)
      "uncomfortable"};
  auto [word, word_start] = WordBefore(text, start);
  // "ingen kjente allergier", "no known allergies", "ingen andre sykdommer".
  if (OneOf(word, {"kjente", "kjende", "known", "andre", "other"})) {
    std::tie(word, word_start) = WordBefore(text, word_start);
  }
  if (OneOf(word, {"ingen", "no"})) return true;
  // "would rather not share my diagnosis".
  if (IsPossessiveBefore(word)) std::tie(word, word_start) = WordBefore(text, word_start);
  if (!OneOf(word, kTelling)) return false;
  // "ønsker ikke å oppgi", "declined to state", "would rather not share".
  for (int words = 0; words < 3; ++words) {
    std::tie(word, word_start) = WordBefore(text, word_start);
    if (OneOf(word, kRefusing)) return true;
  }
  return false;
}

bool NamesAHolidaysTime(std::string_view text, size_t end) {
  static constexpr std::string_view kTimeVerbs[] = {"starter", "startar", "begynner", "byrjar",
                                                    "slutter", "sluttar", "starts",   "begins",
                                                    "ends",    "started", "began",    "ended"};
  const auto [verb, verb_end] = WordAfter(text, end);
  return OneOf(verb, kTimeVerbs) ||
         (OneOf(verb, {"er", "is", "was", "var"}) && WordAfter(text, verb_end).first == "over");
}

namespace {

constexpr std::string_view kQuantifiers[] = {"mange", "alle", "flere",  "most",
                                             "many",  "all",  "several"};
constexpr std::string_view kBeingOfMany[] = {"er", "var", "e", "is", "are", "was", "were"};
// How many words the subject of "are" may hold after its quantifier: "Most Norwegians I
// know".
constexpr size_t kQuantifiedSubjectReach = 6;

// Whether the term at `site` follows a verb of being whose subject opens its sentence (or a
// clause after "that", "at", "tror" or "think") with a quantifier of people in general:
// "Most Norwegians I know are Lutherans", "Jeg tror de fleste tyrkere er muslimer". Not "of
// us", "of my friends", "alle i familien min": the writer's own.
bool IsSaidOfAQuantifiedSubject(const TermSite& site) {
  static constexpr std::string_view kArticlesAsWritten[] = {"a", "an", "en", "ei", "et"};
  const std::string_view text = site.text;
  // Asked of every term: the verb looked for as written, with no folded copy.
  auto [verb, pos] = RawWordBefore(text, site.start);
  if (IsOneOfIgnoringCase(verb, kArticlesAsWritten)) std::tie(verb, pos) = RawWordBefore(text, pos);
  if (!IsOneOfIgnoringCase(verb, kBeingOfMany)) return false;
  // The subject's words, read back from the verb; `after` is the one after `word`.
  std::string word;
  std::string after;
  // A business's people served are many in general: "Most of our customers are Polish".
  bool served = false;
  for (size_t words = 0; words < kQuantifiedSubjectReach && pos > site.sentence_start; ++words) {
    after = std::move(word);
    std::tie(word, pos) = WordBefore(text, pos);
    if ((OneOf(word, {"our", "your"}) && OneOf(after, kPeopleServed)) ||
        (OneOf(word, {"våre", "deres"}) && OneOf(WordBefore(text, pos).first, kPeopleServed))) {
      served = true;
      continue;
    }
    if (word.empty() || IsPossessiveBefore(word) || OneOf(word, kBeingOfMany)) return false;
    auto [before, before_start] = WordBefore(text, pos);
    if (word == "fleste" && before == "de") {  // "de fleste"
      pos = before_start;
      before = WordBefore(text, pos).first;
    } else if (!OneOf(word, kQuantifiers)) {
      continue;
    }
    return (pos <= site.sentence_start ||
            OneOf(before, {"that", "at", "tror", "think", "believe", "mener"})) &&
           (served ||
            !OneOf(after, {"of", "av", "us", "oss", "you", "dere", "the", "my", "our", "i"}));
  }
  return false;
}

}  // namespace

bool IsSaidOfManyInGeneral(const TermSite& site) {
  static constexpr std::string_view kAmountsOf[] = {"lot", "lots", "plenty"};
  const std::string_view text = site.text;
  if (IsSaidOfAQuantifiedSubject(site)) return true;
  auto [quantifier, quantifier_start] = WordBefore(text, site.start);
  if (quantifier == "of") {  // "a lot of", "lots of", "plenty of"
    std::tie(quantifier, quantifier_start) = WordBefore(text, quantifier_start);
    if (!OneOf(quantifier, kAmountsOf)) return false;
  } else if (quantifier == "fleste") {  // "de fleste"
    std::tie(quantifier, quantifier_start) = WordBefore(text, quantifier_start);
    if (quantifier != "de") return false;
  } else if (!OneOf(quantifier, kQuantifiers)) {
    return false;
  }
  const std::string before = WordBefore(text, quantifier_start).first;
  const bool contracted_being =
      quantifier_start > 0 && (ContractionBefore(text, quantifier_start - 1, "re") > 0 ||
                               ContractionBefore(text, quantifier_start - 1, "s") > 0);
  if (OneOf(before, kBeingOfMany) || contracted_being ||
      (quantifier == "most" && (before == "the" || IsPossessiveBefore(before)))) {
    return false;
  }
  // The writer's own a few words on, in the clause: "i familien min", "in my family".
  size_t pos = site.end;
  for (int read = 0; read < 5; ++read) {
    const auto [word, word_end] = WordAfter(text, pos);
    if (word.empty()) break;
    if (OneOf(word, {"min", "mi", "mitt", "mine", "my"})) return false;
    pos = word_end;
  }
  return true;
}

bool QualifiesAThingsNoun(std::string_view text, size_t end) {
  static constexpr std::string_view kNamingThePerson[] = {
      // words that go on the clause
      "and", "but", "or", "from", "by", "who", "living", "born", "myself", "herself", "himself",
      "too", "so", "as", "with", "married", "in", "on", "at", "here", "there", "working",
      "studying", "origin", "descent", "heritage", "background", "national", "citizen", "native",
      "though", "lol",
      // a person of it
      "man", "woman", "men", "women", "girl", "boy", "guy", "lady", "gentleman", "person", "mum",
      "mom", "mother", "dad", "father", "wife", "husband", "son", "daughter", "family", "kid",
      "child", "student", "refugee", "immigrant", "migrant", "expat"};
  // A thing's noun in lowercase: not "I", nor a name or a faith ("I'm a Polish Muslim").
  if (end + 1 >= text.size() || text[end + 1] < 'a' || text[end + 1] > 'z') {
    return false;
  }
  const std::string next = WordAfter(text, end).first;
  return !next.empty() && !OneOf(next, kNamingThePerson);
}

bool NamesEveryOfAKind(std::string_view text, size_t start) {
  // Not "andre" or "other": "Jeg ber sammen med andre muslimer" tells.
  static constexpr std::string_view kEvery[] = {
      "alle", "all", "every", "any", "enhver", "ethvert", "ulike", "various", "forskjellige"};
  const auto [every, every_start] = WordBefore(text, start);
  return OneOf(every, kEvery) &&
         OneOf(WordBefore(text, every_start).first,
               {"for", "til", "to", "med", "with", "fra", "from", "av", "of", "på"});
}

bool IsAnOptionListed(std::string_view text, size_t start) {
  static constexpr std::string_view kOptionWords[] = {
      "options", "option",  "choices",        "alternatives", "alternativer", "alternativene",
      "valg",    "valgene", "valgmuligheter", "categories",   "kategorier"};
  constexpr size_t kOptionListReach = 80;
  // Only so far back: a text of no colon is not read to its start for every term.
  const size_t from = start > kOptionListReach ? start - kOptionListReach : 0;
  const size_t found = text.substr(from, start - from).rfind(':');
  if (found == std::string_view::npos) return false;
  const size_t colon = from + found;
  if (text.substr(colon, start - colon).find_first_of(".!?\n") != std::string_view::npos) {
    return false;
  }
  const size_t label_start = WordStart(text, colon);
  return OneOf(FoldCase(text.substr(label_start, colon - label_start)), kOptionWords);
}

bool IsACampaignsCause(std::string_view text, size_t start) {
  // Not "kampen mot kreft", a fight that may be someone's, unless it is supported.
  static constexpr std::string_view kCampaigns[] = {
      "kampanje", "kampanjen", "kampanjer", "campaign", "campaigns", "innsamling", "innsamlinga",
      "innsamlingen", "innsamlingsaksjon", "aksjon", "aksjonen", "fundraiser", "fundraising",
      "appeal",
      // Swedish and Danish (thirty-fifth session: "Kampanj mot bröstcancer i oktober")
      "kampanj", "kampanjen", "kampagne", "kampagnen", "insamlingen"};
  static constexpr std::string_view kFights[] = {"kampen", "fight", "battle"};
  static constexpr std::string_view kSupporting[] = {"støtter", "støtte",   "stöder",    "stödjer",
                                                     "support", "supports", "supporting"};
  const auto [word, word_start] = WordBefore(text, start);
  if (!OneOf(word, {"mot", "mod", "for", "för", "against", "til", "till", "to"})) return false;
  const auto [cause, cause_start] = WordBefore(text, word_start);
  auto [verb, verb_start] = WordBefore(text, cause_start);
  if (OneOf(cause, kCampaigns)) return !OneOf(verb, kSubjectsOfACampaign);
  // "Vi støtter kampen mod kræft", "we support the fight against cancer".
  if (verb == "the") verb = WordBefore(text, verb_start).first;
  return OneOf(cause, kFights) && OneOf(verb, kSupporting);
}

bool IsWhatAThingIsFor(std::string_view text, size_t start) {
  // The term may be a later one of a list: "anbefales ikke ved diabetes eller
  // blodfortynnende medisiner".
  return WalkBackOverAList(
      text, start, kListWordReach, Joiners::kCounted, [&](std::string_view word, size_t pos) {
        if (OneOf(word, kWritersAsSubject)) return Walk::kNo;
        if (!OneOf(word,
                   {"mot", "for", "för", "against", "of", "with", "during", "under", "ved"})) {
          return Walk::kOn;
        }
        // Advised against too: "anbefales ikke ved diabetes", "passar inte för gravida".
        auto [use, use_start] = WordBefore(text, pos);
        if (OneOf(use, {"ikke", "ikkje", "inte", "not"})) use = WordBefore(text, use_start).first;
        return OneOf(use, kWordsOfUse) ? Walk::kYes : Walk::kNo;
      });
}

// Whether the term ending at `end`, maybe with a word or two of its own, is the subject of
// a passive of covering or offering: "Pregnancy complications are covered up to 32 weeks",
// "Tannbehandling dekkes ikke", "Genetisk veiledning tilbys til alle som tester positivt",
// "Genetic counselling is offered to ...". (The caller asks that the term opens its
// sentence.) `asked` says a question's verb opened the sentence before the term, which
// "covered" may then follow with no verb of its own: "Is bipolar disorder covered under the
// plan?", "Is cancer treatment covered?".
bool IsCoveredAfter(std::string_view text, size_t end, bool asked) {
  static constexpr std::string_view kPassiveCover[] = {"dekkes", "omfattes", "dekkjast",
                                                       "tilbys", "tilbydes", "tilbods"};
  static constexpr std::string_view kCovered[] = {"covered", "excluded", "dekket", "dekt",
                                                  "unntatt", "offered",  "tilbudt"};
  std::string previous;
  size_t pos = end;
  for (int words = 0; words < 3; ++words) {
    std::string word;
    std::tie(word, pos) = WordAfter(text, pos);
    if (word.empty()) return false;
    if (OneOf(word, kPassiveCover)) return true;
    if (OneOf(word, kCovered)) {
      return asked || OneOf(previous, {"are", "is", "er", "blir", "not", "ikke"});
    }
    previous = std::move(word);
  }
  return false;
}

// Whether the word at text[pos] opens its sentence: nothing or a sentence's end before it.
bool OpensASentenceAt(std::string_view text, size_t pos) {
  const std::string before = WordBefore(text, pos).first;
  return before.empty() || before.back() == '.' || before.back() == '?' || before.back() == '!';
}

// Whether a question's verb opens the sentence right before the term or a word before it,
// `before` (at `before_start`) being the word right before the term: "Is bipolar disorder
// covered?", "Is gestational diabetes covered?" (the shorter term inside the longer); not
// "Is my diabetes covered?".
bool IsAskedOfCover(std::string_view text, std::string_view before, size_t before_start) {
  static constexpr std::string_view kQuestionsVerbs[] = {"is", "are", "er", "blir"};
  if (OneOf(before, kQuestionsVerbs)) return OpensASentenceAt(text, before_start);
  if (before.empty() || IsPossessiveBefore(before)) return false;
  // The verb before that word, read as written (either case) before any word is folded:
  // most terms have none.
  for (const std::string_view verb : kQuestionsVerbs) {
    if (before_start < verb.size() + 1 || text[before_start - 1] != ' ') continue;
    const size_t verb_start = before_start - verb.size() - 1;
    if (absl::EqualsIgnoreCase(ToAbsl(text.substr(verb_start, verb.size())), ToAbsl(verb))) {
      return OpensASentenceAt(text, verb_start);
    }
  }
  return false;
}

bool IsADirection(std::string_view text, size_t start, size_t end) {
  return OneOf(text.substr(start, end - start), {"høyre", "høgre", "venstre"}) &&
         OneOf(WordBefore(text, start).first, {"til", "mot"});
}

bool IsWhatAPolicyCovers(std::string_view text, size_t start, size_t end) {
  if (OneOf(WordAfter(text, end).first, kPossessives)) return false;
  // A policy's sentence opens with what it covers, or a question of it does; not "Jeg har
  // astma som dekkes", nor "Is my diabetes covered?".
  const auto [before, before_start] = WordBefore(text, start);
  const bool opens =
      before.empty() || OneOf(before, kArticles) || before.back() == '.' || before.back() == ':';
  const bool asked = !opens && IsAskedOfCover(text, before, before_start);
  if ((opens || asked) && IsCoveredAfter(text, end, asked)) return true;
  std::string next;
  std::string after_next;
  bool writer_as_object = false;
  return WalkBackOverAList(
      text, start, kCoverWordReach, Joiners::kPassed, [&](std::string_view word, size_t pos) {
        // "i'm looking for life cover, i had breast cancer": the writer's own clause; but "does
        // it cover me if i relapse" asks of what may come, unless what it asks is a state the
        // writer has, no event: "Do you cover scuba diving if I have asthma?" (round 855; not
        // "if I have a heart attack").
        if (OneOf(word, kWritersAsSubject) &&
            (!OneOf(ListWordBefore(text, pos).first, kConditionals) ||
             (OneOf(next, {"have", "har", "am", "er"}) && !OneOf(after_next, kArticles)))) {
          return Walk::kNo;
        }
        // Covering up hides a thing: "Can you cover up a self-harm scar on my wrist?" (not
        // "dekker over", which also counts: "dekker over 50 diagnoser").
        if (OneOf(word, kCoverWords)) return next == "up" ? Walk::kNo : Walk::kYes;
        // Whom an offer or a rule is for: "Rabatten gjelder for uføretrygdede" (not "gjelder
        // det for meg som er ufør?").
        writer_as_object = writer_as_object || OneOf(word, {"meg", "me", "oss", "us"});
        if (OneOf(next, {"for", "to", "til"}) && OneOf(word, kApplyingWords)) {
          return writer_as_object ? Walk::kNo : Walk::kYes;
        }
        after_next = std::exchange(next, std::string(word));
        return Walk::kOn;
      });
}

namespace {

// Whether the writer alone is among the few words before `pos`, the clause a rule's list
// may end: "Jeg ble diskriminert på grunnlag av etnisitet" tells of the writer.
bool TheWriterOpens(std::string_view text, size_t pos) {
  for (size_t words = 0; words < kWordsBeforeAGroundsPhrase; ++words) {
    std::string word;
    std::tie(word, pos) = WordBefore(text, pos);
    if (word.empty()) return false;
    if (OneOf(word, {"i", "jeg", "eg", "æ", "me", "meg"})) return true;
  }
  return false;
}

}  // namespace

bool IsAGroundListed(std::string_view text, size_t start, size_t end) {
  if (OneOf(WordAfter(text, end).first, kPossessives)) return false;
  // Anyone's: "welcomes everyone, whatever their sexual orientation", "no matter your faith".
  if (const auto [whose, whose_start] = WordBefore(text, start);
      OneOf(whose, {"their", "your", "deres", "ens"})) {
    const auto [before, before_start] = WordBefore(text, whose_start);
    if (OneOf(before, {"whatever", "whichever", "matter", "uansett"}) ||
        (before == "of" &&
         OneOf(WordBefore(text, before_start).first, {"regardless", "irrespective"}))) {
      return true;
    }
  }
  std::string next;
  return WalkBackOverAList(
      text, start, kGroundListReach, Joiners::kPassed, [&](std::string_view word, size_t pos) {
        if (OneOf(word, kWritersAsSubject)) return Walk::kNo;
        if (OneOf(word, {"uansett", "regardless", "irrespective"}) ||
            (OneOf(next, {"av", "of", "på", "on"}) && OneOf(word, kWordsBeforeAGround))) {
          return TheWriterOpens(text, pos) ? Walk::kNo : Walk::kYes;
        }
        next = word;
        return Walk::kOn;
      });
}

bool LabelsNoCategory(std::string_view folded_label) {
  if (ContainsOneOf(folded_label, kPublicOfficeLabels)) return true;
  const size_t last_word = folded_label.find_last_of(' ');
  const std::string_view word =
      last_word == std::string_view::npos ? folded_label : folded_label.substr(last_word + 1);
  return EndsWithOneOf(word, kCarePlaces);
}

bool FollowsAnIntensifier(std::string_view text, size_t start) {
  return OneOf(WordBefore(text, start).first, kIntensifiers);
}

bool IsHyperbole(std::string_view text, size_t start, size_t end) {
  auto [word, word_start] = WordBefore(text, start);
  // "jeg fikk nesten hjerteinfarkt av regningen", "holdt på å få slag da jeg så prisen".
  const bool nearly = word == "nesten";
  if (nearly) std::tie(word, word_start) = WordBefore(text, word_start);
  if (word == "få") {
    const auto [to, to_start] = WordBefore(text, word_start);
    const auto [on, on_start] = WordBefore(text, to_start);
    if (to == "å" && on == "på" && OneOf(WordBefore(text, on_start).first, {"holdt", "holder"})) {
      return true;
    }
  }
  // "jeg får hjerteinfarkt av denne trafikken".
  if (OneOf(word, {"får", "fikk"}) && (nearly || WordAfter(text, end).first == "av")) return true;
  if (word == "a" || word == "an") std::tie(word, word_start) = WordBefore(text, word_start);
  if (word == "me" || word == "meg") return OneOf(WordBefore(text, word_start).first, kGivingVerbs);
  // "I nearly had a stroke when I saw the price": what nearly happened did not.
  if (word == "had") return OneOf(WordBefore(text, word_start).first, {"nearly", "almost"});
  if (word != "have") return false;
  const auto [before, before_start] = WordBefore(text, word_start);
  // "I thought I'd have a heart attack", "I'll have a stroke if ...": what would be (a word
  // starts after the apostrophe).
  const bool contracted = OneOf(before, {"d", "ll"}) &&
                          ContractionBefore(text, before_start + before.size(), before) > 0;
  return contracted || OneOf(before, {"gonna", "id", "would"}) ||
         (before == "to" && OneOf(WordBefore(text, before_start).first, kAboutToWords));
}

bool IsAHypothesis(std::string_view text, size_t start, size_t end) {
  if (!OneOf(FoldCase(text.substr(start, end - start)), kIllAtAll)) return false;
  auto [verb, verb_start] = WordBefore(text, start);
  if (!OneOf(verb, kVerbsOfBecoming)) return false;
  // "were to get", "skulle bli"
  auto [word, word_start] = WordBefore(text, verb_start);
  if (word == "to") std::tie(word, word_start) = WordBefore(text, word_start);
  if (OneOf(word, kConditionalAuxiliaries)) {
    std::tie(word, word_start) = WordBefore(text, word_start);
  }
  if (!OneOf(word, kConditionSubjects)) return false;
  return OneOf(WordBefore(text, word_start).first, kConditionWords) &&
         !OneOf(WordAfter(text, end).first, {"igjen", "again"});
}

bool IsAReadersCondition(std::string_view text, size_t start) {
  // The reader, and anyone as the generic "man" or "someone" ("Hva skjer med forsikringen
  // hvis man får kreft?", thirty-ninth session).
  static constexpr std::string_view kReaders[] = {"you", "du",      "dere",  "u",
                                                  "man", "someone", "anyone"};
  static constexpr std::string_view kVerbsOfACondition[] = {
      "are",    "have", "r",   "er",   "har",  "suffer", "lider", "take", "use",
      "bruker", "tar",  "får", "blir", "gets", "get",    "has",   "is",   "develops"};
  // "If you have questions about my diabetes": the writer's own. Nor is one the reader
  // has room or a place for: "Lurer på om dere har plass til en gutt med autisme".
  return WalkBackOverAList(
      text, start, kReadersConditionReach, Joiners::kCounted,
      [&](std::string_view word, size_t pos) {
        if (OneOf(word, {"til", "for", "to"})) return Walk::kNo;
        if (!OneOf(word, kVerbsOfACondition)) return Walk::kOn;
        const auto [reader, reader_start] = WordBefore(text, pos);
        return OneOf(reader, kReaders) &&
                       OneOf(WordBefore(text, reader_start).first, kConditionWords)
                   ? Walk::kYes
                   : Walk::kNo;
      });
}

std::optional<size_t> ShownSubjectBefore(std::string_view text, size_t start) {
  auto [verb, verb_start] = WordBefore(text, start);
  if (OneOf(verb, kIntensifiers)) std::tie(verb, verb_start) = WordBefore(text, verb_start);
  if (verb == "thats") return verb_start;
  if (verb == "s") {  // "that's": the word stops at the apostrophe
    const size_t contraction = ContractionBefore(text, verb_start + 1, "s");
    if (contraction == 0) return std::nullopt;
    const size_t word_end = verb_start + 1 - contraction;
    const size_t subject = WordStart(text, word_end);
    if (OneOf(FoldCase(text.substr(subject, word_end - subject)), kDemonstratives)) return subject;
    return std::nullopt;
  }
  if (!OneOf(verb, kVerbsOfWhatIsShown)) return std::nullopt;
  const auto [word, word_start] = WordBefore(text, verb_start);
  if (OneOf(word, kDemonstratives)) return word_start;
  const auto [demonstrative, subject] = WordBefore(text, word_start);
  if (OneOf(demonstrative, kDemonstratives)) return subject;
  return std::nullopt;
}

bool NamesAThingNotABody(std::string_view text, size_t subject) {
  const auto [noun, noun_end] = WordAfter(text, WordEnd(text, subject));
  return !noun.empty() && !OneOf(noun, kVerbsOfWhatIsShown) &&
         !OneOf(noun, kBodyAndFindingNouns);
}

bool IsAGroupsInsult(std::string_view text, size_t start, size_t end) {
  static constexpr std::string_view kInsults[] = {"cancer", "aids"};
  static constexpr std::string_view kPluralBeing[] = {"are", "were", "r"};
  // The clause ends with it: "are cancer survivors" names them.
  if (!OneOf(FoldCase(text.substr(start, end - start)), kInsults) ||
      !OneOf(WordAfter(text, end).first, {"", "and", "but", "lol", "lmao", "tbh", "ngl", "fr"})) {
    return false;
  }
  auto [verb, verb_start] = WordBefore(text, start);
  if (OneOf(verb, kIntensifiers) || OneOf(verb, {"literally", "actually", "actual", "pure"})) {
    verb = WordBefore(text, verb_start).first;
  }
  return OneOf(verb, kPluralBeing);
}

bool IsHostilityTowardsAGroup(std::string_view text, size_t start) {
  static constexpr std::string_view kHostility[] = {
      "hets",         "hat",       "hatet",     "rasisme",        "diskriminering",
      "trakassering", "vold",      "fordommer", "hatprat",        "hatytringer",
      "hate",         "hatred",    "racism",    "discrimination", "harassment",
      "violence",     "prejudice", "bigotry",   "speech",         "slurs",
      "attacks",      "angrep"};
  // As written before the term, unfolded: most terms have none of these.
  static constexpr std::string_view kTowards[] = {" mot ", " against ", " towards ", " toward ",
                                                  " of "};
  if (!EndsWithOneOf(text.substr(0, start), kTowards)) return false;
  return OneOf(WordBefore(text, WordBefore(text, start).second).first, kHostility);
}

bool IsSaidToBeCommon(const TermSite& site) {
  // As written first: few terms have a verb of being right after them.
  static constexpr std::string_view kIs[] = {" er ", " is ", " are ", " är "};
  const std::string_view text = site.text;
  if (!StartsWithOneOf(text.substr(site.end), kIs)) return false;
  auto [word, word_end] = WordAfter(text, WordAfter(text, site.end).second);
  if (OneOf(word, {"veldig", "ganske", "svært", "helt", "meget", "mycket", "very", "quite",
                   "really", "pretty", "fairly", "completely", "totally"})) {
    std::tie(word, word_end) = WordAfter(text, word_end);
  }
  if (OneOf(word, {"en", "ei", "et", "eit", "a"})) {
    std::tie(word, word_end) = WordAfter(text, word_end);
  }
  if (!OneOf(word, {"vanlig", "vanleg", "vanligt", "almindelig", "almindeligt", "normalt", "normal",
                    "common", "utbredt", "widespread"})) {
    return false;
  }
  // Its subject is the term, with a word or two before it and no one's: "Dental anxiety is
  // common" (not "Min angst er vanlig").
  int words_before = 0;
  if (AnyWord(text, site.sentence_start, site.start, [&](size_t start, size_t end) {
        return ++words_before > 2 || IsPossessiveBefore(FoldCase(text.substr(start, end - start)));
      })) {
    return false;
  }
  // Common in one's family is the family's history: "Brystkreft er vanlig i familien vår".
  for (int read = 0; read < 4; ++read) {
    std::tie(word, word_end) = WordAfter(text, word_end);
    // A clause of its own after it is not read: "... is common and we take our time".
    if (word.empty() || OneOf(word, {"og", "men", "så", "and", "but", "so"})) return true;
    if (OneOf(word, {"familien", "familie", "family", "slekta", "slekten", "slekt", "meg", "oss",
                     "me", "us"}) ||
        IsPossessiveBefore(word)) {
      return false;
    }
  }
  return true;
}

bool IsForAGroup(std::string_view text, size_t start, size_t end) {
  // Plural nouns of people by a condition: diabetikere, rusavhengige, funksjonshemmede,
  // kreftsyke; diabetics, addicts.
  static constexpr std::string_view kPluralPeopleEndings[] = {"ere",  "ige", "ede",
                                                              "syke", "ics", "icts"};
  // As written first: most terms have none of these before them, and need no folding.
  static constexpr std::string_view kFor[] = {"for ", "til ", "to ", "For ", "Til ", "To "};
  if (!EndsWithOneOf(text.substr(0, start), kFor) ||
      !OneOf(WordBefore(text, start).first, {"for", "til", "to"})) {
    return false;
  }
  const size_t word_end = WordEnd(text, end);
  return EndsWithOneOf(FoldCase(text.substr(start, word_end - start)), kPluralPeopleEndings);
}

bool IsAHolidayGreeting(std::string_view text, size_t start) {
  return OneOf(WordBefore(text, start).first, kHolidayWishes);
}

// True if one of the four space-separated words before text[pos] (whatever they hold:
// "kl. 18", "6pm", "søndager,") is one of `words`, with no one's own "I" or "my" between:
// "I close my laptop for iftar" is the writer's practice. (Norwegian "i", in, stops the walk
// too: the term then stands, as it did before.)
template <size_t N>
bool PlacesWordBefore(std::string_view text, size_t pos, const std::string_view (&words)[N]) {
  for (int count = 0; count < 4 && pos >= 2 && text[pos - 1] == ' '; ++count) {
    const size_t space = text.rfind(' ', pos - 2);
    const size_t word_start = space == std::string_view::npos ? 0 : space + 1;
    const std::string word = FoldCase(text.substr(word_start, pos - 1 - word_start));
    if (OneOf(word, {"i", "my", "jeg", "eg", "min", "mi"})) return false;
    if (OneOf(word, words)) return true;
    pos = word_start;
  }
  return false;
}

bool IsAHolidayClosure(std::string_view text, size_t start, size_t end) {
  const auto [word, word_start] = WordBefore(text, start);
  // A few words may come between: "Vi har åpent på søndager, også i ramadan".
  if (OneOf(word, {"for", "over", "during", "i", "på", "under", "in"}) &&
      PlacesWordBefore(text, word_start, kOpeningWords)) {
    return true;
  }
  if (word == "for" && PlacesWordBefore(text, word_start, kClosingVerbs)) return true;
  // A holiday's hours: "Ramadan opening hours", "Ramadan åpningstider" (one word).
  const auto [next, next_end] = WordAfter(text, end);
  return next == "åpningstider" ||
         (next == "opening" && OneOf(WordAfter(text, next_end).first, {"hours", "times"}));
}

std::optional<size_t> EventOrderedFor(const TermSite& site) {
  bool preposition = false;
  size_t pos = site.end;
  for (size_t words = 0; words < kEventOrderedForReach; ++words) {
    std::string word;
    std::tie(word, pos) = WordAfter(site.text, pos);
    if (word.empty() || pos > site.sentence_end) return std::nullopt;
    if (preposition && (OneOf(word, kEvents) || OneOf(word, kOccasionsOrderedFor))) return pos;
    // Right after the term or the thing it names ("halal option for"); later it may be the
    // writer's plan ("har covid og kan ikke komme på møtet").
    if (words < kWordsBeforeTheEventsPreposition &&
        OneOf(word, {"for", "til", "på", "to", "at"})) {
      preposition = true;
    }
  }
  return std::nullopt;
}

bool IsStockedGoods(const TermSite& site) {
  // Read past the reach, so that a phrase starting in it is seen whole and a word that goes
  // on after it ("på lageret", at the warehouse) is seen to.
  const std::string after = FoldCase(site.text.substr(
      site.end, std::min(site.sentence_end - site.end, kStockAfter + kLongestStockPhrase)));
  return std::any_of(std::begin(kStockPhrases), std::end(kStockPhrases),
                     [&](std::string_view phrase) {
                       const size_t pos = after.find(phrase);
                       return pos < kStockAfter && !WordCharAt(after, pos + phrase.size()) &&
                              !AnyWord(after, 0, pos, [&](size_t start, size_t end) {
                                return OneOf(after.substr(start, end - start), kGoodsTakenUp);
                              });
                     });
}

}  // namespace sladd
