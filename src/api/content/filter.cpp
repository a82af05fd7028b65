#include "api/content/filter.hpp"

#include <algorithm>
#include <vector>

#include "http/problem.hpp"

namespace motus::api {
namespace {

[[noreturn]] void reject(const std::string& parameter, const std::string& value,
                         const std::vector<std::string>& allowed) {
  std::string list;
  for (const auto& word : allowed) list += (list.empty() ? "" : ", ") + word;
  const std::string message =
      "'" + value + "' is not a " + parameter + " we know. Use one of: " + list + ".";
  const std::string mensaje = "'" + value + "' no es un valor de " + parameter +
                              " que conozcamos. Usa uno de estos: " + list + ".";
  auto error = http::bad_request(
      http::Said{"The filter " + parameter + " has a value we do not know. " + message,
                 "El filtro " + parameter + " tiene un valor que no conocemos. " + mensaje});
  error.extensions["errors"] = {{{"field", parameter}, {"message", message}, {"allowed", allowed}}};
  error.spanish_extensions["errors"] = {
      {{"field", parameter}, {"message", mensaje}, {"allowed", allowed}}};
  throw error;
}

template <typename Enum>
std::optional<Enum> read_word(const http::Request& request, const std::string& parameter) {
  const auto value = request.query_param(parameter);
  if (!value) return std::nullopt;
  if (const auto word = core::from_string<Enum>(*value)) return word;
  const auto& names = core::Vocabulary<Enum>::names;
  reject(parameter, *value, std::vector<std::string>(names.begin(), names.end()));
}

std::optional<std::string> read_pattern(const http::Request& request,
                                        const core::KnowledgeBase& knowledge_base) {
  const auto value = request.query_param("pattern");
  if (!value || knowledge_base.pattern(*value)) return value;
  std::vector<std::string> ids;
  for (const auto& pattern : knowledge_base.patterns()) ids.push_back(pattern.id);
  reject("pattern", *value, ids);
}

template <typename Value>
bool lists(const std::vector<Value>& values, const std::optional<Value>& wanted) {
  return !wanted || std::find(values.begin(), values.end(), *wanted) != values.end();
}

}  // namespace

ExerciseFilter read_exercise_filter(const http::Request& request,
                                    const core::KnowledgeBase& knowledge_base) {
  return {read_pattern(request, knowledge_base), read_word<core::Position>(request, "position"),
          read_word<core::Equipment>(request, "equipment"), read_word<core::Kind>(request, "kind")};
}

bool passes(const core::Exercise& exercise, const ExerciseFilter& filter) {
  return lists(exercise.patterns, filter.pattern) && lists(exercise.positions, filter.position) &&
         lists(exercise.equipment, filter.equipment) &&
         (!filter.kind || exercise.kind == *filter.kind);
}

}  // namespace motus::api
