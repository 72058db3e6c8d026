// JSON lines: finding the string values of a field, and writing JSON strings.
#ifndef SLADD_CLI_JSON_LINE_H_
#define SLADD_CLI_JSON_LINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace sladd {

// Which string values of a JSON record hold messages, by key paths: "message",
// "user.email", "context.*" ('*' is any one key). A path that names an object or an array
// selects every string inside it; arrays are looked through ("tags" selects each string of
// "tags":["a","b"]). Keys themselves and values that are not strings are never selected.
// Immutable; thread-safe.
class FieldSelector {
 public:
  // Selects every string value of the record.
  static FieldSelector All() { return FieldSelector(); }
  // Parses comma-separated paths; fails on an empty path or key.
  static absl::StatusOr<FieldSelector> Parse(std::string_view paths);

  bool selects_all() const { return paths_.empty(); }
  // Whether a value under the keys `path` (outermost first) is selected.
  bool Selects(const std::vector<std::string_view>& path) const;

 private:
  std::vector<std::vector<std::string>> paths_;
};

// Which values of a record Parse may select.
enum class JsonValues {
  kStrings,
  // Numbers too, as their text (`42`): keys such as a conversation's id, not messages.
  kStringsAndNumbers,
};

// One selected string value, or number.
struct JsonString {
  // Byte range of the token in the line, a string's quotes included.
  size_t token_begin = 0;
  size_t token_end = 0;
  // The unescaped value, or a number's text; valid until the next Parse.
  std::string_view value;
  // Which selectors picked it: bit i for the i-th of Parse's selectors.
  uint32_t selectors = 1;
};

// Parses JSON lines with simdjson. One parser per thread; not thread-safe.
class JsonLineParser {
 public:
  JsonLineParser();
  ~JsonLineParser();

  // Parses `line` as one JSON object and validates all of it. Appends to `out` every
  // string value `fields` selects, in order (duplicated keys included, so none goes
  // unredacted), and with kStringsAndNumbers every number it selects. `line` must be
  // followed by at least 64 readable bytes. Fails with InvalidArgument for malformed JSON
  // or a non-object; the message never quotes the line.
  absl::Status Parse(std::string_view line, const FieldSelector& fields,
                     std::vector<JsonString>& out, JsonValues values = JsonValues::kStrings);
  // The same for up to 32 selectors at once: a value any of them selects is appended once,
  // with the bits of those that select it; a number only if one of the selectors whose bits
  // are in `numbers` selects it (and with those bits only). One parse where several reads
  // of a record (its message, its conversation's id, the turn it answers) would be several.
  absl::Status Parse(std::string_view line, const std::vector<const FieldSelector*>& selectors,
                     uint32_t numbers, std::vector<JsonString>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Appends `value` to `out` as a JSON string literal, quotes included.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace sladd

#endif  // SLADD_CLI_JSON_LINE_H_
