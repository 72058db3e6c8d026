// The Hyperscan passes behind an Engine (internal to engine/).
//
// A Scanner is compiled once from a policy: its expressions (detector patterns and deny-list
// entries) into a Hyperscan database scanned over every text, and its context words into
// matchers asked only about the windows around candidates that a detector asks about: one
// shared by the detectors with few words, and one for each detector with many, whose long
// lists then never slow the others' questions.
// Both are then only read: scanning is thread-safe given a scratch per thread. Matches are
// checked against their boundary rule and recorded in ScanBuffers; nothing is allocated per
// byte.
#ifndef SLADD_ENGINE_SCANNER_H_
#define SLADD_ENGINE_SCANNER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/context_word_matcher.h"
#include "engine/database_cache.h"
#include "engine/detector.h"

struct hs_database;
struct hs_scratch;

namespace sladd {

// What a database expression stands for.
struct ScanEntry {
  enum class Kind : uint8_t { kCandidate, kDeny };
  Kind kind = Kind::kCandidate;
  Boundary boundary = Boundary::kWord;
  // Detector slot (kCandidate) or deny entry index (kDeny).
  uint32_t owner = 0;
  // Detector-defined pattern tag (kCandidate).
  uint32_t tag = 0;
  // For a literal of fixed byte length: that length. Such expressions are compiled without
  // start-of-match tracking, which costs Hyperscan dearly; the start is end - length.
  uint32_t literal_length = 0;
};

struct ScanExpression {
  std::string expression;
  bool caseless = false;
  bool unicode = false;
  ScanEntry entry;
};

// A match of the database that passed its boundary check.
struct ScanMatch {
  uint32_t entry = 0;
  size_t start = 0;
  size_t end = 0;
};

// Per-thread output of scanning one text, reused across texts so that steady-state scans
// do not allocate.
struct ScanBuffers {
  std::vector<ScanMatch> matches;          // candidates and deny matches, by end offset
  // Per context matcher: the hits found, sorted by end offset, and the ranges of word
  // starts searched, disjoint and sorted.
  struct ContextGroup {
    std::vector<ContextHit> hits;
    std::vector<std::pair<size_t, size_t>> covered;
  };
  std::vector<ContextGroup> context;
  std::vector<NumberToken> numbers;        // filled by the engine's number pass
  std::vector<DigitGroup> digit_groups;
  // A copy of a text that ends too near a page boundary for Hyperscan (see scanner.cc).
  std::string padded_copy;
  // For merging repeated reports of one expression with the same start.
  std::vector<uint64_t> last_match_of_entry;
  uint32_t generation = 0;
};

class Scanner {
 public:
  // Compiles `expressions` and `context_words` (either may be empty); a context word's id
  // divided by kMaxContextTags is its group. The database of `expressions` comes from
  // `cache` when it holds it, and goes there when compiled (`cache` may be nullptr; it is
  // used during the call only). On failure, `failed_index` (if given) receives the index of
  // the expression Hyperscan rejected, or -1.
  static absl::StatusOr<std::unique_ptr<Scanner>> Compile(
      const std::vector<ScanExpression>& expressions,
      const std::vector<ContextWordMatcher::Word>& context_words,
      const DatabaseCache* cache = nullptr, int* failed_index = nullptr);
  ~Scanner();

  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // Makes `*scratch` (nullptr or an existing scratch) fit the database.
  absl::Status PrepareScratch(hs_scratch** scratch) const;

  // Scans valid UTF-8 `text` (under 4 GiB) with the database into `out`, and forgets the
  // context of the previous text.
  absl::Status Scan(std::string_view text, hs_scratch* scratch, ScanBuffers& out) const;

  // Adds to out.context[matcher].hits every word of context matcher `matcher` that starts
  // in [`begin`, `end`) of `text`, and keeps those hits sorted by end.
  void FindContext(std::string_view text, size_t matcher, size_t begin, size_t end,
                   ScanBuffers& out) const;

  // Bytes in the longest word of context matcher `matcher`.
  size_t LongestContextWord(size_t matcher) const {
    return context_[matcher].longest_word_bytes();
  }

  const ScanEntry& entry(uint32_t id) const { return entries_[id]; }

  // The context matcher holding the words of `group` (a detector's context ids divided by
  // kMaxContextTags); nullopt when the group has none.
  std::optional<size_t> ContextMatcherOf(uint32_t group) const {
    if (group >= matcher_of_group_.size()) return std::nullopt;
    return matcher_of_group_[group];
  }

 private:
  Scanner() = default;
  hs_database* database_ = nullptr;
  std::vector<ScanEntry> entries_;
  // Detectors with more context words than this get a context matcher of their own.
  static constexpr size_t kSharedContextWords = 256;
  std::vector<ContextWordMatcher> context_;
  std::vector<size_t> matcher_of_group_;  // index into context_
};

// A ContextIndex over one text that searches for context words lazily: each word start
// at most once per matcher.
class LazyContextIndex final : public ContextIndex {
 public:
  LazyContextIndex(const Scanner& scanner, std::string_view text, ScanBuffers& buffers)
      : scanner_(scanner), text_(text), buffers_(buffers) {}

  const std::vector<ContextHit>& Cover(uint32_t group, size_t first_end,
                                       size_t last_start) override;

 private:
  const Scanner& scanner_;
  std::string_view text_;
  ScanBuffers& buffers_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_SCANNER_H_
