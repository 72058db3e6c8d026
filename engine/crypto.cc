#include "engine/crypto.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

namespace sladd {
namespace {

struct CipherCtxDeleter {
  void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct CipherDeleter {
  void operator()(EVP_CIPHER* cipher) const { EVP_CIPHER_free(cipher); }
};
struct KdfDeleter {
  void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxDeleter {
  void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

// A fresh AES-256-SIV context keyed with `key`, for encryption or decryption.
absl::StatusOr<CipherCtx> NewSivContext(std::string_view key, bool encrypt) {
  std::unique_ptr<EVP_CIPHER, CipherDeleter> cipher(
      EVP_CIPHER_fetch(nullptr, "AES-256-SIV", nullptr));
  if (!cipher) return absl::InternalError("OpenSSL has no AES-256-SIV");
  CipherCtx ctx(EVP_CIPHER_CTX_new());
  if (!ctx || EVP_CipherInit_ex2(ctx.get(), cipher.get(), Bytes(key), nullptr, encrypt ? 1 : 0,
                                 nullptr) != 1) {
    return absl::InternalError("AES-SIV initialisation failed");
  }
  return ctx;
}

// Feeds associated data; SIV takes it before the plaintext.
bool AddAssociatedData(EVP_CIPHER_CTX* ctx, std::string_view ad) {
  int ignored = 0;
  return EVP_CipherUpdate(ctx, nullptr, &ignored, Bytes(ad), static_cast<int>(ad.size())) == 1;
}

}  // namespace

std::string Sha256(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr);
  return std::string(reinterpret_cast<const char*>(digest), length);
}

std::string HmacSha256(std::string_view key, std::string_view data) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), Bytes(data), data.size(), mac,
       &length);
  return std::string(reinterpret_cast<const char*>(mac), length);
}

absl::StatusOr<std::string> HkdfSha256(std::string_view secret, std::string_view info,
                                       size_t length) {
  std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
  if (!kdf) return absl::InternalError("OpenSSL has no HKDF");
  std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(EVP_KDF_CTX_new(kdf.get()));
  if (!ctx) return absl::InternalError("HKDF context allocation failed");
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, const_cast<char*>(secret.data()),
                                        secret.size()),
      OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, const_cast<char*>(info.data()),
                                        info.size()),
      OSSL_PARAM_construct_end()};
  std::string out(length, '\0');
  if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), length,
                     params) != 1) {
    return absl::InternalError("HKDF derivation failed");
  }
  return out;
}

absl::StatusOr<SivCipher> SivCipher::Create(std::string_view key) {
  if (key.size() != kKeyBytes) return absl::InvalidArgumentError("AES-SIV key must be 64 bytes");
  return SivCipher(std::string(key));
}

SivCipher::~SivCipher() { OPENSSL_cleanse(key_.data(), key_.size()); }

absl::StatusOr<std::string> SivCipher::Encrypt(std::string_view plaintext,
                                               std::string_view associated_data) const {
  auto ctx = NewSivContext(key_, /*encrypt=*/true);
  if (!ctx.ok()) return ctx.status();
  std::string out(kTagBytes + plaintext.size(), '\0');
  auto* body = reinterpret_cast<unsigned char*>(out.data()) + kTagBytes;
  int written = 0;
  int final_written = 0;
  if (!AddAssociatedData(ctx->get(), associated_data) ||
      EVP_EncryptUpdate(ctx->get(), body, &written, Bytes(plaintext),
                        static_cast<int>(plaintext.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx->get(), body + written, &final_written) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_AEAD_GET_TAG, kTagBytes, out.data()) != 1) {
    return absl::InternalError("AES-SIV encryption failed");
  }
  return out;
}

absl::StatusOr<std::string> SivCipher::Decrypt(std::string_view sealed,
                                               std::string_view associated_data) const {
  if (sealed.size() < kTagBytes) return absl::InvalidArgumentError("token is too short");
  auto ctx = NewSivContext(key_, /*encrypt=*/false);
  if (!ctx.ok()) return ctx.status();
  const std::string_view body = sealed.substr(kTagBytes);
  std::string tag(sealed.substr(0, kTagBytes));
  std::string out(body.size(), '\0');
  int written = 0;
  int final_written = 0;
  if (EVP_CIPHER_CTX_ctrl(ctx->get(), EVP_CTRL_AEAD_SET_TAG, kTagBytes, tag.data()) != 1 ||
      !AddAssociatedData(ctx->get(), associated_data) ||
      EVP_DecryptUpdate(ctx->get(), reinterpret_cast<unsigned char*>(out.data()), &written,
                        Bytes(body), static_cast<int>(body.size())) != 1 ||
      EVP_DecryptFinal_ex(ctx->get(), reinterpret_cast<unsigned char*>(out.data()) + written,
                          &final_written) != 1) {
    OPENSSL_cleanse(out.data(), out.size());
    return absl::InvalidArgumentError("token failed authentication");
  }
  return out;
}

std::string HexEncode(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    hex.push_back(kDigits[b >> 4]);
    hex.push_back(kDigits[b & 0xF]);
  }
  return hex;
}

absl::StatusOr<std::string> HexDecode(std::string_view hex) {
  if (hex.size() % 2 != 0) return absl::InvalidArgumentError("hex has an odd length");
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string bytes(hex.size() / 2, '\0');
  for (size_t i = 0; i < bytes.size(); ++i) {
    const int hi = nibble(hex[2 * i]);
    const int lo = nibble(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return absl::InvalidArgumentError("hex has a non-hex character");
    bytes[i] = static_cast<char>((hi << 4) | lo);
  }
  return bytes;
}

}  // namespace sladd
