#include "cli/conversation_turns.h"

#include <utility>

namespace sladd {

void ConversationTurns::Restart(std::string_view line_before) {
  has_last_ = !line_before.empty() && Read(line_before);
  std::swap(last_id_, next_id_);
  std::swap(last_message_, next_message_);
}

std::string_view ConversationTurns::Next(std::string_view line) {
  const bool read = Read(line);
  const bool answers = has_last_ && read && last_id_ == next_id_;
  // The last record's message moves to next_message_, where it stays until the next call.
  std::swap(last_id_, next_id_);
  std::swap(last_message_, next_message_);
  has_last_ = read;
  return answers ? std::string_view(next_message_) : std::string_view();
}

bool ConversationTurns::Read(std::string_view line) {
  values_.clear();
  if (!parser_.Parse(line, conversation_, values_, JsonValues::kStringsAndNumbers).ok() ||
      values_.empty()) {
    return false;
  }
  next_id_.assign(values_.back().value);
  values_.clear();
  // A record without a message still belongs to its conversation: its answer reads nothing.
  next_message_.clear();
  if (parser_.Parse(line, text_, values_).ok() && !values_.empty()) {
    next_message_.assign(values_.back().value);
  }
  return true;
}

}  // namespace sladd
