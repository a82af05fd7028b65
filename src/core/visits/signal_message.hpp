#pragma once
// The messages two browsers exchange through the visit room's WebSocket to set up their WebRTC
// call, and the checks each one passes before it is relayed to the other person. The server
// never keeps them (media flows browser to browser); it relays only what this validator
// rebuilt, so a message carries nothing but the fields named here.
//
// From a browser (JSON object, `type` first):
//   offer     {sdp: text}                 a session description (WebRTC offer)
//   answer    {sdp: text}                 the reply to an offer
//   candidate {candidate: null | {candidate: text, sdpMid: text|null,
//              sdpMLineIndex: 0–64|null, usernameFragment: text|null}}   an ICE candidate
//   chat      {text: 1–kLongestChat characters}                          a line of chat
//   media     {audio: bool, video: bool}  whether the sender's microphone and camera are on
//   bye       {}                          the sender ended the visit
// Unknown types and unknown keys are refused, naming them.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace motus::core::visits {

// The largest WebSocket message the room accepts; larger ones close the socket (1009).
inline constexpr std::size_t kLongestSignal = 64 * 1024;
inline constexpr std::size_t kLongestSdp = 60 * 1024;
inline constexpr std::size_t kLongestCandidate = 2048;
inline constexpr std::size_t kLongestChat = 2000;

struct SignalCheck {
  std::optional<nlohmann::json> message;  // the rebuilt message, when it passed
  std::string problem;                    // else why not, naming the field
  std::string type() const { return message ? message->value("type", "") : std::string(); }
};

SignalCheck check_signal(std::string_view text);

}  // namespace motus::core::visits
