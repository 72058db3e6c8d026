// The number operator's memory per conversation, bounded in size and time.
#ifndef SLADD_SERVICE_CONVERSATIONS_H_
#define SLADD_SERVICE_CONVERSATIONS_H_

#include <chrono>
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "engine/redaction_state.h"

namespace sladd {

// One conversation's state; lock `mutex` while using `state`, so that concurrent messages
// of one conversation number consistently.
struct Conversation {
  std::mutex mutex;
  RedactionState state;
};

// Thread-safe. Holds at most `capacity` conversations and forgets those idle longer than
// `idle_timeout`, least recently used first: memory stays bounded whatever clients send.
// The states hold normalised values in memory only; nothing is written anywhere.
class ConversationStore {
 public:
  using Clock = std::chrono::steady_clock;

  ConversationStore(size_t capacity, Clock::duration idle_timeout)
      : capacity_(capacity), idle_timeout_(idle_timeout) {}

  // The conversation `id` under policy `policy`, created when new.
  std::shared_ptr<Conversation> Get(std::string_view policy, std::string_view id,
                                    Clock::time_point now = Clock::now());

  size_t size() const;

 private:
  struct Entry {
    std::shared_ptr<Conversation> conversation;
    Clock::time_point last_used;
    std::list<std::string>::iterator position;  // in recency_
  };
  void EvictLocked(Clock::time_point now);

  const size_t capacity_;
  const Clock::duration idle_timeout_;
  mutable std::mutex mutex_;
  absl::flat_hash_map<std::string, Entry> entries_;
  std::list<std::string> recency_;  // least recently used first
};

}  // namespace sladd

#endif  // SLADD_SERVICE_CONVERSATIONS_H_
