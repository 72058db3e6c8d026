// Reversible tokens for the tokenize operator, and their restoration.
//
// A token looks like <EMAIL_ADDRESS#k1:payload>: the type, the id of the key that sealed it
// and the base64url AES-256-SIV encryption of the value, with the type as associated data.
// The same value, type and key always give the same token, so a token can be joined on and
// put back into a language model's answer.
#ifndef SLADD_ENGINE_TOKEN_H_
#define SLADD_ENGINE_TOKEN_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "engine/crypto.h"
#include "engine/key_ring.h"

namespace re2 {
class RE2;
}

namespace sladd {

// Seals values under one key. Immutable and thread-safe.
class TokenSealer {
 public:
  // Fails if `key_id` is not in `keys`.
  static absl::StatusOr<TokenSealer> Create(const KeyRing& keys, std::string_view key_id);

  // Appends the token for `value` of `type` to `out`.
  absl::Status Seal(std::string_view type, std::string_view value, std::string& out) const;

 private:
  TokenSealer(std::string key_id, SivCipher cipher)
      : key_id_(std::move(key_id)), cipher_(std::move(cipher)) {}
  std::string key_id_;
  SivCipher cipher_;
};

// Turns tokens in a text back into the values they seal, with every key of a ring, so old
// tokens still open after keys rotate. Immutable and thread-safe.
class TokenRestorer {
 public:
  static absl::StatusOr<std::unique_ptr<TokenRestorer>> Create(const KeyRing& keys);
  ~TokenRestorer();

  // Returns `text` with every token replaced by its value; `restored` (optional) receives
  // the count. Fails, naming the token's ordinal and key id but never its content, if a token
  // names an unknown key or does not authenticate.
  absl::StatusOr<std::string> Restore(std::string_view text, size_t* restored = nullptr) const;

 private:
  TokenRestorer();
  std::map<std::string, SivCipher, std::less<>> ciphers_;
  std::unique_ptr<re2::RE2> token_pattern_;
};

}  // namespace sladd

#endif  // SLADD_ENGINE_TOKEN_H_
