#include "api/shared/language.hpp"

#include "store/member_language_repository.hpp"

namespace motus::api {

core::Language answer_language(App& app, const http::Request& request) {
  std::optional<core::Language> stored;
  if (request.caller) {
    app.db.read(
        [&](store::Connection& c) { stored = store::find_language(c, request.caller->user_id); });
  }
  return core::choose_language(stored, request.header("Accept-Language"));
}

void say_language(http::Response& response, core::Language language) {
  response.set(http::beast_http::field::content_language, core::to_string(language));
  response.set(http::beast_http::field::vary, "Accept-Language, Cookie, Authorization");
}

const core::KnowledgeBase& content_in(const App& app, core::Language language) {
  if (language == core::Language::es && app.spanish_content != nullptr) return *app.spanish_content;
  return app.content;
}

const std::vector<core::instruments::InstrumentDefinition>& instruments_in(
    const App& app, core::Language language) {
  if (language == core::Language::es && app.spanish_instruments != nullptr) {
    return *app.spanish_instruments;
  }
  return app.instruments;
}

}  // namespace motus::api
