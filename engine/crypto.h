// The keyed primitives behind the hash and tokenize operators, on OpenSSL 3.
#ifndef SLADD_ENGINE_CRYPTO_H_
#define SLADD_ENGINE_CRYPTO_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace sladd {

// SHA-256 of `data`: 32 raw bytes.
std::string Sha256(std::string_view data);

// HMAC-SHA256 of `data` under `key`: 32 raw bytes.
std::string HmacSha256(std::string_view key, std::string_view data);

// HKDF-SHA256 (RFC 5869, no salt): `length` bytes derived from `secret` for purpose `info`.
// Separates the keys of different operators drawn from one secret.
absl::StatusOr<std::string> HkdfSha256(std::string_view secret, std::string_view info,
                                       size_t length);

// Deterministic authenticated encryption with AES-256-SIV (RFC 5297): the same plaintext
// and associated data always give the same ciphertext, and any change to the ciphertext is
// detected. Immutable and thread-safe; each call uses its own OpenSSL context.
class SivCipher {
 public:
  static constexpr size_t kKeyBytes = 64;
  static constexpr size_t kTagBytes = 16;

  // `key` must be kKeyBytes long.
  static absl::StatusOr<SivCipher> Create(std::string_view key);

  SivCipher(SivCipher&&) = default;
  SivCipher& operator=(SivCipher&&) = default;
  ~SivCipher();

  // Returns tag || ciphertext.
  absl::StatusOr<std::string> Encrypt(std::string_view plaintext,
                                      std::string_view associated_data) const;
  // Reverses Encrypt; fails if the data was not produced by this key and associated data.
  absl::StatusOr<std::string> Decrypt(std::string_view sealed,
                                      std::string_view associated_data) const;

 private:
  explicit SivCipher(std::string key) : key_(std::move(key)) {}
  std::string key_;
};

// Lowercase hex of `bytes`.
std::string HexEncode(std::string_view bytes);
// Decodes hex (either case); fails on odd length or other characters, without echoing them.
absl::StatusOr<std::string> HexDecode(std::string_view hex);

}  // namespace sladd

#endif  // SLADD_ENGINE_CRYPTO_H_
