#pragma once
// The ICE servers a visit's browsers are given (RTCConfiguration.iceServers). TURN credentials
// follow coturn's use-auth-secret scheme (the "TURN REST API" draft): the username is
// "<expiry in Unix seconds>:<user>", the password base64(HMAC-SHA1(secret, username)), so the
// TURN server checks them with the shared secret alone and refuses them after the expiry.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/shared/app.hpp"

namespace motus::api {

struct TurnCredential {
  std::string username;
  std::string password;
};

TurnCredential turn_credential(const std::string& secret, const std::string& user,
                               std::int64_t expires_at_seconds);

// {ice_servers: [...], expires_at}: STUN servers as they are; TURN servers with a credential
// for `user` that expires at `expires_at_ms` (rounded up to a second). Empty settings give an
// empty list: browsers on one network then connect by their host candidates.
nlohmann::json ice_servers(const VisitSettings& settings, const std::string& user,
                           std::int64_t expires_at_ms);

}  // namespace motus::api
