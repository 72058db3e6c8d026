#include "detectors/special_category.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <tuple>
#include <utility>

#include "detectors/context.h"
#include "detectors/embedded_data.h"
#include "detectors/form_fields.h"
#include "detectors/special_context.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// A word of two to five ASCII letters as a number, lowercase: compared whole.
constexpr uint64_t ShortWordKey(std::string_view word) {
  uint64_t key = 0;
  for (const char c : word) key = key << 8 | static_cast<unsigned char>(c | 0x20);
  return key;
}

// Whether `text` has a Norwegian letter (æ, ø, å: 0xC3 and a second byte) or a Norwegian
// function word.
bool LooksNorwegian(std::string_view text) {
  for (const char* at = text.data(); (at = static_cast<const char*>(
                                           std::memchr(at, 0xC3, text.data() + text.size() - at)));
       ++at) {
    if (at + 1 < text.data() + text.size() &&
        std::string_view("\xA6\xB8\xA5\x86\x98\x85").find(at[1]) != std::string_view::npos) {
      return true;
    }
  }
  static constexpr uint64_t kFunctionWords[] = {
      ShortWordKey("jeg"), ShortWordKey("eg"),   ShortWordKey("og"),    ShortWordKey("ikke"),
      ShortWordKey("ikkje"), ShortWordKey("har"), ShortWordKey("det"),  ShortWordKey("til"),
      ShortWordKey("som"), ShortWordKey("meg"),  ShortWordKey("deg"),   ShortWordKey("ein"),
      ShortWordKey("hun"), ShortWordKey("ho"),   ShortWordKey("skal"),  ShortWordKey("vil"),
      ShortWordKey("mitt"), ShortWordKey("av"),  ShortWordKey("fra"),   ShortWordKey("ble"),
      ShortWordKey("vart")};
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    while (pos < text.size() && IsAsciiLetter(static_cast<unsigned char>(text[pos]))) ++pos;
    if (pos - start >= 2 && pos - start <= 5 && !WordCharBefore(text, start) &&
        !WordCharAt(text, pos)) {
      const uint64_t key = ShortWordKey(text.substr(start, pos - start));
      if (std::find(std::begin(kFunctionWords), std::end(kFunctionWords), key) !=
          std::end(kFunctionWords)) {
        return true;
      }
    }
    pos = std::max(pos, start + 1);
  }
  return false;
}

// Whether the word at text[start] is capitalised where a sentence does not start: a name
// more likely than a misspelt term ("Aaberge", "Pyrion").
bool IsCapitalisedInASentence(std::string_view text, size_t start) {
  if (text[start] < 'A' || text[start] > 'Z') return false;
  size_t before = start;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '"')) --before;
  return before > 0 && std::string_view(".!?:\n").find(text[before - 1]) == std::string_view::npos;
}

// Context tags: person cues, then one per category (category + 1).
constexpr uint32_t kPersonCues = 0;
constexpr uint32_t CategoryCues(uint8_t category) { return category + 1u; }
constexpr uint32_t kSellerCues = kSpecialCategoryTypes.size() + 1;
constexpr uint32_t kAnimalCues = kSellerCues + 1;
constexpr uint32_t kShopQuestions = kAnimalCues + 1;
constexpr uint32_t kPersonCuesBesidesAddressee = kShopQuestions + 1;
static_assert(kPersonCuesBesidesAddressee < kMaxContextTags);
// The person cues that name whom a message is written to: in a chat with a business, the
// business. A place of care is a statement only with someone else near it: "My wife is on
// the chemo ward", not "The chemo ward needs new chairs, can you quote?".
constexpr std::string_view kAddresseeWords[] = {"you", "your", "du", "deg", "din"};
constexpr size_t kHealthData = 0;  // indices in kSpecialCategoryTypes
constexpr size_t kReligiousBelief = 1;
constexpr size_t kPoliticalOpinion = 2;
constexpr size_t kTradeUnionMembership = 3;
constexpr size_t kEthnicOrigin = 4;
constexpr size_t kSexLifeOrOrientation = 5;
constexpr size_t kGeneticData = 6;
constexpr size_t kBiometricData = 7;
static_assert(kSpecialCategoryTypes[kHealthData] == "HEALTH_DATA");
static_assert(kSpecialCategoryTypes[kReligiousBelief] == "RELIGIOUS_BELIEF");
static_assert(kSpecialCategoryTypes[kPoliticalOpinion] == "POLITICAL_OPINION");
static_assert(kSpecialCategoryTypes[kTradeUnionMembership] == "TRADE_UNION_MEMBERSHIP");
static_assert(kSpecialCategoryTypes[kEthnicOrigin] == "ETHNIC_ORIGIN");
static_assert(kSpecialCategoryTypes[kSexLifeOrOrientation] == "SEX_LIFE_OR_ORIENTATION");
static_assert(kSpecialCategoryTypes[kGeneticData] == "GENETIC_DATA");
static_assert(kSpecialCategoryTypes[kBiometricData] == "BIOMETRIC_DATA");

// A cue that a term needing a person and a cue must follow ("kommer fra Somalia"): at most
// this many bytes between them.
constexpr size_t kCueRightBefore = 2;
// A seller's phrase names goods up to this far after it: "Vi selger elektriske rullestoler".
constexpr size_t kSellerBefore = 40;
// A number between a seller's phrase or a business's "we" and the term is part of what they
// speak of: "We offer a 10% discount", "Vi har 12 dialysepasienter".
constexpr auto kDigitsAllowed = ScanView::DigitsBetween::kAllowed;
// A question to a shop about its goods or its discounts: "Har dere gravid-bukser i str
// M?", "Do you have diabetes socks?", "Er det rabatt for fagforeningsmedlemmer?". Unlike a
// seller's phrase, it may follow a statement ("Min sønn er døv, har dere
// tegnspråktolk?"), so a person before it counts too.
constexpr std::string_view kShopQuestionPhrases[] = {
    "har dere", "har de", "finnes det", "fins det", "do you have", "do u have", "have you got",
    "you got any", "do you do", "any deals on", "any offers on", "any discount on",
    "any discounts on", "rabatt for", "rabatt til", "rabatter for", "rabatter til", "discount for",
    "discount to", "discounts for", "discounts to",
    // Swedish and Danish: "Har ni glutenfria alternativ?", "Findes der laktosefri mælk?"
    // (not Danish "har I": Norwegian writes "har i tillegg astma")
    "har ni", "finns det", "findes der",
    // and where a shop delivers ("Do you deliver groceries to care homes?")
    "do you deliver", "can you deliver", "do you ship", "leverer dere", "kan dere levere",
    // and where goods are sold ("Hvor kan jeg kjøpe gravidtest?", thirty-fourth session)
    "hvor kan jeg kjøpe", "hvor får jeg kjøpt", "where can i buy", "where can i get",
    // and what it would advise ("Can you recommend something for a headache?")
    "can you recommend", "could you recommend", "do you recommend", "would you recommend"};
// The pronouns that take an animal up again: "Katten min har diabetes, og hun trenger
// insulin".
constexpr std::string_view kAnimalsPronouns[] = {"han", "hun", "ho", "den", "he", "she", "it"};
// So does an animal its illness: "Hunden min har fått diabetes", also past its name and
// its pronoun ("My cat's name is Luna, she was diagnosed with kidney disease").
constexpr size_t kAnimalBefore = 60;
// An owner's possessive right after the animal belongs to it ("hunden min", "katten vår"):
// a person cue ending this close after the animal word is no other person.
constexpr size_t kPossessiveAfterAnimal = 6;
// Words between an owner's possessive and the animal: "my old dog", "vår gamle katt".
constexpr std::string_view kPetAdjectives[] = {
    "old",   "little", "young", "elderly", "senior", "new",   "poor",  "sweet", "gammel",
    "gamle", "lille",  "unge",  "nye",     "stakkars", "søte", "eldre"};
constexpr size_t kMaxPetAdjectives = 2;
// The animal's own "his" before its term ("My dog has diabetes and needs his insulin"),
// ending at most this far before the term ("his daily insulin"). ("her" and "its" are no
// person cues, nor is Norwegian "sin".)
constexpr size_t kAnimalsPossessiveBefore = 12;

// A term alone; a term with a person or cue near it; an ambiguous term with what it needs;
// an ambiguous term without (below the default minimum score, so not reported).
constexpr double kAloneScore = 0.75;
constexpr double kSupportedScore = 0.9;
constexpr double kResolvedScore = 0.85;
constexpr double kUnresolvedScore = 0.3;
// A form's value under a label of a category: as sure as a term with its person, and the
// longer span wins over the terms inside it ("Medical conditions: asthma, epilepsy").
constexpr double kFormValueScore = kSupportedScore;
// A capitalised term before a capitalised word may open a name ("I met Christian Olsen"):
// below a name's score, so a name found there wins and is redacted whole.
constexpr double kMayBeANameScore = 0.7;

// The score of a term with or without a person and a cue near it. A party or a union is
// someone's opinion or membership only as a person's: "Arbeiderpartiet vant valget", "Mange
// stemmer på Høyre", "LO krever høyere lønn i tariffoppgjøret" are news; "stemmer Høyre"
// (the writer, subject dropped) is not.
double Score(const LexiconTerm& term, bool person, bool cue) {
  const bool needs_person =
      term.category == kPoliticalOpinion || term.category == kTradeUnionMembership;
  if (needs_person && term.evidence != TermEvidence::kAlone && !person) return kUnresolvedScore;
  switch (term.evidence) {
    case TermEvidence::kAlone:
      return person || cue ? kSupportedScore : kAloneScore;
    case TermEvidence::kNeedsPersonOrCue:
      return person || cue ? kResolvedScore : kUnresolvedScore;
    case TermEvidence::kNeedsCue:
      return cue ? kResolvedScore : kUnresolvedScore;
    case TermEvidence::kNeedsPersonAndCue:
      return person && cue ? kResolvedScore : kUnresolvedScore;
  }
  return kUnresolvedScore;
}

// Whether the term opens its sentence as a definite subject: a body that does what a cue
// after it says, with no one in it ("Menigheten møtes hver fredag", "The local mosque has
// 300 members", "Den norske kirke har mange medlemmer" and the "kirke" in it).
bool IsADefiniteSubjectOpening(const TermSite& site) {
  static constexpr size_t kLongestOpening = 32;
  const std::string_view text = site.text;
  const size_t opening = site.sentence_start;  // its first byte that is no blank
  if (opening == site.start) {
    const size_t first_end = WordEnd(text, site.start);
    return EndsWithOneOf(FoldCase(text.substr(site.start, first_end - site.start)),
                         {"en", "et", "a"});
  }
  // An article and at most one word before the term (a short way: no words read far on).
  if (site.start - opening > kLongestOpening) return false;
  const auto [before, before_start] = WordBefore(text, site.start);
  if (before_start == opening) return OneOf(before, {"the", "den"});
  const auto [article, article_start] = WordBefore(text, before_start);
  return article_start == opening && OneOf(article, {"the", "den"});
}

// Whether a cue of the term's category stands near it: right before it for a term that
// needs a person and a cue ("kommer fra Somalia"), else in the sentence around it, where a
// question with no one in it asks about the matter, not of anyone ("Hvor mange stemmer fikk
// Rødt i Oslo?").
bool HasCue(const LexiconTerm& term, const ScanView& view, const TermSite& site, bool person) {
  const uint32_t cues = CategoryCues(term.category);
  if (term.evidence == TermEvidence::kNeedsPersonAndCue) {
    return view.HasContextRightBefore(cues, site.start, kCueRightBefore);
  }
  if (!view.HasContext(cues, site.start, site.end, kTermContextBefore, kTermContextAfter)) {
    return false;
  }
  return person || (!IsInAQuestion(site) && !IsADefiniteSubjectOpening(site));
}

// Where the shop's question phrase that ends at `end` starts (or `end`).
size_t QuestionPhraseStart(std::string_view text, size_t end) {
  for (const std::string_view phrase : kShopQuestionPhrases) {
    if (phrase.size() <= end &&
        FoldCase(text.substr(end - phrase.size(), phrase.size())) == phrase) {
      return end - phrase.size();
    }
  }
  return end;
}

// Whether the term text[start, end) is goods asked for after a question to a shop with no
// person before the question, between it and the term, or just after the term ("Har dere
// angrepille? Det er for meg selv" is the writer's).
bool IsAskedOfAShop(const ScanView& view, size_t start, size_t end) {
  const auto question_end = view.LastContextRightBefore(kShopQuestions, start, kSellerBefore);
  if (!question_end) return false;
  const std::string_view text = view.text();
  size_t question_start = QuestionPhraseStart(text, *question_end);
  // A question may hold two: "Do you have discounts for union members?" opens with the
  // first ("you" in it is no person before the question).
  if (const auto earlier =
          view.LastContextRightBefore(kShopQuestions, question_start, kSellerBefore)) {
    question_start = QuestionPhraseStart(text, *earlier);
  }
  if (view.HasContextRightBefore(kPersonCues, question_start, kTermContextBefore)) return false;
  if (const auto between = view.LastContextRightBefore(kPersonCues, start, kSellerBefore);
      between && *between > *question_end) {
    return false;
  }
  // Past the sentence's end: the next sentence may say whom the goods are for.
  const size_t reach = std::min(text.size(), end + kTermContextAfter);
  const auto after = view.LastContextRightBefore(kPersonCues, reach, kTermContextAfter);
  return !after || *after <= end;
}

// Whether text[from, to) holds only a pet adjective or two between spaces ("my old dog").
bool OnlyPetAdjectivesBetween(std::string_view text, size_t from, size_t to) {
  size_t words = 0;
  for (size_t pos = from; pos < to;) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    const size_t end = std::min(text.find(' ', pos), to);
    if (++words > kMaxPetAdjectives ||
        !OneOf(FoldCase(text.substr(pos, end - pos)), kPetAdjectives)) {
      return false;
    }
    pos = end;
  }
  return words > 0;
}

// Whether the animal at `animal_start`, maybe after an article or its owner's word, opens a
// clause of its own that a person before it only thinks or tells of, or that follows the
// person's own: "Vi mistenker at hunden har Cushings sykdom", "I think that the cat has
// diabetes", "Jeg er blind og hunden min har vondt i poten" (round 889).
bool OpensAClause(std::string_view text, size_t animal_start) {
  auto [word, start] = WordBefore(text, animal_start);
  if (OneOf(word, {"the", "a", "an", "my", "our"})) word = WordBefore(text, start).first;
  return OneOf(
      word, {"at", "that", "om", "if", "whether", "fordi", "because", "og", "and", "men", "but"});
}

// Whether the term at `start` follows an animal it belongs to, a pet above all ("Hunden min
// har diabetes", "my dog has epilepsy"): no one's personal data.
bool FollowsItsAnimal(const ScanView& view, size_t start) {
  const auto animal_end = view.LastContextRightBefore(kAnimalCues, start, kAnimalBefore);
  if (!animal_end) return false;
  // The animal the term describes, whoever owns it: "Vi har en katt med epilepsi", "a dog
  // with arthritis".
  static constexpr std::string_view kDescribing[] = {" med ", " with ", " som har ", " that has ",
                                                     " who has "};
  const std::string_view between = view.text().substr(*animal_end, start - *animal_end);
  if (OneOf(between, kDescribing)) return true;
  // Another person after the animal: "Hunden bet meg, og jeg fikk kraftig allergi". Not the
  // animal's own possessive with no one between ("needs his insulin"), nor its owner's
  // right after it ("hunden min"; a mark between parts them: "en hund, jeg er blind").
  const auto is_other_person = [&](size_t cue_end) {
    if (cue_end <= *animal_end) return false;
    return cue_end > *animal_end + kPossessiveAfterAnimal ||
           view.text().substr(*animal_end, WordStart(view.text(), cue_end) - *animal_end) != " ";
  };
  auto after = view.LastContextRightBefore(kPersonCues, start, kAnimalBefore);
  if (after && is_other_person(*after) && *after + kAnimalsPossessiveBefore >= start) {
    const size_t possessive = WordStart(view.text(), *after);
    if (FoldCase(view.text().substr(possessive, *after - possessive)) == "his") {
      after = view.LastContextRightBefore(kPersonCues, possessive, kAnimalBefore);
    }
  }
  // The animal's own pronoun, with no other person between, is the animal: "Hunden min
  // heter Bella og hun har epilepsi".
  while (after && is_other_person(*after)) {
    const size_t word = WordStart(view.text(), *after);
    if (!OneOf(FoldCase(view.text().substr(word, *after - word)), kAnimalsPronouns)) {
      return false;
    }
    after = view.LastContextRightBefore(kPersonCues, word, word - *animal_end);
  }
  // A person before it who is more than its owner ("my dog"): "Jeg har hund og diabetes".
  const size_t animal_start = WordStart(view.text(), *animal_end);
  const auto before = view.LastContextRightBefore(kPersonCues, animal_start, kTermContextBefore);
  return !before || *before + 1 >= animal_start ||
         OnlyPetAdjectivesBetween(view.text(), *before, animal_start) ||
         OpensAClause(view.text(), animal_start);
}

// Whether a person cue stands before the term in its sentence. Of people a business serves,
// its "we" or "our" is none unless a verb of being follows it: "Vi kjører dialysepasienter",
// "We have many cancer patients", but "Vi er begge kreftpasienter"; nor is anyone who serves
// them: "Jeg kjører rullestolbrukere for kommunen".
bool HasPersonBeforeAGroup(const ScanView& view, const TermSite& site, bool served) {
  static constexpr std::string_view kBusinessWe[] = {"vi",  "we",  "oss", "us",
                                                     "our", "vår", "vårt", "våre"};
  static constexpr std::string_view kBeing[] = {"er",  "var", "ble", "blei",
                                                "vart", "e",  "are", "were"};
  static constexpr std::string_view kServing[] = {
      "kjører",  "køyrer", "hjelper", "hjelp",   "behandler", "underviser", "pleier",
      "drive",   "drives", "help",    "helps",   "treat",     "treats",     "teach",
      "teaches", "serve",  "serves",  "support", "supports"};
  if (!served) return view.HasContext(kPersonCues, site.start, site.start, kTermContextBefore, 0);
  const size_t earliest = site.start > kTermContextBefore ? site.start - kTermContextBefore : 0;
  for (size_t pos = site.start; pos > earliest;) {
    const auto cue_end =
        view.LastContextRightBefore(kPersonCues, pos, pos - earliest, kDigitsAllowed);
    if (!cue_end) return false;
    const size_t cue_start = WordStart(site.text, *cue_end);
    auto [verb, verb_end] = WordAfter(site.text, *cue_end);
    if (OneOf(verb, {"min", "mi", "mitt", "mine"})) {
      std::tie(verb, verb_end) = WordAfter(site.text, verb_end);
    }
    // Coming as one of the group is being one: "we came as refugees", "vi kom som
    // flyktninger".
    const bool came_as =
        OneOf(verb, {"came", "kom"}) && OneOf(WordAfter(site.text, verb_end).first, {"as", "som"});
    // "We're" is "we" and a verb of being: "We're Green Party members".
    const size_t contraction = ContractionAt(site.text, *cue_end, "re");
    const bool contracted_being =
        contraction > 0 && site.text.substr(*cue_end + contraction).starts_with(' ');
    // Being a business for the group, or serving it, is not being one of it: "We are a
    // clinic for cancer patients", "We're proud to serve cancer patients".
    const auto serves_between = [&] {
      return AnyWord(site.text, *cue_end, site.start, [&](size_t start, size_t end) {
        const std::string word = FoldCase(site.text.substr(start, end - start));
        return OneOf(word, {"for", "til"}) || OneOf(word, kServing);  // not "to", two
      });
    };
    if (!OneOf(verb, kServing) &&
        (!OneOf(FoldCase(site.text.substr(cue_start, *cue_end - cue_start)), kBusinessWe) ||
         ((OneOf(verb, kBeing) || contracted_being || came_as) && !serves_between()))) {
      return true;
    }
    pos = cue_start;
  }
  return false;
}

// Whether the term at `site` describes people in general named by it or right after it,
// with no one before it or after them: "Kreftsyke barn får gratis inngang" (not "Jeg har to
// autistiske barn"; the people word may itself be a person cue, "barn"), and in no form's
// value of a category, which is the filler's ("Fravær: sykt barn").
bool DescribesNoOnesGroup(const ScanView& view, const TermSite& site) {
  const std::optional<PeopleInGeneral> people = PeopleInGeneralAt(site.text, site.start, site.end);
  if (!people) return false;
  // Past the people word, itself maybe a cue, to its sentence's end or a clause of its own
  // after a comma and a conjunction, which is another's ("Kommunen skal bosette 35
  // flyktninger neste år, og vi trenger flere boliger"; not "Diabetic patients get a
  // discount, my mum included"); at the text's end nothing comes after.
  const size_t after = people->end + 1;
  const std::string_view read = site.text.substr(0, after + kTermContextAfter);
  size_t clause_end = people->end;
  while ((clause_end = read.find_first_of(",.;!?", clause_end)) != std::string_view::npos &&
         read[clause_end] == ',' &&
         !OneOf(WordAfter(site.text, clause_end + 1).first, {"og", "men", "and", "but"})) {
    ++clause_end;
  }
  const size_t reach = std::min(kTermContextAfter, clause_end - std::min(clause_end, after));
  return !HasPersonBeforeAGroup(view, site, people->served) &&
         (after > site.text.size() || !view.HasContext(kPersonCues, after, after, 0, reach)) &&
         FormFieldOf(site.text, site.start, site.end) != FormField::kOfACategory;
}

// Whether the term at `site` is said of a share of people in general with no one between:
// "30 prosent av de spurte har vært sykmeldt", "én av fem nordmenn vil få en angstlidelse"
// (not "halvparten av lønna mi går til medisin fordi jeg har diabetes").
bool IsSaidOfAShare(const ScanView& view, const TermSite& site) {
  const std::optional<size_t> share_end = ShareOfPeopleEnd(site);
  if (!share_end) return false;
  const auto person = view.LastContextRightBefore(kPersonCues, site.start, kTermContextBefore);
  return !person || *person <= *share_end;
}

// Whether the term at `site` is ordered for an event by a business or no one, with no one
// between: "Can we get a halal option for the staff party?" (not "Jeg er muslim og ønsker
// halal-mat på julebordet").
bool IsOrderedForAnEvent(const ScanView& view, const TermSite& site) {
  const std::optional<size_t> event_end = EventOrderedFor(site);
  return event_end && !HasPersonBeforeAGroup(view, site, /*served=*/true) &&
         !view.HasContext(kPersonCues, site.end, site.end, 0, *event_end - site.end);
}

// Whether the term at `site` is said of what "this" or "that" points at: "this deal is
// sick", "this update is cancer".
bool IsSaidOfAThingShown(const LexiconTerm& term, const ScanView& view, const TermSite& site) {
  const std::optional<size_t> subject = ShownSubjectBefore(site.text, site.start);
  if (!subject) return false;
  // A term that is not also said of things is slang only of a thing named, and not of a
  // body's: "this lump is cancer" is a statement.
  const bool also_of_things =
      term.figurative_after_intensifier || term.evidence == TermEvidence::kNeedsPersonOrCue;
  if (!also_of_things && !NamesAThingNotABody(site.text, *subject)) return false;
  // "this guy is sick": a person between the demonstrative and the term.
  const auto person = view.LastContextRightBefore(kPersonCues, site.start, site.start - *subject);
  return !person || *person <= *subject;
}

// Whether the term names people of its category ("muslimer", "Kurds", "homofile",
// "LO-medlemmer"), as a health term does only as people named by a condition in the plural
// ("diabetics", "astmatikere"; round 811: "Many diabetics ask us whether the cake is
// sugar-free") or served ("kreftpasienter").
bool NamesPeople(const LexiconTerm& term, const TermSite& site) {
  if (term.category != kHealthData) return term.category <= kSexLifeOrOrientation;
  // Not every "-ics": "many antibiotics" is a dose.
  static constexpr std::string_view kPeopleByACondition[] = {
      "diabetics", "epileptics", "asthmatics", "alcoholics", "schizophrenics", "dyslexics",
      "paraplegics", "tetraplegics", "haemophiliacs", "hemophiliacs", "anorexics", "coeliacs",
      "celiacs", "addicts", "amputees", "diabetikere", "astmatikere", "allergikere", "epileptikere",
      "alkoholikere", "dyslektikere", "cøliakere", "diabetikarar", "narkomane", "rusavhengige",
      // Norwegian adjectives as nouns of such people (forty-third session: "Har biblioteket
      // lydbøker for svaksynte?")
      "svaksynte", "synshemmede", "hørselshemmede", "funksjonshemmede", "demente", "uføre"};
  if (OneOf(FoldCase(site.text.substr(site.start, site.end - site.start)), kPeopleByACondition)) {
    return true;
  }
  const std::optional<PeopleInGeneral> people = PeopleInGeneralAt(site.text, site.start, site.end);
  return people && people->end == site.end;
}

// Whether the term's line names a verb of being and an article right before it: "i'm a
// |kurd", "is an |iraqi" (and their forms: "'s a", "was an").
bool FollowsBeingAndAnArticle(const LexiconTerm& term) {
  static constexpr std::string_view kBeing[] = {"i'm", "im", "being", "am", "is", "'s", "was"};
  const std::string_view before = std::string_view(term.text).substr(0, term.focus);
  const size_t article = before.rfind(' ', before.size() - 2);
  return article != std::string_view::npos && OneOf(before.substr(article + 1), {"a ", "an "}) &&
         OneOf(before.substr(0, article), kBeing);
}

// Whether a person word is part of the term itself: "forbundet mitt", "medisinene mine".
bool NamesItsPerson(const ScanView& view, size_t start, size_t end) {
  // Person words that end inside the term; one ending at `start` is before it, and counted
  // there.
  return end > start + 1 && view.HasContext(kPersonCues, end, end, end - start - 1, 0);
}

// `end`, or the end of the word for an illness right after it, which a term may stand before
// as a name or an organ: "Addison's disease", "Cushings syndrom", "thyroid disease" are one
// finding, not two.
size_t WithTheIllnessAfter(std::string_view text, size_t end) {
  static constexpr std::string_view kIllnessWords[] = {"disease", "syndrome", "sykdom",
                                                       "syndrom", "sjukdom",  "sygdom"};
  if (end >= text.size() || text[end] != ' ') return end;
  const size_t word_end = WordEnd(text, end + 1);
  return IsOneOfIgnoringCase(text.substr(end + 1, word_end - end - 1), kIllnessWords) ? word_end
                                                                                      : end;
}

// Whether a health term's word runs on into the word for its gene, which makes the finding
// genetic data: "hemokromatosegenet", "cystisk fibrose-genet" (round 878).
bool RunsOnIntoItsGene(std::string_view text, size_t term_end, size_t word_end) {
  static constexpr std::string_view kGeneWords[] = {"gen", "genet", "genene", "genen"};
  std::string_view rest = text.substr(term_end, word_end - term_end);
  if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
  return IsOneOfIgnoringCase(rest, kGeneWords);
}

}  // namespace

absl::StatusOr<std::unique_ptr<SpecialCategoryDetector>> SpecialCategoryDetector::Create() {
  auto lexicon = SpecialLexicon::Parse(embedded::SpecialCategoryLexicons(),
                                       {.person_cues = embedded::PersonCues(),
                                        .seller_cues = embedded::SellerCues(),
                                        .animal_cues = embedded::AnimalCues(),
                                        .compound_heads = embedded::CompoundHeads()});
  if (!lexicon.ok()) return lexicon.status();
  return std::make_unique<SpecialCategoryDetector>(
      std::move(*lexicon), NameLists::Parse({.first_names = embedded::FirstNames()}),
      std::vector<std::string_view>{embedded::CommonWords(), embedded::KnownWords(),
                                    embedded::FirstNames(), embedded::LastNames(),
                                    embedded::PlaceNames(), embedded::BrandNames(),
                                    embedded::NearTermWords()},
      embedded::EnglishTerms());
}

std::vector<Pattern> SpecialCategoryDetector::patterns() const {
  std::vector<Pattern> patterns;
  patterns.reserve(lexicon_.terms().size());
  for (size_t i = 0; i < lexicon_.terms().size(); ++i) {
    const LexiconTerm& term = lexicon_.terms()[i];
    Pattern pattern;
    pattern.expression = term.text;
    pattern.literal = true;
    pattern.caseless = !term.case_sensitive;
    if (term.whole_word) {
      pattern.boundary = term.joins_word_before ? Boundary::kWordEnd : Boundary::kWord;
    } else {
      pattern.boundary = term.ends_compounds || term.joins_word_before ? Boundary::kNone
                                                                       : Boundary::kWordStart;
    }
    pattern.tag = static_cast<uint32_t>(i);
    patterns.push_back(std::move(pattern));
  }
  return patterns;
}

std::vector<ContextWords> SpecialCategoryDetector::context_words() const {
  std::vector<ContextWords> groups;
  groups.push_back({kPersonCues, lexicon_.person_cues(), /*whole_words=*/true});
  for (uint8_t category = 0; category < kSpecialCategoryTypes.size(); ++category) {
    groups.push_back({CategoryCues(category), lexicon_.cues(category), false});
    // The same tag: a whole-word cue counts as any cue of its category.
    if (!lexicon_.whole_word_cues(category).empty()) {
      groups.push_back({CategoryCues(category), lexicon_.whole_word_cues(category), true});
    }
  }
  groups.push_back({kSellerCues, lexicon_.seller_cues(), /*whole_words=*/true});
  groups.push_back({kAnimalCues, lexicon_.animal_cues(), /*whole_words=*/true});
  groups.push_back({kShopQuestions,
                    {std::begin(kShopQuestionPhrases), std::end(kShopQuestionPhrases)},
                    /*whole_words=*/true});
  ContextWords besides_addressee{kPersonCuesBesidesAddressee, {}, /*whole_words=*/true};
  for (const std::string& cue : lexicon_.person_cues()) {
    if (!OneOf(cue, kAddresseeWords)) besides_addressee.words.push_back(cue);
  }
  groups.push_back(std::move(besides_addressee));
  return groups;
}

bool SpecialCategoryDetector::IsFollowedByExcluded(std::string_view text, size_t end,
                                                   std::string_view folded_word) const {
  for (const std::string& followers : lexicon_.ExcludedFollowers(folded_word)) {
    // The words after `end`, as many as `followers` has, one space apart, past a "+" that
    // closes the word ("LGBT+ staff network").
    std::string next;
    size_t pos = end;
    while (pos < text.size() && text[pos] == '+') ++pos;
    for (size_t words = std::count(followers.begin(), followers.end(), ' ') + 1; words > 0;
         --words) {
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      const size_t word_end = WordEnd(text, pos);
      if (word_end == pos) break;
      if (!next.empty()) next += ' ';
      AppendFoldCase(text.substr(pos, word_end - pos), next);
      pos = word_end;
    }
    if (next == followers) return true;
  }
  return false;
}

bool SpecialCategoryDetector::IsPrecededByExcluded(std::string_view text, size_t start) const {
  if (!lexicon_.has_excluded_preceders()) return false;
  const std::string folded_word = FoldCase(text.substr(start, WordEnd(text, start) - start));
  for (const std::string& preceders : lexicon_.ExcludedPreceders(folded_word)) {
    // The words before `start`, as many as `preceders` has, one space apart.
    std::vector<std::string_view> words;
    size_t pos = start;
    for (size_t count = std::count(preceders.begin(), preceders.end(), ' ') + 1; count > 0;
         --count) {
      while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
      const size_t word_start = WordStart(text, pos);
      if (word_start == pos) break;
      words.push_back(text.substr(word_start, pos - word_start));
      pos = word_start;
    }
    std::string before;
    for (auto word = words.rbegin(); word != words.rend(); ++word) {
      if (!before.empty()) before += ' ';
      AppendFoldCase(*word, before);
    }
    if (before == preceders) return true;
  }
  return false;
}

bool SpecialCategoryDetector::IsForAnAnimal(std::string_view text, size_t start, size_t end) const {
  const auto& animals = lexicon_.animal_cues();
  auto is_animal = [&](std::string_view word) {
    return std::find(animals.begin(), animals.end(), word) != animals.end();
  };
  // A compound whose last part is the animal: "diabetiker-katt".
  const size_t hyphen = text.substr(start, end - start).rfind('-');
  if (hyphen != std::string_view::npos &&
      is_animal(FoldCase(text.substr(start + hyphen + 1, end - start - hyphen - 1)))) {
    return true;
  }
  // The next words, folded: the animal ("the deaf cat"), or a preposition, maybe a
  // possessive, then the animal.
  std::string words[3];
  size_t pos = end;
  for (std::string& word : words) std::tie(word, pos) = WordAfter(text, pos);
  if (is_animal(words[0])) return true;
  if (!OneOf(words[0], {"for", "til", "hos", "av", "of"})) return false;
  return is_animal(words[1]) ||
         (OneOf(words[1], {"min", "mi", "mitt", "mine", "vår", "vårt", "våre", "my", "our", "the",
                           "a", "an"}) &&
          is_animal(words[2]));
}

bool SpecialCategoryDetector::SpeaksOfNoOne(const LexiconTerm& term, const ScanView& view,
                                            const TermSite& site) const {
  const std::string_view text = site.text;
  const size_t start = site.start;
  const size_t end = site.end;
  // Goods a shop sells or is asked about are no one's health or faith, unless a person
  // comes between ("Vi selger huset fordi mamma har demens") or owns them ("Jeg selger
  // rullestolen min").
  // A price or a share may come between: "We offer a 10% discount to union members".
  if (const auto seller =
          view.LastContextRightBefore(kSellerCues, start, kSellerBefore, kDigitsAllowed)) {
    const auto person =
        view.LastContextRightBefore(kPersonCues, start, kSellerBefore, kDigitsAllowed);
    // A verb of being between tells of the seller: "My son sells cars and is Muslim".
    const bool said_of_the_seller = AnyWord(text, *seller, start, [&](size_t from, size_t to) {
      return OneOf(FoldCase(text.substr(from, to - from)), {"is", "are", "was", "er", "var"});
    });
    if ((!person || *person <= *seller) && !HasPossessiveAfter(text, end) && !said_of_the_seller) {
      return true;
    }
  }
  return IsAskedOfAShop(view, start, end) || FollowsItsAnimal(view, start) ||
         IsForAnAnimal(text, start, end) ||
         // A people's name after "in" may be a language; a country ('+' terms) never is:
         // "born in Somalia".
         (term.category == kEthnicOrigin && term.evidence != TermEvidence::kNeedsPersonAndCue &&
          IsALanguage(text, start, end)) ||
         // A body's or goods' word in a form's field of a category is the filler's need:
         // "Dietary requirements: diabetes-friendly menu".
         (NamesABody(text, start, end) &&
          FormFieldOf(text, start, end) != FormField::kOfACategory) ||
         IsATopic(text, start, end) || IsWhatAPolicyCovers(text, start, end) ||
         IsAGroundListed(text, start, end) || IsPeopleInGeneralWith(text, start) ||
         IsSaidOfSomeoneAThingIsFor(text, start) || NamesEveryOfAKind(text, start) ||
         IsAnOptionListed(text, start) || DescribesNoOnesGroup(view, site) ||
         (term.category == kBiometricData && IsADevicesFeature(text, start)) ||
         (term.category == kHealthData && IsSaidOfAMachine(text, start)) ||
         IsAHolidayGreeting(text, start) || IsAHolidayClosure(text, start, end) ||
         (term.category == kReligiousBelief && NamesAHolidaysTime(text, end)) ||
         (term.category == kPoliticalOpinion && IsADirection(text, start, end)) ||
         (term.category == kEthnicOrigin && FollowsBeingAndAnArticle(term) &&
          QualifiesAThingsNoun(text, end)) ||
         (term.figurative_after_intensifier &&
          (FollowsAnIntensifier(text, start) || IsHyperbole(text, start, end))) ||
         IsSaidOfAThingShown(term, view, site) || IsAHypothesis(text, start, end) ||
         IsAReadersCondition(text, start) || IsACampaignsCause(text, start) ||
         (OpensWithNoOne(site) &&
          !view.HasContext(kPersonCues, start, end, kTermContextBefore, kTermContextAfter)) ||
         IsSaidOfAShare(view, site) || SaysNoneOrWithholds(text, start) ||
         (IsSaidOfManyInGeneral(site) && NamesPeople(term, site)) ||
         // What is for people of a condition, with no one's: "Vi har kurs for diabetikere",
         // "lydbøker for svaksynte" (not "Mamma bor på et hjem for demente").
         (term.category == kHealthData && IsWhatSomethingIsFor(text, start) &&
          NamesPeople(term, site) && !HasPersonBeforeAGroup(view, site, /*served=*/true) &&
          !view.HasContext(kPersonCues, end, end, 0, kTermContextAfter)) ||
         // Goods in stock: "Vi har samiske kofter på lager" ("vi" is the shop).
         IsStockedGoods(site) || IsOrderedForAnEvent(view, site) ||
         // A prison or hospice worked at or lived near, or an occupation: "I work at the
         // prison as a kitchen assistant", "I live near the prison", "Jeg jobber som logoped".
         NamesAnInstitutionWorkedAt(text, start, end) || IsAPlaceNearby(text, start, end) ||
         NamesAnOccupation(text, start) ||
         (term.category == kHealthData && NamesACarersTradeOfSomeone(text, start, end)) ||
         NamesACareWorkersField(text, start, end) ||
         (IsWhatOneReadAbout(text, start) &&
          !view.HasContext(kPersonCues, start, end, 0, kTermContextAfter)) ||
         IsPrevented(text, start) || AddressesTheReaderAsOne(site) ||
         NamesSomeoneInTheReadersLife(text, start, end) || IsAGroupsInsult(text, start, end) ||
         IsHostilityTowardsAGroup(text, start) || IsSaidToBeCommon(site);
}

void SpecialCategoryDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                      std::vector<Finding>& out) const {
  const LexiconTerm& term = lexicon_.terms()[candidate.tag];
  const std::string_view text = view.text();
  size_t start = candidate.start + term.focus;
  size_t end = candidate.end;
  if (term.form_label) {
    // What a thing suits is no field's label: "Do you have any allergy friendly options?"
    const size_t word_end = WordEnd(text, end);
    if (!IsAnAttribute(text, word_end, word_end)) {
      FindFormValue(text, start, word_end, std::nullopt, out);
    }
    return;
  }
  if (term.ends_compounds) start = WordStart(text, candidate.start);
  if (!term.whole_word) {
    end = WordEnd(text, candidate.end);
    const std::string rest = FoldCase(text.substr(candidate.end, end - candidate.end));
    if (!lexicon_.IsAllowedContinuation(rest)) return;
  }
  // A term may end in a "+" ("LGBTQ+"): its last word is the one the mark closes, and its
  // exclusions are written for that word ("!LGBTQ staff network").
  size_t last_word_end = end;
  while (last_word_end > candidate.start && text[last_word_end - 1] == '+') --last_word_end;
  const size_t last_word = WordStart(text, last_word_end);
  const std::string folded_word = FoldCase(text.substr(last_word, last_word_end - last_word));
  // A term of several words written to its last word's end says its own sense: "prøvd å
  // bli gravide" is had, though "gravide" alone is pregnant women in general.
  const bool phrase_written_whole = candidate.start < last_word && candidate.end == end;
  if (!phrase_written_whole && lexicon_.IsExcluded(folded_word)) return;
  // A hyphened word that reads as another category's term is that term's: "gresk-ortodoks"
  // and "syrisk-ortodokse" are a faith's, not the origins "gresk", "syrisk" continued.
  if (candidate.end < end && text[candidate.end] == '-' &&
      (lexicon_.TermCategoriesOf(folded_word) & ~(uint16_t{1} << term.category)) != 0) {
    return;
  }
  // A place's feature, what a thing suits or a figure of speech ("wheelchair access",
  // "diabetes-friendly", "sick of waiting"), unless a form's field of a category asks it of
  // its filler ("Special requests: wheelchair access please").
  if ((IsFollowedByExcluded(text, end, folded_word) || IsPrecededByExcluded(text, start) ||
       IsAnAttribute(text, candidate.end, end)) &&
      FormFieldOf(text, start, end) != FormField::kOfACategory) {
    return;
  }
  const TermSite site(text, start, end);
  // The next sentence may take back what this one says: "... for folk med MS? Mora mi
  // fikk diagnosen i fjor".
  bool claimed_after = false;
  if (SpeaksOfNoOne(term, view, site)) {
    if (!IsClaimedInTheNextSentence(site)) return;
    claimed_after = true;
  }
  // A term in a label of a category's field stands for the label: the value is found whole
  // ("Allergies: peanuts"). (A form label term written as this term is matched as this one.)
  if (FindFormValue(text, start, end, term.category, out)) return;

  // A form's value about the category is its filler's, and the label is its cue; a topic
  // field's is no one's.
  const FormField field = FormFieldOf(text, start, end);
  if (field == FormField::kTopic) return;
  const bool form_value = field == FormField::kOfACategory;
  // A person other than through a person cue near the term (asked after the cues, which
  // are cheaper, and again only for a place of care).
  const auto is_first_name = [this](std::string_view folded, bool capitalised) {
    return (first_names_.Find(folded) &
            (capitalised ? NameLists::kFirst : NameLists::kLowercaseAlone)) != 0;
  };
  const auto person_not_by_a_cue = [&] {
    return HasEnglishI(site) || OpensWithoutSubject(site) || AsksWhoElse(site) ||
           NamesItsPerson(view, start, end) || OpensWithANamedSubject(site, is_first_name) ||
           FollowsANameInApposition(site, is_first_name) ||
           IsForANamedPerson(site, is_first_name) || IsInAFormOfANamedFiller(text, start);
  };
  const bool person =
      form_value || claimed_after ||
      view.HasContext(kPersonCues, start, end, kTermContextBefore, kTermContextAfter) ||
      person_not_by_a_cue();
  // What a thing is for, with no one near: "Denne kremen hjelper mot eksem"; or the kind of
  // goods: "This hearing aid battery fits most models".
  if (!person && (IsWhatAThingIsFor(text, start) || IsAKindOfGoods(text, end) ||
                  IsForAGroup(text, start, end))) {
    return;
  }
  const auto no_one_but_the_addressee = [&] {
    return !person ||
           !(form_value ||
             view.HasContext(kPersonCuesBesidesAddressee, start, end, kTermContextBefore,
                             kTermContextAfter) ||
             person_not_by_a_cue());
  };
  // A place of care no one but the addressee is near ("Is the radiotherapy unit on the
  // ground floor?", "The chemo ward needs new chairs, can you quote?"), or one worked at
  // ("jobber som sykepleier på kreftavdelingen").
  if (NamesAPlaceOfCare(text, candidate.end, end) &&
      (FollowsAWordOfWork(site) || no_one_but_the_addressee())) {
    return;
  }
  // A party's or a union's event, held at the addressee's: "The Green Party conference is
  // at your hotel", "Høyres valgvake i lokalet deres".
  if ((term.category == kPoliticalOpinion || term.category == kTradeUnionMembership) &&
      NamesABodysEvent(text, end) && no_one_but_the_addressee()) {
    return;
  }
  // Or its premises, whoever speaks of them: "We're relocating the office of the Norwegian
  // Union of Municipal Employees" (round 846).
  if ((term.category == kPoliticalOpinion || term.category == kTradeUnionMembership) &&
      NamesABodysPremises(text, start)) {
    return;
  }
  const bool cue = form_value || HasCue(term, view, site, person);
  double score = Score(term, person, cue);
  if (score > kMayBeANameScore &&
      ((MayOpenAName(text, start, end) && !lexicon_.StartsATerm(WordAfter(text, end).first)) ||
       (MayCloseAName(text, start, end) &&
        !lexicon_.StartsATerm(WordBefore(text, start).first)) ||
       MayBeAGivenName(text, start, end))) {
    score = kMayBeANameScore;
  }
  uint8_t category = term.category;
  if (category == kHealthData && RunsOnIntoItsGene(text, candidate.end, end)) {
    category = kGeneticData;
  }
  if (category == kHealthData || category == kGeneticData) {
    end = WithTheIllnessAfter(text, end);  // "Huntingtons sykdom" is inherited whole
  }
  out.push_back({kSpecialCategoryTypes[category], start, end, score, "",
                 person || cue ? "in_context" : "term"});
}

void SpecialCategoryDetector::ConfirmText(const ScanView& view,
                                          std::vector<Finding>& out) const {
  const std::string_view text = view.text();
  std::optional<bool> norwegian;  // asked at most once, and only when it matters
  auto letter_at = [&](size_t at) { return IsAsciiLetter(static_cast<unsigned char>(text[at])); };
  // Runs of ASCII letters long enough to be misspelt, found by probing a byte a run's
  // length ahead: where it is no letter, no such run holds any byte up to it. Before
  // `pos` is never a letter of a run not yet read.
  constexpr size_t kMin = TermMisspellings::kMinLength;
  size_t pos = 0;
  while (pos + kMin <= text.size()) {
    const size_t probe = pos + kMin - 1;
    if (!letter_at(probe)) {
      pos = probe + 1;
      continue;
    }
    size_t start = probe;
    while (start > pos && letter_at(start - 1)) --start;
    pos = probe + 1;
    while (pos < text.size() && letter_at(pos)) ++pos;
    // A whole word: no word character but an apostrophe or a hyphen either side.
    if (pos - start < kMin || WordCharBefore(text, start) ||
        WordCharAt(text, pos) || IsCapitalisedInASentence(text, start)) {
      continue;
    }
    // A term whose other words stand around the misspelt one ("cerebal palsy").
    std::optional<std::pair<size_t, size_t>> span;
    const std::optional<TermMisspellings::Reached> term = misspellings_.TermMisspelt(
        text.substr(start, pos - start), [&](const TermMisspellings::Reached& reached) {
          span = misspellings_.SpanOf(reached, text, start, pos);
          return span.has_value();
        });
    if (!term) continue;
    // An English term is not misspelt in a Norwegian text: a word near one there is as
    // likely a Norwegian word the dictionaries lack ("speiding" is scouting).
    if (misspellings_.IsEnglishTerm(*term)) {
      if (!norwegian) norwegian = LooksNorwegian(text);
      if (*norwegian) continue;
    }
    // As the term would be, where it stands; and only with someone or a cue near it.
    const size_t first_new = out.size();
    Confirm({span->first, span->second, term->term}, view, out);
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first_new), out.end(),
                             [](const Finding& finding) { return finding.kind != "in_context"; }),
              out.end());
    for (size_t i = first_new; i < out.size(); ++i) out[i].kind = "misspelling";
  }
}

bool SpecialCategoryDetector::FindFormValue(std::string_view text, size_t start, size_t end,
                                            std::optional<uint8_t> term_category,
                                            std::vector<Finding>& out) const {
  const std::optional<FormFieldSpan> field = FormFieldLabelled(text, start, end);
  if (!field) return false;
  // A label whose field holds nothing is no one's: "Disability: none", "Straffedom: nei".
  if (field->holds_nothing) return true;
  const std::string label =
      FoldCase(text.substr(field->label_start, field->colon - field->label_start));
  const std::string_view value =
      text.substr(field->value_start, field->value_end - field->value_start);
  std::optional<uint8_t> category = lexicon_.FormValueCategory(label, value);
  // Yes to a question of the term asked of the filler: "Er du gravid? Ja", "Pregnant? Yes".
  if (!category && SaysYesToTheFiller(label, value)) category = term_category;
  if (!category || LabelsNoCategory(label)) return false;
  // A faith's diet under a label of allergies and diet: "Allergier/kosthold: Halal".
  if (OpensWithAFaithsDiet(value)) category = kReligiousBelief;
  out.push_back({kSpecialCategoryTypes[*category], field->value_start, field->value_end,
                 kFormValueScore, "", "form"});
  return true;
}

std::string SpecialCategoryDetector::Normalize(std::string_view, std::string_view value) const {
  return FoldCase(value);
}

}  // namespace sladd
