// The interface between the engine and the detectors that plug into it.
//
// A detector finds candidates in one of three ways, or several: it contributes patterns to
// the engine's single Hyperscan database and confirms the matches, and/or it reads the
// number tokens the engine splits every text into (engine/number_token.h). Either way it
// checks checksums, dates and numbering plans and turns a candidate into zero or more
// Findings. It may also name context words ("kontonummer", "tlf") whose presence near a
// candidate changes its score. Pattern and number detectors never scan whole texts
// themselves: the engine makes one Hyperscan pass and one number pass for all of them.
// The third way is for word-level models that must see every word (PERSON): the detector
// reads the whole text once in ConfirmText.
//
// Detectors are immutable after construction and shared by all threads: every method is
// const and must be thread-safe.
#ifndef SLADD_ENGINE_DETECTOR_H_
#define SLADD_ENGINE_DETECTOR_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"
#include "engine/number_token.h"

namespace sladd {

// What the engine checks around a candidate before handing it to the detector.
enum class Boundary : uint8_t {
  // No check.
  kNone,
  // No word character (letter, digit or mark of any script, or '_') directly before the
  // start or after the end: `ø12345678` is not a phone number.
  kWord,
  // No word character directly before the start; the match may run on into a longer word.
  kWordStart,
  // No word character directly after the end; the match may be the end of a longer word
  // ("gata" in "Storgata").
  kWordEnd,
};

// One expression a detector adds to the shared database.
struct Pattern {
  // Hyperscan syntax, or a plain string when `literal` is set. Every match is reported with
  // its leftmost start.
  std::string expression;
  Boundary boundary = Boundary::kWord;
  bool caseless = false;
  // Treat the expression and text as UTF-8 code points (needed for non-ASCII literals and
  // for \w or caseless matching beyond ASCII).
  bool unicode = false;
  // Detector-defined, handed back in the Candidate.
  uint32_t tag = 0;
  // `expression` is a literal string (lowercase when `caseless`). Literals cost Hyperscan
  // far less than expressions: prefer a literal marker and read around it in Confirm.
  bool literal = false;
};

// Words whose presence near a candidate is evidence, matched in any case at the start of a
// word: "konto" also matches "kontoen" and "kontonummer", unless whole_words is set.
struct ContextWords {
  // Detector-defined; small (below kMaxContextTags).
  uint32_t tag = 0;
  // Lowercase literals; UTF-8 allowed.
  std::vector<std::string> words;
  // Match only whole words: "kr" but not "Kristian".
  bool whole_words = false;
};
inline constexpr uint32_t kMaxContextTags = 16;
// Longest context word, in bytes.
inline constexpr size_t kMaxContextWordBytes = 48;

// A match of one of the detector's patterns that passed the boundary check.
struct Candidate {
  size_t start = 0;
  size_t end = 0;
  uint32_t tag = 0;
};

// A context word found in the text; `id` is engine-assigned.
struct ContextHit {
  uint32_t id = 0;
  size_t start = 0;
  size_t end = 0;
};

// Context words of a text, found on demand (implemented by the engine): most of a text is
// never near a candidate, so it is never searched for context words. Each detector's words
// are a group of their own (context ids of one detector share id / kMaxContextTags), found
// only when that detector asks.
class ContextIndex {
 public:
  virtual ~ContextIndex() = default;
  // The hits of `group` found so far, sorted by end; once this returns, complete for every
  // word of the group that ends at or after `first_end` and starts at or before
  // `last_start`.
  virtual const std::vector<ContextHit>& Cover(uint32_t group, size_t first_end,
                                               size_t last_start) = 0;
};

// What a detector sees of the scanned text while confirming candidates.
class ScanView {
 public:
  // `context` must outlive the view.
  ScanView(std::string_view text, ContextIndex& context, uint32_t context_base)
      : text_(text), context_(context), context_base_(context_base) {}

  std::string_view text() const { return text_; }
  std::string_view slice(const Candidate& c) const {
    return text_.substr(c.start, c.end - c.start);
  }

  // True if one of the detector's context words with `tag` ends at most `before` bytes
  // before `start`, or starts at most `after` bytes after `end`, in the same sentence: no
  // '.', '!' or '?' followed by a space, nor a line break, lies between (a period right
  // after the word, as in "tlf. 91234567", is an abbreviation, not a sentence end).
  bool HasContext(uint32_t tag, size_t start, size_t end, size_t before, size_t after) const;

  // True if a context word with `tag` ends at most `within` bytes before `start` with no
  // digit and no sentence end in between: it speaks of this candidate, not of a number
  // before it ("ordre nr. 91234567", but not "versjon 2.14.0 91234567").
  bool HasContextRightBefore(uint32_t tag, size_t start, size_t within) const {
    return LastContextRightBefore(tag, start, within).has_value();
  }
  // The end of the last such word, if there is one: which of two kinds of words is nearer.
  // With kAllowed a digit between does not part them, where a number is part of what the
  // word speaks of ("we offer a 10% discount to").
  enum class DigitsBetween { kPart, kAllowed };
  std::optional<size_t> LastContextRightBefore(uint32_t tag, size_t start, size_t within,
                                               DigitsBetween digits = DigitsBetween::kPart) const;

 private:
  // Hits complete for the words that end at or after `first_end` and start at or before
  // `last_start`.
  const std::vector<ContextHit>& HitsAround(size_t first_end, size_t last_start) const;

  std::string_view text_;
  ContextIndex& context_;
  uint32_t context_base_;
};

class Detector {
 public:
  virtual ~Detector() = default;

  // Stable lower_snake_case name, reported in every Finding ("no_national_id").
  virtual std::string_view name() const = 0;

  // The finding types this detector can produce ("NO_NATIONAL_ID").
  virtual std::vector<std::string_view> types() const = 0;

  // The expressions this detector adds to the shared database. Called once per Engine.
  virtual std::vector<Pattern> patterns() const { return {}; }

  // Context words this detector consults through ScanView::HasContext.
  virtual std::vector<ContextWords> context_words() const { return {}; }

  // Appends the findings `candidate` confirms to `out` (none when it is rejected). A finding
  // may extend beyond the candidate (a pattern that marks where an address starts). Must not
  // keep references to the text. Findings' string views must point to static storage.
  virtual void Confirm(const Candidate& candidate, const ScanView& view,
                       std::vector<Finding>& out) const {}

  // True if the detector wants ConfirmNumber called for number tokens.
  virtual bool reads_numbers() const { return false; }

  // Tokens with fewer digits in all are not offered to ConfirmNumber: most numbers in
  // text ("kl 14", "2 stk") are too short to be anything.
  virtual size_t min_token_digits() const { return 1; }

  // Appends the findings within or around number `token` to `out`; see Confirm.
  virtual void ConfirmNumber(const NumberToken& token, const ScanView& view,
                             std::vector<Finding>& out) const {}

  // True if the detector wants ConfirmText called once for every text.
  virtual bool reads_text() const { return false; }

  // Appends the findings in the whole text of `view` to `out`; see Confirm. Runs after the
  // pattern and number confirmations, in one pass over the text.
  virtual void ConfirmText(const ScanView& view, std::vector<Finding>& out) const {}

  // The form of a found value that identifies it: two writings of the same number give the
  // same normal form ("010190 12345" and "01019012345"). Used to number and hash values
  // consistently. The default is the value itself.
  virtual std::string Normalize(std::string_view type, std::string_view value) const {
    return std::string(value);
  }

  // Does now the one-time work the detector would otherwise do at a first use (compiling a
  // country's numbering plan at its first number), so that no request waits for it: for a
  // server, which calls it once beside its first requests. Thread-safe; findings are the
  // same with or without it.
  virtual void WarmUp() const {}
};

}  // namespace sladd

#endif  // SLADD_ENGINE_DETECTOR_H_
