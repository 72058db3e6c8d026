#include "service/conversations.h"

#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {

std::shared_ptr<Conversation> ConversationStore::Get(std::string_view policy,
                                                     std::string_view id,
                                                     Clock::time_point now) {
  std::string key = absl::StrCat(ToAbsl(policy), absl::string_view("\0", 1), ToAbsl(id));
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it != entries_.end()) {
    it->second.last_used = now;
    recency_.splice(recency_.end(), recency_, it->second.position);
    return it->second.conversation;
  }
  EvictLocked(now);
  recency_.push_back(key);
  Entry entry{std::make_shared<Conversation>(), now, std::prev(recency_.end())};
  auto conversation = entry.conversation;
  entries_.emplace(std::move(key), std::move(entry));
  return conversation;
}

void ConversationStore::EvictLocked(Clock::time_point now) {
  while (!recency_.empty()) {
    auto oldest = entries_.find(recency_.front());
    const bool idle = now - oldest->second.last_used > idle_timeout_;
    if (!idle && entries_.size() < capacity_) break;
    entries_.erase(oldest);
    recency_.pop_front();
  }
}

size_t ConversationStore::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return entries_.size();
}

}  // namespace sladd
