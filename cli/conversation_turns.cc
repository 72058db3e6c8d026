#include "cli/conversation_turns.h"

#include <utility>

namespace sladd {

void ConversationTurns::Restart(std::string_view line_before) {
  has_last_ = !line_before.empty() && Read(Parse(line_before), values_, kId, kMessage);
  std::swap(last_id_, next_id_);
  std::swap(last_message_, next_message_);
}

std::string_view ConversationTurns::Next(std::string_view line) {
  return Next(Parse(line), values_, kId, kMessage);
}

std::string_view ConversationTurns::Next(bool parsed, const std::vector<JsonString>& values,
                                         uint32_t id, uint32_t message) {
  const bool read = Read(parsed, values, id, message);
  const bool answers = has_last_ && read && last_id_ == next_id_;
  // The last record's message moves to next_message_, where it stays until the next call.
  std::swap(last_id_, next_id_);
  std::swap(last_message_, next_message_);
  has_last_ = read;
  return answers ? std::string_view(next_message_) : std::string_view();
}

bool ConversationTurns::Parse(std::string_view line) {
  values_.clear();
  return parser_.Parse(line, selectors_, kId, values_).ok();
}

bool ConversationTurns::Read(bool parsed, const std::vector<JsonString>& values, uint32_t id,
                             uint32_t message) {
  if (!parsed) return false;
  // The last of duplicated keys, as most JSON readers take.
  const JsonString* id_value = nullptr;
  const JsonString* message_value = nullptr;
  for (const JsonString& value : values) {
    if ((value.selectors & id) != 0) id_value = &value;
    if ((value.selectors & message) != 0) message_value = &value;
  }
  if (id_value == nullptr) return false;
  next_id_.assign(id_value->value);
  // A record without a message still belongs to its conversation: its answer reads nothing.
  if (message_value != nullptr) {
    next_message_.assign(message_value->value);
  } else {
    next_message_.clear();
  }
  return true;
}

}  // namespace sladd
