#include "detectors/form_fields.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "absl/strings/strip.h"
#include "detectors/checksums.h"
#include "detectors/context.h"
#include "detectors/special_context.h"
#include "engine/previous_turn.h"
#include "engine/sentences.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Words in a form's label before ':' that make its value a special category: "Religion:",
// "Medical conditions:", "Partitilhørighet:", "Trade union:", "Legning:", and what to take
// into account: Danish "Særlige hensyn: kørestol" (round 564).
constexpr std::string_view kFormLabelWords[] = {
    "religion",  "tro",         "livssyn",         "faith",         "ethnic",      "etnisk",
    "etnisitet", "nationality", "medical",         "health",        "helse",       "diagnos",
    "allerg",    "medication",  "medisin",         "disabilit",     "funksjon",    "orientation",
    "legning",   "sexuality",   "pronoun",         "union",         "fagforening", "fagforbund",
    "party",     "parti",       "politi",          "conviction",    "straff",      "dom",
    "dietary",   "diet",        "kosthold",        "matpreferanse", "request",     "requirement",
    "needs",     "behov",       "tilrettelegging", "absence",       "fravær",      "hensyn",
    "hänsyn",
    // nynorsk (thirty-ninth session: "Kosthald: Berre halal", "Særlege omsyn: ...")
    "kosthald",  "omsyn"};
// A form's label is at most this long: "Medical conditions", "Helseopplysninger".
constexpr size_t kFormLabelLength = 40;
// A question is a form's label when it is at most this long ("Trade union member?",
// "Har du allergier?"), or longer, up to kQuestionLabelLength, when it is a form's and so
// is its answer: no writer and no shop asked in it ("What medication can I bring?", "Er
// det høytider dere holder stengt?"), and yes or no first (not "Yes please", which
// answers an offer), or at most kFormAnswerWords words ("Any dietary or religious
// requirements? Halal please", "What is your ethnic background? Mixed White and Asian").
// Other questions are sentences of their own.
constexpr size_t kShortQuestionLength = 30;
constexpr std::ptrdiff_t kShortQuestionWords = 4;
constexpr size_t kQuestionLabelLength = 60;
constexpr std::ptrdiff_t kFormAnswerWords = 4;
// In a form of several fields (IsInAForm), a label, asked or not, may be as long as this
// ("Have you been diagnosed with or treated for any medical condition in the last 5
// years?", "Allergier eller andre hensyn barnehagen bør kjenne til:"), and its answer is
// the filler's however long it is ("Torn ACL, had surgery in March"), unless thanks or
// musing open it.
constexpr size_t kFormQuestionLength = 120;
// A block's answer, as Google Forms' e-mails write a long one, runs to this many lines.
constexpr size_t kBlockAnswerLines = 5;
// A form is told by its other lines within this reach of the label.
constexpr size_t kFormReach = 1000;
// An answer's yes or no, which a form's question takes first ("Ja (Fagforbundet)").
constexpr std::string_view kYes[] = {"yes", "ja", "jo", "yep", "yeah", "jepp", "japp"};
constexpr std::string_view kNo[] = {"no", "nei", "nope"};
// Words of a question the writer asks, of a shop or of anyone ("kan man ta med"): its
// answer is the writer's chat, not a form's value. Nynorsk asks a shop with "de", "dykk"
// ("Kan de gje Emma medisinen hennar klokka 12? Ho går på antibiotika", thirty-ninth
// session), Swedish with "jag" and "ni" ("Kan jag hämta ut medicin åt min mamma? Hon har
// demens", round 820).
constexpr std::string_view kWritersAndShops[] = {"i",   "jeg", "eg",   "æ",      "dere", "deres",
                                                 "man", "de",  "dykk", "dykkar", "jag",  "ni"};
// Words before "you" that ask the reader, a shop, for something ("Can you make it without
// nuts?"), and verbs after it of what a shop does ("Do you offer discounts for members of
// a trade union?"): a customer's question, not a form's.
constexpr std::string_view kRequestsOfYou[] = {"can", "could", "will", "would"};
// Verbs after "would you" that offer the reader a choice, as a form does ("Would you like a
// therapist who shares your faith? Yes, Christian please", round 710).
constexpr std::string_view kChoicesOffered[] = {"like", "prefer"};
constexpr std::string_view kShopsVerbs[] = {
    "offer",   "offers",  "provide",  "cater",    "accept", "allow",   "sell",
    "stock",   "serve",   "make",     "deliver",  "ship",   "support", "accommodate",
    "welcome", "arrange", "organise", "organize", "run",    "hold"};
constexpr std::string_view kAcceptances[] = {"please", "pls", "takk", "gjerne", "thanks"};
// Words that open chat after a question, not a form's answer: thanks, a sign-off, musing
// ("Har dere allergivennlige retter? Mvh Kari", "Lurer på om det finnes en oversikt").
constexpr std::string_view kThanksAndMusing[] = {"thanks", "thank",   "thx",   "ty",
                                                 "cheers", "takk",    "tusen", "mvh",
                                                 "hilsen", "regards", "lurer", "wondering"};
// Musing after the writer's word: "Jeg lurer bare på åpningstidene", "I'm wondering".
constexpr std::string_view kMusingAfterTheWriter[] = {"lurer", "wondering"};
// Words that open the writer's own chat after a question of no form ("ka tid kan æ hente
// medisinan? æ e diabetiker", "Just wondering"); in a form they open the filler's answer
// ("We keep kosher", "Bare litt vondt i ryggen").
constexpr std::string_view kWritersOpenings[] = {"i", "im", "my",  "we", "jeg",  "eg",
                                                 "æ", "vi", "min", "mi", "just", "bare"};
// Follow-up questions between a form's question and its answer: "Er du medlem av et
// politisk parti? I så fall hvilket? Ja, Senterpartiet".
constexpr std::string_view kFollowUps[] = {"i så fall", "hvis ja", "om ja", "dersom ja",
                                           "if so",     "if yes",  "which", "hvilken",
                                           "hvilket",   "hvilke"};
constexpr size_t kFollowUpLength = 30;
// Labels of a chat transcript's speakers ("Agent: Har du noen allergier?", "Kunde: ja,
// nøtter"): a line that opens with one, after a time in brackets ("[10:31] Kunde:"), is a
// turn of the chat, not a form's field.
constexpr std::string_view kSpeakerLabels[] = {
    "agent",    "kunde",     "customer",     "client",         "klient",     "bot",
    "chatbot",  "visitor",   "besøkende",    "bruker",         "user",       "operator",
    "operatør", "support",   "kundeservice", "kundebehandler", "rådgiver",   "advisor",
    "adviser",  "assistant", "assistent",    "kund",           "kundtjänst", "medarbeider",
    "staff",    "ansatt",    "medarbejder",  "kundservice",    "asiakas",    "asiakaspalvelu"};
// A time in brackets before a speaker's label is at most this long: "[2024-05-01 10:31:02]".
constexpr size_t kTimeLength = 32;
// A form's line (label and value) is at most this long; the scans stop there.
constexpr size_t kFormLineReach = 200;
// Labels of a field that holds a topic: "Tema: Diabetes og kosthold". (Not "Emne" or
// "Subject": an e-mail's subject is often the writer's own matter.)
constexpr std::string_view kTopicLabels[] = {"tema",   "temaer", "topic",
                                             "topics", "tittel", "title"};
// What a form's field holds when there is nothing in it.
// (An empty value is nothing only right after the label's term; see FormFieldLabelled.)
constexpr std::string_view kNothingValues[] = {
    "none", "no", "nei", "ingen", "n/a", "na", "-", "nil", "nothing", "ingenting", "ikke aktuelt",
    "prefer not to say", "vil ikke oppgi", "ønsker ikke å oppgi", "nei takk", "no thanks",
    "no thank you", "none known", "no known allergies", "nka", "nkda", "ingen kjente",
    "ingen kjente allergier", "ikke medlem", "ikkje medlem", "not a member", "ikke organisert",
    "ikkje organisert", "ikke relevant", "not applicable", "ukjent", "unknown",
    // Swedish and Danish (nineteenth session: "Matallergier: inga")
    "inga", "inget", "nej", "ej", "inte aktuellt", "ingen kendte", "inga kända", "vill inte uppge",
    "ønsker ikke at oplyse", "ukendt", "okänt",
    // Not known to the filler (twenty-eighth session: "Vet ikke").
    "vet ikke", "veit ikkje", "veit ikke", "vet ikkje", "usikker", "don't know", "dont know",
    "not sure", "vet inte", "ved ikke",
    // a monitoring form's none (thirty-eighth session: "Religion or belief: No religion", as
    // "Religion: None")
    "no religion", "ingen religion",
    // withheld in the passive (thirty-ninth session: "Diagnose: oppgis ikke")
    "oppgis ikke", "oppgis ikkje", "ikke oppgitt", "ikkje oppgitt", "not disclosed",
    "not stated", "undisclosed",
    // nynorsk none known (thirty-ninth session: "Allergi: ingen kjende")
    "ingen kjende", "ikkje kjent", "ingen kjende allergiar",
    // no preference asked of the filler (fortieth session: "Would you like a therapist who
    // shares your faith? Doesn't matter")
    "doesn't matter", "does not matter", "no preference", "spiller ingen rolle",
    "ingen preferanse"};
// Diets that say nothing of the categories, under a label that asks for allergies and diet
// together ("Allergies/dietary requirements: Vegetarian").
constexpr std::string_view kDietsOfNoCategory[] = {
    "vegetarian",  "vegetar",       "vegetarianer",  "vegetarisk",
    "vegan",       "veganer",       "vegansk",       "pescetarian",
    "pescatarian", "pescetarianer", "flexitarian",   "fleksitarianer",
    "plant-based", "plantebasert",  "no preference", "ingen preferanser"};
// Diets a faith keeps: a value that opens with one is a belief's, whatever the label
// ("Allergier eller kostholdsbehov: Halal").
constexpr std::string_view kFaithsDiets[] = {"halal", "kosher", "koscher", "kosjer"};
// Thanks around a value that says there is nothing: "None, thanks", "Nei, takk".
constexpr std::string_view kThanks[] = {"thanks",     "thank you", "thx", "takk",
                                        "tusen takk", "tack",      "tak"};
// Laughter and sounds before an answer in chat: "Haha nei", "Hm, no".
constexpr std::string_view kInterjections[] = {"haha", "hehe", "hah", "lol", "hm",
                                               "hmm",  "oh",   "åh",  "ah"};

// Where the line holding text[pos] starts, if it starts at most `reach` bytes before it:
// the scan stays bounded in a long line.
std::optional<size_t> LineStart(std::string_view text, size_t pos, size_t reach) {
  const size_t from = pos > reach ? pos - reach : 0;
  const size_t newline = FindLastByte(text.substr(from, pos - from), '\n');
  if (newline != std::string_view::npos) return from + newline + 1;
  if (from == 0) return 0;
  return std::nullopt;
}

// Where the line holding text[pos] ends, or pos + reach if it runs on further.
size_t LineEnd(std::string_view text, size_t pos, size_t reach) {
  const std::string_view ahead = text.substr(pos, reach);
  const size_t newline = ahead.find('\n');
  return pos + (newline == std::string_view::npos ? ahead.size() : newline);
}

// Whether text[from, to) holds nothing but spaces.
bool IsBlank(std::string_view text, size_t from, size_t to) {
  return text.substr(from, to - from).find_first_not_of(" \t\r") == std::string_view::npos;
}

// Where the answer under a label's line that ends at `label_end` ends: past one to
// `answer_lines` lines that are not blank, at a blank line or the text's end; nothing if
// there are none or more.
std::optional<size_t> AnswerLinesEnd(std::string_view text, size_t label_end, size_t answer_lines) {
  size_t answer_end = label_end;
  for (size_t lines = 0; lines < answer_lines; ++lines) {
    const size_t line_end = LineEnd(text, answer_end + 1, kFormLineReach);
    if (IsBlank(text, answer_end + 1, line_end)) return std::nullopt;
    answer_end = line_end;
    if (answer_end == text.size()) return answer_end;
    if (text[answer_end] != '\n') return std::nullopt;
    if (IsBlank(text, answer_end + 1, LineEnd(text, answer_end + 1, kFormLineReach))) {
      return answer_end;
    }
  }
  return std::nullopt;
}

// Whether the line at `line_start` is the label of a block of a form that writes each
// field as its label alone on a line and its answer on the next, with a blank line between
// fields, as Google Forms' e-mails do ("Allergier eller matintoleranser" then "Gluten"):
// a blank line or the text's start before it, a phrase of at most `max_length` bytes with
// no colon and no sentence's end but a closing question mark, one to `answer_lines` lines
// of answer, and a blank line or the text's end after that. Returns where the answer ends,
// or nothing if the line is no such label.
std::optional<size_t> BlockAnswerEnd(std::string_view text, size_t line_start, size_t max_length,
                                     size_t answer_lines) {
  if (line_start > 0) {
    const std::optional<size_t> before = LineStart(text, line_start - 1, kFormLineReach);
    if (!before || !IsBlank(text, *before, line_start - 1)) return std::nullopt;
  }
  const size_t line_end = LineEnd(text, line_start, max_length + 2);
  if (line_end >= text.size() || text[line_end] != '\n') return std::nullopt;
  const std::string_view line = text.substr(line_start, line_end - line_start);
  const size_t first = line.find_first_not_of(" \t\r");
  const size_t last = line.find_last_not_of(" \t\r");
  if (first == std::string_view::npos || last - first + 1 > max_length ||
      line.substr(first, last - first).find_first_of(".!?:") != std::string_view::npos ||
      std::string_view(".!:").find(line[last]) != std::string_view::npos) {
    return std::nullopt;
  }
  return AnswerLinesEnd(text, line_end, answer_lines);
}

// Whether the line at `line_start` is a block's label with a one-line answer, or up to
// `answer_lines` (BlockAnswerEnd).
bool IsABlocksLabel(std::string_view text, size_t line_start, size_t max_length,
                    size_t answer_lines = 1) {
  return BlockAnswerEnd(text, line_start, max_length, answer_lines).has_value();
}

// Whether `line` is a form's field: a label of a few words and no sentence's end, a colon,
// and a value ("Navn: Kari", "E-post: kari@example.no"; not "Kl. 14:30", "https://...").
bool IsAFieldLine(std::string_view line) {
  const size_t colon = line.find(':');
  const size_t label_start = line.find_first_not_of(" \t");
  if (colon == std::string_view::npos || colon > kFormLabelLength || label_start >= colon) {
    return false;
  }
  const std::string_view label = line.substr(label_start, colon - label_start);
  const std::string_view value = line.substr(colon + 1);
  const unsigned char first = static_cast<unsigned char>(label.front());
  return (IsAsciiLetter(first) || first >= 0x80) &&
         label.find_first_of(".!?") == std::string_view::npos &&
         std::count(label.begin(), label.end(), ' ') < kShortQuestionWords && !value.empty() &&
         (value.front() == ' ' || value.front() == '\t') &&
         value.find_first_not_of(" \t\r") != std::string_view::npos;
}

// Where a log's quoted message opens on `line`: past the last quote after a key's '=' or
// ':' that no quote closes on the line ('body="Navn: Kari', '{"msg":"Agent: Hei'), as logs
// keep a message of several lines in one value; else 0.
size_t MessageStartOf(std::string_view line) {
  const size_t quote = line.rfind('"');
  if (quote == std::string_view::npos || quote == 0 ||
      (line[quote - 1] != '=' && line[quote - 1] != ':')) {
    return 0;
  }
  return quote + 1;
}

// Whether `speaker` may be a transcript's speaker named or by role: a few words of letters,
// dots and hyphens ("Kari Hansen", "Agent", "J. Smith").
bool IsASpeakersName(std::string_view speaker) {
  if (speaker.empty() || IsAsciiDigit(speaker.front()) ||
      std::count(speaker.begin(), speaker.end(), ' ') >= kShortQuestionWords) {
    return false;
  }
  return std::all_of(speaker.begin(), speaker.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return IsAsciiLetter(byte) || byte >= 0x80 || c == ' ' || c == '.' || c == '-';
  });
}

// Where the text of a transcript's turn on `line` starts, past its speaker's label and
// colon ("Kunde: ja, nøtter"), after a time or not, if the line is a turn.
std::optional<size_t> TurnTextStart(std::string_view line) {
  size_t label = line.find_first_not_of(" \t");
  if (label == std::string_view::npos) return std::nullopt;
  // A time before the speaker, in brackets or not: "[10:31] Kunde:", "10:31 Kunde:",
  // "2024-05-01 10:31:02 Kunde:", WhatsApp's "12.03.2024, 10:31 - Kari Hansen:".
  size_t time_end = label;
  if (line[label] == '[') {
    const size_t close = line.find(']', label);
    if (close == std::string_view::npos || close > label + kTimeLength) return std::nullopt;
    time_end = close + 1;
  } else {
    while (time_end < line.size() && time_end < label + kTimeLength &&
           (IsAsciiDigit(line[time_end]) ||
            std::string_view(":-./, ").find(line[time_end]) != std::string_view::npos)) {
      ++time_end;
    }
  }
  const bool timed = line.substr(label, time_end - label).find(':') != std::string_view::npos;
  label = line.find_first_not_of(" \t", time_end);
  if (label == std::string_view::npos) return std::nullopt;
  const size_t colon = line.find(':', label);
  if (colon == std::string_view::npos || colon > label + kFormLabelLength) return std::nullopt;
  const std::string_view speaker = line.substr(label, colon - label);
  // After a time, a speaker may be named ("[10:31] Kari Hansen:"); else a role says it.
  if (timed ? !IsASpeakersName(speaker) : !OneOf(FoldCase(speaker), kSpeakerLabels)) {
    return std::nullopt;
  }
  return colon + 1;
}

// Whether `name` is written as a speaker's name is: a few words, each capitalised ("Kari
// Hansen", "J. Smith").
bool IsWrittenAsASpeakersName(std::string_view name) {
  if (!IsASpeakersName(name)) return false;
  for (size_t word = 0; word < name.size();) {
    const auto byte = static_cast<unsigned char>(name[word]);
    if (byte >= 'a' && byte <= 'z') return false;
    const size_t space = name.find(' ', word);
    if (space == std::string_view::npos) break;
    word = space + 1;
  }
  return true;
}

// The name that opens `line` before a colon if it is written as a speaker's name is, every
// word capitalised ("Kari Hansen: hei").
std::optional<std::string_view> NameBeforeAColon(std::string_view line) {
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return std::nullopt;
  const size_t colon = line.find(':', first);
  if (colon == std::string_view::npos || colon > first + kFormLabelLength) return std::nullopt;
  const std::string_view name = line.substr(first, colon - first);
  if (!IsWrittenAsASpeakersName(name)) return std::nullopt;
  return name;
}

// Whether `line` heads a turn as chat tools copy one, the speaker's name and a time, what
// was said on the line after: "Ola Berg  10:31", "Tom Baker [10:31 AM]", "Sofie Dahl, 14:02".
bool IsATurnsHeader(std::string_view line) {
  const size_t last = line.find_last_not_of(" \t\r");
  if (last == std::string_view::npos) return false;
  line = line.substr(0, last + 1);
  size_t time_start;
  if (line.back() == ']') {
    time_start = line.rfind('[');
    if (time_start == std::string_view::npos) return false;
  } else {
    time_start = line.size();
    for (const std::string_view half_day : {" AM", " PM", " am", " pm"}) {
      if (line.ends_with(half_day)) time_start -= half_day.size();
    }
    while (time_start > 0 && (IsAsciiDigit(line[time_start - 1]) || line[time_start - 1] == ':')) {
      --time_start;
    }
  }
  const std::string_view time = line.substr(time_start);
  if (time.size() > kTimeLength || time.find(':') == std::string_view::npos ||
      !std::any_of(time.begin(), time.end(), [](char c) { return IsAsciiDigit(c); })) {
    return false;
  }
  std::string_view name = line.substr(0, time_start);
  while (!name.empty() && (name.back() == ' ' || name.back() == ',' || name.back() == '\t')) {
    name.remove_suffix(1);
  }
  return IsWrittenAsASpeakersName(name);
}

// Whether `is_one(line_start, line_end)` holds for a line within kFormReach of text[from,
// to); the first and last lines are cut at the reach.
template <typename Predicate>
bool AnyLineNear(std::string_view text, size_t from, size_t to, Predicate is_one) {
  const size_t first = from > kFormReach ? from - kFormReach : 0;
  const size_t last = std::min(text.size(), to + kFormReach);
  for (size_t line_start = first; line_start < last;) {
    const size_t newline = text.find('\n', line_start);
    const size_t line_end =
        std::min(newline == std::string_view::npos ? text.size() : newline, last);
    if (is_one(line_start, line_end)) return true;
    line_start = line_end + 1;
  }
  return false;
}

// Whether a line near the line [line_start, line_end), other than it, opens with `name`
// and a colon.
bool NameOpensAnotherLine(std::string_view text, size_t line_start, size_t line_end,
                          std::string_view name) {
  return AnyLineNear(text, line_start, line_end, [&](size_t other, size_t other_end) {
    return other != line_start && NameBeforeAColon(text.substr(other, other_end - other)) == name;
  });
}

// Where the text of a turn starts on the line at `line_start`, if the line is a turn of a
// transcript (TurnTextStart), or of one whose speakers are named without a time, as chat
// tools copy them ("Kari Hansen: hei"): its name, or the name of the line before or after,
// opens another line within kFormReach too, or names of two words or more open it and
// the line before or after. A position in `text`.
std::optional<size_t> TurnTextStartAt(std::string_view text, size_t line_start) {
  const size_t line_end = LineEnd(text, line_start, kFormLineReach);
  const std::string_view line = text.substr(line_start, line_end - line_start);
  // The turn may open after a log's quote, or after a label: a CSV cell is read after its
  // column's name ("Kommentar: Agent: Har du allergier?").
  size_t opening = MessageStartOf(line);
  std::optional<size_t> turn = TurnTextStart(line.substr(opening));
  const size_t label_end = line.find(": ");
  if (!turn && opening == 0 && label_end != std::string_view::npos &&
      label_end <= kFormLabelLength) {
    opening = label_end + 2;
    turn = TurnTextStart(line.substr(opening));
  }
  if (turn) return line_start + opening + *turn;
  const std::optional<std::string_view> name = NameBeforeAColon(line);
  if (!name) return std::nullopt;
  const size_t text_start = static_cast<size_t>(name->data() - text.data()) + name->size() + 1;
  if (NameOpensAnotherLine(text, line_start, line_end, *name)) return text_start;
  const auto full = [](std::string_view speaker) {
    return speaker.find(' ') != std::string_view::npos;
  };
  const auto speaks_in_turns = [&](size_t other_start) {
    const size_t other_end = LineEnd(text, other_start, kFormLineReach);
    const std::optional<std::string_view> other =
        NameBeforeAColon(text.substr(other_start, other_end - other_start));
    return other && *other != *name &&
           ((full(*name) && full(*other)) ||
            NameOpensAnotherLine(text, other_start, other_end, *other));
  };
  const std::optional<size_t> before =
      line_start == 0 ? std::nullopt : LineStart(text, line_start - 1, kFormLineReach);
  if ((before && speaks_in_turns(*before)) ||
      (line_end < text.size() && text[line_end] == '\n' && speaks_in_turns(line_end + 1))) {
    return text_start;
  }
  return std::nullopt;
}

// Whether the text is a form of several fields: a line other than the one holding `pos`,
// within kFormReach of it, is a field (a transcript's turn is none: "Kunde: ja") or a
// short block's label ("Full name" then "Tom Hughes", then a blank line).
bool IsInAForm(std::string_view text, size_t pos) {
  return AnyLineNear(text, pos, pos, [&](size_t line_start, size_t line_end) {
    std::string_view line = text.substr(line_start, line_end - line_start);
    line.remove_prefix(MessageStartOf(line));
    const bool holds_pos = line_start <= pos && pos <= line_end;
    return !holds_pos && ((IsAFieldLine(line) && !TurnTextStart(line)) ||
                          IsABlocksLabel(text, line_start, kFormLabelLength));
  });
}

// Labels of a form's field that names whom the form is about: "Navn: Kari Bakke". (Not
// "Ansatt", which opens a transcript's turns: kSpeakerLabels.)
constexpr std::string_view kFillersNameLabels[] = {
    "navn",    "name", "fullt navn", "full name", "deltaker",  "participant", "pasient",
    "patient", "elev", "student",    "søker",     "applicant", "employee"};

// Whether text[from, to) asks as the writer, of a shop or of anyone: a word of them (an "i"
// in Norwegian is a preposition: "og i så fall hvilken"), or "you" asked for something.
bool AsksTheWriterOrAShop(std::string_view text, size_t from, size_t to) {
  return AnyWord(text, from, to, [&](size_t start, size_t end) {
    const std::string word = FoldCase(text.substr(start, end - start));
    if (word == "you") {
      const std::string after = WordAfter(text, end).first;
      return (OneOf(WordBefore(text, start).first, kRequestsOfYou) &&
              !OneOf(after, kChoicesOffered)) ||
             OneOf(after, kShopsVerbs);
    }
    return OneOf(word, kWritersAndShops) && (word != "i" || !HasNorwegian(text, from, to));
  });
}

// The folded label of a line that holds a label alone ("Dietary requirements:") right before
// the line starting at `line_start`, whose value that line is.
std::optional<std::string> LabelOfTheLineBefore(std::string_view text, size_t line_start) {
  if (line_start == 0) return std::nullopt;
  const std::optional<size_t> label_line = LineStart(text, line_start - 1, kFormLabelLength + 2);
  if (!label_line) return std::nullopt;
  std::string_view line = text.substr(*label_line, line_start - 1 - *label_line);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  const size_t label_start = line.find_first_not_of(" \t");
  if (label_start == std::string_view::npos) return std::nullopt;
  if (line.back() != ':') {
    // A block's label, in a form of several blocks (IsInAForm).
    if (line.back() == '?') line.remove_suffix(1);
    if (!IsABlocksLabel(text, *label_line, kFormLabelLength, kBlockAnswerLines) ||
        !IsInAForm(text, *label_line)) {
      return std::nullopt;
    }
    return FoldCase(line.substr(label_start));
  }
  if (label_start + 1 >= line.size()) return std::nullopt;
  const std::string_view label = line.substr(label_start, line.size() - 1 - label_start);
  if (label.find_first_of(".!?:") != std::string_view::npos) return std::nullopt;
  return FoldCase(label);
}

// Where the line before `line_start` starts, if it is a turn's header (IsATurnsHeader).
std::optional<size_t> HeaderBefore(std::string_view text, size_t line_start) {
  if (line_start == 0) return std::nullopt;
  const std::optional<size_t> header = LineStart(text, line_start - 1, kFormLineReach);
  if (!header || !IsATurnsHeader(text.substr(*header, line_start - 1 - *header))) {
    return std::nullopt;
  }
  return header;
}

// The question, folded, that closes text[begin, end) when it is one a form could ask, or
// nothing.
std::optional<std::string> QuestionClosing(std::string_view text, size_t begin, size_t end) {
  const std::optional<std::string_view> question =
      ClosingQuestion(text.substr(begin, end - begin), kMaxRemarkAfterQuestionBytes);
  if (!question || question->size() - 1 > kQuestionLabelLength) return std::nullopt;
  const std::string_view asked = question->substr(0, question->size() - 1);
  const size_t from = static_cast<size_t>(asked.data() - text.data());
  if (AsksTheWriterOrAShop(text, from, from + asked.size())) return std::nullopt;
  return FoldCase(asked);
}

// The question that ends the turn on the line before `line_start`, maybe before a short
// remark, folded, when it is one a form could ask ("Agent: Sure! Any dietary requirements?
// 😊" before "Customer: Halal please"), or nothing.
std::optional<std::string> QuestionOfTheTurnBefore(std::string_view text, size_t line_start) {
  if (line_start == 0) return std::nullopt;
  const std::optional<size_t> before = LineStart(text, line_start - 1, kFormLineReach);
  if (!before) return std::nullopt;
  const std::optional<size_t> turn = TurnTextStartAt(text, *before);
  if (!turn || *turn >= line_start) return std::nullopt;
  return QuestionClosing(text, *turn, line_start - 1);
}

// The question of the turn said on the line before a turn's header that heads the line at
// `line_start`, as chat tools copy turns ("Jack Reid  10:31", "Any dietary requirements?",
// "Emma Wilson  10:32" before "Halal please"), as QuestionOfTheTurnBefore.
std::optional<std::string> QuestionOfTheHeadedTurnBefore(std::string_view text, size_t line_start) {
  const std::optional<size_t> header = HeaderBefore(text, line_start);
  if (!header || *header == 0) return std::nullopt;
  const std::optional<size_t> said = LineStart(text, *header - 1, kFormLineReach);
  if (!said) return std::nullopt;
  return QuestionClosing(text, *said, *header - 1);
}

// Whether a form's value is a question of the filler's, opening with a verb or a question
// word and ending in '?': "Filter for religion: does it include Muslim and Hindu?" asks;
// "Allergies: nuts?" answers.
bool AsksAQuestion(std::string_view value) {
  static constexpr std::string_view kQuestionOpeners[] = {
      "does",   "do",      "is",      "are",     "can", "could", "will",      "what",
      "which",  "how",     "why",     "kan",     "er",  "har",   "gjelder",   "hva",
      "hvilke", "hvilken", "hvordan", "hvorfor", "må",  "skal",  "inkluderer"};
  if (value.empty() || value.back() != '?') return false;
  const size_t first_end = std::min(value.find(' '), value.size());
  return OneOf(FoldCase(value.substr(0, first_end)), kQuestionOpeners);
}

// The folded label of the form's field whose value holds text[start, end), one field a
// line ("Religion: Muslim"), or the line before holding the label alone ("Dietary
// requirements:" then "kosher"); nothing if the term is in no such value.
std::optional<std::string> FormLabelOf(std::string_view text, size_t start, size_t end) {
  const std::optional<size_t> line_start = LineStart(text, start, kFormLineReach);
  if (!line_start) return std::nullopt;
  // One field a line: the value runs to the line's end or the next field's label.
  const size_t line_end = LineEnd(text, end, kFormLineReach);
  if (text.substr(end, line_end - end).find(':') != std::string_view::npos) return std::nullopt;
  const size_t colon = text.substr(*line_start, start - *line_start).find(':');
  if (colon == std::string_view::npos) {
    if (std::optional<std::string> question = QuestionOfTheHeadedTurnBefore(text, *line_start)) {
      return question;
    }
    return LabelOfTheLineBefore(text, *line_start);
  }
  if (colon > kFormLabelLength) return std::nullopt;
  const std::string_view after_colon =
      text.substr(*line_start + colon + 1, line_end - *line_start - colon - 1);
  if (AsksAQuestion(ToStd(absl::StripAsciiWhitespace(ToAbsl(after_colon))))) return std::nullopt;
  // A transcript's turn that answers a question: the question is its label.
  if (std::optional<std::string> question = QuestionOfTheTurnBefore(text, *line_start)) {
    const std::optional<size_t> turn = TurnTextStartAt(text, *line_start);
    if (turn && *turn <= start) return question;
  }
  return FoldCase(text.substr(*line_start, colon));
}

// Whether text[from, to) asks the reader what they need ("Do you need a wheelchair at the
// airport?", "Trenger du tilrettelegging?"): a yes, please to it tells of the need, as a yes
// to an offer does not ("Do you have a disability access ramp? Yes please").
bool AsksOfANeed(std::string_view text, size_t from, size_t to) {
  static constexpr std::string_view kNeeds[] = {"need", "needs", "require", "requires",
                                                "trenger", "treng", "behøver"};
  return AnyWord(text, from, to, [&](size_t start, size_t end) {
    if (!OneOf(FoldCase(text.substr(start, end - start)), kNeeds)) return false;
    return OneOf(WordBefore(text, start).first, {"you", "du"}) ||
           OneOf(WordAfter(text, end).first, {"you", "du"});
  });
}

// Whether text[label_start, mark), ending in a colon or a question mark at `mark`, is a
// form's label with `answer` after it ("Trade union member? Yes"), not a sentence of chat
// ("ka tid kan æ hente medisinan? æ e diabetiker"). An answer on the next line is one of a
// form (AnswerOnTheNextLine).
bool IsAFormsLabel(std::string_view text, size_t label_start, size_t mark, std::string_view answer,
                   bool on_next_line) {
  const std::string_view label = text.substr(label_start, mark - label_start);
  const bool asked = text[mark] == '?';
  if (!asked && !on_next_line && label.size() <= kFormLabelLength) return true;
  const std::ptrdiff_t words = std::count(label.begin(), label.end(), ' ') + 1;
  if (asked && !on_next_line &&
      (answer.empty() || mark + 1 >= text.size() || text[mark + 1] != ' ')) {
    return false;
  }
  const size_t first_end = WordEnd(answer, 0);
  const std::string first = FoldCase(answer.substr(0, first_end));
  const std::string second = WordAfter(answer, first_end).first;
  if (OneOf(first, kThanksAndMusing) || OneOf(second, kMusingAfterTheWriter)) return false;
  if (asked && label.size() <= kShortQuestionLength && words <= kShortQuestionWords) return true;
  if (label.size() > kFormQuestionLength || AsksTheWriterOrAShop(text, label_start, mark)) {
    return false;
  }
  if (OneOf(first, kYes) || OneOf(first, kNo)) {
    if (OneOf(second, kAcceptances) && !AsksOfANeed(text, label_start, mark)) return false;
    if (asked && label.size() <= kQuestionLabelLength) return true;
  } else if (asked && label.size() <= kQuestionLabelLength && !OneOf(first, kWritersOpenings) &&
             std::count(answer.begin(), answer.end(), ' ') < kFormAnswerWords) {
    return true;
  }
  return on_next_line || IsInAForm(text, label_start);
}

// Where the value text[start, end) ends without its trailing separators and spaces, and
// without a closing quote that opens nowhere in it and what closes after it: a log's
// quotes around a form ('body="Allergier:\nPeanøtter og kiwi"', '{"msg":"...kiwi"}').
size_t TrimmedValueEnd(std::string_view text, size_t start, size_t end) {
  constexpr std::string_view kTrailing = " \t\r.,;/|";
  const std::string_view value = text.substr(start, end - start);
  const size_t quote = value.find('"');
  if (quote != std::string_view::npos && quote == value.rfind('"') &&
      value.find_first_not_of(" \t\r.,;/|}])", quote + 1) == std::string_view::npos) {
    end = start + quote;
  }
  while (end > start && kTrailing.find(text[end - 1]) != std::string_view::npos) --end;
  return end;
}

// The answer on the line after a form's label or question that ends its line at
// `line_end` ("Allergier:\nPeanøtter og kiwi"): the next line, trimmed, when the text is a
// form (IsInAForm) and that line is no field or question of its own.
std::optional<std::pair<size_t, size_t>> AnswerOnTheNextLine(std::string_view text,
                                                             size_t label_start, size_t line_end) {
  if (line_end >= text.size()) return std::nullopt;
  const size_t next_start = line_end + 1;
  const size_t next_end = LineEnd(text, next_start, kFormLineReach);
  if (next_end < text.size() && text[next_end] != '\n') return std::nullopt;
  const std::string_view line = text.substr(next_start, next_end - next_start);
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return std::nullopt;
  const size_t end = TrimmedValueEnd(line, first, line.size());
  if (end == first || line[end - 1] == '?' || IsAFieldLine(line) || !IsInAForm(text, label_start)) {
    return std::nullopt;
  }
  return std::pair{next_start + first, next_start + end};
}

// Where the answer after a form's question starts in text[value_start, value_end): past a
// follow-up question ("I så fall hvilket? Ja, Senterpartiet").
size_t AnswerStart(std::string_view text, size_t value_start, size_t value_end) {
  const std::string_view value = text.substr(value_start, value_end - value_start);
  const size_t mark = value.substr(0, kFollowUpLength).find_first_of("?:");
  if (mark == std::string_view::npos ||
      !StartsWithOneOf(FoldCase(value.substr(0, mark)), kFollowUps)) {
    return value_start;
  }
  const size_t answer = value.find_first_not_of(" \t", mark + 1);
  return answer == std::string_view::npos ? value_end : value_start + answer;
}

// Whether a form's value says there is nothing in its first part, thanks and laughter
// aside: "none", "Nei, ingen", "None, thanks", "Haha nei", "-", "Nei, men vurderer det",
// "nei, det var bare levering jeg lurte på", or a diet of no category ("Vegetarian"). What
// comes after is judged by its own words ("No, but my son has asthma", "Vegan, nut
// allergy").
bool HoldsNothing(std::string_view value) {
  const std::string folded = FoldCase(value);
  std::string_view rest = folded;
  while (true) {
    const size_t separator = std::min(rest.find_first_of(",;"), rest.size());
    std::string_view part = rest.substr(0, separator);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    const size_t first_end = std::min(part.find(' '), part.size());
    if (OneOf(part.substr(0, first_end), kInterjections)) part.remove_prefix(first_end);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (!part.empty() && !OneOf(part, kThanks)) {
      return OneOf(part, kNothingValues) || OneOf(part, kDietsOfNoCategory);
    }
    if (separator == rest.size()) return false;
    rest.remove_prefix(separator + 1);
  }
}

// Where the label holding text[start, end) starts on the line from `label_start`: there,
// or at the term itself when an earlier field stands on the line and the term is the one
// word before its colon ("Fornavn: Ole Etternavn: Nordby"); nullopt when the term is in an
// earlier field's value ("Diagnose: ADHD, Medisiner: Ritalin").
std::optional<size_t> LabelStartOf(std::string_view text, size_t label_start, size_t start,
                                   size_t colon) {
  if (text.substr(label_start, start - label_start).find(':') == std::string_view::npos) {
    return label_start;
  }
  if (text.substr(start, colon - start).find_first_of(" \t") != std::string_view::npos) {
    return std::nullopt;
  }
  return start;
}

// The value of the field whose label ends at `colon`, to the line's end or the next
// field's label, trimmed: [value_start, value_end).
std::pair<size_t, size_t> FormValueAfter(std::string_view text, size_t colon, size_t line_end) {
  size_t value_start = colon + 1;
  while (value_start < line_end && (text[value_start] == ' ' || text[value_start] == '\t')) {
    ++value_start;
  }
  // A JSON member's string value: what the quotes hold ('"diagnosis":"diabetes"}'). (A
  // plain label's value keeps its own quotes: 'Allergier: "nøtter"'.)
  if (value_start < line_end && text[value_start] == '"' && colon > 0 && text[colon - 1] == '"') {
    const size_t close = text.substr(0, line_end).find('"', value_start + 1);
    if (close != std::string_view::npos) {
      return {value_start + 1, TrimmedValueEnd(text, value_start + 1, close)};
    }
  }
  // Another field on the line ends this one at its label's word: "Ole Etternavn: Nordby".
  size_t value_end = line_end;
  const std::string_view line = text.substr(0, line_end);
  for (size_t next = line.find(": ", value_start); next != std::string_view::npos;
       next = line.find(": ", next + 1)) {
    if (WordCharBefore(text, next)) {
      value_end = WordStart(text, next);
      break;
    }
  }
  return {value_start, TrimmedValueEnd(text, value_start, value_end)};
}

// Whether the label of text[label_start, colon) asks if one's gender is the same as the sex
// registered at birth, which "No" answers with the filler's data: "Gender identity same as
// sex registered at birth? No" (a census's question; thirty-ninth session).
bool ANoTellsOfTheFiller(std::string_view text, size_t label_start, size_t colon,
                         std::string_view value) {
  static constexpr std::string_view kSameAs[] = {"same as", "samme som", "samma som"};
  const std::string folded_value = FoldCase(value);
  const std::string first = folded_value.substr(0, folded_value.find_first_of(" ,."));
  return OneOf(first, kNo) &&
         ContainsOneOf(FoldCase(text.substr(label_start, colon - label_start)), kSameAs);
}

// The field of `span` (holds_nothing: whether an empty value says there is nothing), unless
// its value is no data: one of no letters ("Medical Centre: 22 33 44 55"), but for blood
// group 0, which Norwegian writes with a zero ("Blodtype: 0+"), or a question.
std::optional<FormFieldSpan> FieldWithValue(std::string_view text, FormFieldSpan span) {
  const std::string_view value = text.substr(span.value_start, span.value_end - span.value_start);
  if (AsksAQuestion(value)) return std::nullopt;
  if (value.empty() ? span.holds_nothing
                    : HoldsNothing(value) &&
                          !ANoTellsOfTheFiller(text, span.label_start, span.colon, value)) {
    span.holds_nothing = true;
    return span;
  }
  const bool has_letters = std::any_of(value.begin(), value.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
  });
  if (!has_letters && !OneOf(value, {"0+", "0-", "0 +", "0 -"})) return std::nullopt;
  span.holds_nothing = false;
  return span;
}

// Where a quote's text starts on the line at `line_start`, past its marks ("> > Har du
// allergier?"), if the line is quoted.
std::optional<size_t> QuotedTextStart(std::string_view text, size_t line_start) {
  const size_t first = text.find_first_not_of(" \t", line_start);
  if (first == std::string_view::npos || text[first] != '>') return std::nullopt;
  const size_t quoted = text.find_first_not_of("> \t", first);
  return quoted == std::string_view::npos ? text.size() : quoted;
}

// Where the reply's text starts on the line at `line_start`: the line is no quote and
// not blank.
std::optional<size_t> ReplyTextStartAt(std::string_view text, size_t line_start) {
  const size_t first = text.find_first_not_of(" \t", line_start);
  if (first == std::string_view::npos || text[first] == '\n' || text[first] == '>') {
    return std::nullopt;
  }
  return first;
}

// The field of a question of a category that ends a transcript's turn ("Agent: Takk. Har du
// noen allergier vi bør vite om?"), `turn_start` being where the turn's text starts and
// text[start, end) the term at the question mark `mark`: its label is the question, and
// its value the next turn's first sentence, the other speaker's answer ("Kunde: ja,
// nøtter"). None when a later question in the turn is the one answered, or no turn follows.
// A quoted question of an e-mail ("> Har du noen allergier?") is a turn too, and the
// reply's line under it the answer ("Ja, nøtter og skalldyr."); so is a question under a
// turn's header, answered on the line under the next header ("Kari Hansen  10:32").
enum class TurnShape { kLabelled, kQuoted, kHeaded };
std::optional<FormFieldSpan> TurnsQuestion(std::string_view text, size_t turn_start, size_t start,
                                           size_t mark, TurnShape shape) {
  const std::string_view before = text.substr(turn_start, start - turn_start);
  const size_t sentence_end = before.find_last_of(".!?");
  const size_t label_start = text.find_first_not_of(
      " \t", turn_start + (sentence_end == std::string_view::npos ? 0 : sentence_end + 1));
  const size_t line_end = LineEnd(text, mark + 1, kFormLineReach);
  if (line_end >= text.size() || text[line_end] != '\n' ||
      text.substr(mark + 1, line_end - mark - 1).find('?') != std::string_view::npos) {
    return std::nullopt;
  }
  size_t next_start = line_end + 1;
  size_t next_end = LineEnd(text, next_start, kFormLineReach);
  if (shape == TurnShape::kHeaded) {
    if (next_end >= text.size() ||
        !IsATurnsHeader(text.substr(next_start, next_end - next_start))) {
      return std::nullopt;
    }
    next_start = next_end + 1;
    next_end = LineEnd(text, next_start, kFormLineReach);
  }
  const std::optional<size_t> answer_at = shape == TurnShape::kLabelled
                                              ? TurnTextStartAt(text, next_start)
                                              : ReplyTextStartAt(text, next_start);
  if (!answer_at) return std::nullopt;
  const std::string_view answer = text.substr(*answer_at, next_end - *answer_at);
  const size_t first = answer.find_first_not_of(" \t");
  if (first == std::string_view::npos) return std::nullopt;
  const size_t sentence = std::min(answer.find_first_of(".!?\r", first), answer.size());
  // A turn that runs on past the reach is read only up to a sentence's end within it (the
  // reach may fall inside a character).
  if (sentence == answer.size() && next_end < text.size() && text[next_end] != '\n') {
    return std::nullopt;
  }
  const size_t end = TrimmedValueEnd(answer, first, sentence);
  if (end == first) return std::nullopt;
  const size_t value_start = *answer_at + first;
  const size_t value_end = *answer_at + end;
  if (!IsAFormsLabel(text, label_start, mark, text.substr(value_start, value_end - value_start),
                     /*on_next_line=*/true)) {
    return std::nullopt;
  }
  return FieldWithValue(text, {label_start, mark, value_start, value_end, false});
}

// The field whose label is the line at `line_start`, a block's label without a colon or a
// question mark ("Allergier eller matintoleranser" then "Gluten og laktose"), in a form of
// several blocks.
std::optional<FormFieldSpan> BlocksField(std::string_view text, size_t line_start) {
  const std::optional<size_t> answer_end =
      BlockAnswerEnd(text, line_start, kFormQuestionLength, kBlockAnswerLines);
  if (!answer_end) return std::nullopt;
  const size_t line_end = LineEnd(text, line_start, kFormQuestionLength + 2);
  const size_t label_start = text.find_first_not_of(" \t", line_start);
  size_t label_end = line_end;
  while (std::string_view(" \t\r").find(text[label_end - 1]) != std::string_view::npos) {
    --label_end;
  }
  auto answer = AnswerOnTheNextLine(text, label_start, line_end);
  if (!answer) return std::nullopt;
  // An answer of several lines is the block's, whole ("Gluten og laktose" then "Også
  // nøtter").
  if (*answer_end > answer->second) {
    const size_t last_line = LineStart(text, *answer_end - 1, kFormLineReach).value_or(*answer_end);
    answer->second = last_line + TrimmedValueEnd(text.substr(last_line, *answer_end - last_line), 0,
                                                 *answer_end - last_line);
  }
  const std::string_view value = text.substr(answer->first, answer->second - answer->first);
  if (!IsAFormsLabel(text, label_start, label_end, value, /*on_next_line=*/true)) {
    return std::nullopt;
  }
  return FieldWithValue(text, {label_start, label_end, answer->first, answer->second, false});
}

}  // namespace

FormField FormFieldOf(std::string_view text, size_t start, size_t end) {
  const std::optional<std::string> label = FormLabelOf(text, start, end);
  if (!label) return FormField::kNone;
  if (OneOf(*label, kTopicLabels)) return FormField::kTopic;
  return ContainsOneOf(*label, kFormLabelWords) ? FormField::kOfACategory : FormField::kNone;
}

std::optional<std::pair<size_t, size_t>> QuestionAnsweredFrom(std::string_view text, size_t start) {
  const std::optional<size_t> line_start = LineStart(text, start, kFormLineReach);
  if (!line_start || *line_start == 0) return std::nullopt;
  // The turn's text may open with the spaces after its speaker's colon.
  const std::optional<size_t> answer = TurnTextStartAt(text, *line_start);
  if (!answer || text.find_first_not_of(" \t", *answer) != start) return std::nullopt;
  const std::optional<size_t> before = LineStart(text, *line_start - 1, kFormLineReach);
  if (!before) return std::nullopt;
  const std::optional<size_t> turn = TurnTextStartAt(text, *before);
  size_t end = *line_start - 1;
  while (end > *before && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  if (!turn || *turn >= end || text[end - 1] != '?') return std::nullopt;
  return std::pair(text.find_first_not_of(" \t", *turn), end - 1);
}

bool AnswersAQuestionFor(uint32_t tag, const ScanView& view, size_t start) {
  const std::optional<std::pair<size_t, size_t>> question =
      QuestionAnsweredFrom(view.text(), start);
  return question && view.HasContext(tag, question->second, question->second,
                                     question->second - question->first, 0);
}

bool SaysYesToTheFiller(std::string_view folded_label, std::string_view value) {
  static constexpr std::string_view kYou[] = {"du",  "deg", "din",  "ditt", "dine",
                                              "you", "your", "yours"};
  if (!OneOf(FoldCase(value.substr(0, WordEnd(value, 0))), kYes) ||
      AsksTheWriterOrAShop(folded_label, 0, folded_label.size())) {
    return false;
  }
  const std::ptrdiff_t words = std::count(folded_label.begin(), folded_label.end(), ' ') + 1;
  if (folded_label.size() <= kShortQuestionLength && words <= kShortQuestionWords) return true;
  return AnyWord(folded_label, 0, folded_label.size(), [&](size_t start, size_t end) {
    return OneOf(folded_label.substr(start, end - start), kYou);
  });
}

bool OpensWithAFaithsDiet(std::string_view value) {
  return OneOf(FoldCase(value.substr(0, WordEnd(value, 0))), kFaithsDiets);
}

std::optional<FormFieldSpan> FormFieldLabelled(std::string_view text, size_t start, size_t end) {
  const std::optional<size_t> line_start = LineStart(text, start, kFormQuestionLength);
  if (!line_start) return std::nullopt;
  const size_t line_label_start = text.find_first_not_of(" \t", *line_start);
  if (line_label_start > start) return std::nullopt;
  // A label ends in a colon, or in a question mark: "Any allergies? Nuts".
  const size_t colon = text.substr(0, *line_start + kFormQuestionLength).find_first_of(":?", end);
  // On the term's line ("Agent: Har du allergier" then "Kunde: hva mener du?" asks nothing),
  // or a block's label has neither.
  if (colon == std::string_view::npos ||
      text.substr(end, colon - end).find('\n') != std::string_view::npos) {
    return BlocksField(text, *line_start);
  }
  // A transcript's turn has its speaker's colon before the term.
  const std::string_view before_term = text.substr(*line_start, start - *line_start);
  if (text[colon] == '?' && before_term.find(':') != std::string_view::npos) {
    const std::optional<size_t> turn = TurnTextStartAt(text, *line_start);
    if (turn && *turn <= start) {
      return TurnsQuestion(text, *turn, start, colon, TurnShape::kLabelled);
    }
  }
  // A quoted question that ends its line is answered by the reply under it, and one under
  // a turn's header by the line under the next header.
  if (text[colon] == '?' && IsBlank(text, colon + 1, LineEnd(text, colon + 1, kFormLineReach))) {
    if (const std::optional<size_t> quote = QuotedTextStart(text, *line_start)) {
      if (*quote <= start) return TurnsQuestion(text, *quote, start, colon, TurnShape::kQuoted);
    }
    if (HeaderBefore(text, *line_start)) {
      return TurnsQuestion(text, line_label_start, start, colon, TurnShape::kHeaded);
    }
  }
  const std::optional<size_t> label_start = LabelStartOf(text, line_label_start, start, colon);
  // A label is a phrase: no sentence ends in it ("Hei. Jeg har kreft: ...").
  if (!label_start || text.substr(*label_start, colon - *label_start).find_first_of(".!?\n") !=
                          std::string_view::npos) {
    return std::nullopt;
  }
  const size_t line_end = LineEnd(text, colon + 1, kFormLineReach);
  // A form's line ends within the reach; a longer one is running text (and the reach may
  // fall inside a character).
  if (line_end < text.size() && text[line_end] != '\n') return std::nullopt;
  auto [value_start, value_end] = FormValueAfter(text, colon, line_end);
  if (text[colon] == '?') value_start = AnswerStart(text, value_start, value_end);
  bool on_next_line = false;
  if (value_start == value_end) {
    if (const auto answer = AnswerOnTheNextLine(text, *label_start, line_end)) {
      std::tie(value_start, value_end) = *answer;
      on_next_line = true;
    }
  }
  const std::string_view value = text.substr(value_start, value_end - value_start);
  if (!IsAFormsLabel(text, *label_start, colon, value, on_next_line)) return std::nullopt;
  // An empty field is one only right after its label's term: a sentence may end in a
  // colon before a list ("Jeg har diabetes og trenger følgende:").
  const bool empty_label =
      value.empty() &&
      text.substr(end, colon - end).find_first_not_of(" \t") == std::string_view::npos;
  return FieldWithValue(text, {*label_start, colon, value_start, value_end, empty_label});
}

bool IsInAFormOfANamedFiller(std::string_view text, size_t start) {
  const std::optional<size_t> line_start = LineStart(text, start, kFormLineReach);
  if (!line_start) return false;
  const std::string_view line =
      text.substr(*line_start, LineEnd(text, start, kFormLineReach) - *line_start);
  if (!IsAFieldLine(line) || TurnTextStart(line) || line.find(':') >= start - *line_start) {
    return false;
  }
  return AnyLineNear(text, start, start, [&](size_t other, size_t other_end) {
    if (other == *line_start) return false;
    const std::string_view other_line = text.substr(other, other_end - other);
    const size_t colon = other_line.find(':');
    if (!IsAFieldLine(other_line) || TurnTextStart(other_line)) return false;
    std::string_view label = other_line.substr(0, colon);
    label.remove_prefix(std::min(label.find_first_not_of(" \t"), label.size()));
    return OneOf(FoldCase(label), kFillersNameLabels);
  });
}

}  // namespace sladd
