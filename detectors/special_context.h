// How the words around a special-category term decide whether it says something of a
// person: who speaks (the English "I", a Norwegian statement that drops its subject) and
// what the term is part of (a workplace, a language, a body's cause).
//
// Plain functions over UTF-8 text with byte offsets; no state, safe from any thread. They
// read only the sentence around the term (engine/sentences.h), found once per term in a
// TermSite, and allocate only the short folded words they compare.
#ifndef SLADD_DETECTORS_SPECIAL_CONTEXT_H_
#define SLADD_DETECTORS_SPECIAL_CONTEXT_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "absl/functional/function_ref.h"
#include "absl/strings/match.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {

// A person or cue counts from this far before the term to this far after it, in the same
// sentence: "jeg har hatt [...] diabetes", "Høyre, det stemmer jeg på".
inline constexpr size_t kTermContextBefore = 60;
inline constexpr size_t kTermContextAfter = 40;

// Where the word going on at `pos` ends; a '-' between word characters joins words into
// one ("kreft-pasient", "LO-medlem").
size_t WordEnd(std::string_view text, size_t pos);
// Where the word that `pos` is in or right after begins.
size_t WordStart(std::string_view text, size_t pos);

// The folded word that ends right before text[pos] and a space, and where it starts ("" and
// pos if there is none).
std::pair<std::string, size_t> WordBefore(std::string_view text, size_t pos);
// Whether `word` is one of `words` in any ASCII case (no folded copy: for tests asked of
// every term).
template <size_t N>
bool IsOneOfIgnoringCase(std::string_view word, const std::string_view (&words)[N]) {
  return std::any_of(std::begin(words), std::end(words), [&](std::string_view one) {
    return absl::EqualsIgnoreCase(ToAbsl(word), ToAbsl(one));
  });
}
// The length of an apostrophe, as typed or as phones write it (U+2019), and `suffix` at
// text[pos] ("'s", "'re"); 0 if they are not there. `pos` is at most text.size().
size_t ContractionAt(std::string_view text, size_t pos, std::string_view suffix);
// The same for one that ends at text[end].
size_t ContractionBefore(std::string_view text, size_t end, std::string_view suffix);
// The folded word after text[pos] when that is a space, and where it ends ("" and pos if
// there is none).
std::pair<std::string, size_t> WordAfter(std::string_view text, size_t pos);
// WordBefore, also over a list's comma: "asthma" before ", heart disease".
std::pair<std::string, size_t> ListWordBefore(std::string_view text, size_t pos);

// Whether is_match(start, end) holds for a word of text[from, to) (a word starting there
// may run on past `to`).
template <typename IsMatch>
bool AnyWord(std::string_view text, size_t from, size_t to, IsMatch is_match) {
  for (size_t pos = from; pos < to;) {
    const size_t end = WordEnd(text, pos);
    if (end == pos) {
      pos = NextCodePointStart(text, pos);
      continue;
    }
    if (is_match(pos, end)) return true;
    pos = end;
  }
  return false;
}

// Whether text[from, to) has a Norwegian word or a Nordic letter.
bool HasNorwegian(std::string_view text, size_t from, size_t to);

// A term at text[start, end) and the sentence holding it, for the checks that look across
// the sentence. Views `text`, which must outlive it.
struct TermSite {
  TermSite(std::string_view text, size_t start, size_t end);

  std::string_view text;
  size_t start;
  size_t end;
  size_t sentence_start;
  size_t sentence_end;
};

// Whether the English "I" stands near the term in its sentence. The person cues
// leave out "i", a Norwegian preposition; a capital I alone is English but where it opens
// a Norwegian sentence ("I dag", "I fengselet er det ..."), a lowercase one only before an
// English verb ("if i relapse", "i have lupus").
bool HasEnglishI(const TermSite& site);

// Whether a clause before the term in its sentence opens with a first name and a verb of
// having, being or a faith's practice, or the name's "'s" ("Grace has type 1", "Lily has a
// new EpiPen", "Ola er diabetiker", "Kev's been sectioned", "Aisha wears a hijab", "Sara
// faster i ramadan"), or a question's modal opening the sentence before the name ("Can
// Aisha wear a hijab under her kit?"): a statement about the person named, as one about "my
// son" is. `is_first_name` asks the name lists
// of a folded word, written capitalised or not: in lowercase only a name that is no word counts
// ("jess has diabetes", not "grace has type 1").
bool OpensWithANamedSubject(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name);

// Whether the term, or at most three words after it, is for someone named: "til", "for" or
// "to" and a capitalised first name ("Kan dere sørge for halal mat til Yusuf?", "a kosher
// meal for Miriam"). `is_first_name` asks the name lists as for OpensWithANamedSubject.
bool IsForANamedPerson(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name);

// Whether the term, or at most three words before it, follows a capitalised first name, or
// a first name and a surname, and a comma: "Spoke to Darren, union rep for the warehouse",
// "Kari, tillitsvalgt i Fagforbundet, kommer": said of the person named, in apposition.
bool FollowsANameInApposition(
    const TermSite& site,
    absl::FunctionRef<bool(std::string_view folded, bool capitalised)> is_first_name);

// Whether the clause holding the term is a question: its sentence ends in '?' and no
// comma follows the term ("fikk bot for fyllekjøring, påvirker det forsikringen?" states
// the offence and asks about something else).
bool IsInAQuestion(const TermSite& site);

// Where a share of people in general ends in the term's sentence, at most 80 bytes before
// the term ("30 prosent av", "half of", "én av fem", "one in five"), if one does:
// "Undersøkelsen viser at 30 prosent av de spurte har vært sykmeldt" tells of no one (the
// caller asks that no person comes between).
std::optional<size_t> ShareOfPeopleEnd(const TermSite& site);

// Whether the term's sentence opens with no one as its subject: "Ingen i 4A har lus denne
// uka", "Nobody here has covid", "None of us are vegan" (the caller asks that no person
// is near: "Ingen vet at jeg har diabetes" is the writer's).
bool OpensWithNoOne(const TermSite& site);

// Whether the sentence holding the term is a Norwegian statement opening with a verb and no
// subject after it ("Har sittet i fengsel", "Er skeiv og ..."), also after a greeting,
// apology or thanks and a comma ("sorry for sent svar, har vært innlagt") or such a word
// alone ("sorry been off sick with flu"): the writer speaks of themselves. A question ("Er
// kreftbehandling dekket?") has its subject after the verb, and the clause holding the term
// ends in '?'. One without its question mark whose subject is the term itself ("er
// fengselet stort") is taken for a statement.
bool OpensWithoutSubject(const TermSite& site);

// Whether the term's sentence opens by asking who else does or has it, which says the
// writer does: "anyone else fasting for ramadan?", "Noen andre som har endometriose?".
bool AsksWhoElse(const TermSite& site);

// Whether the word ending at `word_end` holding a term ending at `term_end`, or the word
// after it, is a place of care: "kreftavdelingen", "legevakten", "the radiotherapy unit".
bool NamesAPlaceOfCare(std::string_view text, size_t term_end, size_t word_end);

// Whether a Norwegian possessive follows the term ending at `end`: "rullestolen min",
// "medisinene hans" are someone's, whoever sells them.
bool HasPossessiveAfter(std::string_view text, size_t end);

// Whether the word text[start, end) is a prison or hospice worked at: a word of work, a
// preposition and maybe an article before it ("Jeg jobber i fengselet som lærer", "I
// volunteer at the hospice", "jobber som lærer i fengselet"; not "I worked in a shop before
// I went to prison").
bool NamesAnInstitutionWorkedAt(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end), a prison or hospice, maybe by its name ("HMP Leeds",
// "Oslo fengsel"), is a place one is near: "I live near the prison", "Vi bor rett ved
// fengselet", "the flat opposite HMP Leeds" (not "Broren min sitter på Ila fengsel").
bool IsAPlaceNearby(std::string_view text, size_t start, size_t end);

// Whether the term starting at `start` is one's occupation: a word of work and "as" or
// "som" before it ("I work as a district nurse", "Jeg jobber som logoped").
bool NamesAnOccupation(std::string_view text, size_t start);

// Whether the term text[start, end) ends with a carer's trade said of someone with a verb
// of being, or of hiring, maybe an article and a word of its grade or kind: "Jeg er
// psykolog", "My wife is a therapist", "Jeg er utdannet psykolog", "We're hiring an
// occupational therapist" (not "I'm seeing a psychologist", "Jeg går til psykolog").
bool NamesACarersTradeOfSomeone(std::string_view text, size_t start, size_t end);

// Whether a word of working stands before the word holding the term in its sentence,
// making the place of care it names a workplace: "Jeg jobber som sykepleier på
// kreftavdelingen" says nothing of anyone's health; "Jeg ligger på kreftavdelingen" does.
bool FollowsAWordOfWork(const TermSite& site);

// Whether the people's name text[start, end) names a language, not an origin: "info på
// samisk", "in northern Sami", "snakker polsk", "samisk språkopplæring", "a Polish
// interpreter".
bool IsALanguage(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end) names a body or goods, not anyone's health or faith:
// right before a body's noun ("a Christian charity", "kurdisk forening") or goods and
// facilities no one owns ("the diabetic socks", "the disabled parking"; not "my diabetic
// socks"), or after a body's name and "for" or "supporting", its cause ("Foreningen for
// hjertesyke barn", "Society for Cancer Research", "a charity supporting refugees").
bool NamesABody(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end), capitalised but not in capitals, runs on into a
// capitalised word: it may be the first part of a name ("I met Christian Olsen").
bool MayOpenAName(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end), capitalised but not in capitals, comes right after a
// capitalised word of letters: it may be the last part of a name ("saksbehandler Roza
// Ahmadi").
bool MayCloseAName(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end), capitalised but not in capitals, is used as a given
// name: right after a word for kin ("my son Christian", "sønnen min Christian") or before a
// possessive ("I'm Christian's mum").
bool MayBeAGivenName(std::string_view text, size_t start, size_t end);

// Whether a word of fitness follows the term after a hyphen (text[term_end, end) is the
// rest of its word) or a space: "diabetes-friendly", "LGBT friendly" say what a thing
// suits, not who is ill or who one loves.
bool IsAnAttribute(std::string_view text, size_t term_end, size_t end);

// Whether a form's label, folded, asks of no category though a word of one is in it: a
// place of care, whose field is an address or a time ("Medical Centre", "Helsesenter"), or
// a politically exposed person, who holds a public office whatever the opinion
// ("Politisk eksponert person (PEP)").
bool LabelsNoCategory(std::string_view folded_label);

// Whether the term starting at text[start] follows "so", "too", "så" or a word like them:
// "so OCD about packaging" (for terms that are also said of moods and things).
bool FollowsAnIntensifier(std::string_view text, size_t start);

// Whether the term text[start, end) is hyperbole: after "giving me a", "gir meg" and the
// like, or "gonna have a", "nearly had a", "holdt på å få", "fikk nesten", or between
// "får" and "av" ("this traffic is giving me a heart attack", "gonna have a stroke if this
// runs over", "I nearly had a stroke when I saw the price", "jeg holdt på å få slag", "jeg
// får hjerteinfarkt av denne trafikken"; for the same terms). "used to have a stroke" is
// not.
bool IsHyperbole(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end) is falling ill in a condition: "hvis jeg blir syk", "om
// barnet skulle bli sykt", "what if I get sick", "in case she falls ill" ask about what has
// not happened. Only being ill at all: "om ho får anfall", "if I get a migraine" tell of a
// condition one has; nor with "igjen" or "again" after it ("hvis jeg blir syk igjen").
bool IsAHypothesis(std::string_view text, size_t start, size_t end);

// Whether the term starting at text[start] is a condition put to the reader or to anyone, a
// few words after "if you are", "hvis du har" or "hvis man får": "Consult your doctor if you
// are pregnant or breastfeeding", "Hvis du har diabetes, snakk med legen først", "Hva skjer
// med forsikringen hvis man får kreft?". Advice or a question, not anyone's
// health ("if I am pregnant" is the writer's, and not asked; nor is one after "til", "for"
// or "to": "om dere har plass til en gutt med autisme" asks for room for him).
bool IsAReadersCondition(std::string_view text, size_t start);

// Where the subject starts when the term starting at text[start] is said of what "this" or
// "that" points at: "this deal is sick", "that's so sick", "that was mental". Slang praise,
// unless the subject is a person, which the caller checks between the two.
std::optional<size_t> ShownSubjectBefore(std::string_view text, size_t start);

// Whether the demonstrative at text[subject] names what it points at, and that is no part
// of a body and no medical finding: "this update", "that exam"; not "this lump", "this
// mole", nor "this" alone ("this is cancer" may be a doctor's word, reported).
bool NamesAThingNotABody(std::string_view text, size_t subject);

// Whether the term starting at text[start] follows a wish ("Happy Ramadan to all our
// customers", "Gledelig hanukka"): a holiday greeting speaks of no one's faith.
bool IsAHolidayGreeting(std::string_view text, size_t start);

// Whether the term text[start, end) is a holiday a place closes for, opens in or keeps its
// hours in ("Our office is closed for Eid al-Fitr", "Butikken er stengt i påsken", "We are
// open during Ramadan", "Ramadan opening hours"): no one's faith.
bool IsAHolidayClosure(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end) is what something is about or advertises: after "om"
// or "about" and a word such as "handler", "artikkel" or "book" ("Artikkelen handler om
// diabetes hos barn", "a documentary about autism"), after "on" and such a word ("books
// on diabetes"), after "for" and a word of advertising ("reklame for abort"), after "for"
// or "ved" and a word of first aid ("kurs i førstehjelp for hjertestans"), after "tar for
// seg" ("Kurset tar for seg hjertestans"); not when a possessive follows ("en bok om
// kreften min").
bool IsATopic(std::string_view text, size_t start, size_t end);

// Whether the term starting at text[start] is a device's feature: "my phone's face id is
// broken", "telefonens fingeravtrykkleser", "the iPhone face ID", "our app supports Face
// ID".
bool IsADevicesFeature(std::string_view text, size_t start);

// Whether the term starting at text[start] is said of a device or a machine, its diagnosis
// a workshop's: "My laptop's been diagnosed", "Bilen min ble diagnostisert".
bool IsSaidOfAMachine(std::string_view text, size_t start);

// Whether the term opens its sentence, with at most two words before it and no one's, and
// is said to be common: "Tannlegeskrekk er vanlig, og vi tar oss god tid", "Dental anxiety is
// very common". A general statement, of no one, unless a family or a person follows ("Kreft
// er vanlig i familien min").
bool IsSaidToBeCommon(const TermSite& site);

// Whether the term starting at text[start] follows people in general and "with" or "med":
// "Our charity helps people with dementia", "tilbud til barn med astma"; not someone's
// ("my children with asthma"). The people a business serves are its people in general
// after a possessive too: "Our clients with diabetes", "kundene våre med allergi". So are
// those in treatment: "clients undergoing chemotherapy".
bool IsPeopleInGeneralWith(std::string_view text, size_t start);

// Whether the term ending at text[end] names the body holding an event: "Green Party
// conference", "the Labour Party's conference", "Høyres valgvake", "LO-kongressen" is not
// (one word).
bool NamesABodysEvent(std::string_view text, size_t end);
// Whether the term starting at text[start] names the body whose premises are spoken of: "the
// office of the Norwegian Union of Municipal Employees", "kontoret til LO".
bool NamesABodysPremises(std::string_view text, size_t start);

// Whether the sentence after the term's claims it for the writer or their own, referring
// back to it with a diagnosis or "have it": "Har dere tilbud for folk med MS? Mora mi fikk
// diagnosen i fjor", "Do you have classes for people with MS? I was diagnosed last year",
// "... Jeg har det selv". Overrides what says the term is no one's.
bool IsClaimedInTheNextSentence(const TermSite& site);

// Whether the term starting at text[start], maybe one of a list, is said of someone not
// named whom a thing is for: "et kort til en som er syk", "a gift for someone who has
// cancer", "passer for deg som har angst eller depresjon", or of everyone who is: "Alle som
// har diabetes bør ...". ("Jeg kjenner en som har kreft" is not asked: no "til" or "for"
// opens it.)
bool IsSaidOfSomeoneAThingIsFor(std::string_view text, size_t start);

// Whether the term starting at text[start], maybe one of a list, is what is prevented: "Les
// mer om hvordan du kan forebygge hjerteinfarkt", "helps prevent heart disease". Not past
// "at", "that" or "å", which open a clause of its own.
bool IsPrevented(std::string_view text, size_t start);

// Whether the term's sentence opens "Som", "As a" or "Som medlem av" right before it and
// speaks to the reader soon after it, with no writer between: "Som medlem av Fagforbundet
// får du 20 % rabatt", "As a diabetic, you should ...": an offer or advice to anyone who
// is one ("Som medlem av Fagforbundet har jeg ..." is the writer).
bool AddressesTheReaderAsOne(const TermSite& site);

// Whether the term text[start, end) is "the X in your life", anyone the reader knows: "Great
// gift for the diabetic in your life!".
bool NamesSomeoneInTheReadersLife(std::string_view text, size_t start, size_t end);

// Whether the term text[start, end) is "cancer" or "aids" said of many as an insult: "the
// devs are literally cancer", "these ads r cancer". No diagnosis is "are cancer" (one is
// "has cancer"; "the lump is cancer" is a finding).
bool IsAGroupsInsult(std::string_view text, size_t start, size_t end);

// Whether the term at text[start] follows hostility towards it, a group then: "det
// inneholdt hets mot samer", "hate speech against Jews" ("hets mot meg som same" is the
// writer's).
bool IsHostilityTowardsAGroup(std::string_view text, size_t start);

// Whether the term text[start, end) is people named by a condition, in the plural, after
// "for", "til" or "to": whom a service is for ("Drop-in for rusavhengige hver fredag",
// "Support group for addicts"). Asked only with no one in the sentence.
bool IsForAGroup(std::string_view text, size_t start, size_t end);

// Whether a noun of goods follows the term ending at text[end], which names their kind:
// "This hearing aid battery fits most models", "insulin pump cases". Asked only with no
// person near ("my insulin pump battery died" is the writer's).
bool IsAKindOfGoods(std::string_view text, size_t end);

// Whether the term starting at `start` follows "for" or "til", maybe over an article: what
// a thing is for ("kurs for diabetikere", "parking for the disabled"; a caller asks whether
// it names people).
bool IsWhatSomethingIsFor(std::string_view text, size_t start);

// Whether the term starting at `start` is what one read about, maybe after an article: "I
// read about a rhinoplasty on Instagram", "Jeg leste om kreft i avisa" (a caller asks
// whether someone after it has it: "I read about autism since my son has it").
bool IsWhatOneReadAbout(std::string_view text, size_t start);

// Whether the term text[start, end) after "a" or "an" names the field of a care worker
// after it: "hiring a mental health nurse", "I'm a cancer nurse" (a trade, not anyone's
// health; "my cancer nurse" and "the diabetes nurse" are one's care); or a field worked in,
// alone or before a word of care: "I work in endoscopy", "Jeg jobber i psykiatrien", "She
// works in palliative care" (not "I work in pain every day").
bool NamesACareWorkersField(std::string_view text, size_t start, size_t end);

// People in general named by or right after a term, and whether a business serves them.
struct PeopleInGeneral {
  size_t end;   // where the people word ends
  bool served;  // "patients", "brukere", "kunder": a business's "we" may speak of them
};
// The people in general right after the term at text[start, end), or ending it as a
// compound's plural part: "Kreftsyke barn får gratis inngang", "Deaf children welcome",
// "Vi kjører dialysepasienter". (The caller asks that no one is near: "Jeg har autistiske
// barn" is someone's.)
std::optional<PeopleInGeneral> PeopleInGeneralAt(std::string_view text, size_t start, size_t end);

// Whether the term starting at text[start] is said to be absent or withheld: "har ingen kjente
// allergier", "no known allergies", "ønsker ikke å oppgi diagnose", "declined to state
// religion".
bool SaysNoneOrWithholds(std::string_view text, size_t start);

// Whether the term text[start, end), a party named as a side is, is a direction: written
// in lowercase after "til" or "mot" ("Han er leder i klubben og bor til venstre for oss",
// "sving til høyre"); not "landsmøtet til Venstre".
bool IsADirection(std::string_view text, size_t start, size_t end);

// Whether the term ending at text[end], a faith's holiday, is the subject of its time:
// "Ramadan starter i kveld", "Eid begins on Friday", "Ramadan is over".
bool NamesAHolidaysTime(std::string_view text, size_t end);

// Whether the term at `site`, people named by it, follows a quantifier of people in general
// right before it: "Jeg tror de fleste somaliere i Norge bor i Oslo", "Jeg kjenner mange
// muslimer", "I think most Kurds live in the east", "a lot of Christians" are many, not
// anyone. Not after a verb of being, which counts its subject among them ("Vi er mange
// kurdere her", "we're all Muslims"), nor "the most"; nor with the writer's own after it
// ("mange muslimer i familien min", "many Catholics in my family"). Or said of such a
// subject after a verb of being: "Most Norwegians I know are Lutherans", "Mange somaliere er
// muslimer" (not "Most of my friends are Muslim", "Alle i familien min er katolikker").
bool IsSaidOfManyInGeneral(const TermSite& site);

// Whether the origin term ending at text[end], after "a" or "an", qualifies a thing's noun
// after it rather than naming its person: "I'm a Chinese teacher", "My favourite is a Thai
// curry" (a language taught, a cuisine). A clause's end, a word that goes on the clause or
// a noun of a person after it names the person: "I'm a Kurd from Erbil", "I'm a Polish
// woman", "I am an Eritrean refugee".
bool QualifiesAThingsNoun(std::string_view text, size_t end);

// Whether the term starting at text[start] names every one of a kind after a preposition:
// "Vi har gravplasser for alle trossamfunn", "open to all faiths", "for enhver religion".
bool NamesEveryOfAKind(std::string_view text, size_t start);

// Whether the term starting at text[start] is in a list of options after a colon at most 80
// bytes before it, in its sentence: "We added new gender options: non-binary, trans man and
// trans woman", "Valg: kristen, muslim, annet".
bool IsAnOptionListed(std::string_view text, size_t start);

// Whether the term starting at text[start] is a campaign's cause: "Vi kjører en kampanje mot
// kreft i oktober", "a fundraiser for dementia" ("Han tapte kampen mot kreft" is his).
bool IsACampaignsCause(std::string_view text, size_t start);

// Whether the term starting at text[start] is what a thing is for or against: "Denne kremen
// hjelper mot eksem", "kan redusere risikoen for diabetes", "good for arthritis". Said with
// no person near, it is a claim, not anyone's health.
bool IsWhatAThingIsFor(std::string_view text, size_t start);

// Whether the term text[start, end) stands a few words after a verb of cover or treatment,
// what a policy or plan covers or a service treats: "Forsikringen dekker ikke kreft og
// hjerteinfarkt", "Does the plan cover dementia care?", "Our clinic treats asthma", or
// whom an offer is for ("Rabatten gjelder for uføretrygdede", "available to union members"); not
// when a possessive stands before or after it ("Does it cover my cancer treatment?",
// "dekker den kreften min?").
bool IsWhatAPolicyCovers(std::string_view text, size_t start, size_t end);

// Where the event ends that the term is ordered for, a few words on in its sentence:
// "Can we get a halal option for the staff party?", "rullestol til konferansen". (The
// caller asks who orders it: "I need a halal meal for my son's bar mitzvah" is someone's.)
std::optional<size_t> EventOrderedFor(const TermSite& site);

// Whether the term text[start, end) is one of the grounds a rule lists, a few words after
// "uavhengig av", "regardless of", "uansett" or "på grunnlag av": "Vi ønsker søkere
// uavhengig av kjønn, alder og etnisitet", "We welcome everyone regardless of faith"; not
// with a possessive or the writer as a subject ("regardless of my religion", "Jeg ble
// diskriminert på grunnlag av etnisitet").
bool IsAGroundListed(std::string_view text, size_t start, size_t end);

// Whether a phrase of a shop's stock or a place's service follows the term in its
// sentence: "Vi har samiske kofter på lager", "insulin pens in stock", "a physiotherapist
// on site"; not past a pronoun that takes the goods up again ("Jeg bruker Wegovy og lurer på
// om dere har den på lager").
bool IsStockedGoods(const TermSite& site);

}  // namespace sladd

#endif  // SLADD_DETECTORS_SPECIAL_CONTEXT_H_
