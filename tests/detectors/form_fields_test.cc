#include "detectors/form_fields.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "tests/support/term_span.h"

namespace sladd {
namespace {

using ::sladd::testing::Span;

// The value of the field whose label holds `label`, "(nothing)" if it holds nothing, or
// "(no field)".
std::string LabelledValue(std::string_view text, std::string_view label) {
  const auto [start, end] = Span(text, label);
  const std::optional<FormFieldSpan> field = FormFieldLabelled(text, start, end);
  if (!field) return "(no field)";
  if (field->holds_nothing) return "(nothing)";
  return std::string(text.substr(field->value_start, field->value_end - field->value_start));
}

TEST(FormFields, AFieldsValueIsItsFillersAndAnEmptyFieldNoOnes) {
  auto field = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return FormFieldOf(text, start, end);
  };
  EXPECT_EQ(field("Religion: Muslim", "Muslim"), FormField::kOfACategory);
  // Nynorsk labels (thirty-ninth session).
  EXPECT_EQ(field("Namn: Noah\nKosthald: Berre halal", "halal"), FormField::kOfACategory);
  // Round 545: a value that asks holds no answer.
  EXPECT_EQ(field("Filter for religion: does it include Muslim and Hindu?", "Muslim"),
            FormField::kNone);
  EXPECT_EQ(field("Allergies: nuts?", "nuts"), FormField::kOfACategory);
  EXPECT_EQ(field("Navn: Kari\nPartitilhørighet: Høyre\nAlder: 40", "Høyre"),
            FormField::kOfACategory);
  EXPECT_NE(field("Navn: Kari\nPartitilhørighet: Høyre\nAlder: 40", "Kari"),
            FormField::kOfACategory);
  EXPECT_NE(field("Emne: Høyre side av bilen", "Høyre"), FormField::kOfACategory);
  EXPECT_NE(field("Religion: Muslim, Alder: 40", "Alder"), FormField::kOfACategory);
  EXPECT_EQ(field("Dietary requirements: halal", "halal"), FormField::kOfACategory);
  EXPECT_EQ(field("Tema: Diabetes og kosthold", "Diabetes"), FormField::kTopic);
  EXPECT_NE(field("Emne: Sykmelding fra i dag", "Sykmelding"), FormField::kTopic);
  // A label alone on the line before ("Dietary requirements:" then "kosher").
  EXPECT_EQ(field("Name: Ann\nDietary requirements:\nkosher", "kosher"), FormField::kOfACategory);
  EXPECT_EQ(field("Special requests:  \r\nwheelchair access please", "wheelchair"),
            FormField::kOfACategory);
  EXPECT_NE(field("Jeg lurer på følgende. Dietary:\nkosher", "kosher"), FormField::kOfACategory);
  EXPECT_NE(field("Dietary requirements:\nkosher, Alder: 40", "kosher"), FormField::kOfACategory);
  // A transcript's answer has the question of the turn before as its label.
  EXPECT_EQ(field("Agent: Sure! Any dietary requirements?\nCustomer: Halal please", "Halal"),
            FormField::kOfACategory);
  EXPECT_EQ(field("Emma Wilson: hi\nJack Reid: Any dietary requirements?\nEmma Wilson: Halal",
                  "Halal"),
            FormField::kOfACategory);
  EXPECT_NE(field("Kunde: Kan dere lage det halal?\nAgent: Ja, halal går fint", "halal"),
            FormField::kOfACategory);
}

TEST(FormFields, ATurnAnswersTheQuestionThatEndsTheTurnBefore) {
  auto question = [](std::string_view text, std::string_view answer) -> std::string {
    const auto asked = QuestionAnsweredFrom(text, Span(text, answer).first);
    if (!asked) return "(none)";
    return std::string(text.substr(asked->first, asked->second - asked->first));
  };
  constexpr std::string_view kAsked = "Agent: Kan jeg få fødselsnummeret ditt?\nKunde: 0101";
  EXPECT_EQ(question(kAsked, "0101"), "Kan jeg få fødselsnummeret ditt");
  EXPECT_EQ(question("Agent: Takk.\nKunde: 0101", "0101"), "(none)");
  EXPECT_EQ(question("Kan jeg få fødselsnummeret ditt?\n0101", "0101"), "(none)");
  EXPECT_EQ(question("Agent: Hva er nummeret?\nKunde: det er 0101", "0101"), "(none)");
}

TEST(FormFields, AFieldThatHoldsNothingSaysSo) {
  auto empty = [](std::string_view text, std::string_view label) {
    return LabelledValue(text, label) == "(nothing)";
  };
  EXPECT_TRUE(empty("Disability: none", "Disability"));
  EXPECT_TRUE(empty("Straffedom: nei.\nNavn: Ola", "Straffedom"));
  EXPECT_TRUE(empty("Allergier:", "Allergier"));
  EXPECT_TRUE(empty("Allergies: none known", "Allergies"));
  EXPECT_TRUE(empty("Disability: none;", "Disability"));
  // Regression: a label of more than the term ("Allergier / intoleranser: -").
  EXPECT_TRUE(empty("Allergier / intoleranser: -", "Allergier"));
  EXPECT_FALSE(empty("Allergier: nøtter", "Allergier"));
  // Nineteenth session: Swedish and Danish nothing.
  EXPECT_TRUE(empty("Matallergier: inga", "Matallergier"));
  EXPECT_TRUE(empty("Sygdomme: ingen kendte", "Sygdomme"));
  // Thirty-eighth session: a monitoring form's "No religion", as "None".
  EXPECT_TRUE(empty("Religion or belief: No religion", "Religion"));
  EXPECT_TRUE(empty("Diagnose: oppgis ikke", "Diagnose"));
  EXPECT_TRUE(empty("Allergi: ingen kjende", "Allergi"));
  // Thirty-ninth session: "No" to whether one's gender is the sex registered at birth tells.
  EXPECT_FALSE(empty("Gender identity same as sex registered at birth? No", "Gender identity"));
  EXPECT_FALSE(empty("Gender identity same as sex registered at birth: No", "Gender identity"));
  EXPECT_FALSE(empty("Jeg har allergi mot nøtter", "allergi"));
  EXPECT_TRUE(empty("Har du allergier? Nei", "allergier"));
  // Round 465: a diet of no category says nothing of them; what follows it is read.
  EXPECT_TRUE(empty("Allergies/dietary requirements: Vegetarian", "Allergies"));
  EXPECT_TRUE(empty("Allergier / matpreferanser: vegetar, takk", "Allergier"));
  EXPECT_FALSE(empty("Allergies/dietary requirements: Kosher", "Allergies"));
  EXPECT_FALSE(empty("Vi er muslimer, er pølsene halal?", "halal"));
  // A term in an earlier field's value is in no label: "diabetes" is the comment's.
  EXPECT_FALSE(empty("Kommentar: har diabetes, Allergi: ingen", "diabetes"));
  EXPECT_TRUE(empty("Navn: Ola  Allergi: ingen", "Allergi"));
  // The first part, thanks aside, says nothing, whatever follows; not a value with thanks.
  EXPECT_TRUE(empty("Har du allergier? Nei, ingen", "allergier"));
  EXPECT_TRUE(empty("Any allergies? None, thanks", "allergies"));
  EXPECT_TRUE(empty("Er du medlem av en fagforening? Nei, men vurderer det", "fagforening"));
  EXPECT_TRUE(empty("Agent: Har du spørsmål om medisinene dine?\nKunde: nei, det var bare "
                    "levering jeg lurte på",
                    "medisin"));
  EXPECT_TRUE(empty("Fagforening: vet ikke", "Fagforening"));
  EXPECT_FALSE(empty("Any allergies? Nuts, thanks", "allergies"));
  EXPECT_TRUE(empty("Navn: Eva\nAllergier:\nIngen\nKommentar: Kommer med bil", "Allergier"));
  EXPECT_TRUE(empty("Agent: Har du noen allergier?\nKunde: nei, ingen", "allergier"));
  // A sentence that ends in a colon before a list is no empty field.
  EXPECT_FALSE(empty("Jeg har diabetes og trenger følgende:\n- sukkerfritt", "diabetes"));
}

TEST(FormFields, AFieldIsItsLabelAndItsTrimmedValue) {
  // No field, or one that holds nothing.
  auto value = [](std::string_view text, std::string_view label) -> std::string {
    const std::string found = LabelledValue(text, label);
    return found == "(no field)" || found == "(nothing)" ? "(none)" : found;
  };
  EXPECT_EQ(value("Allergies: peanuts", "Allergies"), "peanuts");
  EXPECT_EQ(value("Navn: Ola\n  Medical conditions: asthma, hay fever.\nAlder: 40", "Medical"),
            "asthma, hay fever");
  // Several fields a line, and a separator before the next.
  EXPECT_EQ(value("Fornavn: Ole Etternavn: Nordby", "Fornavn"), "Ole");
  EXPECT_EQ(value("Name: Tom Barker / Religion: Sikh", "Religion"), "Sikh");
  // A JSON string's value is what its quotes hold (a check of log lines, thirty-fifth
  // session).
  EXPECT_EQ(value("{\"name\":\"Ola\",\"diagnosis\":\"diabetes type 2\"}", "diagnosis"),
            "diabetes type 2");
  // A short label may be asked: its answer is the value; a longer question is chat.
  EXPECT_EQ(value("Trade union member? Yes - Unite", "union"), "Yes - Unite");
  EXPECT_EQ(value("ka tid kan æ hente medisinan? æ e diabetiker", "medisin"), "(none)");
  EXPECT_EQ(value("er pølsene halal?", "halal"), "(none)");
  // A longer question is a label when answered as a form is: yes or no first, or a few
  // words; not when thanks or a sign-off follow it.
  EXPECT_EQ(value("Er du medlem av en fagforening? Ja (Fagforbundet)", "fagforening"),
            "Ja (Fagforbundet)");
  EXPECT_EQ(value("Any dietary or religious requirements? Halal please", "religious"),
            "Halal please");
  EXPECT_EQ(value("Do you have any allergies? Nuts", "allergies"), "Nuts");
  EXPECT_EQ(value("Do you have any allergies? My son reacts to nuts and eggs", "allergies"),
            "(none)");
  EXPECT_EQ(value("Har dere allergivennlige retter? Mvh Kari", "allerg"), "(none)");
  // Thirty-ninth session: nynorsk asks the staff with "de"; the answer is chat.
  EXPECT_EQ(value("Kan de gje Emma medisinen hennar klokka 12? Ho går på antibiotika", "medisin"),
            "(none)");
  // Round 820: Swedish asks as "jag" and of the staff as "ni".
  EXPECT_EQ(value("Kan jag hämta ut medicin åt min mamma? Hon har demens", "medicin"), "(none)");
  EXPECT_EQ(value("Har ni medicin för allergi? Ja, tack", "medicin"), "(none)");
  EXPECT_EQ(value("What is your ethnic background? Mixed White and Asian", "ethnic"),
            "Mixed White and Asian");
  // Not a question the writer asks, or one asked of a shop, or a reply to an offer.
  EXPECT_EQ(value("What medication can I bring on the plane? Just wondering", "medication"),
            "(none)");
  EXPECT_EQ(value("Er det noen religiøse høytider dere holder stengt? Lurer bare", "religiøs"),
            "(none)");
  EXPECT_EQ(value("Do you have a disability access ramp? Yes please", "disabilit"), "(none)");
  // Round 468: yes, please to a question of what the reader needs tells of the need.
  EXPECT_EQ(value("Do you need wheelchair assistance? Yes please", "wheelchair"), "Yes please");
  EXPECT_EQ(value("Diagnose: ADHD, Medisiner: Ritalin", "Medisiner"), "Ritalin");
  EXPECT_EQ(value("Diagnose: ADHD, Medisiner: Ritalin", "ADHD"), "(none)");
  // Nothing: an empty field, a word of nothing, no letters, no label.
  EXPECT_EQ(value("Allergies:", "Allergies"), "(none)");
  EXPECT_EQ(value("Straffet: Nei", "Straffet"), "(none)");
  EXPECT_EQ(value("Medical Centre: 22 33 44 55", "Medical"), "(none)");
  EXPECT_EQ(value("Hei. Jeg har allergi: nøtter", "allergi"), "(none)");
  EXPECT_EQ(value("Jeg har allergi mot nøtter", "allergi"), "(none)");
  // In a form of several fields, a longer question is the filler's to answer at length;
  // not one the writer asks, of a shop or of anyone, nor one answered with musing.
  EXPECT_EQ(value("Name: Ingrid\nAny injuries or medical conditions? Torn ACL, had surgery",
                  "injuries"),
            "Torn ACL, had surgery");
  EXPECT_EQ(value("Any injuries or medical conditions? Torn ACL, had surgery in March",
                  "injuries"),
            "(none)");
  EXPECT_EQ(value("Name: Tom\nHave you been diagnosed with or treated for any medical "
                  "condition in the last 5 years? Type 2 diabetes",
                  "medical"),
            "Type 2 diabetes");
  EXPECT_EQ(value("Navn: Per\nEr du medlem av en fagforening, og i så fall hvilken? Jeg er "
                  "med i Fellesforbundet",
                  "fagforening"),
            "Jeg er med i Fellesforbundet");
  EXPECT_EQ(value("Bestilling: 2\nHva slags medisinsk utstyr kan man ta med inn? Insulinpenn",
                  "medisin"),
            "(none)");
  EXPECT_EQ(value("Booking ref: HX4411\nDo you offer discounts for members of a trade "
                  "union? We are three",
                  "union"),
            "(none)");
  EXPECT_EQ(value("Order: cake\nCould you tell me about any medical certificates? Sure",
                  "medical"),
            "(none)");
  // Round 710: "would you like" offers the reader a choice, as a form asks.
  EXPECT_EQ(value("Would you like a therapist who shares your faith? Yes, Christian please",
                  "faith"),
            "Yes, Christian please");
  EXPECT_EQ(value("Would you like a therapist who shares your faith? Doesn't matter", "faith"),
            "(none)");
  EXPECT_EQ(value("Bestilling: 2\nHar du noen skader eller sykdommer? Lurer på om jeg må "
                  "svare",
                  "sykdom"),
            "(none)");
  // A long label with a colon too, in a form; a subject line or a time is no field.
  EXPECT_EQ(value("Barnets navn: Emil\nAllergier eller andre hensyn barnehagen bør kjenne "
                  "til: Melkeproteinallergi",
                  "Allergier"),
            "Melkeproteinallergi");
  EXPECT_EQ(value("Møte kl 14:30\nAllergier eller andre hensyn barnehagen bør kjenne til: "
                  "Melkeproteinallergi",
                  "Allergier"),
            "(none)");
  // In a form, the answer may stand on the next line, unless that line is a field or a
  // question of its own, or thanks.
  EXPECT_EQ(value("Fornavn: Marte\nAllergier:\nPeanøtter og kiwi\nKommentar: Gleder meg!",
                  "Allergier"),
            "Peanøtter og kiwi");
  EXPECT_EQ(value("Navn: Ida\nEr du medlem av en fagforening?\nJa, Utdanningsforbundet",
                  "fagforening"),
            "Ja, Utdanningsforbundet");
  EXPECT_EQ(value("Allergier:\nPeanøtter og kiwi", "Allergier"), "(none)");
  EXPECT_EQ(value("Navn: Eva\nAllergier:\nKommentar: Kommer med bil", "Allergier"), "(none)");
  EXPECT_EQ(value("Name: Ann\nAny dietary requirements?\nThanks for organising!", "dietary"),
            "(none)");
  // In a chat transcript, a question that ends a turn is answered by the next turn's first
  // sentence; a turn is no form's field.
  EXPECT_EQ(value("[10:31] Agent: Takk. Har du noen allergier vi bør vite om?\n[10:32] Kunde: "
                  "ja, nøtter. Og så lurer jeg på prisen",
                  "allergier"),
            "ja, nøtter");
  EXPECT_EQ(value("Agent: Er du medlem av noen fagforening? Vi har rabatt for medlemmer.\nKunde: "
                  "ja, i Fagforbundet",
                  "fagforening"),
            "ja, i Fagforbundet");
  EXPECT_EQ(value("Agent: Har du allergier? Hva vil du bestille?\nKunde: pizza", "allergier"),
            "(none)");
  // A time without brackets before the speaker.
  EXPECT_EQ(value("2024-05-01 10:31:02 Agent: Er du medlem av en fagforening?\n2024-05-01 "
                  "10:31:40 Kunde: ja, i Handel og Kontor",
                  "fagforening"),
            "ja, i Handel og Kontor");
  // After a time, a speaker may be named; without one, speakers are named when a name
  // speaks twice, or two full names take turns (a single name once is a form's label).
  EXPECT_EQ(value("[10:32] Ola Berg: Har du noen allergier vi bør vite om?\n[10:33] Kari "
                  "Hansen: ja, latex",
                  "allergier"),
            "ja, latex");
  EXPECT_EQ(value("Ola Berg: Har du noen allergier vi bør vite om?\nKari Hansen: ja, latex",
                  "allergier"),
            "ja, latex");
  EXPECT_EQ(value("Kari: hei\nOla: Er du medlem av en fagforening?\nKari: ja, Fagforbundet",
                  "fagforening"),
            "ja, Fagforbundet");
  EXPECT_EQ(value("WhatsApp: Er du medlem av en fagforening?\nSvar: ja, Fagforbundet",
                  "fagforening"),
            "(none)");
  EXPECT_EQ(value("12.03.2024, 10:31 - Ola Berg: Har du allergier?\n12.03.2024, 10:32 - Kari "
                  "Hansen: ja, latex",
                  "allergier"),
            "ja, latex");
  EXPECT_EQ(value("Kari: hei\nOla: Er du medlem av LO?\nKari: Haha nei", "LO"), "(none)");
  // An e-mail's quoted question is answered by the reply's line under it, not by a quote.
  EXPECT_EQ(value("> Har du noen allergier vi bør vite om?\nJa, nøtter og skalldyr.\n\nHilsen",
                  "allergier"),
            "Ja, nøtter og skalldyr");
  EXPECT_EQ(value("> Har du noen allergier?\n> Ja\nOk", "allergier"), "(none)");
  EXPECT_EQ(value("> Allergies? Nuts\nThanks", "Allergies"), "Nuts");
  // A log's closing quote around a form is no part of its last value; a value's own quotes
  // are.
  EXPECT_EQ(value("body=\"Navn: Kari\nAllergier:\nPeanøtter og kiwi\"", "Allergier"),
            "Peanøtter og kiwi");
  EXPECT_EQ(value("msg=\"Navn: Kari\nAllergier: nøtter.\"", "Allergier"), "nøtter");
  EXPECT_EQ(value("Allergier: \"nøtter\"", "Allergier"), "\"nøtter\"");
  EXPECT_EQ(value("{\"msg\":\"Navn: Per\nFagforening:\nFagforbundet\"}", "Fagforening"),
            "Fagforbundet");
  // Regression: a log's first line opens before the message; its fields count.
  EXPECT_EQ(value("2024-05-01T10:31:05Z INFO body=\"Navn: Ola\nAllergier:\nkiwi\"", "Allergier"),
            "kiwi");
  EXPECT_EQ(value("x=1 log=\"Agent: Har du allergier?\nKunde: ja, nøtter\"", "allergier"),
            "ja, nøtter");
  // Round 466: chats copied from Teams or Slack head each turn with its speaker and time.
  EXPECT_EQ(value("Ola Berg  10:31\nHar du noen allergier?\nKari Hansen  10:32\nja, nøtter",
                  "allergier"),
            "ja, nøtter");
  EXPECT_EQ(value("Tom Baker [10:31 AM]\nAre you in a trade union?\nAnn Lee [10:32 AM]\nyes, "
                  "Unison",
                  "trade union"),
            "yes, Unison");
  EXPECT_EQ(value("Sofie Dahl, 14:02\nHar du noen sykdommer?\nPer Moen, 14:03\nnei", "sykdom"),
            "(none)");
  EXPECT_EQ(value("Ola Berg  10:31\nHar du noen allergier?\nja, nøtter", "allergier"), "(none)");
  EXPECT_EQ(value("Møtet 10:31\nHar du noen allergier?\nkl 10:32\nja", "allergier"), "(none)");
  // A CSV cell is read after its column's name: a transcript in one opens after a label.
  EXPECT_EQ(value("Kommentar: Agent: Har du allergier?\nKunde: ja, latex", "allergier"),
            "ja, latex");
  // The question mark is on the term's line.
  EXPECT_EQ(value("Agent: Har du allergier\nOk?\nKunde: ja", "allergier"), "(none)");
  EXPECT_EQ(value("Kunde: har dere medisinsk personell på stevnet?\nAgent: ja, alltid",
                  "medisin"),
            "(none)");
  EXPECT_EQ(value("Agent: Hei\nKunde: Er du medlem av en fagforening? Vi har rabatt for "
                  "medlemmer",
                  "fagforening"),
            "(none)");
  // A follow-up question before the answer.
  EXPECT_EQ(value("Er du medlem av et politisk parti? I så fall hvilket? Ja, Senterpartiet",
                  "politisk"),
            "Ja, Senterpartiet");
  // Regression (fuzzing): a turn longer than the reach was cut there inside a character;
  // it is read only up to a sentence's end within the reach.
  const std::string long_turn = "Agent: Er du medlem av en fagforening?\nKunde: ja, " +
                                std::string(100, 'a') + std::string(70, '\xC3') + "\xA6\xC3\xA6";
  EXPECT_EQ(value(long_turn + std::string(60, 'b'), "fagforening"), "(none)");
  const std::string long_answered = "Agent: Er du medlem av en fagforening?\nKunde: ja, LO. " +
                                    std::string(300, 'b');
  EXPECT_EQ(value(long_answered, "fagforening"), "ja, LO");
  // Regression (fuzzing): a line longer than a form's is running text, and its value was
  // cut at the reach inside a character.
  const std::string long_line = "Faith: " + std::string(150, 'a') + std::string(30, '\xC3') +
                                "\xA6\xC3\xA6" + std::string(60, 'b');
  EXPECT_EQ(value(long_line, "Faith"), "(none)");
}

TEST(FormFields, AYesToAQuestionOfTheFillerIsTheirs) {
  EXPECT_TRUE(SaysYesToTheFiller("er du gravid", "Ja, uke 20"));
  EXPECT_TRUE(SaysYesToTheFiller("have you ever been convicted of a crime", "yes"));
  EXPECT_TRUE(SaysYesToTheFiller("pregnant", "Yes"));
  // Not a no, nor another answer; not a question the writer asks of a shop, nor a long
  // one asked of no one.
  EXPECT_FALSE(SaysYesToTheFiller("er du gravid", "nei"));
  EXPECT_FALSE(SaysYesToTheFiller("kviser", "Prøv den nye vaskegelen vår"));
  EXPECT_FALSE(SaysYesToTheFiller("har dere angrepille", "ja"));
  EXPECT_FALSE(SaysYesToTheFiller("is it possible to get the food halal at the event", "yes"));
}

TEST(FormFields, AFaithsDietIsABeliefsUnderAnyLabel) {
  EXPECT_TRUE(OpensWithAFaithsDiet("Halal, takk"));
  EXPECT_TRUE(OpensWithAFaithsDiet("kosher only"));
  EXPECT_FALSE(OpensWithAFaithsDiet("Nøtter og halal"));
  EXPECT_FALSE(OpensWithAFaithsDiet("Halalslakter i Oslo"));
}

// Forms written as Google Forms' e-mails are: each question alone on its line with neither
// colon nor question mark, its answer on the next, a blank line between fields.
TEST(FormFields, ABlockOfAFormIsItsLabelAndTheLineAfter) {
  const auto value = LabelledValue;
  constexpr std::string_view kUnion =
      "Navn\nJonas Lie\n\nFagforening\nFagforbundet\n\nArbeidsgiver\nOslo";
  EXPECT_EQ(value(kUnion, "Fagforening"), "Fagforbundet");
  EXPECT_EQ(value("Name\nLaura Kim\n\nAre you a union member\nYes, Unite ", "union member"),
            "Yes, Unite");
  EXPECT_EQ(value("Navn\nPer\n\nAllergier\nIngen\n\nAntall personer\n4", "Allergier"),
            "(nothing)");
  // A question mark ends a block's label as well.
  EXPECT_EQ(value("Navn\nPer\n\nHar du allergier?\nJa, nøtter", "allergier"), "Ja, nøtter");
  // An answer runs to the blank line, over up to five lines (a Google Forms' paragraph).
  EXPECT_EQ(value("Navn\nKari\n\nAllergier\nNøtter\nog kiwi", "Allergier"), "Nøtter\nog kiwi");
  EXPECT_EQ(value("Navn\nKari\n\nAllergier\nNøtter\nog kiwi.\n\nAlder\n4", "Allergier"),
            "Nøtter\nog kiwi");
  EXPECT_EQ(value("Navn\nKari\n\nAllergier\n1\n2\n3\n4\n5\n6\n\nAlder\n4", "Allergier"),
            "(no field)");
  // One block is no form; nor are lines without a blank line between them, a label that
  // ends a sentence, or a question on the line after.
  EXPECT_EQ(value("Allergier\nNøtter", "Allergier"), "(no field)");
  EXPECT_EQ(value("Navn\nKari\nAllergier\nNøtter\n\nAlder\n4", "Allergier"), "(no field)");
  EXPECT_EQ(value("Navn\nKari\n\nJeg har allergier.\nNøtter\n", "allergier"), "(no field)");
  EXPECT_EQ(value("Navn\nKari\n\nAllergier\nHar dere nøttefri kake?", "Allergier"),
            "(no field)");
  // Regression: a line of a lone carriage return was read past its end.
  EXPECT_EQ(value("\r\nNavn\nKari\n\nAllergier\nNøtter", "Allergier"), "Nøtter");

  auto field = [](std::string_view text, std::string_view term) {
    const auto [start, end] = Span(text, term);
    return FormFieldOf(text, start, end);
  };
  EXPECT_EQ(field("Name\nFatima\n\nDietary requirements\nHalal\n\nGuests\n2", "Halal"),
            FormField::kOfACategory);
  EXPECT_EQ(field("Name\nFatima\n\nDietary requirements\nHalal\nno pork\n\nGuests\n2", "Halal"),
            FormField::kOfACategory);
  // A chat tool's copied turns: the question said under one header labels the answer
  // under the next.
  EXPECT_EQ(field("Jack Reid  10:31\nAny dietary requirements?\nEmma Wilson  10:32\nHalal please",
                  "Halal"),
            FormField::kOfACategory);
  EXPECT_EQ(field("Jack Reid  10:31\nAny questions?\nEmma Wilson  10:32\nHalal please", "Halal"),
            FormField::kNone);
  EXPECT_EQ(field(kUnion, "Fagforbundet"), FormField::kOfACategory);
  EXPECT_NE(field("Dietary requirements\nHalal", "Halal"), FormField::kOfACategory);
  EXPECT_NE(field("Dietary requirements\nHalal\nNavn\nKari", "Halal"), FormField::kOfACategory);
}

// Thirty-ninth session: a value of a form that names whom it is about tells of that person.
TEST(FormFields, AValueOfAFormThatNamesItsFillerIsTheirs) {
  auto named = [](std::string_view text, std::string_view term) {
    return IsInAFormOfANamedFiller(text, text.find(term));
  };
  EXPECT_TRUE(named("Permisjon\nNavn: Kari Bakke\nÅrsak: Verv som tillitsvalgt", "tillitsvalgt"));
  EXPECT_TRUE(named("Årsak: Syk\nDeltaker: Per Olsen", "Syk"));
  EXPECT_FALSE(named("Årsak: Syk\nDato: 3. mars", "Syk"));
  EXPECT_FALSE(named("Navn: Kari\nJeg er tillitsvalgt", "tillitsvalgt"));
  EXPECT_FALSE(named("Agent: Navn: Kari\nKunde: syk", "syk"));
}

}  // namespace
}  // namespace sladd
