// The single Hyperscan pass behind an Engine (internal to engine/).
//
// A Scanner is compiled once from every expression of a policy — detector patterns, context
// words and deny-list entries — into one database, and then only read: Scan is thread-safe
// given a scratch per thread. Each match is reported with its leftmost start, checked
// against its boundary rule and recorded in ScanBuffers; nothing is allocated per byte.
#ifndef SLADD_ENGINE_SCANNER_H_
#define SLADD_ENGINE_SCANNER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "engine/detector.h"

struct hs_database;
struct hs_scratch;

namespace sladd {

// What a database expression stands for.
struct ScanEntry {
  enum class Kind : uint8_t { kCandidate, kContext, kDeny };
  Kind kind = Kind::kCandidate;
  Boundary boundary = Boundary::kWord;
  // Detector slot (kCandidate), context id (kContext) or deny entry index (kDeny).
  uint32_t owner = 0;
  // Detector-defined pattern tag (kCandidate).
  uint32_t tag = 0;
};

struct ScanExpression {
  std::string expression;
  bool caseless = false;
  bool unicode = false;
  ScanEntry entry;
};

// A match that passed its boundary check. For context entries, see ScanBuffers.
struct ScanMatch {
  uint32_t entry = 0;
  size_t start = 0;
  size_t end = 0;
  bool joined = false;  // see Candidate::joined
};

// Per-thread output of Scan, reused across calls so steady-state scans do not allocate.
struct ScanBuffers {
  std::vector<ScanMatch> matches;         // candidates and deny matches, by end offset
  std::vector<ContextHit> context_hits;  // sorted by end offset
  // For merging repeated reports of one expression with the same start.
  std::vector<uint64_t> last_match_of_entry;
  uint32_t generation = 0;
};

class Scanner {
 public:
  // Compiles `expressions` (which may be empty). On failure, `failed_index` (if given)
  // receives the index of the expression Hyperscan rejected, or -1.
  static absl::StatusOr<std::unique_ptr<Scanner>> Compile(
      const std::vector<ScanExpression>& expressions, int* failed_index = nullptr);
  ~Scanner();

  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // Makes `*scratch` (nullptr or an existing scratch) fit this database.
  absl::Status PrepareScratch(hs_scratch** scratch) const;

  // Scans valid UTF-8 `text` (under 4 GiB) and fills `out`.
  absl::Status Scan(std::string_view text, hs_scratch* scratch, ScanBuffers& out) const;

  const ScanEntry& entry(uint32_t id) const { return entries_[id]; }

 private:
  Scanner() = default;
  hs_database* database_ = nullptr;
  std::vector<ScanEntry> entries_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_SCANNER_H_
