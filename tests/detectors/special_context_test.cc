#include "detectors/special_context.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "tests/support/term_span.h"

namespace sladd {
namespace {

using ::sladd::testing::Span;

// What `check` says of `term` (its first occurrence) in `text`.
bool At(bool (*check)(std::string_view, size_t, size_t), std::string_view text,
        std::string_view term) {
  const auto [start, end] = Span(text, term);
  return check(text, start, end);
}
// What `check`, which reads from a term's start, says of `term` in `text`.
bool At(bool (*check)(std::string_view, size_t), std::string_view text, std::string_view term) {
  return check(text, Span(text, term).first);
}
// Where the people at `term` end and whether they are served, as PeopleInGeneralAt says.
using People = std::pair<size_t, bool>;
std::optional<People> PeopleAt(std::string_view text, std::string_view term) {
  const auto [start, end] = Span(text, term);
  const std::optional<PeopleInGeneral> people = PeopleInGeneralAt(text, start, end);
  if (!people) return std::nullopt;
  return People(people->end, people->served);
}

template <typename Result>
Result At(Result (*check)(const TermSite&), std::string_view text, std::string_view term) {
  const auto [start, end] = Span(text, term);
  return check(TermSite(text, start, end));
}

TEST(SpecialContextWords, JoinHyphensAndReadNeighbours) {
  constexpr std::string_view kText = "et LO-medlem på Østlandet";
  EXPECT_EQ(WordEnd(kText, 3), 12u);
  EXPECT_EQ(WordStart(kText, 12), 3u);
  EXPECT_EQ(WordBefore(kText, 13), (std::pair<std::string, size_t>{"lo-medlem", 3}));
  EXPECT_EQ(WordAfter(kText, 12), (std::pair<std::string, size_t>{"på", 16}));
  // Two spaces or none: no neighbour.
  EXPECT_EQ(WordBefore("a  b", 3).first, "");
  EXPECT_EQ(WordAfter("ab", 1).first, "");
}

// Typed and phones' apostrophes alike; nothing read past either end of the text.
TEST(SpecialContextWords, ContractionsWithEitherApostrophe) {
  EXPECT_EQ(ContractionAt("we're here", 2, "re"), 3u);
  EXPECT_EQ(ContractionAt("we\xE2\x80\x99re here", 2, "re"), 5u);
  EXPECT_EQ(ContractionAt("we are", 2, "re"), 0u);
  EXPECT_EQ(ContractionAt("we'", 2, "re"), 0u);
  EXPECT_EQ(ContractionAt("we", 2, "re"), 0u);
  EXPECT_EQ(ContractionBefore("that's", 6, "s"), 2u);
  EXPECT_EQ(ContractionBefore("that\xE2\x80\x99s", 8, "s"), 4u);
  EXPECT_EQ(ContractionBefore("'s", 1, "s"), 0u);
  EXPECT_EQ(ContractionBefore("cats", 4, "s"), 0u);
}

TEST(SpecialContextEnglishI, IsTheWriterButNotTheNorwegianPreposition) {
  EXPECT_TRUE(At(HasEnglishI, "I have diabetes", "diabetes"));
  EXPECT_TRUE(At(HasEnglishI, "Since March I have had long covid", "long covid"));
  EXPECT_FALSE(At(HasEnglishI, "I fengselet er det trangt", "fengselet"));
  EXPECT_FALSE(At(HasEnglishI, "I Oslo er det mange katolikker", "katolikker"));
  EXPECT_FALSE(At(HasEnglishI, "iPhone users have diabetes apps", "diabetes"));
  // Chat's lowercase "i" before an English verb (round 202); not the preposition.
  EXPECT_TRUE(At(HasEnglishI, "does it cover me if i relapse?", "relapse"));
  EXPECT_TRUE(At(HasEnglishI, "i have had lupus since uni", "lupus"));
  EXPECT_FALSE(At(HasEnglishI, "i dag er det mange med astma", "astma"));
  EXPECT_FALSE(At(HasEnglishI, "vi var i går på kurs om astma", "astma"));
}

// Round 200: "Grace has type 1" and "Lily has a new EpiPen" were no one's.
TEST(SpecialContextNamedSubject, AFirstNameOpeningAClauseWithAVerb) {
  const auto named = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return OpensWithANamedSubject(
        TermSite(text, start, end), [](std::string_view folded, bool capitalised) {
          return capitalised
                     ? folded == "grace" || folded == "ola" || folded == "kev" || folded == "aisha"
                     : folded == "jess";
        });
  };
  EXPECT_TRUE(named("Grace has type 1 and needs a snack", "type 1"));
  EXPECT_TRUE(named("Hei, Ola er diabetiker", "diabetiker"));
  EXPECT_TRUE(named("We're away and Grace has the flu", "flu"));
  // Not a name, not in lowercase, not a name inside a clause, not after the term.
  EXPECT_FALSE(named("Apple has a new diabetes app", "diabetes"));
  EXPECT_FALSE(named("grace has type 1", "type 1"));
  EXPECT_FALSE(named("We told Grace has the flu", "flu"));
  EXPECT_FALSE(named("The flu is why Grace has gone", "flu"));
  // A name's "'s" and, in lowercase, a name that is no word (thirty-fifth session).
  EXPECT_TRUE(named("Kev's been sectioned", "sectioned"));
  EXPECT_TRUE(named("jess has diabetes", "diabetes"));
  // What one wears, and a question whose modal opens the sentence (round 557).
  EXPECT_TRUE(named("Aisha wears a hijab.", "hijab"));
  EXPECT_TRUE(named("Can Aisha wear a hijab under her kit?", "hijab"));
  EXPECT_FALSE(named("Why can Aisha wear a hijab?", "hijab"));
  EXPECT_FALSE(named("Can Apple wear a hijab?", "hijab"));
  // A faith's practice (thirty-eighth session).
  EXPECT_TRUE(named("Aisha faster i ramadan.", "ramadan"));
  EXPECT_TRUE(named("Grace prays before every meal at church", "church"));
  // A modal between the name and its verb (round 891), not before another verb.
  EXPECT_TRUE(named("Aisha skal ha fri til Eid neste uke", "Eid"));
  EXPECT_TRUE(named("Grace will have surgery on Monday", "surgery"));
  EXPECT_FALSE(named("Grace will call about the surgery", "surgery"));
  EXPECT_TRUE(named("Grace Kowalska will have surgery on Monday", "surgery"));
}

// Thirty-eighth session: a thing for someone named after the term.
TEST(SpecialContextNamedSubject, AThingForSomeoneNamed) {
  const auto for_named = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return IsForANamedPerson(TermSite(text, start, end),
                             [](std::string_view folded, bool) { return folded == "yusuf"; });
  };
  EXPECT_TRUE(for_named("Kan dere sørge for halal mat til Yusuf?", "halal"));
  EXPECT_FALSE(for_named("Kan dere sørge for halal mat til yusuf?", "halal"));
  EXPECT_FALSE(for_named("Vi selger halal kjøtt til Eid", "halal"));
  EXPECT_FALSE(for_named("De kristne har til Yusuf", "kristne"));
}

// Round 216 and 217: a prison worked at was someone's offence.
TEST(SpecialContextPrison, APrisonWorkedAtIsAWorkplace) {
  EXPECT_TRUE(At(NamesAnInstitutionWorkedAt, "Jeg jobber i fengselet som lærer.", "fengselet"));
  EXPECT_TRUE(At(NamesAnInstitutionWorkedAt, "I work at the prison as a cook.", "prison"));
  EXPECT_TRUE(At(NamesAnInstitutionWorkedAt, "Hun jobber som lærer i fengselet.", "fengselet"));
  EXPECT_FALSE(At(NamesAnInstitutionWorkedAt, "I worked in a shop before I went to prison.",
                  "prison"));
  EXPECT_FALSE(At(NamesAnInstitutionWorkedAt, "My son is in prison.", "prison"));
}

// Round 586: asking who else does it says the writer does.
TEST(SpecialContextDroppedSubject, AskingWhoElseIsTheWriters) {
  EXPECT_TRUE(At(AsksWhoElse, "anyone else fasting for ramadan?", "ramadan"));
  EXPECT_TRUE(At(AsksWhoElse, "Hei. Noen andre som har endometriose her?", "endometriose"));
  EXPECT_FALSE(
      At(AsksWhoElse, "Does anyone know if fasting is allowed during ramadan?", "ramadan"));
  EXPECT_FALSE(At(AsksWhoElse, "Anyone", "Anyone"));
  EXPECT_FALSE(At(AsksWhoElse, "Noen andre som synes prisene er syke?", "syke"));
}

TEST(SpecialContextDroppedSubject, AStatementOpeningWithAVerbIsTheWriters) {
  EXPECT_TRUE(At(OpensWithoutSubject, "har sittet i fengsel i to år", "fengsel"));
  // Round 872: "i" after a Norwegian verb is "in", no subject.
  EXPECT_TRUE(At(OpensWithoutSubject, "sitter i rullestol etter ulykka", "rullestol"));
  EXPECT_FALSE(At(OpensWithoutSubject, "was i meant to get the insulin", "insulin"));
  // Round 874: Swedish and Danish verbs, and their subjects after them.
  EXPECT_TRUE(At(OpensWithoutSubject, "är bisexuell och trött på frågor om det", "bisexuell"));
  EXPECT_FALSE(At(OpensWithoutSubject, "är hon gravid", "gravid"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Sad news about the chemo unit.", "chemo"));
  EXPECT_TRUE(At(OpensWithoutSubject, "hei, fikk brukket armen", "brukket"));
  EXPECT_TRUE(At(OpensWithoutSubject, "kommer ikke på jobb i dag pga feber", "feber"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Kommer det flere med astma?", "astma"));
  EXPECT_TRUE(At(OpensWithoutSubject, "sorry for sent svar, har vært innlagt en uke", "innlagt"));
  EXPECT_TRUE(At(OpensWithoutSubject, "sorry been off sick with flu all week", "flu"));
  // A question, a subject after the verb, an opening clause of its own.
  EXPECT_FALSE(At(OpensWithoutSubject, "Er muslimer velkomne?", "muslimer"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Har dere rullestoler?", "rullestoler"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Når bussen kommer, er fengselet stengt", "fengselet"));
  // The question after the statement is a clause of its own.
  EXPECT_TRUE(At(OpensWithoutSubject, "fikk bot for fyllekjøring, påvirker det forsikringen?",
                 "fyllekjøring"));
  // English in the past tense, not an imperative or a question.
  EXPECT_TRUE(At(OpensWithoutSubject, "Had a stroke last year", "stroke"));
  EXPECT_TRUE(At(OpensWithoutSubject, "can I move it? got a colonoscopy then", "colonoscopy"));
  EXPECT_TRUE(At(OpensWithoutSubject, "Voted Labour all my life", "Labour"));
  EXPECT_TRUE(At(OpensWithoutSubject, "caught a cold, can't come today", "cold"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Have a look at our stroke guide", "stroke"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Was it the stroke of midnight", "stroke"));
  // An English clause after a comma too, and a Norwegian one of lying ill; not other
  // Norwegian ones, which go on with the sentence's subject.
  EXPECT_TRUE(At(OpensWithoutSubject, "cant make raid tonight lads, got the flu", "flu"));
  EXPECT_TRUE(At(OpensWithoutSubject, "sorry lads, caught covid at the match", "covid"));
  EXPECT_TRUE(At(OpensWithoutSubject, "kan ikke komme i dag, ligger hjemme med omgangssyke",
                 "omgangssyke"));
  EXPECT_FALSE(At(OpensWithoutSubject, "Partiet, har tillitsvalde i alle fylke", "tillitsvalde"));
}

TEST(SpecialContextPlaces, AWorkplaceALanguageAndABody) {
  constexpr std::string_view kWork = "Jeg jobber som sykepleier på kreftavdelingen";
  const auto [start, end] = Span(kWork, "kreft");
  EXPECT_TRUE(At(FollowsAWordOfWork, kWork, "kreft"));
  constexpr std::string_view kUnit = "Is the radiotherapy unit on the ground floor?";
  const auto [unit_start, unit_end] = Span(kUnit, "radiotherapy");
  EXPECT_TRUE(NamesAPlaceOfCare(kUnit, unit_end, WordEnd(kUnit, unit_start)));
  EXPECT_TRUE(NamesAPlaceOfCare(kWork, end, WordEnd(kWork, start)));
  constexpr std::string_view kPatient = "Jeg ligger på kreftavdelingen";
  const auto [patient_start, patient_end] = Span(kPatient, "kreft");
  EXPECT_TRUE(NamesAPlaceOfCare(kPatient, patient_end, WordEnd(kPatient, patient_start)));
  EXPECT_FALSE(At(FollowsAWordOfWork, kPatient, "kreft"));
  // Round 853: an office held there and staff sent there.
  EXPECT_TRUE(At(FollowsAWordOfWork, "Eg er tillitsvald i Fagforbundet her på sjukeheimen",
                 "sjukeheimen"));
  EXPECT_TRUE(At(FollowsAWordOfWork, "Vi trenger 3 vikarer til sykehjemmet", "sykehjemmet"));
  // A term that is itself the place: "legevakten".
  constexpr std::string_view kOnCall = "Jeg jobber på legevakten";
  const auto [on_call_start, on_call_end] = Span(kOnCall, "legevakten");
  EXPECT_TRUE(NamesAPlaceOfCare(kOnCall, on_call_end, on_call_end));

  EXPECT_TRUE(At(IsALanguage, "info på samisk", "samisk"));
  EXPECT_TRUE(At(IsALanguage, "in northern Sami", "Sami"));
  EXPECT_TRUE(At(IsALanguage, "the form in North Sami", "Sami"));
  EXPECT_TRUE(At(IsALanguage, "ønsker at Ánte får samisk språkopplæring", "samisk"));
  EXPECT_TRUE(At(IsALanguage, "Do you have a Polish interpreter?", "Polish"));
  EXPECT_FALSE(At(IsALanguage, "jeg er samisk", "samisk"));
  EXPECT_FALSE(At(IsALanguage, "jeg er polsk og trenger tolk", "polsk"));
  constexpr std::string_view kSpoken = "Jeg er halvt thai og snakker litt thai.";
  const size_t thai = kSpoken.rfind("thai");
  EXPECT_TRUE(IsALanguage(kSpoken, thai, thai + 4));
  EXPECT_FALSE(IsALanguage(kSpoken, kSpoken.find("thai"), kSpoken.find("thai") + 4));

  EXPECT_TRUE(At(NamesABody, "Foreningen for hjertesyke barn", "hjertesyke"));
  EXPECT_FALSE(At(NamesABody, "medisin for diabetes", "diabetes"));
  EXPECT_TRUE(At(NamesABody, "We are a Christian charity looking for sponsors", "Christian"));
  // A union's shop steward is its officer (frame union-reps-en-43).
  EXPECT_FALSE(At(NamesABody, "I'm the Unison shop steward here", "Unison"));
  EXPECT_TRUE(At(NamesABody, "the Catholic shop on the corner", "Catholic"));
  // Round 585: one who belongs to it holds its faith or cause; its members in general not.
  EXPECT_FALSE(At(NamesABody, "I'm the treasurer of the Islamic Society", "Islamic"));
  EXPECT_FALSE(At(NamesABody, "I'm a member of the Islamic Society", "Islamic"));
  EXPECT_TRUE(At(NamesABody, "Members of the Islamic Society get a discount", "Islamic"));
  // Round 275: a party's headquarters.
  EXPECT_TRUE(
      At(NamesABody, "The Progress Party headquarters ordered 40 chairs", "Progress Party"));
  EXPECT_TRUE(At(NamesABody, "Sønnen går på en kristen friskole", "kristen"));
  EXPECT_TRUE(At(NamesABody, "Vi er en katolsk menighet og trenger bredbånd", "katolsk"));
  EXPECT_FALSE(At(NamesABody, "Jeg er muslim, skolen vet det", "muslim"));
  EXPECT_FALSE(At(NamesABody, "We are a Christian family", "Christian"));
  EXPECT_TRUE(At(NamesABody, "We donated to the Alzheimer's Society", "Alzheimer"));
  EXPECT_TRUE(At(NamesABody, "She works at the Jewish museum", "Jewish"));
  EXPECT_TRUE(At(NamesABody, "We are a charity supporting refugees from Syria", "refugees"));
  EXPECT_TRUE(At(NamesABody, "Our Diwali sale starts Friday", "Diwali"));
  // Only English sale words: a Norwegian compound ending in "salg" is an offence here.
  EXPECT_FALSE(At(NamesABody, "Sønnen min er siktet for narkotikasalg", "siktet for"));
  EXPECT_TRUE(At(NamesABody, "Do you deliver to the Jewish quarter?", "Jewish"));
  EXPECT_TRUE(At(NamesABody, "Den muslimske gravlunden ligger på Alfaset", "muslimske"));
  EXPECT_TRUE(At(NamesABody, "we're Polish company with offices in Oslo", "Polish"));
  EXPECT_TRUE(At(NamesABody, "med det russiske gruveselskapet Trust Arktikugol", "russiske"));
  EXPECT_TRUE(At(NamesABody, "Is the deaf cafe on Main Street open?", "deaf"));
}

TEST(SpecialContextName, ACapitalisedTermBeforeACapitalisedWordMayOpenAName) {
  EXPECT_TRUE(At(MayOpenAName, "I met Christian Olsen", "Christian"));
  EXPECT_FALSE(At(MayOpenAName, "I met Christian at the fair", "Christian"));
  EXPECT_FALSE(At(MayOpenAName, "Jeg er medlem av LO Stat", "LO"));
  EXPECT_FALSE(At(MayOpenAName, "I'm christian Olsen", "christian"));
}

TEST(SpecialContextName, ACapitalisedTermAfterACapitalisedWordMayCloseAName) {
  EXPECT_TRUE(At(MayCloseAName, "saksbehandler Roza Ahmadi", "Ahmadi"));
  EXPECT_TRUE(At(MayCloseAName, "reported by Michael White", "White"));
  EXPECT_FALSE(At(MayCloseAName, "I'm an Ahmadi", "Ahmadi"));
  EXPECT_FALSE(At(MayCloseAName, "we're Seventh-day Adventists", "Adventists"));
  EXPECT_FALSE(At(MayCloseAName, "Hei Roza AHMADI", "AHMADI"));
}

TEST(SpecialContextName, ACapitalisedTermAfterKinOrBeforeAPossessiveMayBeAGivenName) {
  EXPECT_TRUE(At(MayBeAGivenName, "My son Christian needs shoes", "Christian"));
  EXPECT_TRUE(At(MayBeAGivenName, "sønnen min Christian trenger sko", "Christian"));
  EXPECT_TRUE(At(MayBeAGivenName, "I'm Christian's mum", "Christian"));
  EXPECT_FALSE(At(MayBeAGivenName, "My son is Christian", "Christian"));
  EXPECT_FALSE(At(MayBeAGivenName, "my son christian", "christian"));
}

TEST(SpecialContextAttribute, AWordOfFitnessAfterTheTermIsAThings) {
  // The rest of the term's word, then the word: as Confirm asks.
  auto attribute = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return IsAnAttribute(text, end, WordEnd(text, start));
  };
  EXPECT_TRUE(attribute("your diabetes-friendly menu", "diabetes"));
  EXPECT_TRUE(attribute("a travel group that's LGBT friendly", "LGBT"));
  EXPECT_FALSE(attribute("my diabetes-medication", "diabetes"));
  EXPECT_FALSE(attribute("I'm LGBT and friendly", "LGBT"));
  // Round 840: what is asked of it.
  EXPECT_TRUE(attribute("We're seeing a lot of hay fever questions", "fever"));
}

TEST(SpecialContextQuestion, OnlyTheClauseHoldingTheTermCounts) {
  constexpr std::string_view kVotes = "Hvor mange stemmer fikk Rødt i Oslo?";
  EXPECT_TRUE(At(IsInAQuestion, kVotes, "Rødt"));
  constexpr std::string_view kStatement = "fikk bot for fyllekjøring, påvirker det forsikringen?";
  EXPECT_FALSE(At(IsInAQuestion, kStatement, "fyllekjøring"));
}

TEST(SpecialContextTopic, WhatSomethingIsAboutIsNoOnes) {
  EXPECT_TRUE(At(IsATopic, "Artikkelen handler om diabetes hos barn.", "diabetes"));
  EXPECT_TRUE(At(IsATopic, "Filmen handler om en homofil fotballspiller.", "homofil"));
  EXPECT_TRUE(At(IsATopic, "Husk å melde fra om allergier til kjøkkenet.", "allergier"));
  EXPECT_TRUE(At(IsATopic, "Kurset i førstehjelp tar for seg hjertestans", "hjertestans"));
  EXPECT_TRUE(At(IsATopic, "Vi holder kurs i førstehjelp for hjertestans", "hjertestans"));
  EXPECT_TRUE(At(IsATopic, "first aid for burns and cuts", "burns"));
  EXPECT_TRUE(At(IsATopic, "Our wellbeing week includes a session on menopause", "menopause"));
  // Round 210: a word of the topic between "about" and the term; not a possessive, nor a
  // clause's conjunction.
  EXPECT_TRUE(At(IsATopic, "We answer questions about diabetes medication", "medication"));
  EXPECT_FALSE(At(IsATopic, "I'm writing a book about my depression", "depression"));
  EXPECT_FALSE(
      At(IsATopic, "fikk beskjed om at en transplantasjon var utveien", "transplantasjon"));
  // Round 212: a skill's field.
  EXPECT_TRUE(At(IsATopic, "Our nurses are trained in dementia care", "dementia"));
  EXPECT_TRUE(At(IsATopic, "Legen er spesialisert i diabetes", "diabetes"));
  // The last of a list of skills (forty-third session).
  EXPECT_TRUE(At(IsATopic, "Lærlingen får opplæring i førstehjelp og diabetes", "diabetes"));
  EXPECT_TRUE(At(IsATopic, "trained in manual handling, epilepsy and dementia care", "epilepsy"));
  EXPECT_FALSE(At(IsATopic, "Jeg har erfaring i salg og har diabetes", "diabetes"));
  // A story's person with the term (thirty-eighth session).
  EXPECT_TRUE(At(IsATopic, "Filmen handler om en kvinne med ALS.", "ALS"));
  EXPECT_TRUE(At(IsATopic, "It's a film about a boy with autism", "autism"));
  EXPECT_FALSE(At(IsATopic, "Jeg bor sammen med en mann med ALS", "ALS"));
  // A difference asked between things (thirty-ninth session), not one's own.
  EXPECT_TRUE(At(IsATopic, "Hva er forskjellen på type 1 og type 2 diabetes?", "diabetes"));
  EXPECT_TRUE(At(IsATopic, "What's the difference between asthma and COPD?", "asthma"));
  EXPECT_TRUE(At(IsATopic, "What's the difference between asthma and COPD?", "COPD"));
  EXPECT_FALSE(At(IsATopic, "Hva er forskjellen på min astma og KOLS?", "astma"));
  EXPECT_FALSE(At(IsATopic, "Jeg har astma og vet ikke forskjellen", "astma"));
  auto thing_for = [](std::string_view text, std::string_view term) {
    return IsWhatAThingIsFor(text, Span(text, term).first);
  };
  EXPECT_TRUE(thing_for("Denne kremen hjelper mot eksem", "eksem"));
  EXPECT_TRUE(thing_for("Ny studie: kaffe kan redusere risikoen for diabetes", "diabetes"));
  EXPECT_FALSE(thing_for("Jeg har eksem", "eksem"));
  // Round 567: what goods work with; round 565: a vaccination against.
  EXPECT_TRUE(thing_for("This charger is not compatible with older hearing aids", "hearing"));
  EXPECT_TRUE(thing_for("Vaksinering mot influensa for alle over 65", "influensa"));
  // Round 211: tests and vaccines for a disease.
  EXPECT_TRUE(thing_for("Apoteket selger hurtigtester for korona", "korona"));
  // Round 530: a campaign's cause, not a fight that may be someone's.
  auto cause = [](std::string_view text, std::string_view term) {
    return IsACampaignsCause(text, Span(text, term).first);
  };
  EXPECT_TRUE(cause("Vi kjører en kampanje mot kreft i oktober", "kreft"));
  EXPECT_TRUE(cause("a fundraiser for dementia research", "dementia"));
  EXPECT_FALSE(cause("Han tapte kampen mot kreft", "kreft"));
  // Round 549: a supported fight, and a Swedish campaign.
  EXPECT_TRUE(cause("Vi støtter kampen mod kræft", "kræft"));
  EXPECT_TRUE(cause("We support the fight against cancer", "cancer"));
  EXPECT_TRUE(cause("Kampanj mot bröstcancer i oktober", "bröstcancer"));
  // Frame activism-en-44: "campaign" after a subject is the verb, one's own work.
  EXPECT_FALSE(cause("I campaign for Scottish independence", "Scottish"));
  // Round 524: what it suits or is advised for.
  EXPECT_TRUE(thing_for("Passer for diabetikere", "diabetikere"));
  EXPECT_TRUE(thing_for("Not recommended during pregnancy", "pregnancy"));
  // Round 541: advised against, and a later item of the list.
  constexpr std::string_view kAdvisedAgainst =
      "Behandlingen anbefales ikke ved diabetes eller blodfortynnende medisiner.";
  EXPECT_TRUE(thing_for(kAdvisedAgainst, "diabetes"));
  EXPECT_TRUE(thing_for(kAdvisedAgainst, "blodfortynnende"));
  EXPECT_FALSE(thing_for("Kremen hjelper mot kløe, men jeg har eksem", "eksem"));
  // What a rule grants in a case (thirty-eighth session).
  EXPECT_TRUE(
      thing_for("Tilrettelegging kan gis ved dysleksi, ADHD eller kroniske sykdommer.", "ADHD"));
  EXPECT_TRUE(thing_for("Extra time can be given for dyslexia", "dyslexia"));
  auto in_general = [](std::string_view text, std::string_view term) {
    return IsPeopleInGeneralWith(text, Span(text, term).first);
  };
  EXPECT_TRUE(in_general("Our charity helps people with dementia", "dementia"));
  EXPECT_TRUE(in_general("Vi har tilbud til barn med astma", "astma"));
  // Nynorsk (thirty-eighth session), and not English "born with".
  EXPECT_TRUE(in_general("Kommunen har tilbod til personar med demens", "demens"));
  EXPECT_FALSE(in_general("My daughter was born with a heart defect", "heart defect"));
  EXPECT_FALSE(in_general("Both my children with asthma need inhalers", "asthma"));
  // A business's people are its people in general, after a possessive too.
  EXPECT_TRUE(in_general("Our clients with diabetes get a discount", "diabetes"));
  EXPECT_TRUE(in_general("Kundene våre med allergi får eget bord", "allergi"));
  EXPECT_FALSE(in_general("Sønnen min med astma trenger inhalator", "astma"));
  EXPECT_FALSE(in_general("Two of our guests with coeliac disease", "coeliac disease"));
  // Round 447: one unnamed, but not the writer as one.
  EXPECT_TRUE(in_general("Is the flat suitable for someone with a wheelchair?", "wheelchair"));
  EXPECT_FALSE(in_general("As someone with coeliac disease, I was thrilled", "coeliac disease"));
  // Round 541: in treatment; but one of them is someone.
  EXPECT_TRUE(in_general("Free consultation for clients undergoing chemotherapy", "chemotherapy"));
  EXPECT_TRUE(in_general("We help a group of patients with diabetes.", "diabetes"));
  EXPECT_FALSE(in_general("My brother is one of the patients with diabetes", "diabetes"));
  EXPECT_FALSE(in_general("Jeg er en av pasientene med diabetes.", "diabetes"));
  // Round 450: the reader an offer speaks to.
  EXPECT_TRUE(in_general("Kursene passer for alle, også deg med vondt i ryggen", "vondt"));
  // Round 479: a party's event.
  auto event = [](std::string_view text, std::string_view term) {
    return NamesABodysEvent(text, Span(text, term).second);
  };
  EXPECT_TRUE(event("The Green Party's conference is at your hotel", "Green Party"));
  EXPECT_TRUE(event("The Green Party\u2019s conference is at your hotel", "Green Party"));
  EXPECT_TRUE(event("Vi arrangerer Høyres valgvake", "Høyres"));
  EXPECT_FALSE(event("I voted Green Party last time", "Green Party"));
  // Round 470: the next sentence may claim the term people in general were said to have.
  EXPECT_TRUE(At(IsClaimedInTheNextSentence,
                 "Har dere treningstilbud for folk med MS? Mora mi fikk diagnosen i fjor.", "MS"));
  EXPECT_TRUE(At(IsClaimedInTheNextSentence,
                 "Do you have classes for people with MS?\nI have it too", "MS"));
  EXPECT_TRUE(
      At(IsClaimedInTheNextSentence, "Har dere kurs for folk med astma? Jeg har det selv.", "astma"));
  EXPECT_FALSE(At(IsClaimedInTheNextSentence,
                  "Har dere kurs for folk med astma? Jeg har det bra, takk.", "astma"));
  EXPECT_FALSE(At(IsClaimedInTheNextSentence,
                  "Our charity helps people with dementia. The diagnosis is hard.", "dementia"));
  EXPECT_FALSE(At(IsClaimedInTheNextSentence, "Our charity helps people with dementia.",
                  "dementia"));
  auto device = [](std::string_view text, std::string_view term) {
    return IsADevicesFeature(text, Span(text, term).first);
  };
  EXPECT_TRUE(device("my phone\u2019s face id is broken", "face id"));
  EXPECT_TRUE(device("the iPhone face ID is great", "face ID"));
  EXPECT_FALSE(device("delete my face id data", "face id"));
  // Nineteenth session: a key's fingerprint is no one's.
  EXPECT_TRUE(device("check the SSH key fingerprint", "fingerprint"));
  EXPECT_FALSE(device("my fingerprint doesn't work", "fingerprint"));
  // Round 524: what a product uses or supports, also a list's second and after "min".
  EXPECT_TRUE(device("Appen bruker fingeravtrykk for innlogging", "fingeravtrykk"));
  EXPECT_TRUE(device("We support Face ID and Touch ID", "Touch ID"));
  EXPECT_TRUE(device("Telefonen min bruker Face ID", "Face ID"));
  EXPECT_FALSE(device("We use fingerprint scanning at the office", "fingerprint"));
  EXPECT_FALSE(device("Appen krever ansiktsskanning for å logge inn", "ansiktsskanning"));
  // Thirty-eighth session: what a device unlocks with, but not one's own print.
  EXPECT_TRUE(device("My phone unlocks with Face ID", "Face ID"));
  EXPECT_TRUE(device("Mobilen min låses opp med fingeravtrykk", "fingeravtrykk"));
  EXPECT_FALSE(device("Telefonen låses opp med fingeravtrykket mitt", "fingeravtrykket"));
  // Sixteenth session: a diagnosis said of a machine is a workshop's.
  auto machine = [](std::string_view text, std::string_view term) {
    return IsSaidOfAMachine(text, Span(text, term).first);
  };
  EXPECT_TRUE(machine("My laptop's been diagnosed, when will it be back?", "diagnosed"));
  EXPECT_TRUE(machine("My car was diagnosed at the garage", "diagnosed"));
  EXPECT_TRUE(machine("Bilen min ble diagnostisert", "diagnostisert"));
  EXPECT_TRUE(machine("Min bil har fått en diagnose", "diagnose"));
  EXPECT_FALSE(machine("My daughter's just been diagnosed", "diagnosed"));
  EXPECT_FALSE(machine("Mannen min er diagnostisert", "diagnostisert"));
  // Nineteenth session: a part of a service switched off.
  EXPECT_TRUE(machine("Why is my card disabled?", "disabled"));
  EXPECT_TRUE(machine("My account was disabled yesterday", "disabled"));
  EXPECT_FALSE(machine("My son is disabled", "disabled"));
  // Thirty-ninth session: a connection.
  EXPECT_TRUE(machine("my wifi is bipolar today", "bipolar"));
  EXPECT_TRUE(machine("My screen is blind after the update", "blind"));
  // Round 857: a market.
  EXPECT_TRUE(machine("The market is depressed this quarter", "depressed"));
  EXPECT_TRUE(
      At(IsWhatAPolicyCovers, "Forsikringen dekker kreft og hjerteinfarkt", "hjerteinfarkt"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Does the plan cover dementia care?", "dementia"));
  // Round 478: the words joining examples are not counted.
  EXPECT_TRUE(At(IsWhatAPolicyCovers,
                 "Does the policy cover pre-existing conditions such as diabetes or asthma?",
                 "asthma"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Dekker forsikringen kreften min?", "kreften"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Does it cover my cancer treatment?", "cancer"));
  // A question opening with its verb asks the cover (thirty-ninth session).
  EXPECT_TRUE(At(IsWhatAPolicyCovers,
                 "Is bipolar disorder covered under the critical illness plan?", "bipolar"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Thanks. Is cancer treatment covered?", "cancer"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Is gestational diabetes covered?", "diabetes"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Is my diabetes covered?", "diabetes"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "So is diabetes covered?", "diabetes"));
  // Round 252: what a service treats, as what a policy covers.
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Our clinic treats asthma and eczema in children",
                 "eczema"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "I treat my eczema with coconut oil", "eczema"));
  // Thirty-eighth session: a service offered, as a passive opening its sentence.
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Genetisk veiledning tilbys til alle som tester positivt.",
                 "Genetisk"));
  EXPECT_TRUE(
      At(IsWhatAPolicyCovers, "Genetic counselling is offered to all carriers.", "Genetic"));
  EXPECT_TRUE(
      At(IsWhatAPolicyCovers, "The course covers CPR, strokes and heart attacks", "heart"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Jeg har kreft og lurer på forsikringen", "kreft"));
  // Round 447: the writer's own clause after the cover word, unless it asks "if".
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "i'm looking for life cover, i had breast cancer in 2019",
                  "breast cancer"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "does the travel insurance cover me if i relapse?",
                 "relapse"));
  // Round 855: unless "if" asks of a state the writer has, no event.
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Do you cover scuba diving if I have asthma?", "asthma"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Does it cover me if I have a heart attack abroad?",
                 "heart attack"));
  // Whom a rebate or a rule is for, unless the writer is among them.
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Rabatten gjelder for pensjonister og uføretrygdede",
                 "uføretrygdede"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "The offer is available to union members", "union"));
  // Round 580: six words back.
  EXPECT_TRUE(At(IsWhatAPolicyCovers,
                 "We treat sports injuries, back pain and post-operative rehab", "rehab"));
  // Round 574: covering up hides a thing; "dekker over" is still "covers more than".
  EXPECT_FALSE(
      At(IsWhatAPolicyCovers, "Can you cover up a self-harm scar on my wrist?", "self-harm"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Forsikringen dekker over halvparten av kreftbehandlingen",
                 "kreftbehandlingen"));
  // Round 553: a policy's sentence that opens with what is covered, in the passive.
  EXPECT_TRUE(
      At(IsWhatAPolicyCovers, "Pregnancy complications are covered up to 32 weeks", "Pregnancy"));
  EXPECT_TRUE(At(IsWhatAPolicyCovers, "Diabetes is not covered by the basic plan", "Diabetes"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Jeg har astma som dekkes av forsikringen", "astma"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Is my diabetes covered?", "diabetes"));
  // Round 525: the grounds a rule lists, unless the writer opens the clause.
  constexpr std::string_view kGrounds =
      "Vi ønsker søkere uavhengig av kjønn, alder, funksjonsevne og etnisitet";
  EXPECT_TRUE(At(IsAGroundListed, kGrounds, "etnisitet"));
  EXPECT_TRUE(At(IsAGroundListed, "regardless of race, religion, sexual orientation or disability",
                 "disability"));
  EXPECT_TRUE(At(IsAGroundListed, "Alle er velkomne uansett tro og hudfarge", "tro"));
  EXPECT_FALSE(At(IsAGroundListed, "Jeg ble diskriminert på grunnlag av etnisitet", "etnisitet"));
  EXPECT_FALSE(At(IsAGroundListed, "I was treated differently based on my religion", "religion"));
  EXPECT_FALSE(At(IsAGroundListed, "Jeg ble sagt opp på grunn av sykdom", "sykdom"));
  // Round 545: anyone's.
  EXPECT_TRUE(At(IsAGroundListed, "Our app welcomes everyone, whatever their sexual orientation",
                 "sexual orientation"));
  EXPECT_TRUE(At(IsAGroundListed, "All are welcome regardless of their religion.", "religion"));
  EXPECT_FALSE(At(IsAGroundListed, "I am proud of their religion", "religion"));
  // Round 542: every one of a kind; round 545: options listed after a colon.
  auto every = [](std::string_view text, std::string_view term) {
    return NamesEveryOfAKind(text, Span(text, term).first);
  };
  EXPECT_TRUE(every("Vi har gravplasser for alle trossamfunn.", "trossamfunn"));
  EXPECT_FALSE(every("Jeg ber sammen med andre muslimer.", "muslimer"));
  auto option = [](std::string_view text, std::string_view term) {
    return IsAnOptionListed(text, Span(text, term).first);
  };
  constexpr std::string_view kOptions =
      "We added new gender options: non-binary, trans man and trans woman.";
  EXPECT_TRUE(option(kOptions, "non-binary"));
  EXPECT_TRUE(option(kOptions, "trans woman"));
  EXPECT_FALSE(option("Note: I'm trans", "trans"));
  EXPECT_FALSE(option("Options: none. I'm trans", "trans"));
  // Round 543: a procedure's title.
  EXPECT_TRUE(At(IsATopic, "Rutine for oppfølging av sykmeldte", "sykmeldte"));
  EXPECT_FALSE(At(IsATopic, "Jeg følger rutinen for oppfølging av min sykmelding", "sykmelding"));
  EXPECT_FALSE(At(IsATopic, "I am claiming on my policy for the surgery I had", "surgery"));
  EXPECT_TRUE(At(IsATopic, "Vi har fått melding om vannkopper i barnehagen", "vannkopper"));
  // Round 545: a site's events page.
  EXPECT_TRUE(At(NamesABody, "I open the LGBTQ+ events page", "LGBTQ"));
  // Round 550: a workplace's policy on it, not one's insurance.
  EXPECT_TRUE(At(NamesABody, "Our menopause policy offers flexible working", "menopause"));
  EXPECT_FALSE(At(NamesABody, "does my critical illness policy pay out?", "illness"));
  EXPECT_TRUE(
      At(IsATopic, "Kan du sende oversikt over sykemeldinger per avdeling?", "sykemeldinger"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Gjelder det for meg som er uføretrygdet?", "uføretrygdet"));
  EXPECT_FALSE(At(IsWhatAPolicyCovers, "Gjelder rabatten for oss med diabetes?", "diabetes"));
  EXPECT_EQ(PeopleAt("Kreftsyke barn får gratis inngang", "Kreftsyke"), People(14, false));
  EXPECT_EQ(PeopleAt("We drive dialysis patients", "dialysis"), People(26, true));
  // The plural part of a compound: the people end with the term.
  EXPECT_EQ(PeopleAt("Vi kjører dialysepasienter", "dialysepasienter"), People(27, true));
  EXPECT_EQ(PeopleAt("Mora mi er kreftpasient", "kreftpasient"), std::nullopt);
  // Thirty-eighth session: a group a body takes in, named by the term itself.
  EXPECT_EQ(PeopleAt("Vi tar imot flyktninger", "flyktninger"), People(23, true));
  EXPECT_EQ(PeopleAt("Jeg er flyktning", "flyktning"), std::nullopt);
  EXPECT_EQ(PeopleAt("Jeg har kreft i dag", "kreft"), std::nullopt);
  EXPECT_TRUE(At(IsATopic, "I watched a documentary about autism.", "autism"));
  EXPECT_TRUE(At(IsATopic, "Jeg skriver en masteroppgave om fagforeninger.", "fagforeninger"));
  EXPECT_TRUE(At(IsATopic, "any good book about the history of the Labour party?", "Labour"));
  EXPECT_TRUE(At(IsATopic, "en bok om historien til Arbeiderpartiet", "Arbeiderpartiet"));
  EXPECT_FALSE(At(IsATopic, "I have a history of depression.", "depression"));
  EXPECT_TRUE(At(IsATopic, "Do you have any books on diabetes for kids?", "diabetes"));
  EXPECT_FALSE(At(IsATopic, "I'm on antidepressants", "antidepressants"));
  EXPECT_TRUE(At(IsATopic, "Hvilke bøker har dere om depresjon hos ungdom?", "depresjon"));
  EXPECT_TRUE(At(IsATopic, "The band's new album is about addiction.", "addiction"));
  EXPECT_TRUE(At(IsATopic, "Jeg ønsker ikke reklame for abort.", "abort"));
  EXPECT_FALSE(At(IsATopic, "Jeg fikk medisin for migrene.", "migrene"));
  EXPECT_FALSE(At(IsATopic, "Jeg skriver en bok om kreften min.", "kreften"));
  EXPECT_FALSE(At(IsATopic, "Jeg snakket med legen om depresjonen.", "depresjonen"));
  // Round 895: a matter asked or said of by its nature, or of how many have it.
  EXPECT_TRUE(At(IsATopic, "Is diabetes hereditary? Just curious.", "diabetes"));
  EXPECT_TRUE(At(IsATopic, "Er kreft smittsomt?", "kreft"));
  EXPECT_TRUE(At(IsATopic, "Is it true that autism is more common in boys?", "autism"));
  EXPECT_TRUE(At(IsATopic, "Hvor mange i Norge har kreft hvert år?", "kreft"));
  EXPECT_FALSE(At(IsATopic, "Is my diabetes hereditary?", "diabetes"));
  EXPECT_FALSE(At(IsATopic, "My autism is more common than you think", "autism"));
  EXPECT_FALSE(At(IsATopic, "Jeg vet hvor mange som har kreft i familien, jeg har det selv",
                  "kreft"));
}

TEST(SpecialContextGreeting, AHolidayWishedToAllIsNoOnesFaith) {
  constexpr std::string_view kWish = "Happy Ramadan to all our customers!";
  EXPECT_TRUE(IsAHolidayGreeting(kWish, Span(kWish, "Ramadan").first));
  constexpr std::string_view kFasting = "I'm fasting for Ramadan";
  EXPECT_FALSE(IsAHolidayGreeting(kFasting, Span(kFasting, "Ramadan").first));
  constexpr std::string_view kClosed = "Our office is closed for Eid al-Fitr on Wednesday";
  auto closure = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return IsAHolidayClosure(text, start, end);
  };
  EXPECT_TRUE(closure(kClosed, "Eid"));
  EXPECT_FALSE(closure(kFasting, "Ramadan"));
  // Round 259: a holiday's opening hours.
  EXPECT_TRUE(closure("Ramadan opening hours: we close at 6pm for iftar.", "Ramadan"));
  EXPECT_TRUE(closure("Ramadan åpningstider: vi stenger kl. 18.", "Ramadan"));
  // Round 354: open for or during a holiday.
  EXPECT_TRUE(closure("We are open during Ramadan with shorter hours.", "Ramadan"));
  EXPECT_TRUE(closure("Vi har åpent i påsken", "påsken"));
  EXPECT_FALSE(closure("I'm fasting during Ramadan", "Ramadan"));
  // Round 547: a holiday as the subject of its time.
  EXPECT_TRUE(NamesAHolidaysTime("Ramadan starter i kveld", 7));
  EXPECT_TRUE(NamesAHolidaysTime("Ramadan is over", 7));
  EXPECT_FALSE(NamesAHolidaysTime("Ramadan er viktig for meg", 7));
  // Round 541: a few words may stand between.
  EXPECT_TRUE(closure("Vi har åpent på søndager, også i ramadan.", "ramadan"));
  EXPECT_FALSE(closure("Jeg faster i ramadan", "ramadan"));
  constexpr std::string_view kGood = "Jeg er en god muslim";
  EXPECT_FALSE(IsAHolidayGreeting(kGood, Span(kGood, "muslim").first));
}

TEST(SpecialContextIntensifier, SoAndTooStandBeforeAMood) {
  auto intensified = [](std::string_view text, std::string_view term) {
    return FollowsAnIntensifier(text, Span(text, term).first);
  };
  EXPECT_TRUE(intensified("im so ocd about packaging", "ocd"));
  EXPECT_TRUE(intensified("han er helt autist", "autist"));
  EXPECT_TRUE(intensified("Your website is a bit schizophrenic", "schizophrenic"));
  EXPECT_FALSE(intensified("I have OCD", "OCD"));
}

TEST(SpecialContextIntensifier, HyperboleGivesOrIsAboutToHave) {
  auto hyperbole = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return IsHyperbole(text, start, end);
  };
  EXPECT_TRUE(hyperbole("jeg får hjerteinfarkt av denne trafikken", "hjerteinfarkt"));
  EXPECT_TRUE(hyperbole("trafikken gir meg hjerteinfarkt", "hjerteinfarkt"));
  EXPECT_TRUE(hyperbole("I nearly had a stroke when I saw the price", "stroke"));
  EXPECT_FALSE(hyperbole("My dad had a stroke in May", "stroke"));
  EXPECT_TRUE(hyperbole("Jeg holdt på å få slag da jeg så prisen", "slag"));
  EXPECT_TRUE(hyperbole("Jeg fikk nesten hjerteinfarkt av regningen", "hjerteinfarkt"));
  EXPECT_FALSE(hyperbole("Faren min fikk slag i mai", "slag"));
  EXPECT_FALSE(hyperbole("pappa fikk hjerteinfarkt i fjor", "hjerteinfarkt"));
  EXPECT_TRUE(hyperbole("this traffic is giving me a heart attack lol", "heart attack"));
  EXPECT_TRUE(hyperbole("gonna have a stroke if this meeting runs over", "stroke"));
  EXPECT_TRUE(hyperbole("I'm going to have a heart attack", "heart attack"));
  EXPECT_FALSE(hyperbole("my dad used to have a stroke every few years", "stroke"));
  EXPECT_FALSE(hyperbole("I had a heart attack in May", "heart attack"));
  // Round 544: what one would have.
  EXPECT_TRUE(hyperbole("I thought I'd have a heart attack lol", "heart attack"));
  EXPECT_TRUE(hyperbole("I\xE2\x80\x99ll have a stroke if they raise the price", "stroke"));
  EXPECT_TRUE(hyperbole("I would have a heart attack", "heart attack"));
}

// Round 432: "Kan jeg få refusjon hvis jeg blir syk?" asks; it tells of no illness.
TEST(SpecialContext, FallingIllInAConditionIsAHypothesis) {
  auto hypothesis = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return IsAHypothesis(text, start, end);
  };
  EXPECT_TRUE(hypothesis("Kan jeg få refusjon hvis jeg blir syk?", "syk"));
  EXPECT_TRUE(hypothesis("hvis barnet skulle bli sykt", "sykt"));
  EXPECT_TRUE(hypothesis("What if I get sick during the trip?", "sick"));
  EXPECT_TRUE(hypothesis("if I were to get ill", "ill"));
  EXPECT_TRUE(hypothesis("in case she falls ill", "ill"));
  EXPECT_FALSE(hypothesis("hvis jeg blir syk igjen må jeg avbestille", "syk"));
  EXPECT_FALSE(hypothesis("Jeg blir syk av pollen", "syk"));
  EXPECT_FALSE(hypothesis("Når jeg blir syk får jeg migrene", "syk"));
  // A condition of one's own illness tells of it: "om ho får anfall", "if I get a migraine".
  EXPECT_FALSE(hypothesis("om ho får anfall i bussen", "anfall"));
  EXPECT_FALSE(hypothesis("if I get a migraine", "migraine"));
}

// Round 524: advice given "if you are pregnant" tells of no one.
TEST(SpecialContext, AConditionPutToTheReaderIsNoOnes) {
  auto readers = [](std::string_view text, std::string_view term) {
    return IsAReadersCondition(text, Span(text, term).first);
  };
  EXPECT_TRUE(readers("Consult your doctor if you are pregnant or breastfeeding", "pregnant"));
  EXPECT_TRUE(readers("Consult your doctor if you are pregnant or breastfeeding", "breastfeeding"));
  EXPECT_TRUE(readers("Hvis du har diabetes, snakk med legen", "diabetes"));
  EXPECT_TRUE(readers("If you have a family history of diabetes, get tested", "diabetes"));
  EXPECT_FALSE(readers("what if I am pregnant?", "pregnant"));
  EXPECT_FALSE(readers("If you have any questions about my diabetes, call me", "diabetes"));
  EXPECT_FALSE(readers("You are pregnant, congratulations", "pregnant"));
  // Round 555: room asked for someone is not the reader's condition.
  EXPECT_FALSE(readers("Lurer på om dere har plass til en gutt med autisme?", "autisme"));
  // Thirty-ninth session: anyone's, as the generic "man" or "someone" says it.
  EXPECT_TRUE(readers("Hva skjer med forsikringen hvis man får kreft?", "kreft"));
  EXPECT_TRUE(readers("What happens if someone gets cancer during the trip?", "cancer"));
  EXPECT_FALSE(readers("Hva skjer med forsikringen nå som jeg har fått kreft?", "kreft"));
}

// Thirty-ninth session: a side in lowercase after "til" is a direction, not a party.
TEST(SpecialContext, ASideAfterTilIsADirection) {
  EXPECT_TRUE(At(IsADirection, "bor til venstre for oss", "venstre"));
  EXPECT_TRUE(At(IsADirection, "sving mot høyre", "høyre"));
  EXPECT_FALSE(At(IsADirection, "delegat på landsmøtet til Venstre", "Venstre"));
  EXPECT_FALSE(At(IsADirection, "jeg stemmer høyre", "høyre"));
}

// Round 531: a term in apposition to a name is said of the person named.
TEST(SpecialContext, ATermInAppositionToANameIsTheirs) {
  auto apposition = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return FollowsANameInApposition(TermSite(text, start, end), [](std::string_view folded, bool) {
      return folded == "darren" || folded == "kari";
    });
  };
  EXPECT_TRUE(apposition("Spoke to Darren, union rep for the warehouse", "union rep"));
  EXPECT_TRUE(apposition("Kari, tillitsvalgt i Fagforbundet, kommer", "tillitsvalgt"));
  EXPECT_TRUE(apposition("Spoke to Darren Hale, a union rep", "union rep"));
  EXPECT_TRUE(apposition("Kari, tillitsvalgt i Fagforbundet, kommer", "Fagforbundet"));
  // A branch's place before the body (thirty-ninth session).
  EXPECT_TRUE(apposition("Hilsen Kari Holm, leder i Bærum Venstre", "Venstre"));
  EXPECT_FALSE(apposition("Hilsen Kari Holm, leder i klubben og Venstre", "Venstre"));
  EXPECT_FALSE(apposition("Kari, du må huske å melde deg inn i Fagforbundet", "Fagforbundet"));
  EXPECT_TRUE(apposition("Spoke to Darren, a member of Unite, today", "Unite"));
  // A clause after the comma is no apposition.
  EXPECT_FALSE(apposition("sier Darren, at de rødgrønne må", "rødgrønne"));
  EXPECT_FALSE(
      apposition("journalist Kari, som følger det høyreekstreme miljøet", "høyreekstreme"));
  // A name called to, greeted or opening the sentence, unless the apposition closes.
  EXPECT_FALSE(apposition("Hei Kari, Høyre vant valget", "Høyre"));
  EXPECT_FALSE(apposition("Kari, Høyre vant valget", "Høyre"));
  EXPECT_FALSE(apposition("Spoke to Hale, union rep", "union rep"));
  EXPECT_FALSE(apposition("Spoke to darren, union rep", "union rep"));
  EXPECT_FALSE(apposition("Darren has a union rep", "union rep"));
}

// Round 529: a sentence whose subject is no one.
// Round 548: what is absent or withheld.
TEST(SpecialContext, WhatIsAbsentOrWithheldIsNoOnes) {
  auto none = [](std::string_view text, std::string_view term) {
    return SaysNoneOrWithholds(text, Span(text, term).first);
  };
  EXPECT_TRUE(none("Bruker har ingen kjente allergier.", "allergier"));
  EXPECT_TRUE(none("I have no allergies.", "allergies"));
  EXPECT_TRUE(none("Bruker ønsker ikke å oppgi diagnose.", "diagnose"));
  EXPECT_TRUE(none("Client declined to state religion.", "religion"));
  EXPECT_TRUE(none("I'd rather not share my diagnosis.", "diagnosis"));
  EXPECT_FALSE(none("No, I have diabetes.", "diabetes"));
  EXPECT_FALSE(none("I want to share my diagnosis with you", "diagnosis"));
  // Thirty-eighth session: not comfortable sharing it.
  EXPECT_TRUE(none("I'm not comfortable sharing my sexual orientation.", "sexual orientation"));
  EXPECT_TRUE(none("I'm uncomfortable disclosing my diagnosis.", "diagnosis"));
  EXPECT_FALSE(none("I'm comfortable sharing my diagnosis.", "diagnosis"));
}

// Round 547: a share of people in general.
TEST(SpecialContext, AShareOfPeopleEndsBeforeTheTerm) {
  auto share_end = [](std::string_view text, std::string_view term) -> std::optional<size_t> {
    const auto [start, end] = Span(text, term);
    return ShareOfPeopleEnd(TermSite(text, start, end));
  };
  constexpr std::string_view kSurvey = "Undersøkelsen viser at 30 prosent av de spurte er syke";
  EXPECT_EQ(share_end(kSurvey, "syke"), Span(kSurvey, "prosent av").second);
  constexpr std::string_view kOneInFive = "One in five adults will have depression";
  EXPECT_EQ(share_end(kOneInFive, "depression"), Span(kOneInFive, "five").second);
  EXPECT_EQ(share_end("Jeg er en av pasientene med diabetes", "diabetes"), std::nullopt);
  EXPECT_EQ(share_end("Jeg har diabetes", "diabetes"), std::nullopt);
  // Regression: "half of" inside "on behalf of" is no share.
  EXPECT_EQ(share_end("I am writing on behalf of my mother, who has dementia", "dementia"),
            std::nullopt);
  constexpr std::string_view kPercent = "30% of adults have asthma";
  EXPECT_EQ(share_end(kPercent, "asthma"), Span(kPercent, "% of").second);
  // Only a few words back: a long line of no marks is not read to its start for every term
  // (BM_AnalyzePathological/terms_no_marks had turned quadratic).
  const std::string far = "30 prosent av de spurte " + std::string(100, 'x') + " er syke";
  EXPECT_EQ(share_end(far, "syke"), std::nullopt);
}

TEST(SpecialContext, ASentenceOfNoOneOpensWithIt) {
  EXPECT_TRUE(At(OpensWithNoOne, "Ingen i 4A har lus denne uka.", "lus"));
  EXPECT_TRUE(At(OpensWithNoOne, "Nobody here has covid.", "covid"));
  EXPECT_TRUE(At(OpensWithNoOne, "No one in my family has cancer.", "cancer"));
  EXPECT_TRUE(At(OpensWithNoOne, "Hei. Ingen av oss er gravide.", "gravide"));
  EXPECT_FALSE(At(OpensWithNoOne, "Noen i klassen har lus.", "lus"));
  EXPECT_FALSE(At(OpensWithNoOne, "No, I have cancer.", "cancer"));
}

// Round 524: food or aids ordered for an event.
TEST(SpecialContext, AnEventOrderedForEndsAfterTheTerm) {
  constexpr std::string_view kParty = "Can we get a halal option for the staff party?";
  EXPECT_EQ(At(EventOrderedFor, kParty, "halal"), kParty.find(" party") + 6);
  EXPECT_NE(At(EventOrderedFor, "Kan vi få rullestol til konferansen?", "rullestol"), std::nullopt);
  // Far on, the event is the writer's plan, not what the term is for.
  EXPECT_EQ(At(EventOrderedFor, "sorry, har covid og kan ikke komme på møtet", "covid"),
            std::nullopt);
  EXPECT_EQ(At(EventOrderedFor, "Jeg har halal-mat hjemme", "halal-mat"), std::nullopt);
}

TEST(SpecialContext, ShownSubjectIsWhatThisOrThatPointsAt) {
  auto subject = [](std::string_view text, std::string_view term) {
    return ShownSubjectBefore(text, Span(text, term).first);
  };
  EXPECT_EQ(subject("omg this deal is sick", "sick"), 4u);
  EXPECT_EQ(subject("that\xE2\x80\x99s so sick", "sick"), 0u);
  EXPECT_EQ(subject("ok thats sick", "sick"), 3u);
  EXPECT_EQ(subject("that was mental", "mental"), 0u);
  EXPECT_EQ(subject("my son is sick", "sick"), std::nullopt);
  EXPECT_EQ(subject("it's sick", "sick"), std::nullopt);
}

TEST(SpecialContext, AThingNamedIsNoBody) {
  EXPECT_TRUE(NamesAThingNotABody("this update is cancer", 0));
  EXPECT_TRUE(NamesAThingNotABody("ok that exam was cancer", 3));
  EXPECT_FALSE(NamesAThingNotABody("this lump is cancer", 0));
  EXPECT_FALSE(NamesAThingNotABody("this is cancer", 0));
}

TEST(SpecialContextStock, AShopsStockIsNoOnes) {
  constexpr std::string_view kStock = "Vi har samiske kofter på lager.";
  EXPECT_TRUE(At(IsStockedGoods, kStock, "samiske"));
  constexpr std::string_view kLater = "Jeg er same. Vi har kofter på lager.";
  EXPECT_FALSE(At(IsStockedGoods, kLater, "same"));
  constexpr std::string_view kRent = "Vi har fått nye rullestoler til utleie.";
  EXPECT_TRUE(At(IsStockedGoods, kRent, "rullestoler"));
  EXPECT_TRUE(At(IsStockedGoods, "Our gym has a physiotherapist on site", "physiotherapist"));
  // Regression: "på lageret" is at the warehouse, not in stock.
  EXPECT_FALSE(At(IsStockedGoods, "Jeg er med i Handel og Kontor på lageret", "Handel og Kontor"));
  // Round 555: a pronoun taking the goods up again opens a clause of its own.
  constexpr std::string_view kTakenUp = "Jeg bruker Wegovy og lurer på om dere har den på lager.";
  EXPECT_FALSE(At(IsStockedGoods, kTakenUp, "Wegovy"));
}

// Round 556: marketing copy and job ads speak of no one.
TEST(SpecialContext, ThoseAThingIsForOverAListAreNoOne) {
  constexpr auto kFor = IsSaidOfSomeoneAThingIsFor;
  constexpr std::string_view kCourse = "Kurset passer for deg som har angst eller depresjon.";
  EXPECT_TRUE(At(kFor, kCourse, "angst"));
  EXPECT_TRUE(At(kFor, kCourse, "depresjon"));
  EXPECT_TRUE(At(kFor, "Great for people who have arthritis", "arthritis"));
  EXPECT_TRUE(At(kFor, "Alle som har diabetes bør sjekke øynene", "diabetes"));
  EXPECT_TRUE(At(kFor, "et kort til en som er syk", "syk"));
  EXPECT_FALSE(At(kFor, "Jeg kjenner en som har kreft", "kreft"));
  EXPECT_FALSE(At(kFor, "Alle som kjenner meg vet at jeg har diabetes", "diabetes"));
  // Round 573: people in general opening a clause, not known ones after a verb.
  EXPECT_TRUE(At(kFor, "Personer som har hatt kreft kan ikke gi blod", "kreft"));
  EXPECT_TRUE(At(kFor, "Gi beskjed. People who have had cancer cannot donate", "cancer"));
  EXPECT_FALSE(At(kFor, "Jeg kjenner personer som har hatt kreft", "kreft"));
  EXPECT_TRUE(At(kFor, "Flere som har kreft får nå tilbud om ny behandling", "kreft"));
}

// Round 563: gaming chat's insult of a group is no one's diagnosis.
TEST(SpecialContext, AGroupCalledCancerIsAnInsult) {
  EXPECT_TRUE(At(IsAGroupsInsult, "the devs are literally cancer", "cancer"));
  EXPECT_TRUE(At(IsAGroupsInsult, "these ads r cancer lol", "cancer"));
  EXPECT_FALSE(At(IsAGroupsInsult, "my parents are cancer survivors", "cancer"));
  EXPECT_FALSE(At(IsAGroupsInsult, "both my parents had cancer", "cancer"));
}

// Round 588: whom a service is for, people in the plural named by a condition.
TEST(SpecialContext, AGroupAServiceIsForIsNoOne) {
  EXPECT_TRUE(At(IsForAGroup, "Drop-in for rusavhengige hver fredag", "rusavhengige"));
  EXPECT_TRUE(At(IsForAGroup, "Support group for addicts every Friday", "addicts"));
  EXPECT_FALSE(At(IsForAGroup, "Kurs for diabetes hver fredag", "diabetes"));
  EXPECT_FALSE(At(IsForAGroup, "Vi har mange diabetikere her", "diabetikere"));
}

// Thirty-eighth session: a general statement that a condition is common.
TEST(SpecialContext, ATermSaidToBeCommonIsNoOnes) {
  EXPECT_TRUE(
      At(IsSaidToBeCommon, "Tannlegeskrekk er vanlig, og vi tar oss god tid.", "Tannlegeskrekk"));
  EXPECT_TRUE(
      At(IsSaidToBeCommon, "Dental anxiety is very common and we take our time.", "anxiety"));
  EXPECT_TRUE(At(IsSaidToBeCommon, "Angst er en vanlig lidelse.", "Angst"));
  // Someone's, or common in one's family.
  EXPECT_FALSE(At(IsSaidToBeCommon, "Min angst er vanlig, sier legen.", "angst"));
  EXPECT_FALSE(At(IsSaidToBeCommon, "Brystkreft er vanlig i familien vår.", "Brystkreft"));
  EXPECT_FALSE(At(IsSaidToBeCommon, "Cancer is common in my family.", "Cancer"));
  EXPECT_FALSE(At(IsSaidToBeCommon, "Jeg har angst, det er vanlig.", "angst"));
}

// Round 575: a moderator's note of hostility towards a group names no one.
TEST(SpecialContext, HostilityTowardsAGroupIsNoOnes) {
  EXPECT_TRUE(At(IsHostilityTowardsAGroup, "Innlegget inneholdt hets mot samer.", "samer"));
  EXPECT_TRUE(At(IsHostilityTowardsAGroup, "removed for hate speech against Jews", "Jews"));
  EXPECT_FALSE(At(IsHostilityTowardsAGroup, "Jeg opplever hets mot meg som same.", "same"));
  EXPECT_FALSE(At(IsHostilityTowardsAGroup, "I'm a Jew and I'm tired of it", "Jew"));
}

TEST(SpecialContext, WhatIsPreventedIsNoOnes) {
  EXPECT_TRUE(At(IsPrevented, "Les mer om hvordan du kan forebygge hjerteinfarkt.",
                 "hjerteinfarkt"));
  EXPECT_TRUE(At(IsPrevented, "helps prevent heart disease and stroke", "stroke"));
  EXPECT_FALSE(At(IsPrevented, "Jeg prøver å forebygge at diabetesen blir verre", "diabetesen"));
  EXPECT_FALSE(At(IsPrevented, "Jeg har hjerteinfarkt", "hjerteinfarkt"));
}

TEST(SpecialContext, AReaderAddressedAsOneIsNoOne) {
  EXPECT_TRUE(
      At(AddressesTheReaderAsOne, "Som medlem av Fagforbundet får du rabatt.", "Fagforbundet"));
  EXPECT_TRUE(
      At(AddressesTheReaderAsOne, "As a diabetic, you should check your feet.", "diabetic"));
  EXPECT_TRUE(At(AddressesTheReaderAsOne, "Som LO-medlem får du 10 % rabatt.", "LO"));
  EXPECT_FALSE(At(AddressesTheReaderAsOne, "Som medlem av Fagforbundet har jeg rett til det.",
                  "Fagforbundet"));
  EXPECT_FALSE(
      At(AddressesTheReaderAsOne, "Jeg er medlem av Fagforbundet, får du rabatt?", "Fagforbundet"));
}

TEST(SpecialContext, AGiftsReceiverAGoodsKindAndACareWorkersFieldAreNoOne) {
  EXPECT_TRUE(
      At(NamesSomeoneInTheReadersLife, "Great gift for the diabetic in your life!", "diabetic"));
  EXPECT_FALSE(At(NamesSomeoneInTheReadersLife, "I am the diabetic in the family", "diabetic"));
  constexpr std::string_view kBattery = "This hearing aid battery fits most models";
  EXPECT_TRUE(IsAKindOfGoods(kBattery, Span(kBattery, "hearing aid").second));
  constexpr std::string_view kBroken = "My hearing aid is broken";
  EXPECT_FALSE(IsAKindOfGoods(kBroken, Span(kBroken, "hearing aid").second));
  EXPECT_TRUE(At(NamesACareWorkersField, "We are hiring a mental health nurse", "mental health"));
  EXPECT_TRUE(At(NamesACareWorkersField, "I'm a cancer nurse", "cancer"));
  EXPECT_FALSE(At(NamesACareWorkersField, "My cancer nurse called", "cancer"));
  EXPECT_FALSE(At(NamesACareWorkersField, "I saw the diabetes nurse today", "diabetes"));
  // A field worked in (the forty-second session's left "I work in endoscopy").
  EXPECT_TRUE(At(NamesACareWorkersField, "I work in endoscopy", "endoscopy"));
  EXPECT_TRUE(At(NamesACareWorkersField, "She works in palliative care.", "palliative care"));
  EXPECT_TRUE(At(NamesACareWorkersField, "Jeg jobber som sykepleier i psykiatrien", "psykiatrien"));
  EXPECT_FALSE(At(NamesACareWorkersField, "I work in pain every day", "pain"));
  EXPECT_FALSE(At(NamesACareWorkersField, "I was in rehab for a year", "rehab"));
}

// Round 846: a body's premises are no one's membership.
TEST(SpecialContext, ABodysPremisesAreNoOnesMembership) {
  EXPECT_TRUE(At(NamesABodysPremises,
                 "We're relocating the office of the Norwegian Union of Municipal Employees",
                 "Union"));
  EXPECT_TRUE(At(NamesABodysPremises, "Vi flytter kontoret til LO", "LO"));
  EXPECT_FALSE(At(NamesABodysPremises, "I'm a member of Unite", "Unite"));
}

// Forty-third session: a carer's trade said of someone with a verb of being or of hiring
// is an occupation (frames trades-en-43, trades-no-43).
TEST(SpecialContext, ACarersTradeOfSomeoneIsAnOccupation) {
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "Jeg er psykolog", "psykolog"));
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "My wife is a therapist", "therapist"));
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "I'm a qualified physiotherapist", "physiotherapist"));
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "She's a counsellor", "counsellor"));
  EXPECT_TRUE(
      At(NamesACarersTradeOfSomeone, "We're hiring an occupational therapist", "therapist"));
  EXPECT_FALSE(At(NamesACarersTradeOfSomeone, "I'm seeing a psychologist", "psychologist"));
  EXPECT_FALSE(At(NamesACarersTradeOfSomeone, "Jeg er hos fysioterapeut", "fysioterapeut"));
  EXPECT_FALSE(At(NamesACarersTradeOfSomeone, "My son's therapist called", "therapist"));
  EXPECT_FALSE(At(NamesACarersTradeOfSomeone, "Jeg er autist", "autist"));
  // Forty-fourth session: a noun's "'s" before "a" is a verb of being (the last note's left
  // "My wife's a therapist").
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "My wife's a therapist", "therapist"));
  EXPECT_TRUE(At(NamesACarersTradeOfSomeone, "My husband's a psychiatrist", "psychiatrist"));
}

// Forty-third session: what one read about is a topic (the last session's left "I read
// about a rhinoplasty on Instagram"); a caller asks whether someone after it has it.
TEST(SpecialContext, WhatOneReadAboutIsATopic) {
  EXPECT_TRUE(At(IsWhatOneReadAbout, "I read about a rhinoplasty on Instagram", "rhinoplasty"));
  EXPECT_TRUE(At(IsWhatOneReadAbout, "Jeg leste om kreft i avisa", "kreft"));
  EXPECT_FALSE(At(IsWhatOneReadAbout, "I read about my diagnosis", "diagnosis"));
  EXPECT_FALSE(At(IsWhatOneReadAbout, "I wrote about cancer", "cancer"));
}

// Forty-second session: people of a faith or a people after a quantifier are many in
// general (the forty-first session's left "de fleste somaliere", NorNE's "de fleste
// koreanere").
TEST(SpecialContext, PeopleAfterAQuantifierAreManyInGeneral) {
  EXPECT_TRUE(
      At(IsSaidOfManyInGeneral, "Jeg tror de fleste somaliere i Norge bor i Oslo.", "somaliere"));
  EXPECT_TRUE(At(IsSaidOfManyInGeneral, "Jeg kjenner mange muslimer.", "muslimer"));
  EXPECT_TRUE(At(IsSaidOfManyInGeneral, "I think most Kurds live in the east.", "Kurds"));
  EXPECT_TRUE(At(IsSaidOfManyInGeneral, "I know a lot of Christians at work.", "Christians"));
  // Counted among them, "the most", another's, or the writer's own.
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "Vi er mange kurdere her i byen.", "kurdere"));
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "We're all Muslims here.", "Muslims"));
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "I'm the most anxious person I know.", "anxious"));
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "Mange kurdere i familien min har flyktet.", "kurdere"));
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "Jeg ber med mange andre muslimer.", "muslimer"));
  EXPECT_FALSE(At(IsSaidOfManyInGeneral, "Jeg er muslim.", "muslim"));
}

// Forty-second session: an origin after "a" before a thing's noun is the thing's kind.
TEST(SpecialContext, AnOriginBeforeAThingsNounQualifiesIt) {
  const auto qualifies = [](std::string_view text, std::string_view term) {
    return QualifiesAThingsNoun(text, Span(text, term).second);
  };
  EXPECT_TRUE(qualifies("I'm a Chinese teacher at the adult school.", "Chinese"));
  EXPECT_TRUE(qualifies("My favourite is a Thai green curry.", "Thai"));
  EXPECT_FALSE(qualifies("I'm a Polish woman living in Oslo.", "Polish"));
  EXPECT_FALSE(qualifies("I'm a Kurd from Erbil.", "Kurd"));
  EXPECT_FALSE(qualifies("I'm a Kurd, from Erbil.", "Kurd"));
  EXPECT_FALSE(qualifies("My wife is a Finn.", "Finn"));
  EXPECT_FALSE(qualifies("I'm a Polish Muslim.", "Polish"));
}

// Forty-second session: a prison one lives near is a place.
// Round 825: a language interpreted or translated into, and a people's service or teaching.
TEST(SpecialContext, ALanguageInterpretedIntoIsNoOrigin) {
  EXPECT_TRUE(At(IsALanguage, "Kan vi få tolk til samisk på foreldremøtet?", "samisk"));
  EXPECT_TRUE(At(IsALanguage, "Can the letter be translated into Somali?", "Somali"));
  EXPECT_FALSE(At(IsALanguage, "Mannen min er somalisk.", "somalisk"));
  EXPECT_FALSE(At(IsALanguage, "Vi flytter til Somalia.", "Somalia"));
}

TEST(SpecialContext, APrisonNearbyIsAPlace) {
  EXPECT_TRUE(At(IsAPlaceNearby, "I live near the prison.", "prison"));
  EXPECT_TRUE(At(IsAPlaceNearby, "Vi bor rett ved fengselet.", "fengselet"));
  EXPECT_TRUE(At(IsAPlaceNearby, "We live next to the prison.", "prison"));
  EXPECT_TRUE(At(IsAPlaceNearby, "Huset ligger i nærheten av fengselet.", "fengselet"));
  EXPECT_TRUE(At(IsAPlaceNearby, "The flat is opposite HMP Leeds.", "HMP Leeds"));
  EXPECT_FALSE(At(IsAPlaceNearby, "Broren min sitter på Ila fengsel.", "Ila fengsel"));
  EXPECT_FALSE(At(IsAPlaceNearby, "My brother is in prison near Leeds.", "prison"));
  EXPECT_FALSE(At(IsAPlaceNearby, "I live near the shop.", "shop"));
}

}  // namespace
}  // namespace sladd
