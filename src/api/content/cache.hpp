#pragma once
// Content answers are the same for every caller who reads the same language and change only when
// the server starts with new content files, so browsers and proxies may keep them for five minutes
// and then ask again with the ETag; an unchanged answer is then a bodiless 304.
#include <nlohmann/json.hpp>

#include "core/content/language.hpp"
#include "http/message.hpp"

namespace motus::api {

// `body` as a 200 JSON answer with public caching headers and an ETag derived from the body,
// or a 304 when the request's If-None-Match already names that ETag.
http::Response public_json(const http::Request& request, const nlohmann::json& body);

// The same for an answer in `language`: the ETag differs with the words, and the answer says its
// Content-Language and varies on what chose it (api/shared/language.hpp), 304s included.
http::Response public_json(const http::Request& request, const nlohmann::json& body,
                           core::Language language);

}  // namespace motus::api
