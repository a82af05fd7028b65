#include "api/shared/language.hpp"

#include <array>

#include "core/program/program_words.hpp"

namespace motus::api {

core::Language answer_language(const http::Request& request) {
  const auto stored = request.caller ? request.caller->language : std::nullopt;
  return core::choose_language(stored, request.header("Accept-Language"));
}

core::program::Program program_in(const App& app, const core::program::ProgramState& state,
                                  core::Language language) {
  const auto& words = content_in(app, language);
  const std::array<const core::KnowledgeBase*, 2> known{&app.content, app.spanish_content};
  return core::program::in_words(core::program::current_program(state, words), words, known);
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
