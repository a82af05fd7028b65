// GET /api/v1/search?q=: ranked full-text search over exercises, patterns and articles.
#include <optional>

#include "api/content/cache.hpp"
#include "api/content/json.hpp"
#include "api/content/routes.hpp"
#include "api/shared/language.hpp"
#include "core/markdown.hpp"
#include "http/problem.hpp"
#include "store/content_search.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestQuery = 200;  // characters, not bytes
constexpr std::size_t kMostHits = 20;

// How many bytes the UTF-8 character starting with `lead` has; 0 when no character starts so.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

// The number of characters in UTF-8 text, or nothing when the bytes are not valid UTF-8.
std::optional<std::size_t> characters(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    const std::size_t length = sequence_length(static_cast<unsigned char>(text[i]));
    if (length == 0 || i + length > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return std::nullopt;
    }
    i += length;
  }
  return count;
}

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string read_query(const Request& request) {
  const auto q = request.query_param("q");
  if (!q || blank(*q)) {
    throw http::bad_request(http::Said{"Type some words to search for in the parameter q.",
                                       "Escribe algunas palabras para buscar en el parámetro q."});
  }
  const auto length = characters(*q);
  if (!length) {
    throw http::bad_request(http::Said{"The parameter q is not valid UTF-8 text.",
                                       "El parámetro q no es un texto UTF-8 válido."});
  }
  if (*length > kLongestQuery) {
    const auto most = std::to_string(kLongestQuery);
    throw http::bad_request(
        http::Said{"The parameter q is too long; use at most " + most + " characters.",
                   "El parámetro q es demasiado largo; usa " + most + " caracteres como máximo."});
  }
  return *q;
}

// HTML-escaped, with each run of spaces and line breaks as one space: a snippet is one line.
std::string escaped(std::string_view text) {
  std::string one_line;
  one_line.reserve(text.size());
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (one_line.empty() || one_line.back() != ' ') one_line += ' ';
    } else {
      one_line += c;
    }
  }
  return core::escape_html(one_line);
}

// The snippet as HTML: the text escaped, the searched words in <mark>.
std::string snippet_html(const std::vector<store::SnippetPart>& parts) {
  std::string html;
  for (const auto& part : parts) {
    html += part.hit ? "<mark>" + escaped(part.text) + "</mark>" : escaped(part.text);
  }
  return html;
}

nlohmann::json hit_json(const store::SearchHit& hit) {
  return {{"kind", hit.kind},
          {"id", hit.ref},
          {"title", hit.title},
          {"snippet", snippet_html(hit.snippet)},
          {"url", content_url(hit.kind, hit.ref)}};
}

}  // namespace

void add_search_route(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(
      http::Route{"GET",
                  "/api/v1/search",
                  "Search exercises, pain patterns and articles; best matches first, with the "
                  "matching words marked in a snippet.",
                  "content",
                  [&app](Request& request) -> asio::awaitable<Response> {
                    const std::string q = read_query(request);
                    const auto language = answer_language(request);
                    nlohmann::json hits = nlohmann::json::array();
                    for (const auto& hit : store::search_content(app.db, q, kMostHits, language)) {
                      hits.push_back(hit_json(hit));
                    }
                    const nlohmann::json body = {{"q", q}, {"hits", hits}};
                    auto response = public_json(request, body, language);
                    co_return response;
                  },
                  {},
                  {"q"}}
          .for_roles({"public"})
          .takes("q", s::text(1, kLongestQuery))
          .answers(200,
                   s::object({{"q", s::text()},
                              {"hits", s::list(s::object(
                                           {{"kind", s::words({"exercise", "pattern", "article"})},
                                            {"id", s::text()},
                                            {"title", s::text()},
                                            {"snippet", s::text()},
                                            {"url", s::text()}}))}})));
}

}  // namespace motus::api
