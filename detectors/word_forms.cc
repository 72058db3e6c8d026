#include "detectors/word_forms.h"

#include "engine/utf8.h"

namespace sladd {
namespace {

// Stems and compound parts shorter than this many bytes are too likely to match by chance
// ("vik", "dal"): most surnames end in such parts.
constexpr size_t kMinStem = 3;
constexpr size_t kMinTail = 4;

// Definite, plural and genitive endings of Norwegian (bokmål and nynorsk) nouns and the
// endings of adjectives and English plurals: "-en", "-et", "-ene", "-ane", "-er", "-ar", "-a",
// "-t", "-e", "-s"; and after a stem ending in -e, "-n", "-r", "-ne" ("hukommelse-n",
// "skole-r", "skole-ne").
struct Ending {
  std::string_view text;
  bool after_e;
};
constexpr Ending kEndings[] = {{"ene", false}, {"ane", false}, {"en", false}, {"et", false},
                               {"er", false},  {"ar", false},  {"a", false},  {"t", false},
                               {"e", false},   {"s", false},   {"ne", true},  {"n", true},
                               {"r", true}};

bool IsKnown(const NameLists& lists, std::string_view word) {
  return (lists.Find(word) & (NameLists::kCommon | NameLists::kKnownWord)) != 0;
}

// A known word, or one with an ending after a known stem: "app-en", "skole-r", and with the
// consonant doubled before the ending, "strøm-men".
bool IsInflected(const NameLists& lists, std::string_view word) {
  if (IsKnown(lists, word)) return true;
  for (const Ending& ending : kEndings) {
    if (word.size() < ending.text.size() + kMinStem || !word.ends_with(ending.text)) continue;
    const std::string_view stem = word.substr(0, word.size() - ending.text.size());
    if (ending.after_e && stem.back() != 'e') continue;
    if (IsKnown(lists, stem)) return true;
    const size_t n = stem.size();
    if (n > kMinStem && stem[n - 1] == stem[n - 2] && IsKnown(lists, stem.substr(0, n - 1))) {
      return true;
    }
  }
  return false;
}

// A known first part, with or without the linking -s or -e: "grov", "sporing-s", "ordre".
bool IsCompoundHead(const NameLists& lists, std::string_view head) {
  if (IsKnown(lists, head)) return true;
  return head.size() > kMinStem && (head.back() == 's' || head.back() == 'e') &&
         IsKnown(lists, head.substr(0, head.size() - 1));
}

}  // namespace

bool IsWordForm(const NameLists& lists, std::string_view folded) {
  if (folded.find('-') != std::string_view::npos) return false;
  if (IsInflected(lists, folded)) return true;
  for (size_t split = kMinStem; split + kMinTail <= folded.size(); ++split) {
    if (IsUtf8Continuation(folded[split])) continue;
    if (IsCompoundHead(lists, folded.substr(0, split)) &&
        IsInflected(lists, folded.substr(split))) {
      return true;
    }
  }
  return false;
}

}  // namespace sladd
