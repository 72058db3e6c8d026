// The statistical part of the PERSON detector: a greedy averaged-perceptron tagger over
// words (BIO tags for person names), shared by the runtime detector and the trainer
// (tools/train_person_tagger.cc).
//
// Features are hashed into a fixed table, so the weights are one flat array: a versioned
// data file (detectors/data/person_tagger.bin) built into the binary. Nothing is fetched at
// run time; anyone can retrain from NorNE with the trainer.
#ifndef SLADD_DETECTORS_PERSON_TAGGER_H_
#define SLADD_DETECTORS_PERSON_TAGGER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/status/statusor.h"
#include "detectors/word_forms.h"
#include "detectors/word_lists.h"

namespace sladd {

// A word (letters, digits and marks of any script, with single inner '-', '\'' or '’'
// between letters: "Per-Arne", "O'Brien") or one other non-space character.
struct WordToken {
  size_t start = 0;
  size_t end = 0;
};

enum class NameTag : uint8_t { kOutside = 0, kBegin = 1, kInside = 2 };
inline constexpr size_t kNameTags = 3;

// The tokens of one text with what features need of them. Splitting a text into tokens
// is one cheap pass; the rest (the folded form, shape, hashes and name-list flags of a
// token) is worked out the first time something asks for it and kept: the tagger only
// looks closely at capitalised words and their neighbours, a tenth of all tokens in chat.
// Words already in lowercase ASCII, most of any text, are used in place; others are
// folded into one buffer: no allocation per word. Keeps references to the text and the
// names given to Assign. A token index past either end is a token that is no word: every
// question of it is answered "no" or "". Not thread-safe, even through const methods
// (which fill in what they read): one context per thread.
class TaggingContext {
 public:
  // How many feature ids Features appends.
  static constexpr size_t kFeatureCount = 22;

  TaggingContext() = default;

  // Splits valid UTF-8 text[begin, end) into tokens, reusing the buffers. `text` and
  // `names` must outlive the use.
  void Assign(std::string_view text, size_t begin, size_t end, const NameLists& names);
  size_t size() const { return tokens_.size(); }

  // Appends the hashed feature ids of token `i` given the previous token's tag.
  void Features(size_t i, NameTag previous, std::vector<uint32_t>& out) const;

  // Whether token `i` could begin or continue a name at all (a word starting with a letter).
  bool IsWord(size_t i) const { return at(i).word; }
  // Whether the model needs to score token `i` after a token tagged `previous`: a word
  // not glued into an address, capitalised and not a common word unless it continues a
  // name. Other tokens ("og", "Jeg", "kari" in "kari@firma.no") are outside unscored.
  bool NeedsScoring(size_t i, NameTag previous) const {
    const Token& t = at(i);
    return t.word && !t.joined &&
           (previous != NameTag::kOutside || (t.capitalized && !IsCommonWord(i)));
  }
  // A compound with a lowercase part after a hyphen: "FrP-velger", "LO-medlem" are not
  // names ("Per-Arne" is).
  bool IsHyphenatedCompound(size_t i) const { return shape(i).find("-x") != std::string_view::npos; }
  // Has a digit: "NO93", "Kari2" are not names.
  bool HasDigit(size_t i) const;
  // Has a '_': "kari_hansen", "first_name".
  bool HasUnderscore(size_t i) const { return (at(i).seen & kSeenUnderscore) != 0; }
  // False if no word is glued by a joiner or holds a '_': then no user name can be found
  // (person_user_names.h). Most texts have none; a memchr asks for the '_'.
  bool MayHoldUserNames() const;
  // A word that may be, or begin, a user name: glued by a joiner or holding a '_'.
  bool MayBeUserName(size_t i) const {
    const Token& t = at(i);
    return t.word && (t.joined || (t.seen & kSeenUnderscore) != 0);
  }
  // Part of an address, path or handle: "kari" in "kari.n@firma.no" or "Kari/Ola".
  bool IsJoined(size_t i) const { return at(i).joined; }
  // Whether an English possessive's apostrophe follows word `i` ("sophie's").
  bool IsPossessive(size_t i) const {
    const size_t end = at(i).end;
    return i < tokens_.size() && end < text_.size() &&
           (text_[end] == '\'' || text_.substr(end, 3) == "\xE2\x80\x99");
  }
  // Whether token `i` is in the first- or last-name list.
  bool IsKnownName(size_t i) const { return (Lists(i) & NameLists::kNames) != 0; }
  // The NameLists flags of `folded`, a case-folded word that need not be a token.
  uint8_t ListsOf(std::string_view folded) const { return names_->Find(folded); }
  // Whether token `i` is in the first-name list.
  bool IsFirstName(size_t i) const { return (Lists(i) & NameLists::kFirst) != 0; }
  // Whether token `i` is in the last-name list.
  bool IsLastName(size_t i) const { return (Lists(i) & NameLists::kLast) != 0; }
  // Whether token `i` is written in lowercase and a first name that is no ordinary word.
  bool IsLowercaseFirstName(size_t i) const {
    return !at(i).capitalized && (Lists(i) & NameLists::kLowercaseFirst) != 0;
  }
  // Whether token `i`, in any case, is a first name that is no word at all ("Emma", not
  // "Knut" or "London"): lowercase_first_names.txt.
  bool IsFirstNameNoWord(size_t i) const {
    return (Lists(i) & NameLists::kLowercaseAlone) != 0;
  }
  // Whether token `i` is a public figure's name (public_figures.txt: "Putin", "Trump").
  bool IsPublicFigure(size_t i) const { return (Lists(i) & NameLists::kPublicFigure) != 0; }
  // Whether token `i` is a common word and no public figure's name ("Trump" is both).
  bool IsCommonWordOnly(size_t i) const {
    return (Lists(i) & (NameLists::kCommon | NameLists::kPublicFigure)) == NameLists::kCommon;
  }
  // Whether token `i` is a first name that is also an ordinary word ("Said", "Will",
  // "Mark"): one the lowercase lists leave out.
  bool IsFirstNameAlsoAWord(size_t i) const {
    const uint8_t lists = Lists(i);
    return (lists & NameLists::kFirst) != 0 && (lists & NameLists::kLowercaseFirst) == 0;
  }
  // Whether token `i`, whose FilterKey is `key`, is written in lowercase letters and a
  // first name that is no word at all ("emma", "per-erik"; not "knut"), and stands alone
  // (not in "emma@firma.no"). Asked of every word: most are ruled out by two sieves without being
  // described. A capital inside ("eMMa") is not how the list writes a name; a letter beyond
  // U+00FF may be ("łukasz", "paweł": such words pass the first sieve and are folded).
  bool IsLowercaseNameAlone(size_t i, uint32_t key) const {
    const Token& t = at(i);
    if (!t.word || t.capitalized || t.joined ||
        (t.seen & ~(kLowercaseLetters | kSeenBeyondLatin1 | kSeenJoiner)) != 0 ||
        !names_->LowercaseAloneKeyMayMatch(key)) {
      return false;
    }
    const auto [folded, hash] = FoldedForLookup(i);
    return names_->LowercaseAloneHashMayMatch(hash) &&
           (names_->Find(folded, hash) & NameLists::kLowercaseAlone) != 0;
  }
  // The folded form of word `i` and its WordHash, for a lookup in a word list. A word of
  // lowercase letters is its own folded form: it is hashed, not described (folded, shaped),
  // which most words never need.
  ABSL_ATTRIBUTE_ALWAYS_INLINE std::pair<std::string_view, uint32_t> FoldedForLookup(
      size_t i) const {
    const Token& t = at(i);
    if (!t.described && (t.seen & ~kLowercaseLetters) == 0) {
      const std::string_view bytes = raw(i);
      return {bytes, WordHash(bytes)};
    }
    const Details& d = Described(i);
    return {{d.folded, d.folded_size}, d.folded_hash};
  }
  // Whether token `i` is in the common-word list.
  bool IsCommonWord(size_t i) const { return (Lists(i) & NameLists::kCommon) != 0; }
  // Whether token `i` is a known name with a genitive -s ("Espens"); looked up next to
  // capitalised words only.
  bool IsGenitiveOfName(size_t i) const;
  // Whether token `i` is two first names joined by a hyphen, whatever their case:
  // "anne-lise", "per-arne".
  bool IsHyphenatedFirstNames(size_t i) const;
  // Whether token `i` is a place in the place list, or one with a genitive -s ("Kroatias").
  bool IsPlace(size_t i) const;
  // Whether token `i` is an inflected form or compound of known words (word_forms.h).
  bool IsWordForm(size_t i) const { return sladd::IsWordForm(*names_, folded(i)); }
  bool IsCapitalized(size_t i) const { return at(i).capitalized; }
  // All letters capitals: "NAV", "HR".
  bool IsAllCaps(size_t i) const { return shape(i) == "X"; }
  bool StartsSentence(size_t i) const { return at(i).sentence_start; }
  // WordHash(folded(i)).
  uint32_t folded_hash(size_t i) const { return Described(i).folded_hash; }
  // A word of lowercase letters is its own folded form: it is not described for this.
  std::string_view folded(size_t i) const {
    return IsItsOwnFoldedForm(i) ? raw(i) : FoldedOfDescribed(i);
  }
  // Whether folded(i) == word, inlined wherever it is asked: the name rules ask it of
  // hundreds of thousands of words, and whether GCC inlined folded() there turned on
  // changes anywhere else in the file (5M instructions on 20k chat messages either way).
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool FoldedIs(size_t i, std::string_view word) const {
    return IsItsOwnFoldedForm(i) ? raw(i) == word : FoldedOfDescribed(i) == word;
  }
  WordToken token(size_t i) const {
    const Token& t = at(i);
    return {t.start, t.end};
  }
  // Token `i` as written.
  // Always inlined, as FoldedForLookup: the tagger asks them of every word, and GCC's
  // choice to call them instead, when a caller grew, cost 0.8-1.5% of the default policy's
  // instructions (thirtieth session). No substr: its bounds check (tokens lie within the
  // text) was itself left out of line when ConfirmSegment grew, +1% (thirty-first session).
  ABSL_ATTRIBUTE_ALWAYS_INLINE std::string_view raw(size_t i) const {
    const Token& t = at(i);
    return std::string_view(text_.data() + t.start, t.end - t.start);
  }
  // CaselessWordFilter::KeyOf the token's bytes, or kAnyKey if folding could change them.
  uint32_t FilterKey(size_t i) const {
    const Token& token = at(i);
    if ((token.seen & kSeenBeyondLatin1) != 0) return CaselessWordFilter::kAnyKey;
    return CaselessWordFilter::KeyOf({text_.data() + token.start, token.end - token.start});
  }
  // Set in the classes a word has seen when it has a character beyond U+00FF or an
  // uppercase one beyond ASCII: those may change length when folded.
  static constexpr uint16_t kSeenBeyondLatin1 = 128;
  // The classes of lowercase ASCII letters and of à-ÿ (U+00E0-U+00FF).
  static constexpr uint16_t kLowercaseLetters = 2 | 64;
  // The class of '_'.
  static constexpr uint16_t kSeenUnderscore = 16;
  // Set when a word joins letters with an inner '-' or apostrophe ("per-erik", "o'neil").
  static constexpr uint16_t kSeenJoiner = 256;

 private:
  // folded(i) is raw(i): a word of lowercase letters not described.
  bool IsItsOwnFoldedForm(size_t i) const {
    const Token& t = at(i);
    return !t.described && t.seen != 0 && (t.seen & ~kLowercaseLetters) == 0;
  }
  std::string_view FoldedOfDescribed(size_t i) const {
    const Details& d = Described(i);
    return {d.folded, d.folded_size};
  }
  static constexpr size_t kMaxShape = 15;
  // What the one pass over the text finds out.
  struct Token {
    size_t start = 0;  // in the text
    size_t end = 0;
    uint16_t seen = 0;  // the union of the character classes in a word; 0 for others
    bool word = false;
    bool capitalized = false;
    bool sentence_start = false;
    bool joined = false;  // glued by '@', '.', '/', ':', '=', '[' or '(' to a word
    bool joiner = false;  // one of those characters
    bool ends_sentence = false;  // '.', '!', '?', ':', '"', '«', '-' or '–'
    mutable bool described = false;
    mutable bool listed = false;  // Details::lists is known
  };
  // What is worked out on demand.
  struct Details {
    const char* folded;  // in the text or in folded_
    uint32_t folded_size;
    uint32_t folded_hash;
    uint32_t shape_hash;
    char shape[kMaxShape];  // "Xx", "x", "X", "d", "Xx-Xx", punctuation itself; truncated
    uint8_t shape_size;
    uint8_t lists;  // NameLists flags
  };
  std::string_view shape(size_t i) const {
    const Details& d = Described(i);
    return {d.shape, d.shape_size};
  }
  // Token `i`, or one that is no word past either end (`i - 1` at 0 wraps round): asking
  // a neighbour of the first or last token is a plain "no", never a read out of bounds.
  const Token& at(size_t i) const { return i < tokens_.size() ? tokens_[i] : kNoToken; }
  const Details& Described(size_t i) const {
    if (i >= tokens_.size()) return kNoDetails;
    if (!tokens_[i].described) Describe(i);
    return details_[i];
  }
  static const Token kNoToken;
  static constexpr Details kNoDetails{"", 0, 0, 0, {}, 0, 0};
  void Add(Token token);
  // Adds a token of punctuation or other non-word characters, text[start, stop).
  void AddOther(std::string_view text, size_t start, size_t stop);
  void Describe(size_t i) const;
  void DescribeLowercase(std::string_view raw, Details& details) const;
  void DescribeOther(std::string_view raw, Details& details) const;
  void DescribeMixed(std::string_view raw, Details& details) const;
  // The name lists token `i` is in (0 for tokens that are not words).
  uint8_t Lists(size_t i) const;
  // The name lists as the features see them: only next to capitalised words.
  uint8_t FeatureLists(size_t i) const;
  // The name lists of token `i` less a genitive -s ("Espens" -> "espen"); 0 without one.
  uint8_t GenitiveStemLists(size_t i) const;
  // Whether token `i` or one next to it is capitalised: names are looked up only there.
  bool NextToCapital(size_t i) const;

  std::string_view text_;
  const NameLists* names_ = nullptr;
  std::vector<Token> tokens_;
  bool has_joined_words_ = false;
  // Grown, never shrunk; entry i is valid once tokens_[i].described.
  mutable std::vector<Details> details_;
  mutable std::string folded_;  // reserved up front: views into it stay valid
};

// The learned weights: kBuckets x kNameTags, read from the data file format
// "SLPT" | version u32 | buckets u32 | scale f32 | name bias f32 | int16 weights.
// The name bias is added to the scores of B and I when tagging: the trainer picks it on the
// dev data to trade precision for recall (a missed name leaks; an extra one costs a word).
class PersonModel {
 public:
  static constexpr uint32_t kBuckets = 1u << 18;
  static constexpr uint32_t kVersion = 4;

  static absl::StatusOr<PersonModel> FromBytes(std::string_view bytes);

  // Greedy left-to-right tags for tokens [first, last) of `context`; `features` is scratch.
  void Tag(const TaggingContext& context, size_t first, size_t last, std::vector<NameTag>& tags,
           std::vector<uint32_t>& features) const;

  // Per-tag scores of one token, without the name bias.
  void Score(const std::vector<uint32_t>& features, float scores[kNameTags]) const;

  // Serialises float weights (kBuckets * kNameTags, bucket-major) and the name bias in the
  // data file format.
  static std::string Serialize(const std::vector<float>& weights, float name_bias);

 private:
  std::vector<int16_t> weights_;
  float scale_ = 1;
  float name_bias_ = 0;
};

}  // namespace sladd

#endif  // SLADD_DETECTORS_PERSON_TAGGER_H_
