#include "detectors/person_tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "absl/strings/match.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr char kMagic[4] = {'S', 'L', 'P', 'T'};
constexpr size_t kHeaderBytes = 20;

// Feature parts are combined with a murmur3-style mix (words are hashed by WordHash).
uint32_t Mix(uint32_t hash, uint32_t value) {
  value *= 0xCC9E2D51u;
  value = (value << 15) | (value >> 17);
  hash ^= value * 0x1B873593u;
  hash = (hash << 13) | (hash >> 19);
  return hash * 5 + 0xE6546B64u;
}

// The bucket of feature `id` over the given part hashes.
template <typename... Parts>
uint32_t Bucket(uint32_t id, Parts... parts) {
  uint32_t hash = id;
  ((hash = Mix(hash, parts)), ...);
  hash ^= hash >> 16;
  hash *= 0x85EBCA6Bu;
  hash ^= hash >> 13;
  return hash % PersonModel::kBuckets;
}

// What an ASCII byte is to the tokenizer; words record the union of their characters'
// classes, with three more for characters beyond ASCII.
enum CharClass : uint16_t {
  kSpace = 1,
  kLower = 2,
  kUpper = 4,
  kDigit = 8,
  kUnderscore = TaggingContext::kSeenUnderscore,
  kOther = 32,
  kLatinSmall = 64,  // à-ÿ (U+00E0-U+00FF): lowercase, folds to itself; æ, ø, å, é, ü
  kNonAscii = TaggingContext::kSeenBeyondLatin1,  // any other word character beyond ASCII
  kJoiner = TaggingContext::kSeenJoiner,          // an inner '-', '\'' or '’'
};
constexpr uint8_t kWordBytes = kLower | kUpper | kDigit | kUnderscore;
static_assert(TaggingContext::kLowercaseLetters == (kLower | kLatinSmall));

// The class of the word character beyond ASCII at text[pos].
uint16_t NonAsciiClass(std::string_view text, size_t pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const auto second = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
  return lead == 0xC3 && second >= 0xA0 ? kLatinSmall : kNonAscii;
}

// Bytes from 0x80 have class 0: no ASCII word byte, which is all the word loop asks.
constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 128; ++c) {
    classes[c] = c == ' ' || c == '\t' || c == '\n' || c == '\r' ? kSpace
                 : c >= 'a' && c <= 'z'                        ? kLower
                 : c >= 'A' && c <= 'Z'                        ? kUpper
                 : c >= '0' && c <= '9'                        ? kDigit
                 : c == '_'                                    ? kUnderscore
                                                               : kOther;
  }
  return classes;
}
constexpr std::array<uint8_t, 256> kByteClasses = MakeByteClasses();

bool IsInnerJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019; }

bool IsLetter(char32_t c) { return IsWordCodePoint(c) && !(c >= '0' && c <= '9') && c != '_'; }

// The shape class of one code point: 'X' upper, 'x' other letter, 'd' digit, ASCII
// punctuation itself, '*' anything else.
constexpr char AsciiShapeKind(char32_t c) {
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  return static_cast<char>(c);
}

char ShapeKind(char32_t c) {
  if (c < 0x80) return AsciiShapeKind(c);
  if (!IsLetter(c)) return '*';
  return IsUpperCodePoint(c) ? 'X' : 'x';
}

// Shape kind and lowercase of each ASCII byte.
struct AsciiClass {
  char kind;
  char lower;
};
constexpr std::array<AsciiClass, 128> MakeAsciiClasses() {
  std::array<AsciiClass, 128> classes{};
  for (int c = 0; c < 128; ++c) {
    const char kind = AsciiShapeKind(static_cast<char32_t>(c));
    const char lower = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    classes[c] = {kind, lower};
  }
  return classes;
}
constexpr std::array<AsciiClass, 128> kAsciiClasses = MakeAsciiClasses();

bool EndsSentence(std::string_view token) {
  if (token.size() > 3) return false;
  return token == "." || token == "!" || token == "?" || token == ":" || token == "\"" ||
         token == "\xC2\xAB" /* « */ || token == "-" || token == "\xE2\x80\x93" /* – */;
}

// The first and last code points of valid UTF-8.
std::string_view Prefix(std::string_view word, size_t code_points) {
  size_t end = 0;
  for (size_t i = 0; i < code_points && end < word.size(); ++i) {
    ++end;
    while (end < word.size() && IsUtf8Continuation(word[end])) ++end;
  }
  return word.substr(0, end);
}

std::string_view Suffix(std::string_view word, size_t code_points) {
  size_t start = word.size();
  for (size_t i = 0; i < code_points && start > 0; ++i) {
    --start;
    while (start > 0 && IsUtf8Continuation(word[start])) --start;
  }
  return word.substr(start);
}

// The class of the Latin-1 letter U+00C0-U+00FF encoded as 0xC3 `second`, or 0 for
// '×' and '÷': most non-ASCII bytes in Nordic text, classified without decoding.
inline uint16_t Latin1LetterClass(unsigned char second) {
  if (second == 0x97 || second == 0xB7) return 0;
  return second >= 0xA0 ? kLatinSmall : kNonAscii;
}

// Calls on_word(start, end, classes seen) for each word and on_other(start, end) for each
// other non-space character of text[begin, end).
template <typename OnWord, typename OnOther>
void Tokenize(std::string_view text, size_t begin, size_t end, OnWord on_word, OnOther on_other) {
  const auto byte_at = [&text](size_t pos) { return static_cast<unsigned char>(text[pos]); };
  size_t pos = begin;
  while (pos < end) {
    const unsigned char lead = byte_at(pos);
    size_t next = pos + 1;
    uint16_t seen;
    if (lead < 0x80) {
      seen = kByteClasses[lead];
      if (seen == kSpace) {
        pos = next;
        continue;
      }
      if (seen == kOther) {
        on_other(pos, next);
        pos = next;
        continue;
      }
    } else if (lead == 0xC3 && pos + 1 < end && (seen = Latin1LetterClass(byte_at(pos + 1))) != 0) {
      next = pos + 2;
    } else {
      const char32_t c = CodePointAt(text, pos);
      next = NextCodePointStart(text, pos);
      if (c == 0xA0) {
        pos = next;
        continue;
      }
      if (!IsWordCodePoint(c)) {
        on_other(pos, next);
        pos = next;
        continue;
      }
      seen = NonAsciiClass(text, pos);
    }
    size_t word_end = next;
    while (word_end < end) {
      const unsigned char byte = byte_at(word_end);
      const uint8_t byte_class = kByteClasses[byte];
      if ((byte_class & kWordBytes) != 0) {
        seen |= byte_class;
        ++word_end;
        continue;
      }
      // Most words end at a space or a punctuation mark.
      if (byte < 0x80 && byte != '-' && byte != '\'') break;
      if (byte == 0xC3 && word_end + 1 < end) {
        const uint16_t latin1 = Latin1LetterClass(byte_at(word_end + 1));
        if (latin1 != 0) {
          seen |= latin1;
          word_end += 2;
          continue;
        }
      }
      const char32_t d = byte < 0x80 ? byte : CodePointAt(text, word_end);
      const size_t after = byte < 0x80 ? word_end + 1 : NextCodePointStart(text, word_end);
      if (byte >= 0x80 && IsWordCodePoint(d)) {
        seen |= NonAsciiClass(text, word_end);
        word_end = after;
      } else if (IsInnerJoiner(d) && after < end && IsLetter(CodePointAt(text, after))) {
        seen |= kJoiner | (byte_at(after) < 0x80 ? kByteClasses[byte_at(after)]
                                                  : NonAsciiClass(text, after));
        word_end = NextCodePointStart(text, after);
      } else {
        break;
      }
    }
    on_word(pos, word_end, seen);
    pos = word_end;
  }
}

// Contractions that end as a possessive does: "It's", "That's", "Let's" open sentences.
constexpr std::string_view kContractedBeforeS[] = {"it", "that", "he", "she", "what", "there",
                                                   "here", "let", "who", "where", "how"};

// Where the stem of word text[start, stop) ends if it ends in the English possessive "'s"
// or "’s" ("Sarah's"), or `stop`. Contractions ("It's") are no possessives.
size_t PossessiveStemEnd(std::string_view text, size_t start, size_t stop) {
  const std::string_view word = text.substr(start, stop - start);
  size_t stem = 0;
  if (word.ends_with("'s")) {
    stem = word.size() - 2;
  } else if (word.ends_with("\xE2\x80\x99s")) {
    stem = word.size() - 4;
  }
  if (stem < 2) return stop;
  const absl::string_view stem_text = ToAbsl(word.substr(0, stem));
  for (const std::string_view contraction : kContractedBeforeS) {
    if (absl::EqualsIgnoreCase(stem_text, ToAbsl(contraction))) return stop;
  }
  return start + stem;
}

// Whether text[start, stop) holds a '-', '\'' or '’'.
bool HasJoiner(std::string_view text, size_t start, size_t stop) {
  const std::string_view word = text.substr(start, stop - start);
  return word.find_first_of("-'") != std::string_view::npos ||
         word.find("\xE2\x80\x99") != std::string_view::npos;
}

}  // namespace

// Adds a token with what it learns from the ones before it: whether it opens a sentence,
// and whether a joiner glues it to the word before ("kari" in "ola.kari@x.no").
inline __attribute__((always_inline)) void TaggingContext::Add(Token token) {
  const size_t i = tokens_.size();
  if (i == 0) {
    token.sentence_start = true;
    tokens_.push_back(token);
    return;
  }
  const Token& previous = tokens_[i - 1];
  token.sentence_start = previous.ends_sentence;
  if (i >= 2) {
    Token& before = tokens_[i - 2];
    if (previous.joiner && before.end == previous.start && previous.end == token.start &&
        text_[token.start] != ':' && (before.word || token.word)) {
      before.joined = token.joined = true;
      has_joined_words_ = true;
    }
  }
  tokens_.push_back(token);
}

void TaggingContext::AddOther(std::string_view text, size_t start, size_t stop) {
  const char c = text[start];
  Token token;
  token.start = start;
  token.end = stop;
  token.ends_sentence = EndsSentence(text.substr(start, stop - start));
  token.joiner = stop - start == 1 && (c == '@' || c == '.' || c == '/' || c == ':' ||
                                       c == '=' || c == '[' || c == '(');
  Add(token);
}

void TaggingContext::Assign(std::string_view text, size_t begin, size_t end,
                            const NameLists& names) {
  text_ = text;
  names_ = &names;
  tokens_.clear();
  has_joined_words_ = false;
  folded_.clear();
  // Folding grows a code point by at most half its bytes; no reallocation moves the views.
  folded_.reserve(2 * (end - begin) + 16);
  Tokenize(
      text, begin, end,
      [&](size_t start, size_t stop, uint16_t seen) {
        const auto lead = static_cast<unsigned char>(text[start]);
        const char kind =
            lead < 0x80 ? kAsciiClasses[lead].kind : ShapeKind(CodePointAt(text, start));
        Token token;
        token.start = start;
        token.end = stop;
        token.seen = seen;
        token.word = kind == 'X' || kind == 'x';
        token.capitalized = kind == 'X';
        // An English possessive is no part of the name: "Sarah's husband" tags "Sarah",
        // as "Sarah" and "Saras" are tagged (the Norwegian genitive has no apostrophe), and
        // "emma's mum" has the lowercase name "emma", a word of letters only.
        size_t stem_end = stop;
        if (token.capitalized || (seen & kJoiner) != 0) {
          stem_end = PossessiveStemEnd(text, start, stop);
          if (stem_end != stop && !HasJoiner(text, start, stem_end)) token.seen &= ~kJoiner;
        }
        token.end = stem_end;
        Add(token);
        if (stem_end != stop) AddOther(text, stem_end, stop);
      },
      [&](size_t start, size_t stop) { AddOther(text, start, stop); });
  if (details_.size() < tokens_.size()) details_.resize(tokens_.size());
}



const TaggingContext::Token TaggingContext::kNoToken{};

void TaggingContext::Describe(size_t i) const {
  const Token& token = tokens_[i];
  Details& details = details_[i];
  details.lists = 0;
  const std::string_view bytes = raw(i);
  if (token.seen == 0) {
    DescribeOther(bytes, details);
  } else if ((token.seen & ~(kLower | kLatinSmall | kDigit | kUnderscore)) != 0) {
    DescribeMixed(bytes, details);
  } else {
    DescribeLowercase(bytes, details);
  }
  token.described = true;
}

// A word of lowercase letters (ASCII or U+00E0-U+00FF), digits and '_' is its own folded
// form.
void TaggingContext::DescribeLowercase(std::string_view raw, Details& details) const {
  details.folded = raw.data();
  details.folded_size = static_cast<uint32_t>(raw.size());
  details.folded_hash = WordHash(raw);
  details.shape_size = 0;
  char last_kind = 0;
  for (size_t pos = 0; pos < raw.size();) {
    const auto byte = static_cast<unsigned char>(raw[pos]);
    const char kind = byte < 0x80 ? kAsciiClasses[byte].kind : 'x';
    pos += byte < 0x80 ? 1 : 2;
    if (kind != last_kind && details.shape_size < kMaxShape) {
      details.shape[details.shape_size++] = kind;
    }
    last_kind = kind;
  }
  static const uint32_t kLowerShapeHash = WordHash("x");
  details.shape_hash = details.shape_size == 1 && details.shape[0] == 'x'
                           ? kLowerShapeHash
                           : WordHash(std::string_view(details.shape, details.shape_size));
}

namespace {

// HashBytes of every one-byte string: punctuation is a third of all tokens.
const std::array<uint32_t, 128>& SingleByteHashes() {
  static const std::array<uint32_t, 128> hashes = [] {
    std::array<uint32_t, 128> table{};
    for (int c = 0; c < 128; ++c) {
      const char byte = static_cast<char>(c);
      table[c] = WordHash(std::string_view(&byte, 1));
    }
    return table;
  }();
  return hashes;
}

}  // namespace

void TaggingContext::DescribeOther(std::string_view raw, Details& details) const {
  details.folded = raw.data();  // punctuation and symbols have no case
  details.folded_size = static_cast<uint32_t>(raw.size());
  const auto lead = static_cast<unsigned char>(raw[0]);
  details.shape[0] = lead < 0x80 ? static_cast<char>(lead) : '*';  // ShapeKind of a non-word
  details.shape_size = 1;
  if (lead < 0x80) {
    details.folded_hash = details.shape_hash = SingleByteHashes()[lead];
    return;
  }
  details.folded_hash = WordHash(raw);
  details.shape_hash = WordHash(std::string_view(details.shape, 1));
}

// Folds and shapes ("Xx", "x", "X", "d", "Xx-Xx": runs collapsed) any other word in a
// single pass over its bytes.
void TaggingContext::DescribeMixed(std::string_view raw, Details& details) const {
  const size_t folded_start = folded_.size();
  // Shape runs collapse without a branch per character: a mispredicted branch per letter
  // was the detector's largest single cost.
  char shape[kMaxShape + 1];
  size_t shape_size = 0;
  char last_kind = 0;
  auto add_kind = [&](char kind) {
    shape[shape_size] = kind;
    shape_size += static_cast<size_t>((kind != last_kind) & (shape_size < kMaxShape));
    last_kind = kind;
  };
  for (size_t pos = 0; pos < raw.size();) {
    // A run of ASCII: copied at once, then lowered and shaped in place.
    size_t run = pos;
    while (run < raw.size() && static_cast<unsigned char>(raw[run]) < 0x80) ++run;
    if (run > pos) {
      const size_t at = folded_.size();
      folded_.append(raw.data() + pos, run - pos);
      for (char* c = folded_.data() + at; c != folded_.data() + folded_.size(); ++c) {
        const AsciiClass& ascii = kAsciiClasses[static_cast<unsigned char>(*c)];
        add_kind(ascii.kind);
        *c = ascii.lower;
      }
      pos = run;
      continue;
    }
    const size_t next = NextCodePointStart(raw, pos);
    AppendFoldCase(raw.substr(pos, next - pos), folded_);
    add_kind(ShapeKind(CodePointAt(raw, pos)));
    pos = next;
  }
  // A fixed-size copy is a few moves; one of shape_size bytes was a library call.
  static_assert(sizeof details.shape == kMaxShape && sizeof shape > kMaxShape);
  std::memcpy(details.shape, shape, kMaxShape);
  details.shape_size = static_cast<uint8_t>(shape_size);
  details.folded = folded_.data() + folded_start;
  details.folded_size = static_cast<uint32_t>(folded_.size() - folded_start);
  details.folded_hash = WordHash(std::string_view(details.folded, details.folded_size));
  // Most words described here are capitalised ("Xx").
  static const uint32_t kCapitalisedShapeHash = WordHash("Xx");
  const std::string_view shape_view(details.shape, details.shape_size);
  details.shape_hash = shape_view == "Xx" ? kCapitalisedShapeHash : WordHash(shape_view);
}

uint8_t TaggingContext::Lists(size_t i) const {
  if (i >= tokens_.size() || !tokens_[i].word) return 0;
  const Token& token = tokens_[i];
  if (!token.described) Describe(i);
  Details& details = details_[i];
  if (!token.listed) {
    details.lists = names_->Find({details.folded, details.folded_size}, details.folded_hash);
    token.listed = true;
  }
  return details.lists;
}

bool TaggingContext::NextToCapital(size_t i) const {
  return at(i).capitalized || at(i - 1).capitalized || at(i + 1).capitalized;
}

uint8_t TaggingContext::FeatureLists(size_t i) const { return NextToCapital(i) ? Lists(i) : 0; }

uint8_t TaggingContext::GenitiveStemLists(size_t i) const {
  const std::string_view word = folded(i);
  if (word.size() <= 2 || word.back() != 's') return 0;
  return names_->Find(word.substr(0, word.size() - 1));
}

bool TaggingContext::IsGenitiveOfName(size_t i) const {
  if (!at(i).word || !NextToCapital(i)) return false;
  return (GenitiveStemLists(i) & NameLists::kNames) != 0;
}

bool TaggingContext::IsHyphenatedFirstNames(size_t i) const {
  if (!at(i).word || (at(i).seen & kSeenJoiner) == 0) return false;
  const std::string_view word = folded(i);
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || word.find('-', hyphen + 1) != std::string_view::npos) {
    return false;
  }
  return (names_->Find(word.substr(0, hyphen)) & NameLists::kFirst) != 0 &&
         (names_->Find(word.substr(hyphen + 1)) & NameLists::kFirst) != 0;
}

bool TaggingContext::IsPlace(size_t i) const {
  return (Lists(i) & NameLists::kPlace) != 0 || (GenitiveStemLists(i) & NameLists::kPlace) != 0;
}

bool TaggingContext::HasDigit(size_t i) const { return (at(i).seen & kDigit) != 0; }

bool TaggingContext::MayHoldUserNames() const {
  if (has_joined_words_) return true;
  if (tokens_.empty()) return false;
  const size_t start = tokens_.front().start;
  return memchr(text_.data() + start, '_', tokens_.back().end - start) != nullptr;
}

void TaggingContext::Features(size_t i, NameTag previous, std::vector<uint32_t>& out) const {
  static constexpr uint32_t kStart = 0x5354u, kEnd = 0x454Eu;  // "<s>", "</s>"
  const Details& w = Described(i);
  const std::string_view word(w.folded, w.folded_size);
  const bool has_before = i > 0, has_after = i + 1 < tokens_.size();
  const uint32_t before = has_before ? folded_hash(i - 1) : kStart;
  const uint32_t after = has_after ? folded_hash(i + 1) : kEnd;
  const uint32_t before_shape = has_before ? Described(i - 1).shape_hash : kStart;
  const uint32_t after_shape = has_after ? Described(i + 1).shape_hash : kEnd;
  const uint32_t tag = static_cast<uint32_t>(previous);
  const uint8_t lists = FeatureLists(i);
  const uint32_t names = ((lists & NameLists::kFirst) ? 1u : 0u) |
                         ((lists & NameLists::kLast) ? 2u : 0u) |
                         ((lists & NameLists::kCommon) ? 4u : 0u);
  const uint32_t neighbours =
      (has_before && (FeatureLists(i - 1) & NameLists::kFirst) ? 1u : 0u) |
      (has_after && (FeatureLists(i + 1) & NameLists::kLast) ? 2u : 0u);
  const size_t first = out.size();
  out.resize(first + kFeatureCount);
  uint32_t* f = out.data() + first;
  f[0] = Bucket(0);
  f[1] = Bucket(1, w.folded_hash);
  f[2] = Bucket(2, w.shape_hash);
  f[3] = Bucket(3, WordHash(Prefix(word, 3)));
  f[4] = Bucket(4, WordHash(Suffix(word, 3)));
  f[5] = Bucket(5, WordHash(Suffix(word, 2)));
  f[6] = Bucket(6, before);
  f[7] = Bucket(7, after);
  f[8] = Bucket(8, before_shape);
  f[9] = Bucket(9, after_shape);
  f[10] = Bucket(10, names, w.shape_hash);
  f[11] = Bucket(11, tag);
  f[12] = Bucket(12, tag, w.shape_hash);
  f[13] = Bucket(13, StartsSentence(i) ? 1u : 0u, w.shape_hash, w.folded_hash);
  f[14] = Bucket(14, neighbours, w.shape_hash);
  f[15] = Bucket(15, before, w.shape_hash);
  f[16] = Bucket(16, tag, before);
  f[17] = Bucket(17, i > 1 ? folded_hash(i - 2) : kStart);
  f[18] = Bucket(18, i + 2 < tokens_.size() ? folded_hash(i + 2) : kEnd);
  f[19] = Bucket(19, w.shape_hash, after_shape);
  f[20] = Bucket(20, IsGenitiveOfName(i) ? 1u : 0u, w.shape_hash);
  f[21] = Bucket(21, WordHash(Suffix(word, 4)));
}

absl::StatusOr<PersonModel> PersonModel::FromBytes(std::string_view bytes) {
  uint32_t version = 0, buckets = 0;
  float scale = 0, name_bias = 0;
  if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return absl::DataLossError("person tagger weights: not a weights file");
  }
  std::memcpy(&version, bytes.data() + 4, 4);
  std::memcpy(&buckets, bytes.data() + 8, 4);
  std::memcpy(&scale, bytes.data() + 12, 4);
  std::memcpy(&name_bias, bytes.data() + 16, 4);
  const size_t count = size_t{kBuckets} * kNameTags;
  if (version != kVersion || buckets != kBuckets || bytes.size() != kHeaderBytes + count * 2) {
    return absl::DataLossError("person tagger weights: wrong version or size");
  }
  PersonModel model;
  model.scale_ = scale;
  model.name_bias_ = name_bias;
  model.weights_.resize(count);
  std::memcpy(model.weights_.data(), bytes.data() + kHeaderBytes, count * 2);
  return model;
}

std::string PersonModel::Serialize(const std::vector<float>& weights, float name_bias) {
  float largest = 0;
  for (const float w : weights) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  std::string bytes(kMagic, 4);
  const uint32_t header[2] = {kVersion, kBuckets};
  bytes.append(reinterpret_cast<const char*>(header), sizeof header);
  bytes.append(reinterpret_cast<const char*>(&scale), sizeof scale);
  bytes.append(reinterpret_cast<const char*>(&name_bias), sizeof name_bias);
  for (const float w : weights) {
    const auto q = static_cast<int16_t>(std::lround(w / scale));
    bytes.append(reinterpret_cast<const char*>(&q), sizeof q);
  }
  return bytes;
}

void PersonModel::Score(const std::vector<uint32_t>& features, float scores[kNameTags]) const {
  int32_t sums[kNameTags] = {0, 0, 0};
  for (const uint32_t bucket : features) {
    const int16_t* row = &weights_[size_t{bucket} * kNameTags];
    for (size_t t = 0; t < kNameTags; ++t) sums[t] += row[t];
  }
  for (size_t t = 0; t < kNameTags; ++t) scores[t] = static_cast<float>(sums[t]) * scale_;
}

void PersonModel::Tag(const TaggingContext& context, size_t first, size_t last,
                      std::vector<NameTag>& tags, std::vector<uint32_t>& features) const {
  NameTag previous = NameTag::kOutside;
  for (size_t i = first; i < last; ++i) {
    NameTag tag = NameTag::kOutside;
    if (context.NeedsScoring(i, previous)) {
      features.clear();
      context.Features(i, previous, features);
      float scores[kNameTags];
      Score(features, scores);
      scores[static_cast<size_t>(NameTag::kBegin)] += name_bias_;
      scores[static_cast<size_t>(NameTag::kInside)] += name_bias_;
      const size_t best = static_cast<size_t>(std::max_element(scores, scores + kNameTags) - scores);
      tag = static_cast<NameTag>(best);
      if (tag == NameTag::kInside && previous == NameTag::kOutside) tag = NameTag::kBegin;
    }
    tags[i] = tag;
    previous = tag;
  }
}

}  // namespace sladd
