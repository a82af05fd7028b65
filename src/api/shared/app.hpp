#pragma once
// What route handlers share: the store, metrics and the facts about this server. Handlers are
// thin: parse the request, call the core or a repository, map the result to JSON.
#include <string>

#include "core/content/knowledge_base.hpp"
#include "core/instruments/instrument.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
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
  VisitSettings visits = {};
};

// Registers every route of the API on the router.
void add_routes(http::Router& router, App& app);

void add_system_routes(http::Router& router, App& app);
void add_content_routes(http::Router& router, App& app);
void add_organization_routes(http::Router& router, App& app);
void add_roster_routes(http::Router& router, App& app);
void add_eligibility_routes(http::Router& router, App& app);
void add_auth_routes(http::Router& router, App& app);
void add_me_routes(http::Router& router, App& app);
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
void add_visit_routes(http::Router& router, App& app);

// The OpenAPI 3.1 document generated from the router's own table.
nlohmann::json openapi_document(const http::Router& router, const std::string& version);

}  // namespace motus::api
