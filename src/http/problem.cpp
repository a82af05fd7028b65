#include "http/problem.hpp"

#include <boost/beast/http/status.hpp>

namespace motus::http {

nlohmann::json problem_body(int status, const std::string& title, const std::string& detail,
                            const std::string& error_id, const std::string& instance) {
  nlohmann::json body = {
      {"type", "about:blank"}, {"title", title}, {"status", status}, {"error_id", error_id}};
  if (!detail.empty()) body["detail"] = detail;
  if (!instance.empty()) body["instance"] = instance;
  return body;
}

HttpError invalid_fields(const std::vector<FieldProblem>& problems) {
  Said detail;
  nlohmann::json errors = nlohmann::json::array();
  nlohmann::json spanish_errors = nlohmann::json::array();
  bool spanish = false;
  for (const auto& problem : problems) {
    const auto& es = problem.message_es.empty() ? problem.message : problem.message_es;
    spanish = spanish || !problem.message_es.empty();
    if (!detail.en.empty()) detail.en += " ";
    if (!detail.es.empty()) detail.es += " ";
    detail.en += problem.field.empty() ? problem.message : problem.field + ": " + problem.message;
    detail.es += problem.field.empty() ? es : problem.field + ": " + es;
    errors.push_back({{"field", problem.field}, {"message", problem.message}});
    spanish_errors.push_back({{"field", problem.field}, {"message", es}});
  }
  if (!spanish) detail.es.clear();
  auto error = bad_request(std::move(detail));
  error.extensions["errors"] = std::move(errors);
  if (spanish) error.spanish_extensions["errors"] = std::move(spanish_errors);
  return error;
}

HttpError field_problem(const std::string& field, Said detail, const Said& message) {
  auto error = bad_request(std::move(detail));
  error.extensions["errors"] = {{{"field", field}, {"message", message.en}}};
  if (!message.es.empty()) {
    error.spanish_extensions["errors"] = {{{"field", field}, {"message", message.es}}};
  }
  return error;
}

std::string title_in(const std::string& title, core::Language language) {
  if (language != core::Language::es) return title;
  static const std::pair<const char*, const char*> kTitles[] = {
      {"Bad request", "Solicitud no válida"},
      {"Unauthorized", "Falta iniciar sesión"},
      {"Not logged in", "No has iniciado sesión"},
      {"Too many tries", "Demasiados intentos"},
      {"Too many checks", "Demasiadas comprobaciones"},
      {"Cross-site request refused", "Solicitud de otro sitio rechazada"},
      {"Choose your own password first", "Primero elige tu propia contraseña"},
      {"Password not accepted", "Contraseña no aceptada"},
      {"Already enrolled", "Ya tienes cuenta"},
      {"Account exists", "La cuenta ya existe"},
      {"Email already confirmed", "Correo ya confirmado"},
      {"Not on a roster", "No estás en la lista"},
      {"Not covered", "No estás en la lista"},
      {"Account disabled", "Cuenta desactivada"},
      {"Login expired", "Inicio de sesión caducado"},
      {"Code not right", "Código incorrecto"},
      {"Login failed", "No se pudo iniciar sesión"},
      {"Password not right", "Contraseña incorrecta"},
      {"Current password not right", "Contraseña actual incorrecta"},
      {"Exercises are paused", "Ejercicios en pausa"},
      {"No program to change", "No hay programa que cambiar"},
      {"Too late to change", "Ya es tarde para cambiarla"},
      {"Visit has started", "La visita ya empezó"},
      {"Not booked", "No está reservada"},
      {"Time taken", "Hora ocupada"},
      {"No therapist yet", "Todavía no tienes terapeuta"},
      {"Therapist changed", "Cambió tu terapeuta"},
      {"The visit room is closed", "La sala de la visita está cerrada"},
      {"Forbidden", "Sin permiso"},
      {"Not found", "No encontrado"},
      {"Method not allowed", "Método no permitido"},
      {"Conflict", "Conflicto"},
      {"Gone", "Ya no está disponible"},
      {"Payload too large", "Envío demasiado grande"},
      {"Content too large", "Envío demasiado grande"},
      {"Request header fields too large", "Encabezados demasiado grandes"},
      {"Unsupported media type", "Tipo de contenido no admitido"},
      {"Unprocessable content", "No se puede procesar"},
      {"Too many requests", "Demasiados intentos"},
      {"Internal error", "Error interno"},
      {"Not implemented", "No disponible"},
      {"Service unavailable", "Servicio no disponible"},
  };
  for (const auto& [english, spanish] : kTitles) {
    if (title == english) return spanish;
  }
  return title;
}

std::string reason_phrase(int status) {
  return std::string(
      boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(status)));
}

}  // namespace motus::http
