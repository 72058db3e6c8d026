// Named key material for the hash and tokenize operators.
#ifndef SLADD_ENGINE_KEY_RING_H_
#define SLADD_ENGINE_KEY_RING_H_

#include <map>
#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace sladd {

// Secret keys by id. Key material is wiped from memory when the ring is destroyed and never
// appears in error messages. Filled once, then only read: reading is thread-safe.
class KeyRing {
 public:
  KeyRing() = default;
  KeyRing(const KeyRing&) = delete;
  KeyRing& operator=(const KeyRing&) = delete;
  KeyRing(KeyRing&&) = default;
  KeyRing& operator=(KeyRing&&) = default;
  ~KeyRing();

  // Minimum key length in bytes.
  static constexpr size_t kMinKeyBytes = 32;

  // Adds `material` under `id`. Fails on a duplicate or malformed id or a short key.
  absl::Status Add(std::string_view id, std::string material);

  // The material of key `id`, or nullptr.
  const std::string* Find(std::string_view id) const;

  bool empty() const { return keys_.empty(); }
  const std::map<std::string, std::string, std::less<>>& keys() const { return keys_; }

 private:
  std::map<std::string, std::string, std::less<>> keys_;
};

// True for ids of the form [A-Za-z0-9_.-]{1,32}: safe to write into tokens and logs.
bool IsValidKeyId(std::string_view id);

}  // namespace sladd

#endif  // SLADD_ENGINE_KEY_RING_H_
