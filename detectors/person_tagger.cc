#include "detectors/person_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr char kMagic[4] = {'S', 'L', 'P', 'T'};
constexpr size_t kHeaderBytes = 16;

// Hashes are fixed here (FNV-1a for strings, a murmur3-style mix to combine), so that
// trainer and runtime hash alike on every platform.
constexpr uint32_t kHashBasis = 2166136261u;
uint32_t HashStep(uint32_t hash, char c) { return (hash ^ static_cast<unsigned char>(c)) * 16777619u; }
uint32_t HashBytes(std::string_view bytes) {
  uint32_t hash = kHashBasis;
  for (const char c : bytes) hash = HashStep(hash, c);
  return hash;
}

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

bool IsAsciiWord(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

bool IsInnerJoiner(char32_t c) { return c == '-' || c == '\'' || c == 0x2019; }

bool IsLetter(char32_t c) { return IsWordCodePoint(c) && !(c >= '0' && c <= '9') && c != '_'; }

// The shape class of one code point: 'X' upper, 'x' other letter, 'd' digit, ASCII
// punctuation itself, '*' anything else.
char ShapeKind(char32_t c) {
  if (c < 0x80) {
    if (c >= '0' && c <= '9') return 'd';
    if (c >= 'A' && c <= 'Z') return 'X';
    if (c >= 'a' && c <= 'z') return 'x';
    return static_cast<char>(c);
  }
  if (!IsLetter(c)) return '*';
  return IsUpperCodePoint(c) ? 'X' : 'x';
}

bool EndsSentence(std::string_view token) {
  if (token.size() > 3) return false;
  return token == "." || token == "!" || token == "?" || token == ":" || token == "\"" ||
         token == "\xC2\xAB" /* « */ || token == "-" || token == "\xE2\x80\x93" /* – */;
}

std::string_view Prefix(std::string_view word, size_t code_points) {
  size_t end = 0;
  for (size_t i = 0; i < code_points && end < word.size(); ++i) end = NextCodePointStart(word, end);
  return word.substr(0, end);
}

std::string_view Suffix(std::string_view word, size_t code_points) {
  size_t start = word.size();
  for (size_t i = 0; i < code_points && start > 0; ++i) start = PreviousCodePointStart(word, start);
  return word.substr(start);
}

}  // namespace

uint32_t WordHash(std::string_view folded) { return HashBytes(folded); }

void TokenizeWords(std::string_view text, size_t begin, size_t end, std::vector<WordToken>& out) {
  size_t pos = begin;
  while (pos < end) {
    const unsigned char lead = static_cast<unsigned char>(text[pos]);
    const char32_t c = lead < 0x80 ? lead : CodePointAt(text, pos);
    const size_t next = lead < 0x80 ? pos + 1 : NextCodePointStart(text, pos);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0) {
      pos = next;
      continue;
    }
    if (!(lead < 0x80 ? IsAsciiWord(lead) : IsWordCodePoint(c))) {
      out.push_back({pos, next});
      pos = next;
      continue;
    }
    size_t word_end = next;
    while (word_end < end) {
      const unsigned char byte = static_cast<unsigned char>(text[word_end]);
      if (byte < 0x80 && IsAsciiWord(byte)) {
        ++word_end;
        continue;
      }
      const char32_t d = byte < 0x80 ? byte : CodePointAt(text, word_end);
      const size_t after = byte < 0x80 ? word_end + 1 : NextCodePointStart(text, word_end);
      if (byte >= 0x80 && IsWordCodePoint(d)) {
        word_end = after;
      } else if (IsInnerJoiner(d) && after < end && IsLetter(CodePointAt(text, after))) {
        word_end = NextCodePointStart(text, after);
      } else {
        break;
      }
    }
    out.push_back({pos, word_end});
    pos = word_end;
  }
}

NameLists NameLists::Parse(std::string_view first_names, std::string_view last_names) {
  NameLists lists;
  auto parse = [&lists](std::string_view text, uint8_t list) {
    while (!text.empty()) {
      const size_t newline = std::min(text.find('\n'), text.size());
      std::string_view line = text.substr(0, newline);
      text.remove_prefix(std::min(newline + 1, text.size()));
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      lists.names_[FoldCase(line)] |= list;
    }
  };
  parse(first_names, kFirst);
  parse(last_names, kLast);
  return lists;
}

void TaggingContext::Assign(std::string_view text, const std::vector<WordToken>& tokens,
                            const NameLists& names) {
  names_ = &names;
  words_.assign(tokens.size(), Word{});
  folded_.clear();
  for (size_t i = 0; i < tokens.size(); ++i) {
    Word& word = words_[i];
    Describe(text.substr(tokens[i].start, tokens[i].end - tokens[i].start), word);
    word.sentence_start = i == 0 || (!words_[i - 1].word && EndsSentence(folded(i - 1)));
  }
  MarkJoinedWords(tokens);
  // Name lists are consulted only next to capitalised words: the features read them for a
  // word and its neighbours, and only capitalised words start a tagged name.
  for (size_t i = 0; i < words_.size(); ++i) {
    if (!words_[i].capitalized) continue;
    for (size_t j = i > 0 ? i - 1 : 0; j <= i + 1 && j < words_.size(); ++j) LookUpNames(j);
  }
}

// Folds, shapes ("Xx", "x", "X", "d", "Xx-Xx": runs collapsed) and classifies one word in
// a single pass over its bytes.
void TaggingContext::Describe(std::string_view raw, Word& word) {
  word.folded_start = static_cast<uint32_t>(folded_.size());
  uint32_t hash = kHashBasis;
  auto add_kind = [&word](char kind) {
    if (word.shape_size == 0) {
      word.word = kind == 'X' || kind == 'x';
      word.capitalized = kind == 'X';
    }
    if (word.shape_size < kMaxShape &&
        (word.shape_size == 0 || word.shape[word.shape_size - 1] != kind)) {
      word.shape[word.shape_size++] = kind;
    }
  };
  for (size_t pos = 0; pos < raw.size();) {
    // A run of ASCII: copied at once, then lowered, hashed and shaped in place.
    size_t run = pos;
    while (run < raw.size() && static_cast<unsigned char>(raw[run]) < 0x80) ++run;
    if (run > pos) {
      const size_t at = folded_.size();
      folded_.append(raw.data() + pos, run - pos);
      for (char* c = folded_.data() + at; c != folded_.data() + folded_.size(); ++c) {
        add_kind(ShapeKind(static_cast<unsigned char>(*c)));
        if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + ('a' - 'A'));
        hash = HashStep(hash, *c);
      }
      pos = run;
      continue;
    }
    const size_t next = NextCodePointStart(raw, pos);
    const size_t at = folded_.size();
    AppendFoldCase(raw.substr(pos, next - pos), folded_);
    for (size_t k = at; k < folded_.size(); ++k) hash = HashStep(hash, folded_[k]);
    add_kind(ShapeKind(CodePointAt(raw, pos)));
    pos = next;
  }
  word.folded_size = static_cast<uint32_t>(folded_.size() - word.folded_start);
  word.folded_hash = hash;
  word.shape_hash = HashBytes(std::string_view(word.shape, word.shape_size));
}

void TaggingContext::MarkJoinedWords(const std::vector<WordToken>& tokens) {
  auto joiner = [&](size_t j) {
    const std::string_view t = folded(j);
    return t == "@" || t == "." || t == "/" || t == "_" || t == ":" || t == "=" || t == "[" ||
           t == "(";
  };
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    if (tokens[i].end == tokens[i + 1].start && tokens[i + 1].end == tokens[i + 2].start &&
        joiner(i + 1) && words_[i + 2].shape_size > 0 && words_[i + 2].shape[0] != ':' &&
        (words_[i].word || words_[i + 2].word)) {
      words_[i].joined = words_[i + 2].joined = true;
    }
  }
}

void TaggingContext::LookUpNames(size_t i) {
  Word& word = words_[i];
  if (!word.word || word.names_looked_up) return;
  word.names_looked_up = true;
  const std::string_view folded_word = folded(i);
  const uint8_t lists = names_->Find(folded_word);
  word.first_name = (lists & NameLists::kFirst) != 0;
  word.last_name = (lists & NameLists::kLast) != 0;
  if (folded_word.size() > 2 && folded_word.back() == 's') {
    word.genitive_name = names_->Find(folded_word.substr(0, folded_word.size() - 1)) != 0;
  }
}

bool TaggingContext::IsKnownName(size_t i) const {
  const Word& word = words_[i];
  if (word.names_looked_up) return word.first_name || word.last_name;
  return word.word && names_->Find(folded(i)) != 0;
}

void TaggingContext::Features(size_t i, NameTag previous, std::vector<uint32_t>& out) const {
  static constexpr uint32_t kStart = 0x5354u, kEnd = 0x454Eu;  // "<s>", "</s>"
  const Word& w = words_[i];
  const std::string_view word = folded(i);
  const uint32_t before = i > 0 ? words_[i - 1].folded_hash : kStart;
  const uint32_t after = i + 1 < words_.size() ? words_[i + 1].folded_hash : kEnd;
  const uint32_t before_shape = i > 0 ? words_[i - 1].shape_hash : kStart;
  const uint32_t after_shape = i + 1 < words_.size() ? words_[i + 1].shape_hash : kEnd;
  const uint32_t tag = static_cast<uint32_t>(previous);
  const uint32_t names = (w.first_name ? 1u : 0u) | (w.last_name ? 2u : 0u);
  const uint32_t neighbours = (i > 0 && words_[i - 1].first_name ? 1u : 0u) |
                              (i + 1 < words_.size() && words_[i + 1].last_name ? 2u : 0u);
  out.push_back(Bucket(0));
  out.push_back(Bucket(1, w.folded_hash));
  out.push_back(Bucket(2, w.shape_hash));
  out.push_back(Bucket(3, HashBytes(Prefix(word, 3))));
  out.push_back(Bucket(4, HashBytes(Suffix(word, 3))));
  out.push_back(Bucket(5, HashBytes(Suffix(word, 2))));
  out.push_back(Bucket(6, before));
  out.push_back(Bucket(7, after));
  out.push_back(Bucket(8, before_shape));
  out.push_back(Bucket(9, after_shape));
  out.push_back(Bucket(10, names, w.shape_hash));
  out.push_back(Bucket(11, tag));
  out.push_back(Bucket(12, tag, w.shape_hash));
  out.push_back(Bucket(13, w.sentence_start ? 1u : 0u, w.shape_hash, w.folded_hash));
  out.push_back(Bucket(14, neighbours, w.shape_hash));
  out.push_back(Bucket(15, before, w.shape_hash));
  out.push_back(Bucket(16, tag, before));
  out.push_back(Bucket(17, i > 1 ? words_[i - 2].folded_hash : kStart));
  out.push_back(Bucket(18, i + 2 < words_.size() ? words_[i + 2].folded_hash : kEnd));
  out.push_back(Bucket(19, w.shape_hash, after_shape));
  out.push_back(Bucket(20, w.genitive_name ? 1u : 0u, w.shape_hash));
  out.push_back(Bucket(21, HashBytes(Suffix(word, 4))));
}

absl::StatusOr<PersonModel> PersonModel::FromBytes(std::string_view bytes) {
  uint32_t version = 0, buckets = 0;
  float scale = 0;
  if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return absl::DataLossError("person tagger weights: not a weights file");
  }
  std::memcpy(&version, bytes.data() + 4, 4);
  std::memcpy(&buckets, bytes.data() + 8, 4);
  std::memcpy(&scale, bytes.data() + 12, 4);
  const size_t count = size_t{kBuckets} * kNameTags;
  if (version != kVersion || buckets != kBuckets || bytes.size() != kHeaderBytes + count * 2) {
    return absl::DataLossError("person tagger weights: wrong version or size");
  }
  PersonModel model;
  model.scale_ = scale;
  model.weights_.resize(count);
  std::memcpy(model.weights_.data(), bytes.data() + kHeaderBytes, count * 2);
  return model;
}

std::string PersonModel::Serialize(const std::vector<float>& weights) {
  float largest = 0;
  for (const float w : weights) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? largest / 32767.0f : 1.0f;
  std::string bytes(kMagic, 4);
  const uint32_t header[2] = {kVersion, kBuckets};
  bytes.append(reinterpret_cast<const char*>(header), sizeof header);
  bytes.append(reinterpret_cast<const char*>(&scale), sizeof scale);
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
      const size_t best = static_cast<size_t>(std::max_element(scores, scores + kNameTags) - scores);
      tag = static_cast<NameTag>(best);
      if (tag == NameTag::kInside && previous == NameTag::kOutside) tag = NameTag::kBegin;
    }
    tags[i] = tag;
    previous = tag;
  }
}

}  // namespace sladd
