#include "engine/scanner.h"

#include <hs/hs.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>

#include "absl/strings/str_cat.h"
#include "engine/crypto.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

bool IsContinuationByte(std::string_view text, size_t pos) {
  return pos < text.size() && IsUtf8Continuation(text[pos]);
}

struct CallbackState {
  const std::vector<ScanEntry>* entries;
  std::string_view text;
  ScanBuffers* out;
};

// The boundary rule of `entry` for a match [start, end) of `text`.
bool PassesBoundary(const ScanEntry& entry, std::string_view text, size_t start, size_t end) {
  switch (entry.boundary) {
    case Boundary::kNone:
      break;
    case Boundary::kWord:
      if (WordCharBefore(text, start) || WordCharAt(text, end)) return false;
      break;
    case Boundary::kWordStart:
      if (WordCharBefore(text, start)) return false;
      break;
    case Boundary::kWordEnd:
      if (WordCharAt(text, end)) return false;
      break;
  }
  // Byte-mode expressions may start or end inside a multi-byte character: never a match.
  return !IsContinuationByte(text, start) && !IsContinuationByte(text, end);
}

int OnMatch(unsigned int id, unsigned long long from, unsigned long long to, unsigned int,
            void* context) {
  auto& state = *static_cast<CallbackState*>(context);
  const ScanEntry& entry = (*state.entries)[id];
  const size_t end = to;
  const size_t start = entry.literal_length > 0 ? end - entry.literal_length : from;
  if (!PassesBoundary(entry, state.text, start, end)) return 0;

  ScanBuffers& out = *state.out;
  // One expression can report the same start with growing ends: keep the longest.
  uint64_t& last = out.last_match_of_entry[id];
  if ((last >> 32) == out.generation) {
    ScanMatch& previous = out.matches[static_cast<uint32_t>(last)];
    if (previous.start == start) {
      previous.end = std::max(previous.end, end);
      return 0;
    }
  }
  last = (static_cast<uint64_t>(out.generation) << 32) | out.matches.size();
  out.matches.push_back({id, start, end});
  return 0;
}

unsigned FlagsFor(const ScanExpression& expression) {
  unsigned flags = expression.entry.literal_length > 0 ? 0 : HS_FLAG_SOM_LEFTMOST;
  if (expression.caseless) flags |= HS_FLAG_CASELESS;
  if (expression.unicode) flags |= HS_FLAG_UTF8 | HS_FLAG_UCP;
  return flags;
}

// Compiles `expressions` into one database (nullptr when there are none); on failure
// `failed_index` names the expression Hyperscan rejected.
absl::StatusOr<hs_database*> CompileDatabase(const std::vector<ScanExpression>& expressions,
                                             int* failed_index) {
  if (expressions.empty()) return nullptr;
  std::vector<const char*> pointers;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < expressions.size(); ++i) {
    pointers.push_back(expressions[i].expression.c_str());
    flags.push_back(FlagsFor(expressions[i]));
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database* database = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_compile_multi(pointers.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(pointers.size()), HS_MODE_BLOCK, nullptr, &database,
                       &error) != HS_SUCCESS) {
    std::string message = error != nullptr ? error->message : "unknown error";
    if (failed_index != nullptr && error != nullptr && error->expression >= 0) {
      *failed_index = error->expression;
    }
    hs_free_compile_error(error);
    return absl::InvalidArgumentError(message);
  }
  return database;
}

// The key under which a DatabaseCache keeps `expressions` compiled on this machine: a
// digest of everything the database depends on. Each expression's length comes before it,
// so no two lists give the same bytes.
std::string DatabaseKey(const std::vector<ScanExpression>& expressions) {
  hs_platform_info_t platform{};
  hs_populate_platform(&platform);
  std::string material = absl::StrCat("sladd block-mode scan database 1\n", hs_version(), "\n",
                                      platform.tune, " ", platform.cpu_features, "\n");
  for (const ScanExpression& expression : expressions) {
    absl::StrAppend(&material, FlagsFor(expression), " ", expression.expression.size(), " ",
                    expression.expression, "\n");
  }
  return HexEncode(Sha256(material));
}

// The database `cache` holds under `key`, or nullptr when it holds none that loads.
hs_database* LoadDatabase(const DatabaseCache& cache, const std::string& key) {
  const std::optional<std::string> bytes = cache.Load(key);
  hs_database* database = nullptr;
  if (bytes && hs_deserialize_database(bytes->data(), bytes->size(), &database) != HS_SUCCESS) {
    return nullptr;
  }
  return database;
}

void StoreDatabase(const hs_database* database, const std::string& key,
                   const DatabaseCache& cache) {
  char* bytes = nullptr;
  size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) return;
  cache.Store(key, std::string_view(bytes, length));
  free(bytes);  // Hyperscan allocates with malloc unless told otherwise
}

// CompileDatabase, through `cache` when there is one.
absl::StatusOr<hs_database*> CompileOrLoadDatabase(const std::vector<ScanExpression>& expressions,
                                                   const DatabaseCache* cache,
                                                   int* failed_index) {
  if (cache == nullptr || expressions.empty()) return CompileDatabase(expressions, failed_index);
  const std::string key = DatabaseKey(expressions);
  if (hs_database* cached = LoadDatabase(*cache, key)) return cached;
  auto database = CompileDatabase(expressions, failed_index);
  if (database.ok()) StoreDatabase(*database, key, *cache);
  return database;
}

// Hyperscan 5.4.0's AVX512VBMI literal matcher ("fat Teddy") reads up to a vector past the
// end of the data (intel/hyperscan#457, fixed in Vectorscan by #333): a text that ends near
// a page boundary can fault. Bytes past the end within the last byte's page are always
// readable; otherwise the range is scanned from a padded copy.
constexpr size_t kOverReadBytes = 64;
constexpr uintptr_t kPageBytes = 4096;

const char* ReadableRange(const char* data, size_t length, std::string& copy) {
  if (length == 0) return data;
  const auto last = reinterpret_cast<uintptr_t>(data + length - 1);
  if (last / kPageBytes == (last + kOverReadBytes) / kPageBytes) return data;
  copy.assign(data, length);
  copy.append(kOverReadBytes, '\0');
  return copy.data();
}

absl::Status ScanText(const hs_database* database, const CallbackState& state,
                      hs_scratch* scratch) {
  const size_t length = state.text.size();
  if (length > std::numeric_limits<unsigned int>::max()) {
    return absl::InvalidArgumentError("text is larger than 4 GiB");
  }
  const char* data = ReadableRange(state.text.data(), length, state.out->padded_copy);
  const hs_error_t result = hs_scan(database, data, static_cast<unsigned>(length), 0, scratch,
                                    OnMatch, const_cast<CallbackState*>(&state));
  if (result != HS_SUCCESS) {
    return absl::InternalError(absl::StrCat("Hyperscan scan failed with code ", result));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Scanner>> Scanner::Compile(
    const std::vector<ScanExpression>& expressions,
    const std::vector<ContextWordMatcher::Word>& context_words, const DatabaseCache* cache,
    int* failed_index) {
  if (failed_index != nullptr) *failed_index = -1;
  std::unique_ptr<Scanner> scanner(new Scanner());
  auto database = CompileOrLoadDatabase(expressions, cache, failed_index);
  if (!database.ok()) return database.status();
  scanner->database_ = *database;
  for (const ScanExpression& expression : expressions) scanner->entries_.push_back(expression.entry);

  // Detectors with long context word lists get a matcher of their own, so that their
  // words do not slow the others' questions; the rest share one, so that a text with
  // candidates of several of them is searched once.
  std::vector<size_t> words_of_group;
  for (const ContextWordMatcher::Word& word : context_words) {
    const uint32_t group = word.id / kMaxContextTags;
    if (group >= words_of_group.size()) words_of_group.resize(group + 1);
    ++words_of_group[group];
  }
  scanner->matcher_of_group_.assign(words_of_group.size(), 0);
  size_t matchers = 1;
  for (size_t group = 0; group < words_of_group.size(); ++group) {
    if (words_of_group[group] > kSharedContextWords) scanner->matcher_of_group_[group] = matchers++;
  }
  std::vector<std::vector<ContextWordMatcher::Word>> words(matchers);
  for (const ContextWordMatcher::Word& word : context_words) {
    words[scanner->matcher_of_group_[word.id / kMaxContextTags]].push_back(word);
  }
  for (const auto& matcher_words : words) scanner->context_.emplace_back(matcher_words);
  return scanner;
}

Scanner::~Scanner() {
  hs_free_database(database_);
}

absl::Status Scanner::PrepareScratch(hs_scratch** scratch) const {
  if (database_ != nullptr && hs_alloc_scratch(database_, scratch) != HS_SUCCESS) {
    return absl::ResourceExhaustedError("cannot allocate Hyperscan scratch");
  }
  return absl::OkStatus();
}

absl::Status Scanner::Scan(std::string_view text, hs_scratch* scratch, ScanBuffers& out) const {
  out.matches.clear();
  out.context.resize(context_.size());
  for (ScanBuffers::ContextGroup& group : out.context) {
    group.hits.clear();
    group.covered.clear();
  }
  if (database_ == nullptr) return absl::OkStatus();
  if (out.last_match_of_entry.size() != entries_.size() || ++out.generation == 0) {
    out.last_match_of_entry.assign(entries_.size(), 0);
    out.generation = 1;
  }
  const CallbackState state{&entries_, text, &out};
  return ScanText(database_, state, scratch);
}

void Scanner::FindContext(std::string_view text, size_t matcher, size_t begin, size_t end,
                          ScanBuffers& out) const {
  std::vector<ContextHit>& hits = out.context[matcher].hits;
  const size_t first_new = hits.size();
  context_[matcher].Match(text, begin, end, hits);
  // Keep all hits sorted by end. New hits come by start, so nearly by end, and mostly after
  // the earlier ones (candidates come in text order): an insertion sort moves few, and
  // allocates nothing.
  for (size_t i = first_new; i < hits.size(); ++i) {
    const ContextHit hit = hits[i];
    size_t j = i;
    for (; j > 0 && hits[j - 1].end > hit.end; --j) hits[j] = hits[j - 1];
    hits[j] = hit;
  }
}

const std::vector<ContextHit>& LazyContextIndex::Cover(uint32_t group, size_t first_end,
                                                       size_t last_start) {
  static const std::vector<ContextHit> kNoHits;
  const std::optional<size_t> matcher = scanner_.ContextMatcherOf(group);
  if (!matcher) return kNoHits;
  // The word starts to search: [begin, end).
  const size_t longest = scanner_.LongestContextWord(*matcher);
  const size_t begin = first_end > longest ? first_end - longest : 0;
  const size_t end = std::min(last_start + 1, text_.size());
  std::vector<ContextHit>& hits = buffers_.context[*matcher].hits;
  if (begin >= end) return hits;
  // `covered` is sorted and its ranges neither overlap nor touch. Candidates mostly come
  // in text order, so the search and the merge below mostly work at the end: linear in the
  // number of questions, however many there are.
  auto& covered = buffers_.context[*matcher].covered;
  auto first = std::lower_bound(covered.begin(), covered.end(), begin,
                                [](const std::pair<size_t, size_t>& range, size_t at) {
                                  return range.second < at;
                                });
  size_t position = begin;
  auto last = first;
  for (; last != covered.end() && last->first <= end; ++last) {
    scanner_.FindContext(text_, *matcher, position, std::min(last->first, end), buffers_);
    position = std::max(position, last->second);
  }
  scanner_.FindContext(text_, *matcher, position, end, buffers_);
  // Record [begin, end) as covered, merged with the ranges it overlaps or touches.
  const size_t merged_begin = first != last ? std::min(begin, first->first) : begin;
  const size_t merged_end = first != last ? std::max(end, std::prev(last)->second) : end;
  first = covered.erase(first, last);
  covered.insert(first, {merged_begin, merged_end});
  return hits;
}

}  // namespace sladd
