// JSON lines: finding the string values of a field, and writing JSON strings.
#ifndef SLADD_CLI_JSON_LINE_H_
#define SLADD_CLI_JSON_LINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"

namespace sladd {

// One string value of the selected field.
struct JsonString {
  // Byte range of the string token in the line, quotes included.
  size_t token_begin = 0;
  size_t token_end = 0;
  // The unescaped value; valid until the next Parse.
  std::string_view value;
};

// Parses JSON lines with simdjson. One parser per thread; not thread-safe.
class JsonLineParser {
 public:
  JsonLineParser();
  ~JsonLineParser();

  // Parses `line` as one JSON object and validates all of it. Appends to `out` every
  // string value of the top-level field `field` (duplicated keys included, so none goes
  // unredacted). `line` must be followed by at least 64 readable bytes. Fails with
  // InvalidArgument for malformed JSON, a non-object, or a `field` value that is not a
  // string; the message never quotes the line.
  absl::Status Parse(std::string_view line, std::string_view field, std::vector<JsonString>& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Appends `value` to `out` as a JSON string literal, quotes included.
void AppendJsonString(std::string_view value, std::string& out);

}  // namespace sladd

#endif  // SLADD_CLI_JSON_LINE_H_
