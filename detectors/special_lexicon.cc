#include "detectors/special_lexicon.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "detectors/context.h"
#include "detectors/word_lists.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Endings of inflected forms in the five languages: "kreften", "depresjonen", "diabetikere",
// "cancers", "diagnosed".
constexpr std::string_view kInflections[] = {
    "a",   "ane",  "ar",   "arna", "e",    "ede", "en",   "ene", "ens", "er",  "ere", "erne",
    "ers", "men",  "mene", "mer",  "mens", "met", "mets", "es",  "et",  "ets", "ed",  "ing",
    "isk", "iske", "n",    "ne",   "na",   "or",  "s",    "t",   "te",  "ter", "tes"};

bool IsInflection(std::string_view rest) { return OneOf(rest, kInflections); }

// What tells a term apart from another of its category: where its focus is and its text.
std::string TermKey(const LexiconTerm& term) {
  return absl::StrCat(term.category, ":", term.focus, ":", term.text);
}

// Phones write the apostrophe as U+2019 ("I’m Somali", "Parkinson’s"): every term and cue
// written with '\'' is also found with it.
constexpr char kCurlyApostrophe[] = "\xE2\x80\x99";

// `folded` with every '\'' written as U+2019, if it has one.
std::optional<std::string> WithCurlyApostrophes(const std::string& folded) {
  if (folded.find('\'') == std::string::npos) return std::nullopt;
  return absl::StrReplaceAll(folded, {{"'", kCurlyApostrophe}});
}

// The other forms of an English "is |X" or "are |X" term: the contraction on the word
// before ("my mum's Nigerian", "we're Kurdish") and the past ("was", "were": "my
// grandparents were Vietnamese"); and of an "i'm |X" term, chat's "im" ("im bi") and
// "being" ("me being trans").
std::vector<LexiconTerm> EnglishVerbForms(const LexiconTerm& term) {
  struct Form {
    std::string_view verb, contracted, past;
  };
  constexpr Form kForms[] = {{"is ", "'s ", "was "}, {"are ", "'re ", "were "}};
  constexpr std::string_view kIAm = "i'm ";
  std::vector<LexiconTerm> forms;
  if (term.focus >= kIAm.size() && std::string_view(term.text).substr(0, kIAm.size()) == kIAm) {
    const std::string_view rest = std::string_view(term.text).substr(kIAm.size());
    for (const std::string_view form : {"im ", "being "}) {
      LexiconTerm other = term;
      other.text = absl::StrCat(ToAbsl(form), ToAbsl(rest));
      other.focus = term.focus - kIAm.size() + form.size();
      forms.push_back(std::move(other));
    }
  }
  for (const Form& form : kForms) {
    if (term.focus < form.verb.size() ||
        std::string_view(term.text).substr(0, form.verb.size()) != form.verb) {
      continue;
    }
    const std::string_view rest = std::string_view(term.text).substr(form.verb.size());
    for (const std::string_view verb : {form.contracted, form.past}) {
      LexiconTerm other = term;
      other.text = absl::StrCat(ToAbsl(verb), ToAbsl(rest));
      other.focus = term.focus - form.verb.size() + verb.size();
      other.joins_word_before = verb.front() == '\'';
      forms.push_back(std::move(other));
    }
  }
  return forms;
}

// ForEachDataLine with on_line(line, line_number) returning a status: the first error
// stops it and is returned.
template <typename OnLine>
absl::Status ForEachLine(std::string_view text, OnLine on_line) {
  absl::Status status;
  ForEachDataLine(text, [&](std::string_view line, size_t number) {
    status = on_line(line, number);
    return status.ok();
  });
  return status;
}

// A word class's name, between braces: lowercase ASCII letters, digits and '_'.
bool IsWordClassName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// "{allergen}: gluten, melk" defines a word class; "{me} can't eat |{food}" uses two.
bool IsWordClassDefinition(std::string_view line) {
  const size_t close = line.find('}');
  return line.front() == '{' && close != std::string_view::npos && close + 1 < line.size() &&
         line[close + 1] == ':';
}

// A file's word classes by name: "{allergen}: gluten, melk" defines one, and a line that
// names one ("~tåler ikke |{allergen}") stands for a line per word.
using WordClasses = absl::flat_hash_map<std::string, std::vector<std::string>>;
// Makes an error naming the file and line being read.
using LineError = absl::FunctionRef<absl::Status(std::string_view problem)>;

// Appends a definition's `word` to `words`: a class named in braces ("{origin_a}") stands
// for its words, so one class can be the union of smaller ones.
absl::Status AddClassWord(std::string_view word, const WordClasses& classes,
                          std::vector<std::string>& words, LineError error) {
  if (word.empty()) return error("an empty word in a word class");
  if (word.front() != '{' || word.back() != '}') {
    words.emplace_back(word);
    return absl::OkStatus();
  }
  const auto found = classes.find(ToAbsl(word.substr(1, word.size() - 2)));
  if (found == classes.end()) return error(absl::StrCat("no word class ", ToAbsl(word), " above"));
  words.insert(words.end(), found->second.begin(), found->second.end());
  return absl::OkStatus();
}

// Adds the class a definition line ("{name}: word, word") defines to `classes`.
absl::Status DefineWordClass(std::string_view line, WordClasses& classes, LineError error) {
  const size_t close = line.find("}:");
  const std::string_view name = close == std::string_view::npos ? "" : line.substr(1, close - 1);
  if (!IsWordClassName(name)) return error("a word class is written {name}: word, word");
  std::vector<std::string> words;
  for (std::string_view rest = line.substr(close + 2); !rest.empty();) {
    const size_t comma = std::min(rest.find(','), rest.size());
    const std::string_view word =
        ToStd(absl::StripAsciiWhitespace(ToAbsl(rest.substr(0, comma))));
    if (absl::Status status = AddClassWord(word, classes, words, error); !status.ok()) {
      return status;
    }
    rest.remove_prefix(std::min(comma + 1, rest.size()));
  }
  if (words.empty()) return error("a word class without words");
  if (!classes.try_emplace(std::string(name), std::move(words)).second) {
    return error(absl::StrCat("defines {", ToAbsl(name), "} again"));
  }
  return absl::OkStatus();
}

// Appends `line` with each word class replaced by each of its words, every combination.
absl::Status ExpandWordClasses(std::string_view line, const WordClasses& classes,
                               std::vector<std::string>& out, LineError error) {
  const size_t open = line.find('{');
  if (open == std::string_view::npos) {
    out.emplace_back(line);
    return absl::OkStatus();
  }
  const size_t close = line.find('}', open);
  const std::string_view name =
      close == std::string_view::npos ? "" : line.substr(open + 1, close - open - 1);
  const auto found = classes.find(ToAbsl(name));
  if (found == classes.end()) {
    return error(absl::StrCat("no word class {", ToAbsl(name), "} above"));
  }
  for (const std::string& word : found->second) {
    const std::string one = absl::StrCat(ToAbsl(line.substr(0, open)), word,
                                         ToAbsl(line.substr(close + 1)));
    if (absl::Status status = ExpandWordClasses(one, classes, out, error); !status.ok()) {
      return status;
    }
  }
  return absl::OkStatus();
}

// The phrases listed for `folded_word` in `phrases`, or none.
const std::vector<std::string>& PhrasesOf(
    const absl::flat_hash_map<std::string, std::vector<std::string>>& phrases,
    std::string_view folded_word) {
  static const std::vector<std::string> kNone;
  const auto found = phrases.find(ToAbsl(folded_word));
  return found == phrases.end() ? kNone : found->second;
}

}  // namespace

absl::StatusOr<SpecialLexicon> SpecialLexicon::Parse(const std::vector<LexiconSource>& sources,
                                                     const CueTexts& cue_texts) {
  SpecialLexicon lexicon;
  absl::flat_hash_map<std::string, std::string_view> source_of_term;
  for (const LexiconSource& source : sources) {
    if (source.category >= kSpecialCategoryTypes.size()) {
      return absl::InternalError(absl::StrCat(ToAbsl(source.name), ": no such category"));
    }
    if (absl::Status status = lexicon.ParseSource(source, source_of_term); !status.ok()) {
      return status;
    }
  }
  auto add_words = [](std::string_view text, auto& out) {
    return ForEachLine(text, [&](std::string_view line, size_t) {
      std::string word = FoldCase(line);
      if (auto curly = WithCurlyApostrophes(word)) out.insert(out.end(), std::move(*curly));
      out.insert(out.end(), std::move(word));
      return absl::OkStatus();
    });
  };
  lexicon.AddSpacedTwins();
  for (auto [text, words] : {std::pair{cue_texts.person_cues, &lexicon.person_cues_},
                             std::pair{cue_texts.seller_cues, &lexicon.seller_cues_},
                             std::pair{cue_texts.animal_cues, &lexicon.animal_cues_}}) {
    if (absl::Status status = add_words(text, *words); !status.ok()) return status;
  }
  if (absl::Status status = add_words(cue_texts.compound_heads, lexicon.compound_heads_);
      !status.ok()) {
    return status;
  }
  return lexicon;
}

absl::Status SpecialLexicon::ParseSource(
    const LexiconSource& source,
    absl::flat_hash_map<std::string, std::string_view>& source_of_term) {
  // A line written twice is a slip in the data (it would be one more term to scan for), and
  // so is a line a word class writes again.
  absl::flat_hash_map<std::string, size_t> first_line_of;
  WordClasses classes;
  return ForEachLine(source.text, [&](std::string_view line, size_t number) -> absl::Status {
    auto error = [&](std::string_view problem) {
      return absl::InternalError(
          absl::StrCat(ToAbsl(source.name), ":", number, ": ", ToAbsl(problem)));
    };
    if (IsWordClassDefinition(line)) return DefineWordClass(line, classes, error);
    std::vector<std::string> lines;
    if (absl::Status status = ExpandWordClasses(line, classes, lines, error); !status.ok()) {
      return status;
    }
    for (const std::string& written : lines) {
      const auto [it, added] = first_line_of.try_emplace(written, number);
      if (!added) return error(absl::StrCat("repeats line ", it->second));
      if (absl::Status status = ParseLine(it->first, source, source_of_term, error);
          !status.ok()) {
        return status;
      }
    }
    return absl::OkStatus();
  });
}

absl::Status SpecialLexicon::ParseLine(
    std::string_view line, const LexiconSource& source,
    absl::flat_hash_map<std::string, std::string_view>& source_of_term, LineError error) {
  if (line.front() == '!') {
    const std::string excluded = FoldCase(line.substr(1));
    // "!retail |therapy": the word after '|' is not of any category after these words.
    if (const size_t bar = excluded.find('|'); bar != std::string::npos) {
      std::string before = excluded.substr(0, bar);
      while (!before.empty() && before.back() == ' ') before.pop_back();
      std::string word = excluded.substr(bar + 1);
      if (before.empty() || word.empty() || word.find(' ') != std::string::npos) {
        return error("an exclusion with '|' needs words before it and one word after");
      }
      excluded_preceders_[std::move(word)].push_back(std::move(before));
      return absl::OkStatus();
    }
    const size_t space = excluded.find(' ');
    if (space == std::string::npos) {
      exclusions_.insert(excluded);
    } else {
      excluded_followers_[excluded.substr(0, space)].push_back(excluded.substr(space + 1));
    }
    return absl::OkStatus();
  }
  if (line.front() == '@') {
    // "@=eid": a whole word only ("Eid", not "Eidsvig").
    const bool whole_word = line.size() > 1 && line[1] == '=';
    const std::string_view written = line.substr(whole_word ? 2 : 1);
    if (written.empty()) return error("empty cue");
    if (written.size() > 48) return error("cue longer than 48 bytes");
    const std::string cue = FoldCase(written);
    auto& cues = (whole_word ? whole_word_cues_ : cues_)[source.category];
    if (auto curly = WithCurlyApostrophes(cue)) cues.push_back(*curly);
    cues.push_back(cue);
    return absl::OkStatus();
  }
  LexiconTerm term;
  term.category = source.category;
  size_t pos = 0;
  for (; pos < line.size(); ++pos) {
    const char marker = line[pos];
    if (marker == '=') {
      term.whole_word = true;
    } else if (marker == '*') {
      term.ends_compounds = true;
    } else if (marker == '~') {
      term.evidence = TermEvidence::kNeedsPersonOrCue;
    } else if (marker == '?') {
      term.evidence = TermEvidence::kNeedsCue;
    } else if (marker == '+') {
      term.evidence = TermEvidence::kNeedsPersonAndCue;
    } else if (marker == '^') {
      term.case_sensitive = true;
    } else if (marker == '%') {
      term.figurative_after_intensifier = true;
    } else if (marker == '&') {
      term.form_label = true;
    } else {
      break;
    }
  }
  std::string_view written = line.substr(pos);
  const size_t bar = written.find('|');
  std::string text;
  if (bar != std::string_view::npos) {
    term.focus = bar;
    text = absl::StrCat(ToAbsl(written.substr(0, bar)), ToAbsl(written.substr(bar + 1)));
  } else {
    text = std::string(written);
  }
  if (text.empty() || term.focus >= text.size()) return error("empty term");
  term.text = term.case_sensitive ? text : FoldCase(text);
  // A term of the category in another of its files: whichever asks less evidence would
  // override the other's markers (the mined ICD-10 list once did so to "~betennelse").
  const auto [it, added] = source_of_term.try_emplace(TermKey(term), source.name);
  if (!added && it->second != source.name) {
    return error(absl::StrCat("a term ", ToAbsl(it->second), " also lists"));
  }
  if (term.form_label) {
    if (term.focus != 0 || term.case_sensitive) return error("a form label takes no '|' or '^'");
    form_labels_.emplace_back(term.text, term.category);
  }
  for (LexiconTerm& form : EnglishVerbForms(term)) AddTerm(std::move(form));
  AddTerm(std::move(term));
  return absl::OkStatus();
}

void SpecialLexicon::AddSpacedTwins() {
  absl::flat_hash_set<std::string> listed;
  for (const LexiconTerm& term : terms_) listed.insert(TermKey(term));
  const size_t written = terms_.size();
  for (size_t index = 0; index < written; ++index) {
    LexiconTerm twin = terms_[index];
    // The straight apostrophe's term makes its curly twin again.
    if (twin.form_label || twin.text.find(kCurlyApostrophe) != std::string::npos) continue;
    // A byte of a word: ASCII, or of a letter beyond it ("Sør-Sudan").
    const auto in_word = [](char byte) {
      const auto c = static_cast<unsigned char>(byte);
      return c >= 0x80 || IsAsciiWordChar(c);
    };
    // An inflection after a hyphen is none of a word's own: "Frp-er" is a member, "Frp er"
    // a sentence.
    const auto inflected = [&](size_t hyphen) {
      const size_t end = twin.text.find_first_of(" -", hyphen + 1);
      return IsInflection(std::string_view(twin.text).substr(
          hyphen + 1, (end == std::string::npos ? twin.text.size() : end) - hyphen - 1));
    };
    bool spaced = false;
    for (size_t at = 1; at + 1 < twin.text.size(); ++at) {
      if (twin.text[at] == '-' && in_word(twin.text[at - 1]) && in_word(twin.text[at + 1]) &&
          !inflected(at)) {
        twin.text[at] = ' ';
        spaced = true;
      }
    }
    twin.spaced_twin = true;
    if (spaced && listed.insert(TermKey(twin)).second) AddTerm(std::move(twin));
  }
}

void SpecialLexicon::AddTerm(LexiconTerm term) {
  const std::string_view focused = std::string_view(term.text).substr(term.focus);
  first_words_[FoldCase(focused.substr(0, focused.find(' ')))] |= uint16_t{1} << term.category;
  if (auto curly_text = WithCurlyApostrophes(term.text)) {
    LexiconTerm curly = term;
    curly.text = std::move(*curly_text);
    // Each apostrophe before the focus is two bytes longer now.
    curly.focus += 2 * static_cast<size_t>(
                           std::count(term.text.begin(), term.text.begin() + term.focus, '\''));
    terms_.push_back(std::move(curly));
  }
  terms_.push_back(std::move(term));
}

bool SpecialLexicon::StartsATerm(std::string_view folded_word) const {
  return first_words_.contains(ToAbsl(folded_word));
}

bool SpecialLexicon::ReadsAsATerm(std::string_view folded_word) const {
  return TermCategoriesOf(folded_word) != 0;
}

std::optional<uint8_t> SpecialLexicon::FormValueCategory(std::string_view folded_label,
                                                         std::string_view value) const {
  std::optional<uint8_t> first;
  uint16_t categories = 0;
  for (const auto& [label, category] : form_labels_) {
    for (size_t at = folded_label.find(label); at != std::string_view::npos;
         at = folded_label.find(label, at + 1)) {
      if (WordCharBefore(folded_label, at)) continue;
      if (!first) first = category;
      categories |= uint16_t{1} << category;
      break;
    }
  }
  if (!first || std::popcount(categories) < 2) return first;
  // A label of several categories: the value's terms tell which (folded only then).
  const std::string folded = FoldCase(value);
  const std::string_view folded_value = folded;
  for (size_t start = 0; start < folded_value.size();) {
    if (!WordCharAt(folded_value, start)) {
      start = NextCodePointStart(folded_value, start);
      continue;
    }
    size_t end = start;
    while (end < folded_value.size() && WordCharAt(folded_value, end)) {
      end = NextCodePointStart(folded_value, end);
    }
    const uint16_t of_label =
        TermCategoriesOf(folded_value.substr(start, end - start)) & categories;
    if (of_label != 0) return static_cast<uint8_t>(std::countr_zero(of_label));
    start = end;
  }
  return first;
}

uint16_t SpecialLexicon::TermCategoriesOf(std::string_view folded_word) const {
  uint16_t categories = 0;
  for (size_t length = 1; length <= folded_word.size(); ++length) {
    const auto it = first_words_.find(ToAbsl(folded_word.substr(0, length)));
    if (it != first_words_.end() && IsAllowedContinuation(folded_word.substr(length))) {
      categories |= it->second;
    }
  }
  return categories;
}

bool SpecialLexicon::IsExcluded(std::string_view folded_word) const {
  return exclusions_.contains(ToAbsl(folded_word));
}

const std::vector<std::string>& SpecialLexicon::ExcludedPreceders(
    std::string_view folded_word) const {
  return PhrasesOf(excluded_preceders_, folded_word);
}

const std::vector<std::string>& SpecialLexicon::ExcludedFollowers(
    std::string_view folded_word) const {
  return PhrasesOf(excluded_followers_, folded_word);
}

bool SpecialLexicon::IsAllowedContinuation(std::string_view rest) const {
  if (rest.empty() || rest.front() == '-' || IsInflection(rest)) return true;
  // A compound: an optional linking s or e, a head, and an inflection of the head.
  for (const size_t link : {0, 1}) {
    if (link == 1 && rest.front() != 's' && rest.front() != 'e') break;
    const std::string_view head = rest.substr(link);
    if (compound_heads_.contains(ToAbsl(head))) return true;
    for (size_t cut = 1; cut <= 3 && cut < head.size(); ++cut) {
      if (IsInflection(head.substr(head.size() - cut)) &&
          compound_heads_.contains(ToAbsl(head.substr(0, head.size() - cut)))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace sladd
