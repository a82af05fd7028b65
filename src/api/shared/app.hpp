#pragma once
// What route handlers share: the store, metrics and the facts about this server. Handlers are
// thin: parse the request, call the core or a repository, map the result to JSON.
#include <string>

#include "core/content/knowledge_base.hpp"
#include "core/content/language.hpp"
#include "core/instruments/instrument.hpp"
#include "http/json_schema.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/smtp_client.hpp"
#include "store/audit_checkpoint.hpp"
#include "store/clock.hpp"
#include "store/db.hpp"

namespace motus::api {

// How video visits find each other (api/visits; deploy/coturn.md): the STUN and TURN servers
// given to browsers, the TURN server's shared secret (coturn's static-auth-secret, for the
// time-limited credentials of use-auth-secret) and how long after its end a visit's room stays
// open. No servers at all: the browsers connect directly, as on a clinic's own network.
struct VisitSettings {
  std::vector<std::string> stun_urls;
  std::vector<std::string> turn_urls;
  std::string turn_secret;
  std::int64_t grace_ms = 15 * 60 * 1000;
};

struct App {
  store::Db& db;
  http::Metrics& metrics;
  const core::KnowledgeBase& content;  // loaded and checked at start; read-only after
  std::string version;
  const store::Clock& clock;  // every expiry (sessions, login throttles) asks this; tests move it
  // The outcome instruments (content/instruments), loaded and checked at start; read-only after.
  const std::vector<core::instruments::InstrumentDefinition>& instruments;
  // The audit chain's sealed checkpoint (store/audit_checkpoint.hpp), checked by /admin/audit.
  store::AuditAnchor& audit_anchor;
  // GET /metrics wants this as a Bearer token; empty: only straight from this machine.
  std::string metrics_token = {};
  // The same content with its Spanish words (content/es); unset: English only.
  const core::KnowledgeBase* spanish_content = nullptr;
  // The instruments with their Spanish words where content/es/instruments has them (the
  // others stay English); unset: English only.
  const std::vector<core::instruments::InstrumentDefinition>* spanish_instruments = nullptr;
  // The SMTP relay for password-reset and verification mail (off when its host is empty), and
  // the public address of the web app the links in those mails point to.
  http::MailRelay mail = {};
  std::string public_url = {};
  VisitSettings visits = {};
};

// The content and the instruments in `language` (English when the server has no Spanish).
const core::KnowledgeBase& content_in(const App& app, core::Language language);
const std::vector<core::instruments::InstrumentDefinition>& instruments_in(const App& app,
                                                                           core::Language language);

// Registers every route of the API on the router.
void add_routes(http::Router& router, App& app);

void add_system_routes(http::Router& router, App& app);
void add_content_routes(http::Router& router, App& app);
void add_organization_routes(http::Router& router, App& app);
void add_roster_routes(http::Router& router, App& app);
void add_eligibility_routes(http::Router& router, App& app);
void add_auth_routes(http::Router& router, App& app);
void add_me_routes(http::Router& router, App& app);
void add_me_language_routes(http::Router& router, App& app);
void add_admin_staff_routes(http::Router& router, App& app);
void add_audit_routes(http::Router& router, App& app);
void add_journey_routes(http::Router& router, App& app);
void add_care_routes(http::Router& router, App& app);
void add_message_routes(http::Router& router, App& app);
void add_org_report_routes(http::Router& router, App& app);
void add_admin_member_routes(http::Router& router, App& app);
void add_me_export_route(http::Router& router, App& app);
void add_me_delete_route(http::Router& router, App& app);
void add_me_report_route(http::Router& router, App& app);
void add_instrument_routes(http::Router& router, App& app);
void add_me_second_factor_routes(http::Router& router, App& app);
void add_admin_security_routes(http::Router& router, App& app);
void add_admin_account_routes(http::Router& router, App& app);
void add_account_recovery_routes(http::Router& router, App& app);
void add_visit_routes(http::Router& router, App& app);

// The OpenAPI 3.1 document generated from the router's own table.
nlohmann::json openapi_document(const http::Router& router, const std::string& version);

}  // namespace motus::api
