#include "core/visits/signal_message.hpp"

#include <set>

#include "core/json_depth.hpp"

namespace motus::core::visits {

namespace {

using nlohmann::json;

struct Refusal {
  std::string problem;
};

void only_keys(const json& object, const std::set<std::string>& allowed, const std::string& where) {
  for (const auto& [key, value] : object.items()) {
    if (!allowed.contains(key))
      throw Refusal{where + " has an unknown key '" + key.substr(0, 40) + "'"};
  }
}

std::string text_field(const json& object, const std::string& key, std::size_t longest,
                       bool may_be_empty = false) {
  if (!object.contains(key) || !object[key].is_string())
    throw Refusal{"'" + key + "' must be text"};
  const auto text = object[key].get<std::string>();
  if (text.empty() && !may_be_empty) throw Refusal{"'" + key + "' must not be empty"};
  if (text.size() > longest)
    throw Refusal{"'" + key + "' is longer than " + std::to_string(longest) + " bytes"};
  return text;
}

json optional_text(const json& object, const std::string& key, std::size_t longest) {
  if (!object.contains(key) || object[key].is_null()) return nullptr;
  return text_field(object, key, longest, true);
}

bool flag(const json& object, const std::string& key) {
  if (!object.contains(key) || !object[key].is_boolean())
    throw Refusal{"'" + key + "' must be true or false"};
  return object[key].get<bool>();
}

json candidate(const json& message) {
  if (!message.contains("candidate")) throw Refusal{"'candidate' is missing"};
  const auto& value = message["candidate"];
  if (value.is_null()) return nullptr;  // the end of the sender's candidates
  if (!value.is_object()) throw Refusal{"'candidate' must be an object or null"};
  only_keys(value, {"candidate", "sdpMid", "sdpMLineIndex", "usernameFragment"}, "'candidate'");
  json line = nullptr;
  if (value.contains("sdpMLineIndex") && !value["sdpMLineIndex"].is_null()) {
    const auto& index = value["sdpMLineIndex"];
    if (!index.is_number_integer() || index.get<long long>() < 0 || index.get<long long>() > 64)
      throw Refusal{"'sdpMLineIndex' must be a whole number from 0 to 64"};
    line = index.get<int>();
  }
  return {{"candidate", text_field(value, "candidate", kLongestCandidate, true)},
          {"sdpMid", optional_text(value, "sdpMid", 64)},
          {"sdpMLineIndex", line},
          {"usernameFragment", optional_text(value, "usernameFragment", 256)}};
}

json rebuild(const json& message) {
  if (!message.is_object()) throw Refusal{"a signal must be a JSON object"};
  if (!message.contains("type") || !message["type"].is_string())
    throw Refusal{"'type' must be text"};
  const auto type = message["type"].get<std::string>();
  if (type == "offer" || type == "answer") {
    only_keys(message, {"type", "sdp"}, "the " + type);
    return {{"type", type}, {"sdp", text_field(message, "sdp", kLongestSdp)}};
  }
  if (type == "candidate") {
    only_keys(message, {"type", "candidate"}, "the candidate");
    return {{"type", type}, {"candidate", candidate(message)}};
  }
  if (type == "chat") {
    only_keys(message, {"type", "text"}, "the chat message");
    auto text = text_field(message, "text", kLongestChat);
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
      throw Refusal{"'text' must not be blank"};
    return {{"type", type}, {"text", std::move(text)}};
  }
  if (type == "media") {
    only_keys(message, {"type", "audio", "video"}, "the media message");
    return {{"type", type}, {"audio", flag(message, "audio")}, {"video", flag(message, "video")}};
  }
  if (type == "bye") {
    only_keys(message, {"type"}, "the bye");
    return {{"type", type}};
  }
  throw Refusal{"'type' must be offer, answer, candidate, chat, media or bye, not '" +
                type.substr(0, 40) + "'"};
}

}  // namespace

SignalCheck check_signal(std::string_view text) {
  if (text.size() > kLongestSignal)
    return {std::nullopt, "a signal must be at most " + std::to_string(kLongestSignal) + " bytes"};
  if (json_nests_deeper_than(text, 4)) return {std::nullopt, "a signal nests too deeply"};
  json parsed = json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return {std::nullopt, "a signal must be valid JSON"};
  try {
    return {rebuild(parsed), {}};
  } catch (const Refusal& refusal) {
    return {std::nullopt, refusal.problem};
  } catch (const json::exception&) {
    return {std::nullopt, "a signal holds text that is not valid UTF-8"};
  }
}

}  // namespace motus::core::visits
