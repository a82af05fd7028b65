#include "http/message.hpp"

#include "http/client_address.hpp"
#include "http/json_schema.hpp"
#include "http/problem.hpp"

namespace motus::http {

std::string_view Request::header(std::string_view name) const {
  auto it = raw.find(boost::beast::string_view(name.data(), name.size()));
  if (it == raw.end()) return {};
  return {it->value().data(), it->value().size()};
}

const std::string& Request::param(const std::string& name) const {
  auto it = path_params.find(name);
  if (it == path_params.end()) throw not_found();
  return it->second;
}

std::optional<std::string> Request::query_param(const std::string& name) const {
  auto it = query.find(name);
  if (it == query.end()) return std::nullopt;
  return it->second;
}

std::string Request::address_key() const { return address_limit_key(remote_address); }

nlohmann::json Request::json_body() const {
  auto type = header("Content-Type");
  if (type.substr(0, 16) != "application/json") {
    throw HttpError(
        415, "Unsupported media type",
        Said{"Send the body as application/json.", "Envía el cuerpo como application/json."});
  }
  auto body = nlohmann::json::parse(raw.body(), nullptr, false);
  if (body.is_discarded()) {
    throw bad_request(Said{"The body is not valid JSON.", "El cuerpo no es un JSON válido."});
  }
  if (!body.is_object()) {
    throw bad_request(
        Said{"The body must be a JSON object.", "El cuerpo tiene que ser un objeto JSON."});
  }
  if (body_schema != nullptr && !body_schema->is_null()) {
    if (auto violations = schema::validate(*body_schema, body); !violations.empty()) {
      throw invalid_fields(violations);
    }
  }
  return body;
}

Response json_response(int status, const nlohmann::json& body) {
  return text_response(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json");
}

Response text_response(int status, std::string body, std::string_view content_type) {
  Response res{static_cast<beast_http::status>(status), 11};
  res.set(beast_http::field::content_type, content_type);
  res.body() = std::move(body);
  res.prepare_payload();
  return res;
}

Response websocket_accepted() {
  Response res{beast_http::status::switching_protocols, 11};
  return res;
}

}  // namespace motus::http
