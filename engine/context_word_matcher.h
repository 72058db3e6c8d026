// Finds the context words of detectors (see ContextWords in detector.h) in a range of a
// text: caseless literals that begin at a word start and, when asked, end at a word end.
//
// A ContextWordMatcher is built once from a policy's words and then only read: Match is
// thread-safe and allocates nothing but room for the hits it appends. It walks a byte trie,
// laid out as a table, from each word start of the range: a text costs a table lookup per
// byte and one more per byte of the words that begin like a context word. Context questions are asked of short
// texts (a chat message, a window of a log), where a Hyperscan database of the same few
// hundred short caseless literals spent several times as much per call.
#ifndef SLADD_ENGINE_CONTEXT_WORD_MATCHER_H_
#define SLADD_ENGINE_CONTEXT_WORD_MATCHER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/detector.h"

namespace sladd {

class ContextWordMatcher {
 public:
  struct Word {
    // Matched with ASCII letters in any case; other bytes as given, so a word with
    // non-ASCII letters is added once per case variant. Not empty.
    std::string literal;
    // Reported in ContextHit::id.
    uint32_t id = 0;
    // Also require a word end after the literal ("kr", but not in "krone").
    bool whole_word = false;
  };

  explicit ContextWordMatcher(const std::vector<Word>& words);

  // Appends to `hits` every word of valid UTF-8 `text` that begins at a word start in
  // [from, to) (its boundaries judged on the whole text); it may end past `to`. Hits of
  // one start come in order of end; starts in text order.
  void Match(std::string_view text, size_t from, size_t to, std::vector<ContextHit>& hits) const;

  // Bytes in the longest word: a word ending at `pos` starts at most this far before it.
  size_t longest_word_bytes() const { return longest_word_bytes_; }

 private:
  // The node after `node` by `byte`, or 0.
  uint32_t Next(uint32_t node, char byte) const {
    return next_[node * classes_ + class_of_[static_cast<unsigned char>(byte)]];
  }
  // Walks from `pos` if its byte begins a word and, unless it comes after an ASCII byte
  // (which callers have checked), it is a word start.
  void TryStart(std::string_view text, size_t pos, std::vector<ContextHit>& hits) const;
  // Reports the words that start at `start`, the first of whose bytes leads from the root
  // to `node`.
  void WalkFrom(std::string_view text, size_t start, uint32_t node,
                std::vector<ContextHit>& hits) const;

  // Bytes that occur in the words, ASCII letters folded, are numbered from 1; all others
  // are class 0, which leads nowhere.
  std::array<uint8_t, 256> class_of_{};
  size_t classes_ = 1;
  // The trie as a table: row `node` holds the next node by byte class; 0 (the root) means
  // none.
  std::vector<uint32_t> next_;
  // The words ending at node n are endings_[first_ending_[n], first_ending_[n + 1]).
  struct Ending {
    uint32_t id;
    bool whole_word;
  };
  std::vector<uint32_t> first_ending_;
  std::vector<Ending> endings_;
  size_t longest_word_bytes_ = 0;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_CONTEXT_WORD_MATCHER_H_
