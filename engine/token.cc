#include "engine/token.h"

#include <re2/re2.h>

#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "engine/status_macros.h"
#include "engine/string_view.h"

namespace sladd {
namespace {

constexpr std::string_view kTokenKeyInfo = "sladd tokenize v1";

absl::StatusOr<SivCipher> CipherFor(const std::string& secret) {
  SLADD_ASSIGN_OR_RETURN(std::string key,
                         HkdfSha256(secret, kTokenKeyInfo, SivCipher::kKeyBytes));
  return SivCipher::Create(key);
}

}  // namespace

absl::StatusOr<TokenSealer> TokenSealer::Create(const KeyRing& keys, std::string_view key_id) {
  const std::string* secret = keys.Find(key_id);
  if (secret == nullptr) {
    return absl::NotFoundError("no secret in \"secrets\" has this id");
  }
  SLADD_ASSIGN_OR_RETURN(SivCipher cipher, CipherFor(*secret));
  return TokenSealer(std::string(key_id), std::move(cipher));
}

absl::Status TokenSealer::Seal(std::string_view type, std::string_view value,
                               std::string& out) const {
  SLADD_ASSIGN_OR_RETURN(std::string sealed, cipher_.Encrypt(value, type));
  absl::StrAppend(&out, "<", ToAbsl(type), "#", key_id_, ":", absl::WebSafeBase64Escape(sealed), ">");
  return absl::OkStatus();
}

TokenRestorer::TokenRestorer()
    : token_pattern_(std::make_unique<re2::RE2>(
          R"(<([A-Z][A-Z0-9_]{0,63})#([A-Za-z0-9_.\-]{1,32}):([A-Za-z0-9_\-]{22,})>)")) {}

TokenRestorer::~TokenRestorer() = default;

absl::StatusOr<std::unique_ptr<TokenRestorer>> TokenRestorer::Create(const KeyRing& keys) {
  std::unique_ptr<TokenRestorer> restorer(new TokenRestorer());
  for (const auto& [id, secret] : keys.keys()) {
    SLADD_ASSIGN_OR_RETURN(SivCipher cipher, CipherFor(secret));
    restorer->ciphers_.emplace(id, std::move(cipher));
  }
  return restorer;
}

absl::StatusOr<std::string> TokenRestorer::Restore(std::string_view text,
                                                   size_t* restored) const {
  std::string out;
  out.reserve(text.size());
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece type, key_id, payload;
  size_t count = 0;
  const char* copied_to = text.data();
  while (re2::RE2::FindAndConsume(&input, *token_pattern_, &type, &key_id, &payload)) {
    ++count;
    const char* token_end = input.data();
    const char* token_start = type.data() - 1;  // the '<'
    const absl::string_view id(key_id.data(), key_id.size());
    auto cipher = ciphers_.find(ToStd(id));
    if (cipher == ciphers_.end()) {
      return absl::NotFoundError(absl::StrCat("token ", count, ": no secret with id \"", id, "\""));
    }
    std::string sealed;
    if (!absl::WebSafeBase64Unescape(absl::string_view(payload.data(), payload.size()),
                                     &sealed)) {
      return absl::InvalidArgumentError(absl::StrCat("token ", count, ": malformed payload"));
    }
    auto value = cipher->second.Decrypt(sealed, std::string_view(type.data(), type.size()));
    if (!value.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("token ", count, ": ", value.status().message()));
    }
    out.append(copied_to, token_start);
    out.append(*value);
    copied_to = token_end;
  }
  out.append(copied_to, text.data() + text.size());
  if (restored != nullptr) *restored = count;
  return out;
}

}  // namespace sladd
