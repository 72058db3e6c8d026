#include "tests/fuzz/input_invariants.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "cli/conversation_turns.h"
#include "cli/csv_record.h"
#include "cli/json_line.h"
#include "config/policy_set.h"
#include "detectors/builtin.h"
#include "engine/string_view.h"
#include "tests/support/csv_records.h"
#include "tests/support/memory_database_cache.h"

namespace sladd::fuzz {
namespace {

constexpr std::string_view kText = "Ring 912 34 567 eller skriv til kari@example.no, fnr 01019000083";

// Most inputs a fuzzer makes of a policy compile the same expressions (the built-in
// lexicons for the same types), which Hyperscan's compiler, slowed by the sanitizers'
// allocator, took some 10 s each to do; loading a compiled one takes milliseconds.
constexpr size_t kMaxCachedDatabases = 16;

absl::StatusOr<std::unique_ptr<const PolicySet>> Load(std::string_view json) {
  static const auto registry = *BuiltinDetectors();
  static const MemoryDatabaseCache cache(kMaxCachedDatabases);
  return PolicySet::FromJson(
      json, registry,
      [](std::string_view) {
        return std::optional<std::string>(std::string(64, 'a'));  // every key variable is set
      },
      &cache);
}

// The error message of loading `json` as a policy file ("" when it loads).
std::string LoadError(std::string_view json) {
  auto policies = Load(json);
  return policies.ok() ? "" : std::string(ToStd(policies.status().message()));
}

// Whether the error `message` for `input` echoes one of its string values. A value counts
// as echoed when replacing it in the input makes the replacement appear in the message: a
// message's own words that happen to be in the input (a fuzzer learns them) do not count.
// Keys (strings before ':') and enum names may be named back; short strings are ignored.
bool QuotesInput(std::string_view message, std::string_view input) {
  for (size_t start = input.find('"'); start != std::string_view::npos;
       start = input.find('"', start + 1)) {
    const size_t end = input.find('"', start + 1);
    if (end == std::string_view::npos) break;
    const std::string_view quoted = input.substr(start + 1, end - start - 1);
    const size_t after = input.find_first_not_of(" \t\r\n", end + 1);
    const bool key = after != std::string_view::npos && input[after] == ':';
    const bool enum_like = std::all_of(quoted.begin(), quoted.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (key || enum_like || quoted.size() < 24 ||
        message.find(quoted) == std::string_view::npos) {
      continue;
    }
    std::string changed(input);
    const std::string marker(quoted.size(), 'q');
    changed.replace(start + 1, quoted.size(), marker);
    if (LoadError(changed).find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string CheckPolicyInvariants(std::string_view json) {
  auto policies = Load(json);
  if (!policies.ok()) {
    if (QuotesInput(ToStd(policies.status().message()), json)) return "an error quotes the input";
    return "";
  }
  for (const std::string& name : (*policies)->names()) {
    auto engine = (*policies)->Find(name);
    if (!engine.ok()) return "a loaded policy has no engine";
    auto scratch = (*engine)->NewScratch();
    if (!scratch.ok()) return "no scratch";
    Analysis analysis;
    if (!(*engine)->Analyze(kText, **scratch, analysis).ok()) return "analyze failed";
    RedactionState state;
    Redaction redaction;
    if (!(*engine)->Redact(kText, **scratch, state, redaction).ok()) return "redact failed";
  }
  return "";
}

std::string CheckJsonLineInvariants(std::string_view line) {
  thread_local JsonLineParser parser;
  std::string padded(line);
  padded.append(64, '\0');
  const std::string_view input(padded.data(), line.size());
  std::vector<JsonString> strings;
  if (!parser.Parse(input, FieldSelector::All(), strings).ok()) return "";
  std::string rewritten;
  size_t copied_to = 0;
  for (const JsonString& string : strings) {
    if (string.token_begin < copied_to || string.token_end > line.size() ||
        string.token_end < string.token_begin + 2) {
      return "a string token outside the line or out of order";
    }
    if (line[string.token_begin] != '"' || line[string.token_end - 1] != '"') {
      return "a string token without its quotes";
    }
    rewritten.append(line.substr(copied_to, string.token_begin - copied_to));
    AppendJsonString(std::string(string.value) + "<x>", rewritten);
    copied_to = string.token_end;
  }
  rewritten.append(line.substr(copied_to));
  const size_t count = strings.size();
  strings.clear();
  const size_t size = rewritten.size();
  rewritten.append(64, '\0');
  if (!parser.Parse(std::string_view(rewritten.data(), size), FieldSelector::All(), strings).ok()) {
    return "the rewritten line does not parse";
  }
  if (strings.size() != count) return "the rewritten line has another number of strings";
  return "";
}

namespace {

// A record's conversation id and message as ConversationTurns reads them: the last value of
// each; no id when the line is not JSON.
struct Turn {
  std::optional<std::string> id;
  std::string message;
};

Turn ReadTurn(std::string_view line, const FieldSelector& id, const FieldSelector& text) {
  thread_local JsonLineParser parser;
  std::vector<JsonString> values;
  Turn turn;
  if (!parser.Parse(line, {&id, &text}, /*numbers_mask=*/1, values).ok()) return turn;
  for (const JsonString& value : values) {
    if ((value.selectors & 1) != 0) turn.id = std::string(value.value);
    if ((value.selectors & 2) != 0) turn.message = std::string(value.value);
  }
  return turn;
}

}  // namespace

std::string CheckConversationTurnsInvariants(std::string_view input) {
  if (input.empty()) return "";
  const size_t window = 1 + static_cast<unsigned char>(input[0]) % 8;
  // Every line is followed by the lines after it and the parser's padding.
  std::string buffer(input.substr(1));
  buffer.push_back('\n');
  const size_t size = buffer.size();
  buffer.append(64, '\0');
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < size;) {
    const size_t end = buffer.find('\n', start);
    lines.push_back(std::string_view(buffer).substr(start, end - start));
    start = end + 1;
  }
  static const FieldSelector id = *FieldSelector::Parse("c");
  static const FieldSelector text = *FieldSelector::Parse("t");
  std::vector<Turn> turns;
  for (std::string_view line : lines) turns.push_back(ReadTurn(line, id, text));
  std::vector<std::string> expected(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!turns[i].id) continue;
    for (size_t back = 1; back <= window && back <= i; ++back) {
      if (turns[i - back].id == turns[i].id) {
        expected[i] = turns[i - back].message;
        break;
      }
    }
  }
  ConversationTurns reader(id, text, window);
  for (size_t restart : {size_t{0}, lines.size() / 3, lines.size() - 1}) {
    reader.Restart({lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(restart)});
    for (size_t i = restart; i < lines.size(); ++i) {
      if (reader.Next(lines[i]) != expected[i]) {
        return "line " + std::to_string(i) + " answers another turn than the window holds";
      }
    }
  }
  return "";
}

namespace {

// The texts of the records of `input` read as CSV with `delimiter`.
std::vector<std::string> CsvRecords(std::string_view input, char delimiter) {
  auto read = testing::ReadCsvRecords(input, std::string(1, delimiter), 7);
  std::vector<std::string> texts;
  if (!read.ok()) return texts;  // a source in memory has no read errors
  for (testing::CsvRecord& record : *read) texts.push_back(std::move(record.text));
  return texts;
}

// Whether `fields` tile `record` (after a byte order mark), one `delimiter` between them,
// quoted ones in quotes.
bool FieldsTile(std::string_view record, const std::vector<CsvField>& fields, char delimiter) {
  size_t at = record.starts_with("\xEF\xBB\xBF") ? 3 : 0;  // a byte order mark
  for (size_t i = 0; i < fields.size(); ++i) {
    const CsvField& field = fields[i];
    if (field.begin != at || field.end < field.begin || field.end > record.size()) return false;
    if (field.quoted && (field.end - field.begin < 2 || record[field.begin] != '"' ||
                         record[field.end - 1] != '"')) {
      return false;
    }
    const bool last = i + 1 == fields.size();
    if (!last && (field.end >= record.size() || record[field.end] != delimiter)) return false;
    if (last && field.end != record.size()) return false;
    at = field.end + 1;
  }
  return !fields.empty();
}

}  // namespace

std::string CheckCsvInvariants(std::string_view input) {
  constexpr char kDelimiter = ',';
  thread_local CsvParser parser;
  std::vector<CsvField> fields;
  for (const std::string& record : CsvRecords(input, kDelimiter)) {
    if (!parser.Parse(record, kDelimiter, fields).ok()) continue;
    if (!FieldsTile(record, fields, kDelimiter)) return "the fields do not tile the record";
    // As redact writes it: the bytes before the first field (a byte order mark) kept.
    std::string rewritten = record.substr(0, fields.front().begin);
    std::vector<std::string> values;
    for (const CsvField& field : fields) {
      if (&field != &fields.front()) rewritten.push_back(kDelimiter);
      values.push_back(std::string(field.value) + "<x>");
      AppendCsvField(values.back(), kDelimiter, field.quoted, rewritten);
    }
    if (!parser.Parse(rewritten, kDelimiter, fields).ok()) return "a rewritten record does not parse";
    if (fields.size() != values.size()) return "a rewritten record has another number of fields";
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].value != values[i]) return "a rewritten field reads back another value";
    }
    const std::vector<std::string> again = CsvRecords(rewritten + "\n", kDelimiter);
    if (again.size() != 1 || again[0] != rewritten) return "a rewritten record splits otherwise";
  }
  return "";
}

}  // namespace sladd::fuzz
