// Fields of forms and transcripts in a message: where a term of a special category stands
// in a form's label ("Medical conditions: asthma", "Any injuries? Torn ACL"), or in a
// value under a label of a category ("Religion: Muslim"), the filler's data is the value.
// Lead forms, sign-up forms written into e-mail (a label and its value on a line, or each
// on its own line, or blocks of a label line and an answer line between blank lines, as
// Google Forms writes them) and chat exports with speakers' labels are read alike. A
// transcript's speaker is a role ("Kunde:"), a name after a time ("[10:31] Kari Hansen:"),
// or a name without one where a name speaks twice or two full names take turns.
//
// Plain functions over UTF-8 text with byte offsets; no state, safe from any thread. They
// read at most a few lines around the term, and allocate only the short folded words and
// labels they compare.
#ifndef SLADD_DETECTORS_FORM_FIELDS_H_
#define SLADD_DETECTORS_FORM_FIELDS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "engine/detector.h"

namespace sladd {

// The kind of form field, one field a line, whose value holds the term text[start, end).
// A transcript's turn that answers a question a form could ask has the question as its
// label ("Agent: Any dietary requirements?" then "Customer: Halal please").
enum class FormField {
  // In no field, or in one whose label says nothing of the categories.
  kNone,
  // A field about a special category: "Religion: Muslim", "Partitilhørighet: Høyre",
  // "Trade union: Unison". A form's values are the data of the one who fills it in.
  kOfACategory,
  // A field that holds a topic: "Tema: Diabetes og kosthold", "Title: Living with autism".
  kTopic,
};
FormField FormFieldOf(std::string_view text, size_t start, size_t end);

// A form's field, one a line or several ("Fornavn: Ole Etternavn: Nordby"): its label
// [label_start, colon) and its value [value_start, value_end), trimmed. A label may end in
// a question mark instead of the colon ("Any allergies? Nuts"). `holds_nothing` when the
// value says there is nothing: "none", "nei", "-", "prefer not to say", or empty after a
// colon ("Disability: none", "Har du allergier? Nei").
struct FormFieldSpan {
  size_t label_start, colon, value_start, value_end;
  bool holds_nothing;
};
// The field whose label holds text[start, end) ("Medical conditions: asthma"), if the label
// is at most a few words before a colon at the line's start (a later field's label is the
// one word before its colon). A question is a label when it is short, or when it is
// answered the way a form's question is: yes or no first, or a few words ("Any dietary or
// religious requirements? Halal please"); a question with no answer is none. In a form of
// several fields a label or question may be longer and its answer of any length, on its
// line or the next ("Allergier:" then "Peanøtter og kiwi"), and a block's label needs
// neither colon nor question mark ("Fagforening" then "Fagforbundet"); in a chat
// transcript, a question that ends a turn takes the next turn's first sentence ("Agent:
// Har du noen allergier?" then "Kunde: ja, nøtter"). A value of no letters is no field
// ("Medical Centre: 22 33 44 55") unless it says nothing ("-").
std::optional<FormFieldSpan> FormFieldLabelled(std::string_view text, size_t start, size_t end);

// Where the question ends ([from, to), its '?' at `to`) that the transcript turn whose text
// opens at text[start] answers: the turn on the line before ends in it ("Agent: Kan jeg få
// fødselsnummeret ditt?" before "Kunde: 01019000084"). nullopt when text[start] opens no
// turn or the turn before asks nothing.
std::optional<std::pair<size_t, size_t>> QuestionAnsweredFrom(std::string_view text, size_t start);
// Whether the turn whose text opens at `start` of `view` answers a question that holds a
// context word of the detector's `tag` ("Kan jeg få fødselsnummeret ditt?").
bool AnswersAQuestionFor(uint32_t tag, const ScanView& view, size_t start);

// Whether the term at text[start] is in a field's value ("Årsak: Verv som tillitsvalgt i
// Fagforbundet") of a form whose other field names whom it is about ("Navn: Kari Bakke"):
// the value tells of that person, as a person near a term does.
bool IsInAFormOfANamedFiller(std::string_view text, size_t start);

// Whether `value` says yes to a form's folded label that asks its filler: a question to
// "du" or "you" ("er du gravid", "have you ever been convicted of a crime") or a short
// label ("pregnant"), none the writer asks of a shop ("har dere angrepille").
bool SaysYesToTheFiller(std::string_view folded_label, std::string_view value);

// Whether a form's value opens with a diet a faith keeps ("Halal, takk", "Kosher"): it is a
// belief's, under whatever label ("Allergies/dietary requirements: Kosher").
bool OpensWithAFaithsDiet(std::string_view value);

}  // namespace sladd

#endif  // SLADD_DETECTORS_FORM_FIELDS_H_
