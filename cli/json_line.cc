#include "cli/json_line.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <simdjson.h>

#include "absl/strings/str_cat.h"

namespace sladd {
namespace {

namespace od = simdjson::ondemand;

constexpr int kMaxDepth = 128;

absl::Status Malformed(simdjson::error_code error) {
  return absl::InvalidArgumentError(
      absl::StrCat("malformed JSON (", simdjson::error_message(error), ")"));
}

// Visits every value below `value` so that all of it is validated; simdjson's On Demand
// API would otherwise skip unread values unchecked.
absl::Status Validate(od::value value, int depth) {
  if (depth > kMaxDepth) return absl::InvalidArgumentError("JSON nested too deeply");
  od::json_type type;
  if (auto error = value.type().get(type)) return Malformed(error);
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto error = value.get_object().get(object)) return Malformed(error);
      for (auto field : object) {
        std::string_view key;
        if (auto error = field.unescaped_key().get(key)) return Malformed(error);
        od::value child;
        if (auto error = field.value().get(child)) return Malformed(error);
        if (absl::Status status = Validate(child, depth + 1); !status.ok()) return status;
      }
      return absl::OkStatus();
    }
    case od::json_type::array: {
      od::array array;
      if (auto error = value.get_array().get(array)) return Malformed(error);
      for (auto element : array) {
        od::value child;
        if (auto error = element.get(child)) return Malformed(error);
        if (absl::Status status = Validate(child, depth + 1); !status.ok()) return status;
      }
      return absl::OkStatus();
    }
    case od::json_type::string: {
      std::string_view ignored;
      if (auto error = value.get_string().get(ignored)) return Malformed(error);
      return absl::OkStatus();
    }
    case od::json_type::number: {
      od::number number;
      if (auto error = value.get_number().get(number)) return Malformed(error);
      return absl::OkStatus();
    }
    case od::json_type::boolean: {
      bool ignored;
      if (auto error = value.get_bool().get(ignored)) return Malformed(error);
      return absl::OkStatus();
    }
    case od::json_type::null: {
      bool is_null = false;
      if (auto error = value.is_null().get(is_null); error || !is_null) {
        return Malformed(error ? error : simdjson::N_ATOM_ERROR);
      }
      return absl::OkStatus();
    }
  }
  return Malformed(simdjson::TAPE_ERROR);
}

}  // namespace

struct JsonLineParser::Impl {
  od::parser parser;
};

JsonLineParser::JsonLineParser() : impl_(std::make_unique<Impl>()) {}
JsonLineParser::~JsonLineParser() = default;

absl::Status JsonLineParser::Parse(std::string_view line, std::string_view field,
                                   std::vector<JsonString>& out) {
  const simdjson::padded_string_view input(line.data(), line.size(),
                                           line.size() + simdjson::SIMDJSON_PADDING);
  od::document document;
  if (auto error = impl_->parser.iterate(input).get(document)) return Malformed(error);
  od::object object;
  if (auto error = document.get_object().get(object)) {
    if (error == simdjson::INCORRECT_TYPE) return absl::InvalidArgumentError("not a JSON object");
    return Malformed(error);
  }
  for (auto member : object) {
    std::string_view key;
    if (auto error = member.unescaped_key().get(key)) return Malformed(error);
    od::value value;
    if (auto error = member.value().get(value)) return Malformed(error);
    if (key != field) {
      if (absl::Status status = Validate(value, 1); !status.ok()) return status;
      continue;
    }
    std::string_view token = value.raw_json_token();
    JsonString string;
    if (value.get_string().get(string.value)) {
      return absl::InvalidArgumentError(
          absl::StrCat("field \"", std::string(field), "\" is not a string"));
    }
    // The raw token runs on over any whitespace up to the next structural character.
    while (!token.empty() && token.back() != '"') token.remove_suffix(1);
    string.token_begin = static_cast<size_t>(token.data() - line.data());
    string.token_end = string.token_begin + token.size();
    out.push_back(string);
  }
  // Past the object's end the document has no location left, unless something follows.
  if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) {
    return absl::InvalidArgumentError("malformed JSON (trailing content)");
  }
  return absl::OkStatus();
}

void AppendJsonString(std::string_view value, std::string& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  out.append(buffer.GetString(), buffer.GetSize());
}

}  // namespace sladd
