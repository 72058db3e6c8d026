#include "engine/scanner.h"

#include <hs/hs.h>

#include <algorithm>
#include <limits>

#include "absl/strings/str_cat.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsContinuationByte(std::string_view text, size_t pos) {
  return pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;
}

// Number of digits in the run that ends just before `pos`.
size_t DigitRunBefore(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos > n && IsDigit(text[pos - n - 1])) ++n;
  return n;
}

size_t DigitRunAt(std::string_view text, size_t pos) {
  size_t n = 0;
  while (pos + n < text.size() && IsDigit(text[pos + n])) ++n;
  return n;
}

bool IsNumberPunctuation(char c) { return c == '.' || c == '-' || c == ':' || c == '/'; }

// True if the candidate [start, end) is written in space-separated digit groups.
bool HasSpacedGroups(std::string_view text, size_t start, size_t end) {
  return text.substr(start, end - start).find(' ') != std::string_view::npos;
}

// '.' or '-' between digits makes one token of them: "1.2.3.4.5", "2024-03-12".
bool PunctuationJoinsBefore(std::string_view text, size_t start) {
  return start >= 2 && (text[start - 1] == '.' || text[start - 1] == '-') &&
         IsDigit(text[start - 2]);
}

bool PunctuationJoinsAfter(std::string_view text, size_t end) {
  return end + 1 < text.size() && (text[end] == '.' || text[end] == '-') &&
         IsDigit(text[end + 1]);
}

// A single space joins a candidate written in spaced groups (the caller checks) to a short
// plain group beside it ("1234 5678 9012", "12 34 56 78 90"), but not to a time, date or address
// ("10:15:01 22 33 44 55") nor to a whole number ("ring 22334455 99887766").
bool SpaceJoinsBefore(std::string_view text, size_t start) {
  if (start < 2 || text[start - 1] != ' ') return false;
  const size_t run = DigitRunBefore(text, start - 1);
  if (run == 0 || run > 4) return false;
  const size_t group_start = start - 1 - run;
  const bool structured = group_start >= 2 && IsNumberPunctuation(text[group_start - 1]) &&
                          IsDigit(text[group_start - 2]);
  return !structured;
}

bool SpaceJoinsAfter(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ') return false;
  const size_t run = DigitRunAt(text, end + 1);
  if (run == 0 || run > 4) return false;
  const size_t group_end = end + 1 + run;
  const bool structured = group_end + 1 < text.size() &&
                          IsNumberPunctuation(text[group_end]) && IsDigit(text[group_end + 1]);
  return !structured;
}

struct CallbackState {
  const Scanner* scanner;
  std::string_view text;
  ScanBuffers* out;
};

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
            void* context) {
  auto& state = *static_cast<CallbackState*>(context);
  const std::string_view text = state.text;
  const ScanEntry& entry = state.scanner->entry(id);
  size_t start = from;
  size_t end = to;
  bool joined = false;

  switch (entry.boundary) {
    case Boundary::kNone:
      break;
    case Boundary::kNumber:
      // The expression was wrapped with one trailing non-digit (or end of text); the core
      // ends with a digit.
      while (end > start && !IsDigit(text[end - 1])) --end;
      if (WordCharBefore(text, start) || WordCharAt(text, end) ||
          PunctuationJoinsBefore(text, start) || PunctuationJoinsAfter(text, end)) {
        return 0;
      }
      joined = HasSpacedGroups(text, start, end) &&
               (SpaceJoinsBefore(text, start) || SpaceJoinsAfter(text, end));
      break;
    case Boundary::kWord:
      if (WordCharBefore(text, start) || WordCharAt(text, end)) return 0;
      break;
    case Boundary::kWordStart:
      if (WordCharBefore(text, start)) return 0;
      break;
  }

  // Byte-mode expressions may start or end inside a multi-byte character: never a match.
  if (IsContinuationByte(text, start) || IsContinuationByte(text, end)) return 0;

  ScanBuffers& out = *state.out;
  if (entry.kind == ScanEntry::Kind::kContext) {
    out.context_hits.push_back({entry.owner, start, end});
    return 0;
  }
  // One expression can report the same start with growing ends ("ola@mail.firma" and
  // "ola@mail.firma.no"): keep the longest.
  uint64_t& last = out.last_match_of_entry[id];
  if ((last >> 32) == out.generation) {
    ScanMatch& previous = out.matches[static_cast<uint32_t>(last)];
    if (previous.start == start) {
      if (end > previous.end) {
        previous.end = end;
        previous.joined = joined;
      }
      return 0;
    }
  }
  last = (static_cast<uint64_t>(out.generation) << 32) | out.matches.size();
  out.matches.push_back({id, start, end, joined});
  return 0;
}

unsigned FlagsFor(const ScanExpression& expression) {
  unsigned flags = HS_FLAG_SOM_LEFTMOST;
  if (expression.caseless) flags |= HS_FLAG_CASELESS;
  if (expression.unicode) flags |= HS_FLAG_UTF8 | HS_FLAG_UCP;
  return flags;
}

std::string WrappedExpression(const ScanExpression& expression) {
  if (expression.entry.boundary != Boundary::kNumber) return expression.expression;
  // A trailing non-digit keeps a long run of digits from reporting at every position.
  return absl::StrCat("(?:", expression.expression, ")(?:[^0-9]|$)");
}

}  // namespace

absl::StatusOr<std::unique_ptr<Scanner>> Scanner::Compile(
    const std::vector<ScanExpression>& expressions, int* failed_index) {
  if (failed_index != nullptr) *failed_index = -1;
  std::unique_ptr<Scanner> scanner(new Scanner());
  if (expressions.empty()) return scanner;

  std::vector<std::string> texts;
  std::vector<const char*> pointers;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < expressions.size(); ++i) {
    texts.push_back(WrappedExpression(expressions[i]));
    flags.push_back(FlagsFor(expressions[i]));
    ids.push_back(static_cast<unsigned>(i));
    scanner->entries_.push_back(expressions[i].entry);
  }
  for (const std::string& text : texts) pointers.push_back(text.c_str());

  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(pointers.size()), HS_MODE_BLOCK, nullptr,
                       &scanner->database_, &error) != HS_SUCCESS) {
    std::string message = error != nullptr ? error->message : "unknown error";
    if (failed_index != nullptr && error != nullptr) *failed_index = error->expression;
    hs_free_compile_error(error);
    return absl::InvalidArgumentError(message);
  }
  return scanner;
}

Scanner::~Scanner() { hs_free_database(database_); }

absl::Status Scanner::PrepareScratch(hs_scratch** scratch) const {
  if (database_ == nullptr) return absl::OkStatus();
  if (hs_alloc_scratch(database_, scratch) != HS_SUCCESS) {
    return absl::ResourceExhaustedError("cannot allocate Hyperscan scratch");
  }
  return absl::OkStatus();
}

absl::Status Scanner::Scan(std::string_view text, hs_scratch* scratch, ScanBuffers& out) const {
  out.matches.clear();
  out.context_hits.clear();
  if (database_ == nullptr) return absl::OkStatus();
  if (text.size() > std::numeric_limits<unsigned int>::max()) {
    return absl::InvalidArgumentError("text is larger than 4 GiB");
  }
  if (out.last_match_of_entry.size() != entries_.size() || ++out.generation == 0) {
    out.last_match_of_entry.assign(entries_.size(), 0);
    out.generation = 1;
  }
  CallbackState state{this, text, &out};
  const hs_error_t result = hs_scan(database_, text.data(), static_cast<unsigned>(text.size()),
                                    0, scratch, OnMatch, &state);
  if (result != HS_SUCCESS) {
    return absl::InternalError(absl::StrCat("Hyperscan scan failed with code ", result));
  }
  // Hyperscan reports in end order; keep that guarantee explicit for binary searches.
  auto by_end = [](const ContextHit& a, const ContextHit& b) { return a.end < b.end; };
  if (!std::is_sorted(out.context_hits.begin(), out.context_hits.end(), by_end)) {
    std::stable_sort(out.context_hits.begin(), out.context_hits.end(), by_end);
  }
  return absl::OkStatus();
}

}  // namespace sladd
