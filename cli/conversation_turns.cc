#include "cli/conversation_turns.h"

#include <algorithm>

namespace sladd {

ConversationTurns::ConversationTurns(const FieldSelector& conversation, const FieldSelector& text,
                                     size_t window)
    : selectors_{&conversation, &text}, records_(std::max<size_t>(window, 1) + 1) {}

void ConversationTurns::Restart(std::string_view lines_before) {
  last_of_.clear();
  count_ = 0;
  size_t start = 0;
  while (start < lines_before.size()) {
    const size_t end = std::min(lines_before.find('\n', start), lines_before.size());
    Next(lines_before.substr(start, end - start));
    start = end + 1;
  }
}

std::string_view ConversationTurns::Next(std::string_view line) {
  return Next(Parse(line), values_, kId, kMessage);
}

std::string_view ConversationTurns::Next(bool parsed, const std::vector<JsonString>& values,
                                         uint32_t id, uint32_t message) {
  Record& record = records_[count_ % records_.size()];
  if (count_ >= records_.size() && record.last_of_conversation) {
    last_of_.erase(record.id);  // the conversation leaves the window
  }
  Read(parsed, values, id, message, record);
  const uint64_t number = count_++;
  record.last_of_conversation = record.has_id;
  if (!record.has_id) return {};
  const auto [last, first_in_window] = last_of_.try_emplace(record.id, number);
  if (first_in_window) return {};
  Record& answered = records_[last->second % records_.size()];
  answered.last_of_conversation = false;
  last->second = number;
  return answered.message;
}

bool ConversationTurns::Parse(std::string_view line) {
  values_.clear();
  return parser_.Parse(line, selectors_, kId, values_).ok();
}

void ConversationTurns::Read(bool parsed, const std::vector<JsonString>& values, uint32_t id,
                             uint32_t message, Record& record) {
  record.has_id = false;
  if (!parsed) return;
  // The last of duplicated keys, as most JSON readers take.
  const JsonString* id_value = nullptr;
  const JsonString* message_value = nullptr;
  for (const JsonString& value : values) {
    if ((value.selectors & id) != 0) id_value = &value;
    if ((value.selectors & message) != 0) message_value = &value;
  }
  if (id_value == nullptr) return;
  record.has_id = true;
  record.id.assign(id_value->value);
  // A record without a message still belongs to its conversation: its answer reads nothing.
  if (message_value != nullptr) {
    record.message.assign(message_value->value);
  } else {
    record.message.clear();
  }
}

}  // namespace sladd
