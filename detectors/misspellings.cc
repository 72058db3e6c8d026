#include "detectors/misspellings.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "detectors/word_lists.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

// Lowercase ASCII letters of `word` into `out` (kMaxLength + 1 bytes); false if the word
// holds anything else or its length is out of range.
bool FoldLetters(std::string_view word, char* out) {
  if (word.size() < TermMisspellings::kMinLength ||
      word.size() > TermMisspellings::kMaxLength + 1) {
    return false;
  }
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = static_cast<char>(word[i] | 0x20);
    if (c < 'a' || c > 'z') return false;  // also catches '@', '[' and the like folded
    out[i] = c;
  }
  return true;
}

// Whether `term` may be misspelt: its words, split at single spaces, are ASCII letters.
bool IsEligible(const LexiconTerm& term) {
  if (term.focus != 0 || term.case_sensitive || term.form_label || term.joins_word_before ||
      term.spaced_twin || term.text.empty() || term.text.front() == ' ' ||
      term.text.back() == ' ' || term.text.find("  ") != std::string::npos) {
    return false;
  }
  if (term.evidence != TermEvidence::kAlone && term.evidence != TermEvidence::kNeedsPersonOrCue) {
    return false;
  }
  return std::all_of(term.text.begin(), term.text.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; });
}

// The words of `text` split at spaces.
std::vector<std::string_view> WordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  for (size_t start = 0; start <= text.size();) {
    const size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Whether text[at, at + word.size()) is `word` (lowercase) in any case.
bool IsWordAt(std::string_view text, size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((text[at + i] | 0x20) != word[i]) return false;
  }
  return true;
}

// Where lowercase ASCII letter `c` sits on a QWERTY keyboard: its row and its offset in key
// widths (each row is shifted a quarter or half a key to the right of the one above).
struct KeyPosition {
  int row;
  double x;
};
KeyPosition KeyOf(char c) {
  static constexpr std::string_view kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  static constexpr double kRowShift[] = {0, 0.25, 0.75};
  for (int row = 0; row < 3; ++row) {
    const size_t at = kRows[row].find(c);
    if (at != std::string_view::npos) return {row, static_cast<double>(at) + kRowShift[row]};
  }
  return {-9, 0};
}

bool IsVowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }

// Whether a writer puts letter `b` for `a` by mistake: a vowel for a vowel ("diabetis"), a
// key next to it ("psoriasus"), or a letter of the same sound ("canser", "skizofrenia",
// "diabetid"). Other changes make other words: "hengsel" is no "fengsel", "migrere" no
// "migrene", "slanger" no "svanger".
bool IsASlip(char a, char b) {
  if (IsVowel(a) && IsVowel(b)) return true;
  const KeyPosition p = KeyOf(a);
  const KeyPosition q = KeyOf(b);
  if (std::abs(p.row - q.row) <= 1 && std::abs(p.x - q.x) <= 1.0) return true;
  static constexpr std::string_view kSameSound[] = {"cs", "ck", "sz", "kq", "fv", "dt",
                                                    "bp", "gj", "mn", "cz", "xs"};
  for (const std::string_view pair : kSameSound) {
    if ((a == pair[0] && b == pair[1]) || (a == pair[1] && b == pair[0])) return true;
  }
  return false;
}

// Whether `a` and `b` are one edit apart: a letter left out, added or changed by a slip, or
// two neighbours swapped (a deleted letter put back elsewhere is two).
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (i == a.size()) return false;  // the same
  if (a.substr(i + 1) == b.substr(i + 1)) return IsASlip(a[i], b[i]);
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

// The hash of a term's key: a polynomial in its bytes, so that the hashes of a word with each
// letter deleted come from its prefixes' and suffixes' in a few operations each.
constexpr uint64_t kKeyBase = 0x100000001B3u;
uint64_t KeyHash(std::string_view key) {
  uint64_t hash = 0;
  for (const char c : key) hash = hash * kKeyBase + static_cast<unsigned char>(c);
  return hash;
}

// The two bits of the known-word filter for a word's WordHash.
std::pair<size_t, size_t> KnownBits(uint32_t hash, size_t log2_bits) {
  const uint64_t mixed = uint64_t{hash} * 0x9E3779B97F4A7C15u;
  return {mixed >> (64 - log2_bits), (mixed >> 20) & ((size_t{1} << log2_bits) - 1)};
}

}  // namespace

TermMisspellings::TermMisspellings(const SpecialLexicon& lexicon,
                                   const std::vector<std::string_view>& dictionaries,
                                   std::string_view english_terms)
    : lexicon_(&lexicon), known_((size_t{1} << kKnownLog2Bits) / 64) {
  ForEachDataLine(english_terms, [&](std::string_view line, size_t) {
    english_terms_.insert(FoldCase(line));
    return true;
  });
  const std::vector<LexiconTerm>& terms = lexicon.terms();
  // Each distinct word is keyed once, however many terms hold it: a word a word class
  // writes into many terms ("fractured" in "fractured my wrist", "fractured his hip", ...)
  // would otherwise be one long run of equal keys for every lookup that lands there.
  absl::flat_hash_map<std::string, uint32_t> word_ids;
  std::vector<std::pair<uint64_t, uint32_t>> keys;  // (KeyHash of a key, its word's id)
  for (uint32_t index = 0; index < terms.size(); ++index) {
    if (!IsEligible(terms[index])) continue;
    const std::vector<std::string_view> words = WordsOf(terms[index].text);
    for (uint32_t w = 0; w < words.size(); ++w) {
      const std::string word(words[w]);
      if (word.size() < kMinLength || word.size() > kMaxLength) continue;
      const auto [it, added] = word_ids.try_emplace(word, terms_of_word_.size());
      if (added) {
        terms_of_word_.emplace_back();
        keys.emplace_back(KeyHash(word), it->second);
        for (size_t i = 0; i < word.size(); ++i) {
          // Deleting either of two equal neighbours gives the same key: once is enough.
          if (i > 0 && word[i] == word[i - 1]) continue;
          keys.emplace_back(KeyHash(std::string(word).erase(i, 1)), it->second);
        }
      }
      terms_of_word_[it->second].push_back(Reached{index, w});
    }
  }
  size_t slots = 16;
  while (slots < keys.size() * 4) slots *= 2;
  key_hashes_.assign(slots, 0);
  key_words_.assign(slots, 0);
  for (const auto& [hash, word_id] : keys) {
    size_t slot = SlotOf(hash);
    while (key_hashes_[slot] != 0) slot = (slot + 1) & (slots - 1);
    key_hashes_[slot] = TagOf(hash);
    key_words_[slot] = word_id;
  }
  char folded[kMaxLength + 1];
  for (const std::string_view dictionary : dictionaries) {
    ForEachDataLine(dictionary, [&](std::string_view line, size_t) {
      if (FoldLetters(line, folded)) AddKnown({folded, line.size()});
      return true;
    });
  }
}

void TermMisspellings::AddKnown(std::string_view folded) {
  const auto [first, second] = KnownBits(WordHash(folded), kKnownLog2Bits);
  known_[first / 64] |= uint64_t{1} << (first % 64);
  known_[second / 64] |= uint64_t{1} << (second % 64);
}

bool TermMisspellings::IsKnown(std::string_view folded) const {
  const auto [first, second] = KnownBits(WordHash(folded), kKnownLog2Bits);
  return (known_[first / 64] >> (first % 64) & 1) != 0 &&
         (known_[second / 64] >> (second % 64) & 1) != 0;
}

std::string_view TermMisspellings::WordOf(uint32_t term, uint32_t word) const {
  std::string_view text = lexicon_->terms()[term].text;
  for (; word > 0; --word) text.remove_prefix(text.find(' ') + 1);
  return text.substr(0, text.find(' '));
}

bool TermMisspellings::IsEnglishTerm(const Reached& reached) const {
  return english_terms_.contains(ToAbsl(WordOf(reached.term, reached.word)));
}

std::optional<std::pair<size_t, size_t>> TermMisspellings::SpanOf(const Reached& reached,
                                                                  std::string_view text,
                                                                  size_t start,
                                                                  size_t end) const {
  const std::vector<std::string_view> words = WordsOf(lexicon_->terms()[reached.term].text);
  for (size_t w = reached.word; w-- > 0;) {
    if (start < words[w].size() + 1 || text[start - 1] != ' ') return std::nullopt;
    start -= words[w].size() + 1;
    if (!IsWordAt(text, start, words[w]) || WordCharBefore(text, start)) return std::nullopt;
  }
  for (size_t w = reached.word + 1; w < words.size(); ++w) {
    if (end >= text.size() || text[end] != ' ' || !IsWordAt(text, end + 1, words[w])) {
      return std::nullopt;
    }
    end += 1 + words[w].size();
  }
  return std::pair(start, end);
}

size_t TermMisspellings::SlotOf(uint64_t hash) const {
  return static_cast<size_t>((hash * 0x9E3779B97F4A7C15u) >> 32) & (key_hashes_.size() - 1);
}

std::optional<TermMisspellings::Reached> TermMisspellings::NearestTerm(
    std::string_view folded, absl::FunctionRef<bool(const Reached&)> accept) const {
  // Every term under a key's hash is checked: a hash two keys share costs one more check.
  const size_t mask = key_hashes_.size() - 1;
  auto first_term = [&](uint64_t hash) -> std::optional<Reached> {
    const uint32_t tag = TagOf(hash);
    for (size_t slot = SlotOf(hash); key_hashes_[slot] != 0; slot = (slot + 1) & mask) {
      if (key_hashes_[slot] != tag) continue;
      const std::vector<Reached>& holders = terms_of_word_[key_words_[slot]];
      const Reached& first = holders.front();
      if (!OneEditApart(folded, WordOf(first.term, first.word))) continue;
      for (const Reached& reached : holders) {
        if (accept(reached)) return reached;
      }
    }
    return std::nullopt;
  };
  // The word as it is reaches a term with a letter left out; with one letter deleted, a
  // term with one added, or (meeting a term with one deleted) one changed or two swapped.
  const size_t n = folded.size();
  uint64_t power[kMaxLength + 2], prefix[kMaxLength + 2], suffix[kMaxLength + 2];
  power[0] = 1;
  prefix[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    power[i + 1] = power[i] * kKeyBase;
    prefix[i + 1] = prefix[i] * kKeyBase + static_cast<unsigned char>(folded[i]);
  }
  suffix[n] = 0;
  for (size_t i = n; i-- > 0;) {
    suffix[i] = static_cast<unsigned char>(folded[i]) * power[n - 1 - i] + suffix[i + 1];
  }
  if (const auto index = first_term(prefix[n])) return index;
  for (size_t i = 0; i < n; ++i) {
    // Deleting either of two equal neighbours gives the same word: once is enough.
    if (i > 0 && folded[i] == folded[i - 1]) continue;
    if (const auto index = first_term(prefix[i] * power[n - 1 - i] + suffix[i + 1])) {
      return index;
    }
  }
  return std::nullopt;
}

std::optional<TermMisspellings::Reached> TermMisspellings::TermMisspelt(
    std::string_view word, absl::FunctionRef<bool(const Reached&)> accept) const {
  char buffer[kMaxLength + 1];
  if (!FoldLetters(word, buffer)) return std::nullopt;
  const std::string_view folded(buffer, word.size());
  if (IsKnown(folded)) return std::nullopt;
  // The word itself, or a misspelt term inflected ("migranes": "migraine" + "s") whose
  // stem is no real word ("additions").
  std::optional<Reached> index = NearestTerm(folded, accept);
  for (const std::string_view ending : {"s", "es"}) {
    if (index || !folded.ends_with(ending) || folded.size() - ending.size() < kMinLength) break;
    const std::string_view stem = folded.substr(0, folded.size() - ending.size());
    if (IsKnown(stem)) break;
    index = NearestTerm(stem, accept);
  }
  if (!index || lexicon_->ReadsAsATerm(folded)) return std::nullopt;
  return index;
}

}  // namespace sladd
