// GET /api/v1/care/members/{id} (the member's record for their therapist or an admin: who they
// are, their intake, program and history, the therapist's override, the latest score of each
// questionnaire they filled in, their video visits with the visit notes for therapists) and
// POST /api/v1/care/members/{id}/notes (a clinical note; only therapists ever read notes).
#include "api/care/member_journey.hpp"
#include "api/care/routes.hpp"
#include "api/shared/access.hpp"
#include "api/shared/care_access.hpp"
#include "api/shared/journey_override.hpp"
#include "api/shared/language.hpp"
#include "core/care/contact.hpp"
#include "http/db_await.hpp"
#include "store/break_glass_repository.hpp"
#include "store/care_assignment_repository.hpp"
#include "store/care_program_override_repository.hpp"
#include "store/credentials.hpp"
#include "store/instrument_response_repository.hpp"
#include "store/message_repository.hpp"
#include "store/note_repository.hpp"
#include "store/visit_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestNote = 8000;

nlohmann::json note_json(const store::ClinicalNote& note) {
  return {{"id", note.id},
          {"therapist_id", note.therapist_id},
          {"body", note.body},
          {"written_at", note.written_at}};
}

// A video visit (api/visits) in the record: when, how long; the note only for therapists.
nlohmann::json visit_json(const store::Visit& visit, bool with_note) {
  nlohmann::json out = {
      {"appointment_id", visit.appointment_id},
      {"therapist_id", visit.therapist_id},
      {"started_at", visit.started_at},
      {"ended_at", visit.ended_at ? nlohmann::json(*visit.ended_at) : nlohmann::json(nullptr)},
      {"duration_seconds", visit.duration_seconds}};
  if (with_note) out["note"] = visit.note;
  return out;
}

nlohmann::json override_json(const std::optional<store::StoredProgramOverride>& program_override) {
  if (!program_override) return nullptr;
  return {{"id", program_override->id},
          {"therapist_id", program_override->therapist_id},
          {"exercises", plan_exercises_json(stored_plan(*program_override))},
          {"note", program_override->note},
          {"created_at", program_override->created_at},
          {"applied", program_override->applied_at != 0}};
}

nlohmann::json note_schema() {
  namespace s = http::schema;
  return s::named("ClinicalNote", s::object({{"id", s::text()},
                                             {"therapist_id", s::text()},
                                             {"body", s::text()},
                                             {"written_at", s::whole()}}));
}

// What GET /care/members/{id} answers: the member, their program override, unread messages,
// journey (member_journey.hpp), latest questionnaire scores and, for therapists, the notes.
nlohmann::json member_record_schema() {
  namespace s = http::schema;
  const auto nullable_object = s::nullable(s::map_of(s::any()));
  return s::named(
      "MemberRecord",
      s::object({{"member",
                  s::object({{"id", s::text()},
                             {"first_name", s::text()},
                             {"last_name", s::text()},
                             {"email", s::text()},
                             {"date_of_birth", s::text()},
                             {"organization_id", s::text()},
                             {"enrolled_at", s::whole()},
                             {"contact?", s::object({{"phone", s::nullable(s::text())},
                                                     {"tel", s::nullable(s::text())},
                                                     {"call_time", s::nullable(s::text())}})}})},
                 {"therapist_id", s::text()},
                 {"program_override", nullable_object},
                 {"unread_messages", s::whole_from(0)},
                 {"intake", nullable_object},
                 {"program", nullable_object},
                 {"history", member_history_schema()},
                 {"instruments", s::map_of(s::object({{"score", s::number()},
                                                      {"band", s::nullable(s::text())},
                                                      {"taken_at", s::whole()},
                                                      {"times_taken", s::whole_from(1)}}))},
                 {"notes?", s::list(note_schema())},
                 {"break_glass?", s::list(s::object({{"by", s::text()},
                                                     {"by_role", s::text()},
                                                     {"reason", s::text()},
                                                     {"opened_at", s::whole()},
                                                     {"expires_at", s::whole()}}))},
                 {"opened_by_break_glass?", s::yes_no()},
                 {"visits?", s::list(s::object({{"appointment_id", s::text()},
                                                {"therapist_id", s::text()},
                                                {"started_at", s::whole()},
                                                {"ended_at", s::nullable(s::whole())},
                                                {"duration_seconds", s::whole_from(0)},
                                                {"note?", s::text()}}))}}));
}

// Who opened the record from outside the care team, why, and until when.
nlohmann::json break_glass_json(const std::vector<store::BreakGlass>& grants) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& grant : grants) {
    out.push_back({{"by", grant.actor_name},
                   {"by_role", grant.actor_role},
                   {"reason", grant.reason},
                   {"opened_at", grant.opened_at},
                   {"expires_at", grant.expires_at}});
  }
  return out;
}

// The newest score of each questionnaire, by instrument id, with how many times it was filled in.
nlohmann::json latest_scores(store::Connection& connection, const std::string& member_id) {
  nlohmann::json latest = nlohmann::json::object();
  for (const auto& response : store::instrument_responses(connection, member_id)) {
    const int taken = latest.contains(response.instrument)
                          ? latest[response.instrument]["times_taken"].get<int>() + 1
                          : 1;
    latest[response.instrument] = {
        {"score", response.score},
        {"band", response.band ? nlohmann::json(*response.band) : nlohmann::json(nullptr)},
        {"taken_at", response.taken_at},
        {"times_taken", taken}};
  }
  return latest;
}

asio::awaitable<Response> member_record(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist, core::Role::admin});
  const auto access = co_await member_for_record(app, request, caller);
  const auto& member = access.member;
  // Notes are for the care team: the assigned therapist, not someone breaking the glass.
  const bool therapist = caller.role == core::Role::therapist && !access.by_break_glass;
  nlohmann::json record = {{"member",
                            {{"id", member.id},
                             {"first_name", member.first_name},
                             {"last_name", member.last_name},
                             {"email", member.email},
                             {"date_of_birth", member.date_of_birth},
                             {"organization_id", member.organization_id},
                             {"enrolled_at", member.created_at}}}};
  // How to reach them: the number they gave (with a tel: link) and when it is safe to call.
  record["member"]["contact"] = {
      {"phone", member.phone.empty() ? nlohmann::json(nullptr) : nlohmann::json(member.phone)},
      {"tel", member.phone.empty() ? nlohmann::json(nullptr)
                                   : nlohmann::json(core::care::tel_link(member.phone))},
      {"call_time",
       member.call_time.empty() ? nlohmann::json(nullptr) : nlohmann::json(member.call_time)}};
  const auto language = answer_language(request);
  app.db.read([&](store::Connection& c) {
    record["therapist_id"] = store::therapist_of(c, member.id).value_or("");
    record["program_override"] = override_json(store::latest_program_override(c, member.id));
    record["unread_messages"] = store::unread_for(c, member.id, store::MessageSide::care_team);
    record.update(member_journey_json(c, member.id, app, language, app.clock.now_ms()));
    record["instruments"] = latest_scores(c, member.id);
    record["break_glass"] = break_glass_json(store::break_glass_on(c, member.id));
    nlohmann::json visits = nlohmann::json::array();
    for (const auto& visit : store::visits_of(c, member.id))
      visits.push_back(visit_json(visit, therapist));
    record["visits"] = visits;
    if (therapist) {
      nlohmann::json notes = nlohmann::json::array();
      for (const auto& note : store::notes_about(c, member.id)) notes.push_back(note_json(note));
      record["notes"] = notes;
    }
  });
  const auto entry = member_audit(
      app, request, caller, "read",
      access.by_break_glass ? "member_record_break_glass" : "member_record", member.id);
  std::function<void(store::Connection&)> work = [entry](store::Connection& c) {
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  record["opened_by_break_glass"] = access.by_break_glass;
  auto response = http::json_response(200, record);
  say_language(response, language);
  co_return response;
}

asio::awaitable<Response> add_note(App& app, Request& request) {
  const auto& caller = require_role(request, {core::Role::therapist});
  const auto body = request.json_body();
  const auto text = bounded_text(body, "body", kLongestNote);
  const auto member = co_await cared_for_member(app, request, caller);
  const auto entry = member_audit(app, request, caller, "write", "clinical_note", member.id);
  const store::ClinicalNote note{store::new_id(entry.at), member.id, caller.user_id, text,
                                 entry.at};
  std::function<void(store::Connection&)> work = [note, entry](store::Connection& c) {
    store::insert_note(c, note);
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::json_response(201, nlohmann::json{{"note", note_json(note)}});
  co_return response;
}

}  // namespace

void add_care_member_routes(http::Router& router, App& app) {
  namespace s = http::schema;
  router.add(http::Route{"GET", "/api/v1/care/members/{id}",
                         "A member's record for their assigned therapist (with notes), or for an "
                         "admin or another therapist holding break-glass access (POST "
                         ".../break-glass).",
                         "care", [&app](Request& request) { return member_record(app, request); }}
                 .for_roles({"therapist", "admin"})
                 .answers(200, member_record_schema()));
  router.add(http::Route{"POST", "/api/v1/care/members/{id}/notes",
                         "Add a clinical note ({body}); assigned therapist only.", "care",
                         [&app](Request& request) { return add_note(app, request); }}
                 .for_roles({"therapist"})
                 .accepts(s::object({{"body", s::text(1, kLongestNote)}}),
                          {{"body", "Sitting tolerance improving."}})
                 .answers(201, s::object({{"note", note_schema()}}), "Written"));
}

}  // namespace motus::api
