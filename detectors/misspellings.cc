#include "detectors/misspellings.h"

#include <algorithm>

#include "detectors/word_lists.h"
#include "engine/string_view.h"

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

bool IsEligible(const LexiconTerm& term) {
  if (term.focus != 0 || term.case_sensitive || term.form_label || term.joins_word_before ||
      term.text.size() < TermMisspellings::kMinLength ||
      term.text.size() > TermMisspellings::kMaxLength) {
    return false;
  }
  if (term.evidence != TermEvidence::kAlone && term.evidence != TermEvidence::kNeedsPersonOrCue) {
    return false;
  }
  return std::all_of(term.text.begin(), term.text.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

// Whether `a` and `b` are one edit apart: a letter left out, added or changed, or two
// neighbours swapped (a deleted letter put back elsewhere is two).
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (i == a.size()) return false;  // the same
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
}

// The two bits of the known-word filter for a word's WordHash.
std::pair<size_t, size_t> KnownBits(uint32_t hash, size_t log2_bits) {
  const uint64_t mixed = uint64_t{hash} * 0x9E3779B97F4A7C15u;
  return {mixed >> (64 - log2_bits), (mixed >> 20) & ((size_t{1} << log2_bits) - 1)};
}

}  // namespace

TermMisspellings::TermMisspellings(const SpecialLexicon& lexicon,
                                   const std::vector<std::string_view>& dictionaries)
    : lexicon_(&lexicon), known_((size_t{1} << kKnownLog2Bits) / 64) {
  const std::vector<LexiconTerm>& terms = lexicon.terms();
  for (uint32_t index = 0; index < terms.size(); ++index) {
    if (!IsEligible(terms[index])) continue;
    const std::string& text = terms[index].text;
    // A key two terms share reaches the first.
    keys_.try_emplace(text, index);
    for (size_t i = 0; i < text.size(); ++i) keys_.try_emplace(std::string(text).erase(i, 1), index);
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

bool TermMisspellings::MayBeMisspelt(std::string_view word) const {
  char buffer[kMaxLength + 1];
  return FoldLetters(word, buffer) && !IsKnown({buffer, word.size()});
}

std::optional<uint32_t> TermMisspellings::NearestTerm(std::string_view folded) const {
  // The word as it is reaches a term with a letter left out; with one letter deleted, a
  // term with one added, or (meeting a term with one deleted) one changed or two swapped.
  auto first_term = [&](std::string_view key) -> std::optional<uint32_t> {
    const auto found = keys_.find(ToAbsl(key));
    if (found == keys_.end() || !OneEditApart(folded, lexicon_->terms()[found->second].text)) {
      return std::nullopt;
    }
    return found->second;
  };
  if (const auto index = first_term(folded)) return index;
  char shorter[kMaxLength + 1];
  for (size_t i = 0; i < folded.size(); ++i) {
    // Deleting either of two equal neighbours gives the same word: once is enough.
    if (i > 0 && folded[i] == folded[i - 1]) continue;
    std::copy(folded.begin(), folded.begin() + i, shorter);
    std::copy(folded.begin() + i + 1, folded.end(), shorter + i);
    if (const auto index = first_term({shorter, folded.size() - 1})) return index;
  }
  return std::nullopt;
}

std::optional<uint32_t> TermMisspellings::TermMisspelt(std::string_view word) const {
  char buffer[kMaxLength + 1];
  if (!FoldLetters(word, buffer)) return std::nullopt;
  const std::string_view folded(buffer, word.size());
  if (IsKnown(folded)) return std::nullopt;
  // The word itself, or a misspelt term inflected ("migranes": "migraine" + "s") whose
  // stem is no real word ("additions").
  std::optional<uint32_t> index = NearestTerm(folded);
  for (const std::string_view ending : {"s", "es"}) {
    if (index || !folded.ends_with(ending) || folded.size() - ending.size() < kMinLength) break;
    const std::string_view stem = folded.substr(0, folded.size() - ending.size());
    if (IsKnown(stem)) break;
    index = NearestTerm(stem);
  }
  if (!index || lexicon_->ReadsAsATerm(folded)) return std::nullopt;
  return index;
}

}  // namespace sladd
