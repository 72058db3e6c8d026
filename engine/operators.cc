#include "engine/operators.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "engine/crypto.h"
#include "engine/percent_encoding.h"
#include "engine/status_macros.h"
#include "engine/string_view.h"
#include "engine/token.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr std::string_view kHashKeyInfo = "sladd hash v1";

// A replacement format such as "<{type}_{n}>", split once into literal text and
// placeholders so applying it is a few appends.
class Format {
 public:
  enum class Field { kLiteral, kType, kNumber, kHash };

  // `allowed` lists the placeholders this operator fills.
  static absl::StatusOr<Format> Parse(std::string_view format,
                                      std::vector<std::string_view> allowed) {
    Format parsed;
    size_t pos = 0;
    while (pos < format.size()) {
      const size_t open = format.find('{', pos);
      if (open == std::string_view::npos) {
        parsed.parts_.push_back({Field::kLiteral, std::string(format.substr(pos))});
        break;
      }
      if (open > pos) parsed.parts_.push_back({Field::kLiteral, std::string(format.substr(pos, open - pos))});
      const size_t close = format.find('}', open);
      if (close == std::string_view::npos) return absl::InvalidArgumentError("unclosed '{'");
      const std::string_view name = format.substr(open + 1, close - open - 1);
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        return absl::InvalidArgumentError(absl::StrCat("unknown placeholder {", ToAbsl(name), "}"));
      }
      parsed.parts_.push_back({FieldNamed(name), ""});
      pos = close + 1;
    }
    return parsed;
  }

  void Append(std::string_view type, size_t number, std::string_view hash,
              std::string& out) const {
    for (const Part& part : parts_) {
      switch (part.field) {
        case Field::kLiteral: out.append(part.literal); break;
        case Field::kType: out.append(type); break;
        case Field::kNumber: absl::StrAppend(&out, number); break;
        case Field::kHash: out.append(hash); break;
      }
    }
  }

 private:
  struct Part {
    Field field;
    std::string literal;
  };
  static Field FieldNamed(std::string_view name) {
    if (name == "type") return Field::kType;
    if (name == "n") return Field::kNumber;
    return Field::kHash;
  }
  std::vector<Part> parts_;
};

absl::StatusOr<Format> ParseFormat(std::string_view field, const std::string& format,
                                   std::string_view fallback,
                                   std::vector<std::string_view> allowed) {
  auto parsed = Format::Parse(format.empty() ? fallback : format, std::move(allowed));
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(absl::StrCat(ToAbsl(field), ": ", parsed.status().message()));
  }
  return parsed;
}

class ReplaceOperator final : public Operator {
 public:
  explicit ReplaceOperator(Format format) : format_(std::move(format)) {}
  absl::Status Apply(const OperatorInput& input, RedactionState&, std::string& out) const override {
    format_.Append(input.finding.type, 0, "", out);
    return absl::OkStatus();
  }

 private:
  Format format_;
};

class NumberOperator final : public Operator {
 public:
  explicit NumberOperator(Format format) : format_(std::move(format)) {}
  absl::Status Apply(const OperatorInput& input, RedactionState& state,
                     std::string& out) const override {
    const size_t number = state.NumberFor(input.finding.type, input.Normalized());
    format_.Append(input.finding.type, number, "", out);
    return absl::OkStatus();
  }

 private:
  Format format_;
};

class MaskOperator final : public Operator {
 public:
  MaskOperator(std::string mask, size_t keep_last, bool keep_separators)
      : mask_(std::move(mask)), keep_last_(keep_last), keep_separators_(keep_separators) {}

  absl::Status Apply(const OperatorInput& input, RedactionState&, std::string& out) const override {
    const std::string_view value = input.value;
    // The last keep_last_ word characters stay visible: find where they begin.
    size_t visible_from = value.size();
    for (size_t kept = 0; kept < keep_last_ && visible_from > 0;) {
      kept += IsWordCodePoint(CodePointBefore(value, visible_from));
      visible_from = PreviousCodePointStart(value, visible_from);
    }
    for (size_t pos = 0; pos < value.size();) {
      const size_t next = NextCodePointStart(value, pos);
      const bool word = IsWordCodePoint(CodePointAt(value, pos));
      if (pos >= visible_from || (keep_separators_ && !word)) {
        out.append(value.substr(pos, next - pos));
      } else {
        out.append(mask_);
      }
      pos = next;
    }
    return absl::OkStatus();
  }

 private:

  std::string mask_;
  size_t keep_last_;
  bool keep_separators_;
};

class HashOperator final : public Operator {
 public:
  HashOperator(std::string key, size_t length, Format format)
      : key_(std::move(key)), length_(length), format_(std::move(format)) {}

  absl::Status Apply(const OperatorInput& input, RedactionState&, std::string& out) const override {
    // The type is part of the message so equal digits of different types differ.
    const std::string message =
        absl::StrCat(ToAbsl(input.finding.type), absl::string_view("\0", 1), input.Normalized());
    const std::string hex = HexEncode(HmacSha256(key_, message)).substr(0, length_);
    format_.Append(input.finding.type, 0, hex, out);
    return absl::OkStatus();
  }

 private:
  std::string key_;
  size_t length_;
  Format format_;
};

class TokenizeOperator final : public Operator {
 public:
  explicit TokenizeOperator(TokenSealer sealer) : sealer_(std::move(sealer)) {}
  absl::Status Apply(const OperatorInput& input, RedactionState&, std::string& out) const override {
    return sealer_.Seal(input.finding.type, input.value, out);
  }

 private:
  TokenSealer sealer_;
};

class RemoveOperator final : public Operator {
 public:
  absl::Status Apply(const OperatorInput&, RedactionState&, std::string&) const override {
    return absl::OkStatus();
  }
};

class KeepOperator final : public Operator {
 public:
  absl::Status Apply(const OperatorInput& input, RedactionState&, std::string& out) const override {
    out.append(input.value);
    return absl::OkStatus();
  }
  bool changes_text() const override { return false; }
};

absl::StatusOr<std::unique_ptr<const Operator>> CreateMask(const v1::Mask& config) {
  std::string mask = config.char_().empty() ? "*" : config.char_();
  if (FindInvalidUtf8(mask) != mask.size() || CountCodePoints(mask) != 1) {
    return absl::InvalidArgumentError("mask.char: must be exactly one character");
  }
  return std::make_unique<MaskOperator>(std::move(mask), config.keep_last(),
                                        config.keep_separators());
}

absl::StatusOr<std::unique_ptr<const Operator>> CreateHash(const v1::Hash& config,
                                                           const KeyRing& keys) {
  const std::string* secret = keys.Find(config.key());
  if (secret == nullptr) {
    return absl::InvalidArgumentError(
        "hash.key: no secret in \"secrets\" has this id");
  }
  const size_t length = config.length() == 0 ? 16 : config.length();
  if (length < 8 || length > 64) {
    return absl::InvalidArgumentError("hash.length: must be between 8 and 64");
  }
  SLADD_ASSIGN_OR_RETURN(std::string key, HkdfSha256(*secret, kHashKeyInfo, 32));
  SLADD_ASSIGN_OR_RETURN(Format format,
                         ParseFormat("hash.format", config.format(), "<{type}_{hash}>",
                                     {"type", "hash"}));
  return std::make_unique<HashOperator>(std::move(key), length, std::move(format));
}

absl::StatusOr<std::unique_ptr<const Operator>> CreateTokenize(const v1::Tokenize& config,
                                                               const KeyRing& keys) {
  auto sealer = TokenSealer::Create(keys, config.key());
  if (!sealer.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("tokenize.key: ", sealer.status().message()));
  }
  return std::make_unique<TokenizeOperator>(std::move(*sealer));
}

}  // namespace

std::string OperatorInput::Normalized() const {
  std::string decoded;
  const std::string_view spelled = SpelledValue(finding, value, decoded);
  return detector ? detector->Normalize(finding.type, spelled) : std::string(spelled);
}

absl::StatusOr<std::unique_ptr<const Operator>> CreateOperator(const v1::Operator& config,
                                                               const KeyRing& keys) {
  switch (config.kind_case()) {
    case v1::Operator::KIND_NOT_SET:
    case v1::Operator::kReplace: {
      SLADD_ASSIGN_OR_RETURN(Format format, ParseFormat("replace.format",
                                                        config.replace().format(),
                                                        "<{type}>", {"type"}));
      return std::make_unique<ReplaceOperator>(std::move(format));
    }
    case v1::Operator::kNumber: {
      SLADD_ASSIGN_OR_RETURN(Format format, ParseFormat("number.format",
                                                        config.number().format(),
                                                        "<{type}_{n}>", {"type", "n"}));
      return std::make_unique<NumberOperator>(std::move(format));
    }
    case v1::Operator::kMask:
      return CreateMask(config.mask());
    case v1::Operator::kHash:
      return CreateHash(config.hash(), keys);
    case v1::Operator::kTokenize:
      return CreateTokenize(config.tokenize(), keys);
    case v1::Operator::kRemove:
      return std::make_unique<RemoveOperator>();
    case v1::Operator::kKeep:
      return std::make_unique<KeepOperator>();
  }
  return absl::InvalidArgumentError("unknown operator");
}

}  // namespace sladd
