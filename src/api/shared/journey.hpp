#pragma once
// What the member-journey routes (src/api/me/) share: the member-only guard, the audit row every
// access to a member's health data appends, the program day the clock puts us on, and the
// core's InputError as a 400 that names the field.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/shared/app.hpp"
#include "api/shared/journey_schemas.hpp"
#include "core/access/caller.hpp"
#include "core/program/program_state.hpp"
#include "http/message.hpp"
#include "http/problem.hpp"
#include "http/router.hpp"
#include "store/audit_log.hpp"
#include "store/journey_program_repository.hpp"

namespace motus::api {

// Only a member reaches their own journey; staff get 403 (they have their own routes).
const core::Caller& require_member(const http::Request& request);

// An audit row about the caller's own health data: action is read or write, entity e.g.
// intake, program, session, checkin, progress.
store::AuditEntry member_audit(const http::Request& request, const core::Caller& caller,
                               std::string action, std::string entity, std::int64_t at);

// Whole UTC days from the day the program started (0 on that day).
int program_day(std::int64_t started_at_ms, std::int64_t now_ms);
// YYYY-MM-DD of a moment (UTC).
std::string utc_date(std::int64_t at_ms);

// 404 with a plain word on what to do first.
http::HttpError no_program_yet();

core::program::ProgramState program_state(const store::ProgramRecord& program);

// JSON text a handler built, sent as it is (keeps the contract's key order).
http::Response ordered_json_response(int status, const nlohmann::ordered_json& body);

void add_me_intake_route(http::Router& router, App& app);
void add_me_assessment_route(http::Router& router, App& app);
void add_me_program_routes(http::Router& router, App& app);
void add_me_session_route(http::Router& router, App& app);
void add_me_checkin_route(http::Router& router, App& app);
void add_me_progress_route(http::Router& router, App& app);
void add_me_instrument_route(http::Router& router, App& app);
void add_me_intake_draft_routes(http::Router& router, App& app);
void add_me_preferences_routes(http::Router& router, App& app);
void add_me_reminder_routes(http::Router& router, App& app);

}  // namespace motus::api
