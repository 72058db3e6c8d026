#include "detectors/word_lists.h"

#include <algorithm>

#include "engine/utf8.h"

namespace sladd {

namespace {
uint32_t StoredHash(uint32_t hash) { return hash == 0 ? 1 : hash; }
}  // namespace

void WordTable::Add(std::string_view folded, uint8_t flags) {
  if (2 * (count_ + 1) > hashes_.size()) Grow();
  const uint32_t hash = StoredHash(WordHash(folded));
  const size_t mask = hashes_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (hashes_[i] == 0) {
      hashes_[i] = hash;
      entries_[i] = {static_cast<uint32_t>(pool_.size()), static_cast<uint16_t>(folded.size()),
                     flags};
      pool_.append(folded);
      ++count_;
      return;
    }
    if (hashes_[i] == hash && WordOf(entries_[i]) == folded) {
      entries_[i].flags |= flags;
      return;
    }
  }
}

uint8_t WordTable::Find(std::string_view folded, uint32_t hash) const {
  if (hashes_.empty()) return 0;
  hash = StoredHash(hash);
  const size_t mask = hashes_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (hashes_[i] == 0) return 0;
    if (hashes_[i] == hash && WordOf(entries_[i]) == folded) return entries_[i].flags;
  }
}

void WordTable::Grow() {
  std::vector<uint32_t> old_hashes = std::move(hashes_);
  std::vector<Entry> old_entries = std::move(entries_);
  const size_t size = std::max<size_t>(64, old_hashes.size() * 2);
  hashes_.assign(size, 0);
  entries_.assign(size, Entry{});
  for (size_t j = 0; j < old_hashes.size(); ++j) {
    if (old_hashes[j] == 0) continue;
    size_t i = old_hashes[j] & (size - 1);
    while (hashes_[i] != 0) i = (i + 1) & (size - 1);
    hashes_[i] = old_hashes[j];
    entries_[i] = old_entries[j];
  }
}

NameLists NameLists::Parse(const Texts& texts) {
  NameLists lists;
  auto add = [&lists](std::string_view folded, uint8_t list) {
    lists.entries_.Add(folded, list);
    if ((list & kLowercaseAlone) != 0) {
      lists.lowercase_alone_keys_.Add(folded);
      const uint32_t hash = WordHash(folded) & kHashMask;
      lists.lowercase_alone_hashes_[hash / 64] |= uint64_t{1} << (hash % 64);
    }
  };
  auto parse = [&add](std::string_view text, uint8_t list) {
    ForEachDataLine(text, [&](std::string_view line, size_t) {
      add(FoldCase(line), list);
      return true;
    });
  };
  parse(texts.first_names, kFirst);
  parse(texts.last_names, kLast);
  parse(texts.common_words, kCommon);
  parse(texts.places, kPlace);
  parse(texts.lowercase_first_names, kLowercaseFirst | kLowercaseAlone);
  parse(texts.lowercase_names_also_words, kLowercaseFirst);
  parse(texts.known_words, kKnownWord);
  // "=Trump" is also a word: a name only capitalised. Others are names in lowercase too.
  ForEachDataLine(texts.public_figures, [&](std::string_view line, size_t) {
    const bool marked_a_word = line.front() == '=';
    if (marked_a_word) line.remove_prefix(1);
    const std::string folded = FoldCase(line);
    const bool a_word = marked_a_word || (lists.Find(folded) & (kCommon | kKnownWord)) != 0;
    add(folded,
        a_word ? kLast | kPublicFigure : kLast | kPublicFigure | kLowercaseFirst | kLowercaseAlone);
    return true;
  });
  return lists;
}

void CaselessWordFilter::Add(std::string_view folded) {
  const uint32_t key = KeyOf(folded);
  if (key != kAnyKey) bits_[key / 64] |= uint64_t{1} << (key % 64);
}

}  // namespace sladd
