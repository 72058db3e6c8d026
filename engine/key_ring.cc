#include "engine/key_ring.h"

#include <openssl/crypto.h>

#include "absl/strings/str_cat.h"
#include "engine/string_view.h"

namespace sladd {

KeyRing::~KeyRing() {
  for (auto& [id, material] : keys_) OPENSSL_cleanse(material.data(), material.size());
}

bool IsValidKeyId(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '.' || c == '-';
    if (!ok) return false;
  }
  return true;
}

absl::Status KeyRing::Add(std::string_view id, std::string material) {
  if (!IsValidKeyId(id)) {
    return absl::InvalidArgumentError("key id must match [A-Za-z0-9_.-]{1,32}");
  }
  if (material.size() < kMinKeyBytes) {
    OPENSSL_cleanse(material.data(), material.size());
    return absl::InvalidArgumentError(
        absl::StrCat("key shorter than ", kMinKeyBytes, " bytes"));
  }
  if (Find(id) != nullptr) {
    OPENSSL_cleanse(material.data(), material.size());
    return absl::InvalidArgumentError("another secret has the same id");
  }
  keys_.emplace(std::string(id), std::move(material));
  return absl::OkStatus();
}

const std::string* KeyRing::Find(std::string_view id) const {
  auto it = keys_.find(id);
  return it == keys_.end() ? nullptr : &it->second;
}

}  // namespace sladd
