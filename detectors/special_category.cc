#include "detectors/special_category.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "detectors/context.h"
#include "detectors/embedded_data.h"
#include "engine/sentences.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Context tags: person cues, then one per category (category + 1).
constexpr uint32_t kPersonCues = 0;
constexpr uint32_t CategoryCues(uint8_t category) { return category + 1u; }
constexpr uint32_t kSellerCues = kSpecialCategoryTypes.size() + 1;
constexpr uint32_t kAnimalCues = kSellerCues + 1;
static_assert(kAnimalCues < kMaxContextTags);

// A person or cue counts from this far before the term to this far after it, in the same
// sentence: "jeg har hatt [...] diabetes", "Høyre, det stemmer jeg på".
constexpr size_t kCueBefore = 60;
constexpr size_t kCueAfter = 40;
// A seller's phrase names goods up to this far after it: "Vi selger elektriske rullestoler".
constexpr size_t kSellerBefore = 40;
// So does an animal its illness: "Hunden min har fått diabetes".
constexpr size_t kAnimalBefore = 40;
// An owner's possessive right after the animal belongs to it ("hunden min", "katten vår"):
// a person cue ending this close after the animal word is no other person.
constexpr size_t kPossessiveAfterAnimal = 6;

// A term alone; a term with a person or cue near it; an ambiguous term with what it needs;
// an ambiguous term without (below the default minimum score, so not reported).
constexpr double kAloneScore = 0.75;
constexpr double kSupportedScore = 0.9;
constexpr double kResolvedScore = 0.85;
constexpr double kUnresolvedScore = 0.3;

// A '-' joins words into one ("kreft-pasient", "LO-medlem").
bool IsJoinerAt(std::string_view text, size_t pos, bool forward) {
  if (pos >= text.size() || text[pos] != '-') return false;
  return forward ? WordCharAt(text, pos + 1) : WordCharBefore(text, pos);
}

// Where the word going on at `pos` ends.
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

// Where the word that `pos` is in or right after begins.
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

// Whether a capital I opening a sentence is the Norwegian (or Swedish) preposition: the
// next word is capitalised ("I Oslo"), or text[pos, sentence_end) has a Norwegian word or a
// Nordic letter ("I fengsel får man ...").
bool IsNorwegianI(std::string_view text, size_t pos, size_t sentence_end) {
  while (pos < sentence_end && text[pos] == ' ') ++pos;
  if (pos < sentence_end && IsUpperCodePoint(CodePointAt(text, pos))) return true;
  // One pass over the words: a Nordic letter is a word character.
  return AnyWord(text, pos, sentence_end, [&](size_t start, size_t end) {
    for (size_t at = start; at < end; at = NextCodePointStart(text, at)) {
      if (IsNordicLetter(CodePointAt(text, at))) return true;
    }
    return OneOf(FoldCase(text.substr(start, end - start)), kNorwegianWords);
  });
}

// Whether the English "I" stands near text[start, end) in its sentence. The person cues
// leave out "i", a Norwegian preposition; a capital I alone is English but where it opens
// a Norwegian sentence.
bool HasEnglishI(std::string_view text, size_t start, size_t end) {
  const auto [sentence_start, sentence_end] = SentenceAround(text, start, end);
  const size_t from = std::max(sentence_start, start > kCueBefore ? start - kCueBefore : 0);
  const size_t to = std::min(sentence_end, end + kCueAfter);
  for (size_t pos = text.find('I', from); pos != std::string_view::npos && pos < to;
       pos = text.find('I', pos + 1)) {
    if (WordCharBefore(text, pos) || WordCharAt(text, pos + 1)) continue;
    if (pos == sentence_start && IsNorwegianI(text, pos + 1, sentence_end)) continue;
    return true;
  }
  return false;
}

// The folded word that ends right before text[pos] and a space, and where it starts ("" and
// pos if there is none).
std::pair<std::string, size_t> WordBefore(std::string_view text, size_t pos) {
  if (pos < 2 || text[pos - 1] != ' ') return {"", pos};
  const size_t start = WordStart(text, pos - 1);
  return {FoldCase(text.substr(start, pos - 1 - start)), start};
}

// The folded word after text[pos] when that is a space, and where it ends ("" and pos if
// there is none).
std::pair<std::string, size_t> WordAfter(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return {"", pos};
  const size_t end = WordEnd(text, pos + 1);
  return {FoldCase(text.substr(pos + 1, end - pos - 1)), end};
}

// Verbs that open a Norwegian chat sentence whose subject, the writer, is left out: "Har
// sittet i fengsel", "Er skeiv og ...", "Fikk bot for fyllekjøring".
constexpr std::string_view kVerbsWithoutSubject[] = {
    "har", "hadde", "er", "e", "var", "ble", "blei", "vart", "fikk", "sitter", "satt",
    "sliter", "bruker", "går", "stemmer", "stemte", "røyster", "ligger", "ligg", "lå", "tar",
    "tok", "trenger", "skal", "må"};
// First words of a short opening clause that may stand before such a sentence and a comma:
// "hei, fikk brukket armen", "sorry for sent svar, har vært innlagt", "takk for svar, ...".
constexpr std::string_view kOpenersBeforeComma[] = {
    "hei", "hallo", "heisann", "hey", "hi", "hello", "sorry", "beklager", "unnskyld", "takk",
    "tusen", "ok", "okei", "ja", "nei", "jo"};
// The opening clause is at most this long: a greeting or an apology, not a clause of its own.
constexpr size_t kOpenerLength = 40;
// Words after such a verb that are its subject after all, as in a question ("Er det ...",
// "Har dere ...", "Er noen ...").
constexpr std::string_view kSubjectsAfterVerb[] = {
    "det", "der", "dere", "de", "dei", "du", "noen", "nokon", "nokre", "man", "den", "denne",
    "dette", "disse", "alle", "mange", "hun", "han", "ho", "vi", "me", "jeg", "eg", "æ"};

// Whether the sentence holding text[start, end) is a statement opening with one of those
// verbs and no subject after it: the writer speaks of themselves. A question ("Er
// kreftbehandling dekket?") has its subject after the verb, and the clause holding the term
// ends in '?'. One without its question mark whose subject is the term itself ("er
// fengselet stort") is taken for a statement.
bool OpensWithoutSubject(std::string_view text, size_t start, size_t end) {
  const auto [sentence_start, sentence_end] = SentenceAround(text, start, end);
  // The question mark of a question that follows the statement does not count: "fikk bot
  // for fyllekjøring i fjor, påvirker det forsikringen?"
  const size_t comma = text.substr(end, sentence_end - end).find(',');
  if (comma == std::string_view::npos && sentence_end > sentence_start &&
      text[sentence_end - 1] == '?') {
    return false;
  }
  size_t verb = sentence_start;
  const size_t first_comma = text.substr(verb, start - verb).find(',');
  if (first_comma != std::string_view::npos && first_comma <= kOpenerLength &&
      OneOf(FoldCase(text.substr(verb, WordEnd(text, verb) - verb)), kOpenersBeforeComma)) {
    verb += first_comma + 1;
    while (verb < start && text[verb] == ' ') ++verb;
  }
  const size_t verb_end = WordEnd(text, verb);
  if (verb_end == verb || verb > start ||
      !OneOf(FoldCase(text.substr(verb, verb_end - verb)), kVerbsWithoutSubject)) {
    return false;
  }
  size_t next = verb_end;
  while (next < sentence_end && text[next] == ' ') ++next;
  const size_t next_end = WordEnd(text, next);
  return next_end > next && !IsUpperCodePoint(CodePointAt(text, next)) &&
         !OneOf(FoldCase(text.substr(next, next_end - next)), kSubjectsAfterVerb);
}

// Places of care named by a term they hold, as the last part of the word or as the next
// word: "kreftavdelingen", "the cancer ward".
constexpr std::string_view kCarePlaces[] = {
    "avdeling", "avdelinga", "avdelingen", "klinikk", "klinikken", "sykehus", "sykehuset",
    "sjukehus", "sjukehuset", "senter", "senteret", "poliklinikk", "poliklinikken",
    "sengepost", "sengeposten", "ward", "clinic", "unit", "hospital", "department",
    "centre", "center"};
// Words of working somewhere: "jobber som sykepleier på", "I work at".
constexpr std::string_view kWorkWords[] = {
    "jobber", "jobbar", "jobbet", "jobba", "arbeider", "arbeidar", "arbeidet", "ansatt",
    "tilsett", "work", "works", "worked", "working", "employed"};
// A work word names a workplace this far before it: "jobber som sykepleier på".
constexpr size_t kWorkBefore = 40;

// Whether the word text[word_start, word_end) holding a term, or the word after it, is a
// place of care that a work word before it in the sentence makes a workplace: "Jeg jobber
// som sykepleier på kreftavdelingen" says nothing of anyone's health; "Jeg ligger på
// kreftavdelingen" does.
bool IsAWorkplace(std::string_view text, size_t term_end, size_t word_start, size_t word_end) {
  const std::string rest = FoldCase(text.substr(term_end, word_end - term_end));
  const bool place =
      std::any_of(std::begin(kCarePlaces), std::end(kCarePlaces),
                  [&](std::string_view head) { return rest.ends_with(head); }) ||
      OneOf(WordAfter(text, word_end).first, kCarePlaces);
  if (!place) return false;
  const size_t sentence_start = SentenceAround(text, word_start, word_end).first;
  const size_t from =
      std::max(sentence_start, word_start > kWorkBefore ? word_start - kWorkBefore : 0);
  return AnyWord(text, from, word_start, [&](size_t start, size_t end) {
    return OneOf(FoldCase(text.substr(start, end - start)), kWorkWords);
  });
}

// Words before the name of a people that make it their language: "info på samisk", "in
// northern Sami", "snakker polsk". A language spoken or asked for is no one's origin.
constexpr std::string_view kLanguageWords[] = {
    "på", "in", "into", "speak", "speaks", "speaking", "snakker", "snakkar", "snakke",
    "forstår", "understand"};
// Adjectives inside a language's name: "nordsamisk" is one word, "northern Sami" two.
constexpr std::string_view kLanguageAdjectives[] = {"northern", "southern", "lule"};
constexpr size_t kEthnicOrigin = 4;  // index of ETHNIC_ORIGIN in kSpecialCategoryTypes
static_assert(kSpecialCategoryTypes[kEthnicOrigin] == "ETHNIC_ORIGIN");

// Whether the term starting at text[start] names a language, not an origin.
bool IsALanguage(std::string_view text, size_t start) {
  auto [word, word_start] = WordBefore(text, start);
  if (OneOf(word, kLanguageAdjectives)) word = WordBefore(text, word_start).first;
  return OneOf(word, kLanguageWords);
}

// Bodies named for a cause: "Foreningen for hjertesyke barn", "Society for Cancer Research".
constexpr std::string_view kBodiesForACause[] = {
    "foreningen", "forening", "landsforeningen", "forbundet", "fondet", "stiftelsen",
    "association", "society", "foundation", "fund"};

// Whether the term starting at text[start] follows one of those and "for": it names the
// body's cause, not anyone's health or faith.
bool NamesABodysCause(std::string_view text, size_t start) {
  const auto [word, word_start] = WordBefore(text, start);
  return word == "for" && OneOf(WordBefore(text, word_start).first, kBodiesForACause);
}

double Score(TermEvidence evidence, bool person, bool cue) {
  switch (evidence) {
    case TermEvidence::kAlone:
      return person || cue ? kSupportedScore : kAloneScore;
    case TermEvidence::kNeedsPersonOrCue:
      return person || cue ? kResolvedScore : kUnresolvedScore;
    case TermEvidence::kNeedsCue:
      return cue ? kResolvedScore : kUnresolvedScore;
  }
  return kUnresolvedScore;
}

// Whether the term at `start` follows an animal it belongs to, a pet above all ("Hunden min
// har diabetes", "my dog has epilepsy"): no one's personal data.
bool FollowsItsAnimal(const ScanView& view, size_t start) {
  const auto animal_end = view.LastContextRightBefore(kAnimalCues, start, kAnimalBefore);
  if (!animal_end) return false;
  // Another person after the animal: "Hunden bet meg, og jeg fikk kraftig allergi".
  const auto after = view.LastContextRightBefore(kPersonCues, start, kAnimalBefore);
  if (after && *after > *animal_end + kPossessiveAfterAnimal) return false;
  // A person before it who is more than its owner ("my dog"): "Jeg har hund og diabetes".
  const size_t animal_start = WordStart(view.text(), *animal_end);
  const auto before = view.LastContextRightBefore(kPersonCues, animal_start, kCueBefore);
  return !before || *before + 1 >= animal_start;
}

}  // namespace

absl::StatusOr<std::unique_ptr<SpecialCategoryDetector>> SpecialCategoryDetector::Create() {
  auto lexicon = SpecialLexicon::Parse(embedded::SpecialCategoryLexicons(),
                                       {.person_cues = embedded::PersonCues(),
                                        .seller_cues = embedded::SellerCues(),
                                        .animal_cues = embedded::AnimalCues(),
                                        .compound_heads = embedded::CompoundHeads()});
  if (!lexicon.ok()) return lexicon.status();
  return std::make_unique<SpecialCategoryDetector>(std::move(*lexicon));
}

std::vector<std::string_view> SpecialCategoryDetector::types() const {
  return {kSpecialCategoryTypes.begin(), kSpecialCategoryTypes.end()};
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
    pattern.boundary = term.whole_word       ? Boundary::kWord
                       : term.ends_compounds ? Boundary::kNone
                                             : Boundary::kWordStart;
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
  }
  groups.push_back({kSellerCues, lexicon_.seller_cues(), /*whole_words=*/true});
  groups.push_back({kAnimalCues, lexicon_.animal_cues(), /*whole_words=*/true});
  return groups;
}

bool SpecialCategoryDetector::IsFollowedByExcluded(std::string_view text, size_t end,
                                                   std::string_view folded_word) const {
  for (const std::string& followers : lexicon_.ExcludedFollowers(folded_word)) {
    // The words after `end`, as many as `followers` has, one space apart.
    std::string next;
    size_t pos = end;
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

bool SpecialCategoryDetector::IsForAnAnimal(std::string_view text, size_t end) const {
  // The next words, folded: a preposition, maybe a possessive, then the animal.
  std::string words[3];
  size_t pos = end;
  for (std::string& word : words) std::tie(word, pos) = WordAfter(text, pos);
  if (!OneOf(words[0], {"for", "til", "hos"})) return false;
  const auto& animals = lexicon_.animal_cues();
  auto is_animal = [&](const std::string& word) {
    return std::find(animals.begin(), animals.end(), word) != animals.end();
  };
  return is_animal(words[1]) ||
         (OneOf(words[1], {"min", "mi", "mitt", "mine", "vår", "vårt", "våre", "my", "our"}) &&
          is_animal(words[2]));
}

void SpecialCategoryDetector::Confirm(const Candidate& candidate, const ScanView& view,
                                      std::vector<Finding>& out) const {
  const LexiconTerm& term = lexicon_.terms()[candidate.tag];
  const std::string_view text = view.text();
  size_t start = candidate.start + term.focus;
  size_t end = candidate.end;
  if (term.ends_compounds) start = WordStart(text, candidate.start);
  if (!term.whole_word) {
    end = WordEnd(text, candidate.end);
    if (!lexicon_.IsAllowedContinuation(FoldCase(text.substr(candidate.end, end - candidate.end)))) {
      return;
    }
  }
  const size_t last_word = WordStart(text, end);
  const std::string folded_word = FoldCase(text.substr(last_word, end - last_word));
  if (lexicon_.IsExcluded(folded_word) || IsFollowedByExcluded(text, end, folded_word)) return;
  // Goods a shop sells or is asked about are no one's health or faith, unless a person
  // comes between ("Vi selger huset fordi mamma har demens").
  if (const auto seller = view.LastContextRightBefore(kSellerCues, start, kSellerBefore)) {
    const auto person = view.LastContextRightBefore(kPersonCues, start, kSellerBefore);
    if (!person || *person <= *seller) return;
  }
  if (FollowsItsAnimal(view, start) || IsForAnAnimal(text, end)) return;
  if (IsAWorkplace(text, candidate.end, WordStart(text, start), end)) return;
  if (term.category == kEthnicOrigin && IsALanguage(text, start)) return;
  if (NamesABodysCause(text, start)) return;

  const bool person = view.HasContext(kPersonCues, start, end, kCueBefore, kCueAfter) ||
                      HasEnglishI(text, start, end) || OpensWithoutSubject(text, start, end);
  const bool cue = view.HasContext(CategoryCues(term.category), start, end, kCueBefore, kCueAfter);
  out.push_back({kSpecialCategoryTypes[term.category], start, end,
                 Score(term.evidence, person, cue), "", person || cue ? "in_context" : "term"});
}

std::string SpecialCategoryDetector::Normalize(std::string_view, std::string_view value) const {
  return FoldCase(value);
}

}  // namespace sladd
