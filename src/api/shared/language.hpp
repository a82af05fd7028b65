#pragma once
// The language of an answer that carries Motus's words (content, programs, assessments): the
// caller's stored choice (PUT /api/v1/me/language), else the request's Accept-Language, else
// English (core/content/language.hpp). Every such answer names it in Content-Language and
// varies on what chose it, so a cache never hands one person's language to another.
#include "api/shared/app.hpp"
#include "core/content/language.hpp"
#include "http/message.hpp"

namespace motus::api {

// Reads the stored choice when somebody is logged in (one read by primary key).
core::Language answer_language(App& app, const http::Request& request);

// Content-Language, and Vary on Accept-Language and on what carries the session (Cookie,
// Authorization), since a logged-in caller's stored choice beats the header.
void say_language(http::Response& response, core::Language language);

}  // namespace motus::api
