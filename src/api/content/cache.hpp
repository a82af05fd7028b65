#pragma once
// Content answers are the same for every caller and change only when the server starts with
// new content files, so browsers and proxies may keep them for five minutes and then ask again
// with the ETag; an unchanged answer is then a bodiless 304.
#include <nlohmann/json.hpp>

#include "http/message.hpp"

namespace motus::api {

// `body` as a 200 JSON answer with public caching headers and an ETag derived from the body,
// or a 304 when the request's If-None-Match already names that ETag.
http::Response public_json(const http::Request& request, const nlohmann::json& body);

}  // namespace motus::api
