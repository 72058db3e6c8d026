#include "engine/engine.h"

#include <hs/hs.h>

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/line_escapes.h"
#include "engine/overlap.h"
#include "engine/previous_turn.h"
#include "engine/sentences.h"
#include "engine/special_categories.h"
#include "engine/scanner.h"
#include "engine/status_macros.h"
#include "engine/string_view.h"
#include "engine/utf8.h"

namespace sladd {
namespace {

constexpr std::string_view kDenyDetector = "deny_list";
constexpr std::string_view kDefaultDenyType = "DENY_LIST";

// `literal` as a Hyperscan expression: ASCII punctuation escaped, UTF-8 kept as is.
std::string EscapeLiteral(std::string_view literal) {
  std::string out;
  for (const char c : literal) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z')) {
      out.push_back(c);
    } else if (b < 0x20 || b == 0x7F) {
      absl::StrAppendFormat(&out, "\\x%02x", b);
    } else {
      out.push_back('\\');
      out.push_back(c);
    }
  }
  return out;
}

// `word` (lowercase) in every mix of lower- and uppercase of its non-ASCII letters:
// Hyperscan and the context word matcher fold only ASCII case (Hyperscan folds more only
// in its slower UTF-8 mode). "fødsel" gives
// "fødsel" and "fØdsel"; ASCII letters are folded by the caseless flag.
std::vector<std::string> NonAsciiCaseVariants(std::string_view word) {
  std::vector<std::string> variants = {""};
  for (size_t pos = 0; pos < word.size(); pos = NextCodePointStart(word, pos)) {
    const char32_t lower = CodePointAt(word, pos);
    const char32_t upper = lower >= 0x80 ? ToUpper(lower) : lower;
    std::string upper_bytes;
    AppendUtf8(upper, upper_bytes);
    const bool both = upper != lower && upper_bytes.size() == NextCodePointStart(word, pos) - pos;
    const size_t count = variants.size();
    for (size_t i = 0; i < count && both; ++i) variants.push_back(variants[i] + upper_bytes);
    for (size_t i = 0; i < count; ++i) AppendUtf8(lower, variants[i]);
  }
  return variants;
}

bool IsValidTypeName(std::string_view type) {
  if (type.empty() || type.size() > 64 || type[0] < 'A' || type[0] > 'Z') return false;
  return std::all_of(type.begin(), type.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// A type as an error names it: quoted when it has the shape of a type name, described
// otherwise, since a string of any other shape may be text pasted into the wrong field.
std::string TypeForError(std::string_view type) {
  if (IsValidTypeName(type)) return absl::StrCat("\"", ToAbsl(type), "\"");
  return "(not a type name: [A-Z][A-Z0-9_]{0,63})";
}

absl::Status FieldError(std::string_view field, std::string_view problem) {
  return absl::InvalidArgumentError(absl::StrCat(ToAbsl(field), ": ", ToAbsl(problem)));
}

// Code-point offsets for findings sorted by start and not overlapping.
void FillCodePointOffsets(std::string_view text, std::vector<Finding>& findings) {
  size_t byte = 0;
  size_t code_points = 0;
  auto advance_to = [&](size_t target) {
    code_points += CountCodePoints(text.substr(byte, target - byte));
    byte = target;
  };
  for (Finding& finding : findings) {
    advance_to(finding.start);
    finding.cp_start = code_points;
    advance_to(finding.end);
    finding.cp_end = code_points;
  }
}

}  // namespace

Scratch::Scratch(const Engine* engine)
    : engine_(engine), buffers_(std::make_unique<ScanBuffers>()) {}

Scratch::~Scratch() { hs_free_scratch(hyperscan_); }

Engine::~Engine() = default;

absl::StatusOr<std::unique_ptr<const Engine>> Engine::Create(
    const v1::Policy& policy, std::shared_ptr<const DetectorRegistry> registry,
    const KeyRing& keys, const DatabaseCache* cache) {
  std::unique_ptr<Engine> engine(new Engine());
  engine->registry_ = std::move(registry);
  SLADD_RETURN_IF_ERROR(engine->Build(policy, keys, cache));
  return std::unique_ptr<const Engine>(std::move(engine));
}

absl::Status Engine::Build(const v1::Policy& policy, const KeyRing& keys,
                           const DatabaseCache* cache) {
  policy_name_ = policy.name();
  special_action_ = policy.special_categories();
  repair_invalid_utf8_ = policy.invalid_utf8() == v1::INVALID_UTF8_REPLACE;
  return_values_ = policy.return_values();
  if (policy.has_min_score()) {
    if (!(policy.min_score() >= 0 && policy.min_score() <= 1)) {
      return FieldError("min_score", "must be between 0 and 1");
    }
    min_score_ = policy.min_score();
  }
  SLADD_RETURN_IF_ERROR(EnableTypes(policy));
  SLADD_RETURN_IF_ERROR(SetChannelCategories(policy));
  Expressions expressions;
  SLADD_RETURN_IF_ERROR(AddDetectorExpressions(expressions));
  SLADD_RETURN_IF_ERROR(AddDenyExpressions(policy, expressions));
  SLADD_RETURN_IF_ERROR(CompileScanner(expressions, cache));
  auto allow = AllowList::Create(policy.allow());
  if (!allow.ok()) return allow.status();
  allow_ = std::move(*allow);
  return BuildOperators(policy, keys);
}

bool Engine::EnableSpecialCategories() {
  bool any = false;
  for (std::string_view type : kSpecialCategoryTypes) {
    if (!registry_->KnowsType(type)) continue;
    enabled_types_.emplace(ToAbsl(type));
    any = true;
  }
  return any;
}

absl::Status Engine::EnableTypes(const v1::Policy& policy) {
  for (int i = 0; i < policy.types_size(); ++i) {
    if (policy.types(i) == kSpecialCategoryGroup && EnableSpecialCategories()) continue;
    if (!registry_->KnowsType(policy.types(i))) {
      return FieldError(absl::StrCat("types[", i, "]"),
                        absl::StrCat("unknown type ", TypeForError(policy.types(i))));
    }
    enabled_types_.insert(policy.types(i));
  }
  if (policy.types().empty()) {
    for (std::string_view type : registry_->types()) enabled_types_.emplace(ToAbsl(type));
  }
  return absl::OkStatus();
}

absl::Status Engine::SetChannelCategories(const v1::Policy& policy) {
  for (int i = 0; i < policy.channel_categories_size(); ++i) {
    const std::string& category = policy.channel_categories(i);
    if (!IsSpecialCategory(category)) {
      return FieldError(absl::StrCat("channel_categories[", i, "]"),
                        absl::StrCat(TypeForError(category), " is not a special category"));
    }
    channel_categories_.push_back(category);
  }
  std::sort(channel_categories_.begin(), channel_categories_.end());
  channel_categories_.erase(std::unique(channel_categories_.begin(), channel_categories_.end()),
                            channel_categories_.end());
  return absl::OkStatus();
}

void Engine::Expressions::AddLiteral(std::string_view literal, bool caseless, ScanEntry entry,
                                     const std::string& origin) {
  // One literal per case variant: a fixed length lets Hyperscan skip start tracking.
  const std::vector<std::string> variants =
      caseless ? NonAsciiCaseVariants(literal) : std::vector<std::string>{std::string(literal)};
  for (const std::string& variant : variants) {
    entry.literal_length = static_cast<uint32_t>(variant.size());
    list.push_back({EscapeLiteral(variant), caseless, false, entry});
    origins.push_back(origin);
  }
}

absl::Status Engine::AddDetectorExpressions(Expressions& expressions) {
  uint32_t next_context_id = 0;
  for (size_t index = 0; index < registry_->size(); ++index) {
    const auto& types = registry_->types(index);
    const bool enabled = std::any_of(types.begin(), types.end(), [&](std::string_view type) {
      return enabled_types_.contains(ToAbsl(type));
    });
    if (!enabled) continue;
    SLADD_ASSIGN_OR_RETURN(const Detector* detector, registry_->Get(index));
    const auto slot = static_cast<uint32_t>(slots_.size());
    slots_.push_back({detector, next_context_id});
    if (detector->reads_numbers()) {
      number_readers_.push_back({slot, detector->min_token_digits()});
    }
    if (detector->reads_text()) text_readers_.push_back(slot);
    const std::string name(detector->name());
    for (const Pattern& pattern : detector->patterns()) {
      const ScanEntry entry{ScanEntry::Kind::kCandidate, pattern.boundary, slot, pattern.tag};
      const std::string origin = absl::StrCat("detector ", name, " pattern ", pattern.tag);
      if (pattern.literal) {
        expressions.AddLiteral(pattern.expression, pattern.caseless, entry, origin);
      } else {
        expressions.list.push_back({pattern.expression, pattern.caseless, pattern.unicode, entry});
        expressions.origins.push_back(origin);
      }
    }
    for (const ContextWords& group : detector->context_words()) {
      if (group.tag >= kMaxContextTags) {
        return absl::InternalError(absl::StrCat("detector ", name, ": context tag out of range"));
      }
      for (const std::string& word : group.words) {
        if (word.empty() || word.size() > kMaxContextWordBytes) {
          return absl::InternalError(
              absl::StrCat("detector ", name, ": context word empty or too long"));
        }
        for (std::string& variant : NonAsciiCaseVariants(word)) {
          expressions.context_words.push_back(
              {std::move(variant), next_context_id + group.tag, group.whole_words});
        }
      }
    }
    next_context_id += kMaxContextTags;
  }
  std::sort(number_readers_.begin(), number_readers_.end(),
            [](const NumberReader& a, const NumberReader& b) { return a.min_digits < b.min_digits; });
  return absl::OkStatus();
}

absl::Status Engine::AddDenyExpressions(const v1::Policy& policy, Expressions& expressions) {
  for (int i = 0; i < policy.deny_size(); ++i) {
    const v1::DenyEntry& config = policy.deny(i);
    const std::string field = absl::StrCat("deny[", i, "]");
    std::string type = config.type().empty() ? std::string(kDefaultDenyType) : config.type();
    if (!IsValidTypeName(type)) {
      return FieldError(field + ".type", "must match [A-Z][A-Z0-9_]{0,63}");
    }
    ScanExpression expression;
    expression.caseless = !config.case_sensitive();
    expression.unicode = true;
    expression.entry = {ScanEntry::Kind::kDeny, Boundary::kWord,
                        static_cast<uint32_t>(deny_.size()), 0};
    switch (config.match_case()) {
      case v1::DenyEntry::kTerm:
        if (config.term().empty()) return FieldError(field + ".term", "is empty");
        if (FindInvalidUtf8(config.term()) != config.term().size()) {
          return FieldError(field + ".term", "is not valid UTF-8");
        }
        expression.expression = EscapeLiteral(config.term());
        expressions.origins.push_back(field + ".term");
        break;
      case v1::DenyEntry::kPattern:
        if (config.pattern().empty()) return FieldError(field + ".pattern", "is empty");
        expression.expression = config.pattern();
        expression.entry.boundary = Boundary::kNone;
        expressions.origins.push_back(field + ".pattern");
        break;
      case v1::DenyEntry::MATCH_NOT_SET:
        return FieldError(field, "needs \"term\" or \"pattern\"");
    }
    expressions.list.push_back(std::move(expression));
    enabled_types_.insert(type);
    deny_.push_back({std::move(type)});
  }
  return absl::OkStatus();
}

absl::Status Engine::CompileScanner(const Expressions& expressions, const DatabaseCache* cache) {
  int failed = -1;
  auto scanner = Scanner::Compile(expressions.list, expressions.context_words, cache, &failed);
  if (!scanner.ok()) {
    const std::string origin = failed >= 0 ? expressions.origins[failed] : "patterns";
    // Hyperscan's messages name a position, never the expression's text.
    if (failed >= 0 && expressions.list[failed].entry.kind == ScanEntry::Kind::kDeny) {
      return FieldError(origin, ToStd(scanner.status().message()));
    }
    return absl::InternalError(absl::StrCat(origin, ": ", scanner.status().message()));
  }
  scanner_ = std::move(*scanner);
  return absl::OkStatus();
}

absl::Status Engine::BuildOperators(const v1::Policy& policy, const KeyRing& keys) {
  auto default_operator = CreateOperator(policy.default_operator(), keys);
  if (!default_operator.ok()) {
    return FieldError("default_operator", ToStd(default_operator.status().message()));
  }
  default_operator_ = std::move(*default_operator);
  // Map iteration order is unspecified: sort so the first error reported is stable.
  std::vector<std::string> types;
  for (const auto& [type, config] : policy.operators()) types.push_back(type);
  std::sort(types.begin(), types.end());
  for (const std::string& type : types) {
    const std::string field = absl::StrCat("operators[", TypeForError(type), "]");
    const bool group = type == kSpecialCategoryGroup;
    if (!group && !enabled_types_.contains(ToAbsl(type)) && !registry_->KnowsType(type)) {
      return FieldError(field, "unknown type");
    }
    auto op = CreateOperator(policy.operators().at(type), keys);
    if (!op.ok()) return FieldError(field, ToStd(op.status().message()));
    if (!group) operators_.emplace(type, std::move(*op));
  }
  return BuildSpecialCategoryOperators(policy, keys);
}

absl::Status Engine::BuildSpecialCategoryOperators(const v1::Policy& policy, const KeyRing& keys) {
  v1::Operator keep;
  keep.mutable_keep();
  const auto group = policy.operators().find(std::string(kSpecialCategoryGroup));
  const bool flag_only = special_action_ == v1::SPECIAL_CATEGORY_FLAG_ONLY;
  if (group == policy.operators().end() && !flag_only) return absl::OkStatus();
  for (std::string_view type : kSpecialCategoryTypes) {
    if (!flag_only && operators_.contains(ToAbsl(type))) continue;  // named on its own
    auto op = CreateOperator(flag_only ? keep : group->second, keys);
    if (!op.ok()) return op.status();  // checked above
    operators_.insert_or_assign(std::string(type), std::move(*op));
  }
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Scratch>> Engine::NewScratch() const {
  std::unique_ptr<Scratch> scratch(new Scratch(this));
  SLADD_RETURN_IF_ERROR(scanner_->PrepareScratch(&scratch->hyperscan_));
  return scratch;
}

absl::Status Engine::Analyze(std::string_view text, Scratch& scratch, Analysis& out,
                             const AnalyzeOptions& options) const {
  out.findings.clear();
  out.repaired_text.reset();
  if (scratch.engine_ != this) {
    return absl::FailedPreconditionError("scratch belongs to another engine");
  }
  std::string_view scanned = text;
  const size_t invalid_at = FindInvalidUtf8(text);
  if (invalid_at != text.size()) {
    if (!repair_invalid_utf8_) {
      return absl::InvalidArgumentError(absl::StrCat("invalid UTF-8 at byte ", invalid_at));
    }
    scanned = out.repaired_text.emplace(ReplaceInvalidUtf8(text));
  }
  // A log's "\n" is read as the line break it stands for; the view keeps every offset.
  std::string_view read = scanned;
  if (MayHoldLineEscapes(scanned) && ReadLineEscapes(scanned, scratch.line_view_)) {
    read = scratch.line_view_;
  }
  if (options.previous_turn.empty()) {
    SLADD_RETURN_IF_ERROR(ScanAndConfirm(read, scratch, out.findings));
  } else {
    SLADD_RETURN_IF_ERROR(ScanAfterTurn(options.previous_turn, read, scratch, out.findings));
  }
  SLADD_RETURN_IF_ERROR(ConfirmPercentEncoded(read, scratch, out.findings));
  Filter(scanned, out.findings);
  if (options.code_point_offsets) FillCodePointOffsets(scanned, out.findings);
  return absl::OkStatus();
}

absl::Status Engine::ScanAndConfirm(std::string_view text, Scratch& scratch,
                                    std::vector<Finding>& findings) const {
  ScanBuffers& buffers = *scratch.buffers_;
  SLADD_RETURN_IF_ERROR(scanner_->Scan(text, scratch.hyperscan_, buffers));
  buffers.numbers.clear();
  buffers.digit_groups.clear();
  if (!number_readers_.empty()) {
    FindNumberTokens(text, number_readers_.front().min_digits, buffers.numbers,
                     buffers.digit_groups);
  }
  return ConfirmAll(text, scratch, findings);
}

absl::Status Engine::ScanAfterTurn(std::string_view previous_turn, std::string_view text,
                                   Scratch& scratch, std::vector<Finding>& findings) const {
  const size_t invalid_at = FindInvalidUtf8(previous_turn);
  if (invalid_at != previous_turn.size()) {
    return absl::InvalidArgumentError(
        absl::StrCat("previous turn: invalid UTF-8 at byte ", invalid_at));
  }
  const std::optional<size_t> text_start =
      WriteAnsweredTurn(previous_turn, text, scratch.transcript_);
  if (!text_start) return ScanAndConfirm(text, scratch, findings);
  const size_t first_new = findings.size();
  SLADD_RETURN_IF_ERROR(ScanAndConfirm(scratch.transcript_, scratch, findings));
  // What the question holds is no finding of the text's.
  findings.erase(std::remove_if(findings.begin() + static_cast<std::ptrdiff_t>(first_new),
                                findings.end(),
                                [&](const Finding& finding) { return finding.start < *text_start; }),
                 findings.end());
  for (size_t i = first_new; i < findings.size(); ++i) {
    findings[i].start -= *text_start;
    findings[i].end -= *text_start;
  }
  return absl::OkStatus();
}

absl::Status Engine::ConfirmPercentEncoded(std::string_view text, Scratch& scratch,
                                           std::vector<Finding>& findings) const {
  if (!MayHoldPercentEncodedRuns(text)) return absl::OkStatus();
  PercentDecodedRun& run = scratch.percent_run_;
  std::vector<Finding>& found = scratch.percent_findings_;
  for (size_t from = 0; NextPercentEncodedRun(text, from, run);) {
    found.clear();
    SLADD_RETURN_IF_ERROR(ScanAndConfirm(run.text, scratch, found));
    const TextEncoding encoding =
        run.plus_is_space ? TextEncoding::kFormEncoded : TextEncoding::kPercentEncoded;
    for (Finding finding : found) {
      finding.start = run.source[finding.start];
      finding.end = run.source[finding.end];
      finding.encoding = encoding;
      findings.push_back(finding);
    }
  }
  return absl::OkStatus();
}

absl::Status Engine::ConfirmAll(std::string_view text, Scratch& scratch,
                                std::vector<Finding>& findings) const {
  const ScanBuffers& buffers = *scratch.buffers_;
  LazyContextIndex context(*scanner_, text, *scratch.buffers_);
  for (const ScanMatch& match : buffers.matches) {
    const ScanEntry& entry = scanner_->entry(match.entry);
    if (entry.kind == ScanEntry::Kind::kDeny) {
      findings.push_back({deny_[entry.owner].type, match.start, match.end, 1.0, kDenyDetector, ""});
      continue;
    }
    const DetectorSlot& slot = slots_[entry.owner];
    const size_t first_new = findings.size();
    slot.detector->Confirm({match.start, match.end, entry.tag},
                           ScanView(text, context, slot.context_base), findings);
    SLADD_RETURN_IF_ERROR(Stamp(slot, text, first_new, findings));
  }
  for (const NumberToken& token : buffers.numbers) {
    for (const NumberReader& reader : number_readers_) {
      if (token.digits < reader.min_digits) break;
      const DetectorSlot& slot = slots_[reader.slot];
      const size_t first_new = findings.size();
      slot.detector->ConfirmNumber(token, ScanView(text, context, slot.context_base), findings);
      SLADD_RETURN_IF_ERROR(Stamp(slot, text, first_new, findings));
    }
  }
  for (const uint32_t slot_index : text_readers_) {
    const DetectorSlot& slot = slots_[slot_index];
    const size_t first_new = findings.size();
    slot.detector->ConfirmText(ScanView(text, context, slot.context_base), findings);
    SLADD_RETURN_IF_ERROR(Stamp(slot, text, first_new, findings));
  }
  return absl::OkStatus();
}

absl::Status Engine::StampFound(const DetectorSlot& slot, std::string_view text, size_t first,
                                std::vector<Finding>& findings) const {
  for (size_t i = first; i < findings.size(); ++i) {
    Finding& finding = findings[i];
    finding.detector = slot.detector->name();
    if (finding.start >= finding.end || finding.end > text.size()) {
      return absl::InternalError(
          absl::StrCat("detector ", ToAbsl(finding.detector), " reported an invalid span"));
    }
  }
  return absl::OkStatus();
}

void Engine::Filter(std::string_view text, std::vector<Finding>& findings) const {
  std::erase_if(findings, [&](const Finding& finding) {
    return finding.score < min_score_ || !enabled_types_.contains(ToAbsl(finding.type));
  });
  ResolveOverlaps(findings);
  // After resolution, so an allowed value does not uncover a shorter finding inside it.
  if (!allow_->empty()) {
    std::string decoded;
    std::erase_if(findings, [&](const Finding& finding) {
      return allow_->Allows(
          finding, SpelledValue(finding, text.substr(finding.start, finding.length()), decoded));
    });
  }
  if (special_action_ == v1::SPECIAL_CATEGORY_REDACT_SENTENCE) {
    WidenToSentences(text, findings,
                     [](const Finding& finding) { return IsSpecialCategory(finding.type); });
  }
}

const Operator& Engine::OperatorFor(std::string_view type) const {
  auto it = operators_.find(ToAbsl(type));
  return it == operators_.end() ? *default_operator_ : *it->second;
}

const Detector* Engine::DetectorNamed(std::string_view name) const {
  for (const DetectorSlot& slot : slots_) {
    if (slot.detector->name() == name) return slot.detector;
  }
  return nullptr;
}

absl::Status Engine::Redact(std::string_view text, Scratch& scratch, RedactionState& state,
                            Redaction& out, const AnalyzeOptions& options) const {
  out.text.clear();
  SLADD_RETURN_IF_ERROR(Analyze(text, scratch, out.analysis, options));
  const std::string_view scanned =
      out.analysis.repaired_text ? std::string_view(*out.analysis.repaired_text) : text;
  out.text.reserve(scanned.size());
  const absl::Status status =
      Rewrite(scanned, out.analysis.findings, 0, scanned.size(), state, out.text);
  if (!status.ok()) out.text.clear();
  return status;
}

absl::Status Engine::Rewrite(std::string_view scanned, const std::vector<Finding>& findings,
                             size_t from, size_t to, RedactionState& state,
                             std::string& out) const {
  size_t copied_to = from;
  for (const Finding& whole : findings) {
    if (whole.end <= from || whole.start >= to) continue;
    Finding finding = whole;
    finding.start = std::max(finding.start, from);
    finding.end = std::min(finding.end, to);
    out.append(scanned.substr(copied_to, finding.start - copied_to));
    const OperatorInput input{finding, scanned.substr(finding.start, finding.length()),
                              DetectorNamed(finding.detector)};
    SLADD_RETURN_IF_ERROR(OperatorFor(finding.type).Apply(input, state, out));
    copied_to = finding.end;
  }
  out.append(scanned.substr(copied_to, to - copied_to));
  return absl::OkStatus();
}

std::vector<std::string> Engine::enabled_types() const {
  std::vector<std::string> types(enabled_types_.begin(), enabled_types_.end());
  std::sort(types.begin(), types.end());
  return types;
}

}  // namespace sladd
