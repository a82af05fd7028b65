#pragma once
// The language of an answer that carries Motus's words (content, programs, assessments): the
// caller's stored choice (PUT /api/v1/me/language), else the request's Accept-Language, else
// English (core/content/language.hpp). Every such answer names it in Content-Language and
// varies on what chose it, so a cache never hands one person's language to another.
#include "api/shared/app.hpp"
#include "core/content/language.hpp"
#include "core/program/program_state.hpp"
#include "http/message.hpp"

namespace motus::api {

// The stored choice comes with the session (core::Caller::language): no read of its own.
core::Language answer_language(const http::Request& request);

// The program as the caller reads it in `language`: names and cautions from that language's
// content, each why and tip worded again in it, dose words in it (core/program/program_words.hpp).
core::program::Program program_in(const App& app, const core::program::ProgramState& state,
                                  core::Language language);

// Content-Language, and Vary on Accept-Language and on what carries the session (Cookie,
// Authorization), since a logged-in caller's stored choice beats the header.
void say_language(http::Response& response, core::Language language);

}  // namespace motus::api
