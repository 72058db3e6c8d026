// The turn each record of a chat export answers: the message of the record before it in
// the same conversation, so that a short answer is read after the question it answers.
#ifndef SLADD_CLI_CONVERSATION_TURNS_H_
#define SLADD_CLI_CONVERSATION_TURNS_H_

#include <string>
#include <string_view>
#include <vector>

#include "cli/json_line.h"

namespace sladd {

// Follows JSON records in input order. Two records belong to one conversation when both
// have the same string or number under the conversation's key path; the message of a
// record is its last string under the text's. Records without a conversation id, or not
// JSON, answer nothing and are answered by nothing. Not thread-safe; the selectors must
// outlive it.
class ConversationTurns {
 public:
  ConversationTurns(const FieldSelector& conversation, const FieldSelector& text)
      : selectors_{&conversation, &text} {}

  // Starts over after `line_before` (empty: the input's start). Lines given here and to
  // Next must be followed by at least 64 readable bytes.
  void Restart(std::string_view line_before);

  // The message of the record before `line` when it is of the same conversation, else
  // empty; valid until the next call. Then `line` is the record before the next.
  std::string_view Next(std::string_view line);
  // The same for a record parsed already (`parsed` false: not JSON) into `values`, where
  // bit `id` marks the values of the conversation's selector (numbers included) and bit
  // `message` those of the text's: a caller's one parse of the record serves both.
  std::string_view Next(bool parsed, const std::vector<JsonString>& values, uint32_t id,
                        uint32_t message);

 private:
  static constexpr uint32_t kId = 1, kMessage = 2;  // bits of selectors_

  // Parses `line` with selectors_ into values_; false if it is not JSON.
  bool Parse(std::string_view line);
  // Reads the conversation id and message of a record's `values` into next_id_ and
  // next_message_; false when it has no id or is not JSON.
  bool Read(bool parsed, const std::vector<JsonString>& values, uint32_t id, uint32_t message);

  const std::vector<const FieldSelector*> selectors_;  // the conversation's, the text's
  JsonLineParser parser_;
  std::vector<JsonString> values_;
  bool has_last_ = false;  // whether last_id_ and last_message_ are a record's
  std::string last_id_, last_message_;
  std::string next_id_, next_message_;
};

}  // namespace sladd

#endif  // SLADD_CLI_CONVERSATION_TURNS_H_
