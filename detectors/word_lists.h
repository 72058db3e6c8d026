// Case-folded word lists for the PERSON detector and its tagger: a hash table of words
// with flags, the first- and last-name, common-word and place lists built on it, and a
// bit filter that rules most words out of a small list without folding them; and the
// reading of the data files (one entry a line) that all detector word lists come from.
#ifndef SLADD_DETECTORS_WORD_LISTS_H_
#define SLADD_DETECTORS_WORD_LISTS_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sladd {
namespace word_lists_internal {

// The last 1-7 bytes of a word as one number, with fixed-size loads only (a variable-size
// copy was a library call and a stalled load on every word). Reads overlap for 4-7 bytes;
// the length is mixed in separately.
inline uint64_t ReadTail(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t low, high;
    std::memcpy(&low, p, 4);
    std::memcpy(&high, p + n - 4, 4);
    return (uint64_t{high} << 32) | low;
  }
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint64_t{u[0]} << 16) | (uint64_t{u[n / 2]} << 8) | u[n - 1];
}

}  // namespace word_lists_internal

// The hash of a case-folded word that the name lists and the tagger's features use: fixed
// on every (little-endian) platform, eight bytes at a time, so that trainer and runtime
// agree. Asked of every word: inline.
inline __attribute__((always_inline)) uint32_t WordHash(std::string_view bytes) {
  using word_lists_internal::ReadTail;
  uint64_t hash = 0x9E3779B97F4A7C15u ^ bytes.size();
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, bytes.data() + i, 8);
    hash = (hash ^ chunk) * 0xBF58476D1CE4E5B9u;
    hash ^= hash >> 31;
  }
  if (i < bytes.size()) {
    hash = (hash ^ ReadTail(bytes.data() + i, bytes.size() - i)) * 0x94D049BB133111EBu;
    hash ^= hash >> 29;
  }
  return static_cast<uint32_t>(hash ^ (hash >> 32));
}

// Case-folded words with a byte of flags each, looked up by the word and its WordHash:
// open addressing over the hash the tokenizer has already computed for every word.
// Immutable once filled; Find is thread-safe.
class WordTable {
 public:
  // Adds `flags` to those of `folded`.
  void Add(std::string_view folded, uint8_t flags);
  // The flags of `folded`, whose WordHash is `hash`; 0 for a word not in the table.
  uint8_t Find(std::string_view folded, uint32_t hash) const;
  uint8_t Find(std::string_view folded) const { return Find(folded, WordHash(folded)); }

 private:
  struct Entry {
    uint32_t offset = 0;  // into pool_
    uint16_t size = 0;
    uint8_t flags = 0;
  };
  std::string_view WordOf(const Entry& entry) const {
    return {pool_.data() + entry.offset, entry.size};
  }
  void Grow();

  // Open addressing in two arrays, a power of two long and at most half full: the hashes
  // alone (0: empty; a word hashing to 0 is stored as 1) are probed, 4 bytes a slot, so
  // misses stay in cache; the entries are read on a hash match.
  std::vector<uint32_t> hashes_;
  std::vector<Entry> entries_;
  std::string pool_;
  size_t count_ = 0;
};

// Raw words reduced to a small key (byte length, first and last letter, any case) so that
// most words can be ruled out of a small caseless word list without folding or hashing
// them. Immutable once filled; thread-safe to read.
class CaselessWordFilter {
 public:
  // Keys of words whose case-folded form can differ in length from the word: ruled out
  // of nothing.
  static constexpr uint32_t kAnyKey = ~0u;
  // Adds a case-folded word.
  void Add(std::string_view folded);
  // False only if no word with this key was added.
  bool MayContain(uint32_t key) const {
    return key == kAnyKey || (bits_[key / 64] >> (key % 64) & 1) != 0;
  }
  // The key of raw word bytes whose characters beyond ASCII are all lowercase Latin-1
  // letters (so that folding keeps the length). Asked of every word: inline.
  static constexpr uint32_t KeyOf(std::string_view raw) {
    if (raw.empty()) return kAnyKey;
    // ASCII letters fold within 32 apart: the low five bits of a byte ignore case.
    const auto first = static_cast<uint32_t>(static_cast<unsigned char>(raw.front()) & 31);
    const auto last = static_cast<uint32_t>(static_cast<unsigned char>(raw.back()) & 31);
    const auto length = static_cast<uint32_t>(raw.size() < 15 ? raw.size() : 15);
    return (length * 32 + first) * 32 + last;
  }

 private:
  static constexpr size_t kKeys = 16 * 32 * 32;
  std::array<uint64_t, kKeys / 64> bits_{};
};

// Calls on_line(line, line_number) for each entry of a data file with one entry a line:
// trailing '\r' and spaces cut, blank lines and comments (lines starting with '#') skipped.
// Stops at the first call that returns false; returns whether none did.
template <typename OnLine>
bool ForEachDataLine(std::string_view text, OnLine on_line) {
  size_t number = 0;
  while (!text.empty()) {
    ++number;
    const size_t newline = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(std::min(newline + 1, text.size()));
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!on_line(line, number)) return false;
  }
  return true;
}

// Known first and last names, and common words, case-folded. Immutable after construction.
class NameLists {
 public:
  static constexpr uint8_t kFirst = 1;
  static constexpr uint8_t kLast = 2;
  static constexpr uint8_t kNames = kFirst | kLast;
  // A common word ("betal", "jeg"): capitalised it is almost never a name.
  static constexpr uint8_t kCommon = 4;
  // A country, region or city ("Kroatia", "Vilnius"); not a feature of the tagger.
  static constexpr uint8_t kPlace = 8;
  // A first name that is no ordinary word ("kari", not "per"); not a feature of the tagger.
  static constexpr uint8_t kLowercaseFirst = 16;
  // Of those, one that is no rare word either ("emma", not "knut"): a name in lowercase
  // anywhere. Not a feature of the tagger.
  static constexpr uint8_t kLowercaseAlone = 32;
  // A word seen in lowercase too seldom for the common list ("hukommelse", "sporing"):
  // with kCommon, what word forms are built from (word_forms.h). Not a feature of the tagger.
  static constexpr uint8_t kKnownWord = 64;
  // A public figure named by one word ("Putin", "Trump"): capitalised, a name wherever it
  // stands, even where it is a common word. Not a feature of the tagger.
  static constexpr uint8_t kPublicFigure = 128;
  // The lists as texts with one entry a line; lines starting with '#' are comments.
  struct Texts {
    std::string_view first_names;
    std::string_view last_names;
    std::string_view common_words;
    std::string_view places;
    std::string_view lowercase_first_names;       // kLowercaseFirst and kLowercaseAlone
    std::string_view lowercase_names_also_words;  // kLowercaseFirst only
    std::string_view known_words;
    // kLast and kPublicFigure; also kLowercaseFirst and kLowercaseAlone unless marked "=" as
    // a word or a common or known word (parsed after those).
    std::string_view public_figures;
  };
  static NameLists Parse(const Texts& texts);
  // The lists `folded` (whose WordHash is `hash`) is in (the flags above, or 0).
  uint8_t Find(std::string_view folded, uint32_t hash) const { return entries_.Find(folded, hash); }
  uint8_t Find(std::string_view folded) const { return entries_.Find(folded); }
  // Two sieves, cheap then finer, that rule most lowercase words out of kLowercaseAlone
  // without a lookup: false only if no such name has this CaselessWordFilter key (length,
  // first and last letter), or this WordHash (kept in 2^16 bits).
  bool LowercaseAloneKeyMayMatch(uint32_t key) const { return lowercase_alone_keys_.MayContain(key); }
  bool LowercaseAloneHashMayMatch(uint32_t hash) const {
    return (lowercase_alone_hashes_[(hash & kHashMask) / 64] >> (hash % 64) & 1) != 0;
  }

 private:
  static constexpr uint32_t kHashMask = (1u << 16) - 1;
  WordTable entries_;
  CaselessWordFilter lowercase_alone_keys_;
  std::array<uint64_t, (kHashMask + 1) / 64> lowercase_alone_hashes_{};
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_WORD_LISTS_H_
