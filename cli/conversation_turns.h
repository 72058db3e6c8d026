// The turn each record of a chat export answers: the message of the last record before it
// in the same conversation, so that a short answer is read after the question it answers.
#ifndef SLADD_CLI_CONVERSATION_TURNS_H_
#define SLADD_CLI_CONVERSATION_TURNS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "cli/json_line.h"

namespace sladd {

// Follows records in input order, each with a conversation id or none, and a message. A
// record answers the last record of its conversation among the `window` records before
// it, so that conversations logged side by side pair as well as an export sorted by
// conversation (window 1: only the record right before). Records without an id answer
// nothing and are answered by nothing; they take their place in the window. Knows no
// format: callers read the ids and messages. Memory: `window` messages and ids. Not
// thread-safe.
class ConversationWindow {
 public:
  explicit ConversationWindow(size_t window = 1);

  // Starts over: the next record is the input's first, or the first of those a caller
  // gives again after a restart.
  void Clear();
  // The message of the last record of `id`'s conversation in the window, else empty (also
  // without an id); valid until the next call. Then this record is in the window.
  std::string_view Next(std::optional<std::string_view> id, std::string_view message);

 private:
  struct Record {
    bool has_id = false;
    bool last_of_conversation = false;  // in the window: the later ones have other ids
    std::string id, message;
  };

  // The window and the record being read: record n of those since Clear at n % size. One
  // more slot than the window, so that the record read never overwrites the one it answers.
  std::vector<Record> records_;
  uint64_t count_ = 0;  // records read since Clear
  // The number of each conversation's last record in the window.
  absl::flat_hash_map<std::string, uint64_t> last_of_;
};

// A ConversationWindow over JSON records: two records belong to one conversation when both
// have the same string or number under the conversation's key path; the message of a
// record is its last string under the text's. A line that is not JSON has no id. Not
// thread-safe; the selectors must outlive it.
class ConversationTurns {
 public:
  ConversationTurns(const FieldSelector& conversation, const FieldSelector& text,
                    size_t window = 1);

  // Starts over after `lines_before`, oldest first (none: the input's start); those older
  // than the window change nothing. Lines given here and to Next must be followed by at
  // least 64 readable bytes.
  void Restart(const std::vector<std::string_view>& lines_before);

  // The message of the record before `line` in its conversation, if it is in the window,
  // else empty; valid until the next call. Then `line` is in the window.
  std::string_view Next(std::string_view line);
  // The same for a record parsed already (`parsed` false: not JSON) into `values`, where
  // bit `id` marks the values of the conversation's selector (numbers included) and bit
  // `message` those of the text's: a caller's one parse of the record serves both.
  std::string_view Next(bool parsed, const std::vector<JsonString>& values, uint32_t id,
                        uint32_t message);

 private:
  static constexpr uint32_t kId = 1, kMessage = 2;  // bits of selectors_

  const std::vector<const FieldSelector*> selectors_;  // the conversation's, the text's
  JsonLineParser parser_;
  std::vector<JsonString> values_;
  ConversationWindow window_;
};

}  // namespace sladd

#endif  // SLADD_CLI_CONVERSATION_TURNS_H_
