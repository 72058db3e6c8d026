#include "cli/conversation_turns.h"

#include <algorithm>

namespace sladd {

ConversationWindow::ConversationWindow(size_t window) : records_(std::max<size_t>(window, 1) + 1) {}

void ConversationWindow::Clear() {
  last_of_.clear();
  count_ = 0;
}

std::string_view ConversationWindow::Next(std::optional<std::string_view> id,
                                          std::string_view message) {
  Record& record = records_[count_ % records_.size()];
  if (count_ >= records_.size() && record.last_of_conversation) {
    last_of_.erase(record.id);  // the conversation leaves the window
  }
  const uint64_t number = count_++;
  record.has_id = record.last_of_conversation = id.has_value();
  if (!id) return {};
  record.id.assign(*id);
  record.message.assign(message);
  const auto [last, first_in_window] = last_of_.try_emplace(record.id, number);
  if (first_in_window) return {};
  Record& answered = records_[last->second % records_.size()];
  answered.last_of_conversation = false;
  last->second = number;
  return answered.message;
}

ConversationTurns::ConversationTurns(const FieldSelector& conversation, const FieldSelector& text,
                                     size_t window)
    : selectors_{&conversation, &text}, window_(window) {}

void ConversationTurns::Restart(const std::vector<std::string_view>& lines_before) {
  window_.Clear();
  for (const std::string_view line : lines_before) Next(line);
}

std::string_view ConversationTurns::Next(std::string_view line) {
  values_.clear();
  const bool parsed = parser_.Parse(line, selectors_, kId, values_).ok();
  return Next(parsed, values_, kId, kMessage);
}

std::string_view ConversationTurns::Next(bool parsed, const std::vector<JsonString>& values,
                                         uint32_t id, uint32_t message) {
  // The last of duplicated keys, as most JSON readers take.
  const JsonString* id_value = nullptr;
  const JsonString* message_value = nullptr;
  if (parsed) {
    for (const JsonString& value : values) {
      if ((value.selectors & id) != 0) id_value = &value;
      if ((value.selectors & message) != 0) message_value = &value;
    }
  }
  if (id_value == nullptr) return window_.Next(std::nullopt, {});
  // A record without a message still belongs to its conversation: its answer reads nothing.
  return window_.Next(id_value->value,
                      message_value != nullptr ? message_value->value : std::string_view());
}

}  // namespace sladd
