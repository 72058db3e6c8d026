#include "engine/allow_list.h"

#include <algorithm>

#include <re2/re2.h>

#include "absl/strings/str_cat.h"
#include "engine/utf8.h"

namespace sladd {

struct AllowList::Entry {
  std::string exact;  // case-folded when ignore_case
  std::unique_ptr<re2::RE2> pattern;
  std::vector<std::string> types;
  bool ignore_case = false;
};

AllowList::AllowList() = default;
AllowList::~AllowList() = default;

absl::StatusOr<std::unique_ptr<AllowList>> AllowList::Create(
    const google::protobuf::RepeatedPtrField<v1::AllowEntry>& entries) {
  std::unique_ptr<AllowList> list(new AllowList());
  for (int i = 0; i < entries.size(); ++i) {
    const v1::AllowEntry& config = entries[i];
    Entry entry;
    entry.ignore_case = config.ignore_case();
    entry.types.assign(config.types().begin(), config.types().end());
    switch (config.match_case()) {
      case v1::AllowEntry::kExact:
        if (config.exact().empty()) {
          return absl::InvalidArgumentError(absl::StrCat("allow[", i, "].exact: is empty"));
        }
        entry.exact = entry.ignore_case ? FoldCase(config.exact()) : config.exact();
        break;
      case v1::AllowEntry::kPattern: {
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_case_sensitive(!entry.ignore_case);
        entry.pattern = std::make_unique<re2::RE2>(config.pattern(), options);
        if (!entry.pattern->ok()) {
          return absl::InvalidArgumentError(
              absl::StrCat("allow[", i, "].pattern: not a valid RE2 pattern"));
        }
        break;
      }
      case v1::AllowEntry::MATCH_NOT_SET:
        return absl::InvalidArgumentError(
            absl::StrCat("allow[", i, "]: needs \"exact\" or \"pattern\""));
    }
    list->entries_.push_back(std::move(entry));
  }
  return list;
}

bool AllowList::Allows(const Finding& finding, std::string_view value) const {
  std::string folded;  // computed at most once
  for (const Entry& entry : entries_) {
    if (!entry.types.empty() &&
        std::find(entry.types.begin(), entry.types.end(), finding.type) == entry.types.end()) {
      continue;
    }
    if (entry.pattern) {
      if (re2::RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *entry.pattern)) {
        return true;
      }
      continue;
    }
    if (!entry.ignore_case) {
      if (entry.exact == value) return true;
      continue;
    }
    if (folded.empty()) folded = FoldCase(value);
    if (entry.exact == folded) return true;
  }
  return false;
}

}  // namespace sladd
