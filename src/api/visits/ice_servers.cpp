#include "api/visits/ice_servers.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <stdexcept>

namespace motus::api {

TurnCredential turn_credential(const std::string& secret, const std::string& user,
                               std::int64_t expires_at_seconds) {
  TurnCredential credential;
  credential.username = std::to_string(expires_at_seconds) + ":" + user;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()),
           reinterpret_cast<const unsigned char*>(credential.username.data()),
           credential.username.size(), digest, &length) == nullptr) {
    throw std::runtime_error("HMAC-SHA1 failed");
  }
  std::string encoded(4 * ((length + 2) / 3) + 1, '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(encoded.data()), digest,
                                      static_cast<int>(length));
  encoded.resize(static_cast<std::size_t>(written));
  credential.password = std::move(encoded);
  return credential;
}

nlohmann::json ice_servers(const VisitSettings& settings, const std::string& user,
                           std::int64_t expires_at_ms) {
  nlohmann::json servers = nlohmann::json::array();
  if (!settings.stun_urls.empty()) servers.push_back({{"urls", settings.stun_urls}});
  const std::int64_t expires_at_seconds = (expires_at_ms + 999) / 1000;
  if (!settings.turn_urls.empty() && !settings.turn_secret.empty()) {
    const auto credential = turn_credential(settings.turn_secret, user, expires_at_seconds);
    servers.push_back({{"urls", settings.turn_urls},
                       {"username", credential.username},
                       {"credential", credential.password}});
  }
  return {{"ice_servers", servers}, {"expires_at", expires_at_seconds * 1000}};
}

}  // namespace motus::api
