#include "cli/json_line.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <simdjson.h>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

namespace od = simdjson::ondemand;

constexpr int kMaxDepth = 128;

absl::Status Malformed(simdjson::error_code error) {
  return absl::InvalidArgumentError(
      absl::StrCat("malformed JSON (", simdjson::error_message(error), ")"));
}

// Walks a value, validating all of it (simdjson's On Demand API would otherwise skip
// unread values unchecked), and collects the strings the selector picks. `path` is the
// parser's, kept between lines so that no line allocates it.
class Walker {
 public:
  // A value is selected by bit i when selectors[i] selects it (its path, or one of its
  // parents'); a number only by the bits in `numbers`.
  Walker(std::string_view line, const std::vector<const FieldSelector*>& selectors,
         uint32_t numbers, std::vector<std::string_view>& path, std::vector<JsonString>& out)
      : line_(line), selectors_(selectors), numbers_(numbers), path_(path), out_(out) {
    path_.clear();
  }

  // The selectors that select every value of a record.
  uint32_t SelectingAll() const {
    uint32_t bits = 0;
    for (size_t i = 0; i < selectors_.size(); ++i) {
      if (selectors_[i]->selects_all()) bits |= uint32_t{1} << i;
    }
    return bits;
  }

  absl::Status Walk(od::value value, uint32_t selected) {
    if (path_.size() > kMaxDepth) return absl::InvalidArgumentError("JSON nested too deeply");
    od::json_type type;
    if (auto error = value.type().get(type)) return Malformed(error);
    switch (type) {
      case od::json_type::object: {
        od::object object;
        if (auto error = value.get_object().get(object)) return Malformed(error);
        return WalkObject(object, selected);
      }
      case od::json_type::array:
        return WalkArray(value, selected);
      case od::json_type::string:
        return TakeString(value, selected);
      case od::json_type::number:
        return TakeNumber(value, selected);
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

  absl::Status WalkObject(od::object object, uint32_t selected) {
    for (auto field : object) {
      std::string_view key;
      if (auto error = field.unescaped_key().get(key)) return Malformed(error);
      od::value child;
      if (auto error = field.value().get(child)) return Malformed(error);
      path_.push_back(key);
      const absl::Status status = Walk(child, selected | SelectingPath());
      path_.pop_back();
      if (!status.ok()) return status;
    }
    return absl::OkStatus();
  }

 private:
  // The selectors that select the value at path_.
  uint32_t SelectingPath() const {
    uint32_t bits = 0;
    for (size_t i = 0; i < selectors_.size(); ++i) {
      if (selectors_[i]->Selects(path_)) bits |= uint32_t{1} << i;
    }
    return bits;
  }

  absl::Status WalkArray(od::value value, uint32_t selected) {
    od::array array;
    if (auto error = value.get_array().get(array)) return Malformed(error);
    for (auto element : array) {
      od::value child;
      if (auto error = element.get(child)) return Malformed(error);
      if (absl::Status status = Walk(child, selected); !status.ok()) return status;
    }
    return absl::OkStatus();
  }

  absl::Status TakeString(od::value value, uint32_t selected) {
    std::string_view token = value.raw_json_token();
    JsonString string;
    if (auto error = value.get_string().get(string.value)) return Malformed(error);
    if (selected == 0) return absl::OkStatus();
    string.selectors = selected;
    // The raw token runs on over any whitespace up to the next structural character.
    while (!token.empty() && token.back() != '"') token.remove_suffix(1);
    string.token_begin = static_cast<size_t>(token.data() - line_.data());
    string.token_end = string.token_begin + token.size();
    out_.push_back(string);
    return absl::OkStatus();
  }

  absl::Status TakeNumber(od::value value, uint32_t selected) {
    std::string_view token = value.raw_json_token();
    od::number number;
    if (auto error = value.get_number().get(number)) return Malformed(error);
    selected &= numbers_;
    if (selected == 0) return absl::OkStatus();
    // As a string's, the raw token runs on over whitespace.
    while (!token.empty() && absl::ascii_isspace(static_cast<unsigned char>(token.back()))) {
      token.remove_suffix(1);
    }
    const auto begin = static_cast<size_t>(token.data() - line_.data());
    out_.push_back({begin, begin + token.size(), token, selected});
    return absl::OkStatus();
  }

  std::string_view line_;
  const std::vector<const FieldSelector*>& selectors_;
  const uint32_t numbers_;
  std::vector<std::string_view>& path_;
  std::vector<JsonString>& out_;
};

}  // namespace

struct JsonLineParser::Impl {
  od::parser parser;
  std::vector<std::string_view> path;  // the keys from the record to the value walked
  std::vector<const FieldSelector*> one_selector;  // Parse's one, as a list
};

JsonLineParser::JsonLineParser() : impl_(std::make_unique<Impl>()) {}
JsonLineParser::~JsonLineParser() = default;

absl::Status JsonLineParser::Parse(std::string_view line, const FieldSelector& fields,
                                   std::vector<JsonString>& out, JsonValues values) {
  impl_->one_selector.assign(1, &fields);
  return Parse(line, impl_->one_selector, values == JsonValues::kStringsAndNumbers ? 1 : 0, out);
}

absl::Status JsonLineParser::Parse(std::string_view line,
                                   const std::vector<const FieldSelector*>& selectors,
                                   uint32_t numbers, std::vector<JsonString>& out) {
  const simdjson::padded_string_view input(line.data(), line.size(),
                                           line.size() + simdjson::SIMDJSON_PADDING);
  od::document document;
  if (auto error = impl_->parser.iterate(input).get(document)) return Malformed(error);
  od::object object;
  if (auto error = document.get_object().get(object)) {
    if (error == simdjson::INCORRECT_TYPE) return absl::InvalidArgumentError("not a JSON object");
    return Malformed(error);
  }
  Walker walker(line, selectors, numbers, impl_->path, out);
  if (absl::Status status = walker.WalkObject(object, walker.SelectingAll()); !status.ok()) {
    return status;
  }
  // Past the object's end the document has no location left, unless something follows.
  if (document.current_location().error() != simdjson::OUT_OF_BOUNDS) {
    return absl::InvalidArgumentError("malformed JSON (trailing content)");
  }
  return absl::OkStatus();
}

absl::StatusOr<FieldSelector> FieldSelector::Parse(std::string_view paths) {
  FieldSelector selector;
  for (absl::string_view path : absl::StrSplit(ToAbsl(paths), ',')) {
    std::vector<std::string> keys = absl::StrSplit(path, '.');
    for (const std::string& key : keys) {
      if (key.empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat("field path \"", path, "\": empty key (write a.b, a.*)"));
      }
    }
    selector.paths_.push_back(std::move(keys));
  }
  return selector;
}

bool FieldSelector::Selects(const std::vector<std::string_view>& path) const {
  for (const std::vector<std::string>& keys : paths_) {
    if (keys.size() != path.size()) continue;
    bool match = true;
    for (size_t i = 0; i < keys.size() && match; ++i) match = keys[i] == "*" || keys[i] == path[i];
    if (match) return true;
  }
  return false;
}

void AppendJsonString(std::string_view value, std::string& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  out.append(buffer.GetString(), buffer.GetSize());
}

}  // namespace sladd
