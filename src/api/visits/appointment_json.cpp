#include "api/visits/appointment_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

#include "core/calendar/availability_rules.hpp"
#include "core/calendar/slots.hpp"
#include "http/db_await.hpp"
#include "http/json_schema.hpp"

namespace motus::api {

namespace asio = boost::asio;

http::HttpError field_error(const std::string& field, const http::Said& message) {
  const http::Said detail{field + ": " + message.en,
                          message.es.empty() ? std::string() : field + ": " + message.es};
  return http::field_problem(field, detail, message);
}

namespace {
const http::Said kEpochMs{"Give the time as milliseconds since 1970 (UTC), a whole number.",
                          "Da la hora en milisegundos desde 1970 (UTC), como número entero."};
}  // namespace

std::int64_t epoch_ms_field(const nlohmann::json& body, const std::string& name) {
  const auto found = body.find(name);
  if (found == body.end() || !found->is_number_integer()) {
    throw field_error(name, kEpochMs);
  }
  return found->get<std::int64_t>();
}

std::int64_t epoch_ms_query(const http::Request& request, const std::string& name,
                            std::int64_t fallback) {
  const auto text = request.query_param(name);
  if (!text) return fallback;
  std::int64_t value = 0;
  const auto* end = text->data() + text->size();
  const auto [at, error] = std::from_chars(text->data(), end, value);
  if (text->empty() || error != std::errc{} || at != end || value < 0) {
    throw field_error(name, kEpochMs);
  }
  return value;
}

std::string clock_text(int minute) {
  char text[24];
  std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
  return text;
}

namespace {

int minute_of(const nlohmann::json& value, const std::string& field) {
  const auto bad = [&] { return field_error(field, "Write the time as HH:MM, 00:00 to 24:00."); };
  if (!value.is_string()) throw bad();
  const auto minute = core::clock_minute(value.get_ref<const std::string&>());
  if (!minute) throw bad();
  return *minute;
}

const nlohmann::json& member_of(const nlohmann::json& object, const std::string& name,
                                const std::string& field) {
  const auto found = object.find(name);
  if (found == object.end()) throw field_error(field + "." + name, "This is needed.");
  return *found;
}

const nlohmann::json& array_of(const nlohmann::json& body, const std::string& name) {
  static const nlohmann::json empty = nlohmann::json::array();
  const auto found = body.find(name);
  if (found == body.end()) return empty;
  if (!found->is_array()) throw field_error(name, "This must be a list.");
  return *found;
}

std::string text_of(const nlohmann::json& value, const std::string& field) {
  if (!value.is_string()) throw field_error(field, "This must be text.");
  return value.get<std::string>();
}

}  // namespace

core::Availability availability_from_json(const nlohmann::json& body) {
  static const std::set<std::string> known{"time_zone", "slot_minutes", "weekly", "days_off",
                                           "exceptions"};
  for (const auto& [key, value] : body.items()) {
    if (!known.contains(key)) throw field_error(key, "This is not a field of availability.");
  }
  core::Availability a;
  a.time_zone = text_of(member_of(body, "time_zone", "availability"), "time_zone");
  const auto& slot = member_of(body, "slot_minutes", "availability");
  if (!slot.is_number_integer()) throw field_error("slot_minutes", "Choose 15, 30 or 45.");
  a.slot_minutes = static_cast<int>(std::clamp<std::int64_t>(slot.get<std::int64_t>(), -1, 1441));
  const auto& weekly = array_of(body, "weekly");
  if (weekly.size() > core::kMostWeeklyWindows + 1) {
    throw field_error("weekly", "Too many weekly times.");
  }
  for (std::size_t i = 0; i < weekly.size(); ++i) {
    const auto field = "weekly[" + std::to_string(i) + "]";
    const auto& w = weekly[i];
    if (!w.is_object()) throw field_error(field, "Each weekly time is {weekday, start, end}.");
    const auto& weekday = member_of(w, "weekday", field);
    if (!weekday.is_number_integer()) {
      throw field_error(field + ".weekday", "Weekday is 1 (Monday) to 7 (Sunday).");
    }
    a.weekly.push_back(
        {static_cast<int>(std::clamp<std::int64_t>(weekday.get<std::int64_t>(), 0, 8)),
         minute_of(member_of(w, "start", field), field + ".start"),
         minute_of(member_of(w, "end", field), field + ".end")});
  }
  const auto& days_off = array_of(body, "days_off");
  if (days_off.size() > core::kMostDaysOff + 1) throw field_error("days_off", "Too many days off.");
  for (std::size_t i = 0; i < days_off.size(); ++i) {
    a.days_off.push_back(text_of(days_off[i], "days_off[" + std::to_string(i) + "]"));
  }
  const auto& exceptions = array_of(body, "exceptions");
  if (exceptions.size() > core::kMostExceptions + 1) {
    throw field_error("exceptions", "Too many one-off changes.");
  }
  for (std::size_t i = 0; i < exceptions.size(); ++i) {
    const auto field = "exceptions[" + std::to_string(i) + "]";
    const auto& e = exceptions[i];
    if (!e.is_object()) throw field_error(field, "Each change is {day, start, end, kind}.");
    const auto kind = text_of(member_of(e, "kind", field), field + ".kind");
    if (kind != "open" && kind != "closed") {
      throw field_error(field + ".kind", "Kind is open (extra time) or closed (time off).");
    }
    a.exceptions.push_back({text_of(member_of(e, "day", field), field + ".day"),
                            minute_of(member_of(e, "start", field), field + ".start"),
                            minute_of(member_of(e, "end", field), field + ".end"), kind == "open"});
  }
  return a;
}

nlohmann::json availability_json(const core::Availability& a, bool set) {
  nlohmann::json weekly = nlohmann::json::array();
  for (const auto& w : a.weekly) {
    weekly.push_back({{"weekday", w.weekday},
                      {"start", clock_text(w.start_minute)},
                      {"end", clock_text(w.end_minute)}});
  }
  nlohmann::json exceptions = nlohmann::json::array();
  for (const auto& e : a.exceptions) {
    exceptions.push_back({{"day", e.day},
                          {"start", clock_text(e.start_minute)},
                          {"end", clock_text(e.end_minute)},
                          {"kind", e.open ? "open" : "closed"}});
  }
  return {{"set", set},       {"time_zone", a.time_zone}, {"slot_minutes", a.slot_minutes},
          {"weekly", weekly}, {"days_off", a.days_off},   {"exceptions", exceptions}};
}

nlohmann::json appointment_json(const store::Appointment& a, std::int64_t now,
                                const std::string& other_name, bool for_therapist) {
  const auto status = core::shown_status(a.status, a.ends_at, now);
  const auto refusal = core::change_refusal(a.status, a.starts_at, now, for_therapist);
  nlohmann::json json = {
      {"id", a.id},
      {"starts_at", a.starts_at},
      {"ends_at", a.ends_at},
      {"status", status},
      {"booked_by", a.booked_by == a.member_id ? "member" : "therapist"},
      {"created_at", a.created_at},
      {"can_change", refusal == core::ChangeRefusal::none && status == "booked"},
      {"change_until", for_therapist ? a.starts_at : a.starts_at - core::kMemberChangeCutoffMs},
      {"join_open", core::join_open(status, a.starts_at, a.ends_at, now)},
      {"visit_path", "/visits/" + a.id},
      {"calendar_path",
       std::string(for_therapist ? "/api/v1/care/appointments/" : "/api/v1/me/appointments/") +
           a.id + "/calendar.ics"},
  };
  if (for_therapist) {
    json["member_id"] = a.member_id;
    json["member_name"] = other_name;
    json["countdown"] = core::visit_countdown(status, a.starts_at, a.ends_at, now);
  } else {
    json["therapist_name"] = other_name;
    json["reminder"] = std::string(
        core::reminder_name(core::member_reminder(status, a.starts_at, a.ends_at, now)));
  }
  if (a.cancelled_at != 0) json["cancelled_at"] = a.cancelled_at;
  return json;
}

store::AuditEntry appointment_audit(App& app, const http::Request& request,
                                    const core::Caller& caller, const std::string& action,
                                    const std::string& member_id) {
  return {app.clock.now_ms(),
          caller.user_id,
          std::string(core::to_string(caller.role)),
          action,
          "appointment",
          member_id,
          "allowed",
          request.request_id,
          request.client_request_id};
}

asio::awaitable<store::Appointment> own_appointment(App& app, const http::Request& request,
                                                    const core::Caller& caller) {
  std::optional<store::Appointment> found;
  app.db.read(
      [&](store::Connection& c) { found = store::find_appointment(c, request.param("id")); });
  const bool allowed =
      found && ((caller.role == core::Role::member && found->member_id == caller.user_id) ||
                (caller.role == core::Role::therapist && found->therapist_id == caller.user_id));
  if (allowed) co_return *found;
  auto entry = appointment_audit(app, request, caller, "denied", "");
  entry.entity = "route:" + std::string(request.method()) + " " + request.route;
  entry.outcome = "denied";
  std::function<void(store::Connection&)> work = [entry](store::Connection& c) {
    store::append_audit(c, entry);
  };
  co_await http::durable_write(app.db, std::move(work));
  throw http::not_found(kNoSuchAppointment);
}

http::HttpError change_refused(core::ChangeRefusal refusal) {
  switch (refusal) {
    case core::ChangeRefusal::past_cutoff: {
      http::HttpError error(409, "Too late to change",
                            http::Said{"Visits can be changed or cancelled until 24 hours before "
                                       "they start. Send your therapist a message instead.",
                                       "Las visitas se pueden cambiar o cancelar hasta 24 horas "
                                       "antes de que empiecen. Mejor envía un mensaje a tu "
                                       "terapeuta."});
      error.extensions["code"] = "past_cutoff";
      return error;
    }
    case core::ChangeRefusal::started: {
      http::HttpError error(409, "Visit has started",
                            http::Said{"This visit has started or is over, so it can no longer be "
                                       "changed.",
                                       "Esta visita ya empezó o terminó, así que ya no se puede "
                                       "cambiar."});
      error.extensions["code"] = "started";
      return error;
    }
    case core::ChangeRefusal::not_booked:
    case core::ChangeRefusal::none:
      break;
  }
  http::HttpError error(409, "Not booked",
                        http::Said{"This visit is cancelled or over already.",
                                   "Esta visita ya está cancelada o ya terminó."});
  error.extensions["code"] = "not_booked";
  return error;
}

http::HttpError slot_taken() {
  http::HttpError error(409, "Time taken",
                        http::Said{"That time is no longer free. Choose another time.",
                                   "Esa hora ya no está libre. Elige otra, por favor."});
  error.extensions["code"] = "slot_taken";
  return error;
}

nlohmann::json availability_schema() {
  namespace s = http::schema;
  const auto clock = s::text(5, 5);
  return s::named(
      "Availability",
      s::object({{"set", s::yes_no()},
                 {"time_zone", s::text()},
                 {"slot_minutes", s::whole()},
                 {"weekly", s::list(s::object(
                                {{"weekday", s::whole(1, 7)}, {"start", clock}, {"end", clock}}))},
                 {"days_off", s::list(s::text())},
                 {"exceptions", s::list(s::object({{"day", s::text()},
                                                   {"start", clock},
                                                   {"end", clock},
                                                   {"kind", s::words({"open", "closed"})}}))}}));
}

nlohmann::json appointment_schema() {
  namespace s = http::schema;
  return s::named("Appointment",
                  s::object({{"id", s::text()},
                             {"starts_at", s::whole()},
                             {"ends_at", s::whole()},
                             {"status", s::words({"booked", "cancelled", "missed", "completed"})},
                             {"booked_by", s::words({"member", "therapist"})},
                             {"created_at", s::whole()},
                             {"can_change", s::yes_no()},
                             {"change_until", s::whole()},
                             {"join_open", s::yes_no()},
                             {"visit_path", s::text()},
                             {"calendar_path", s::text()},
                             {"member_id?", s::text()},
                             {"member_name?", s::text()},
                             {"countdown?", s::text()},
                             {"therapist_name?", s::text()},
                             {"reminder?", s::text()},
                             {"cancelled_at?", s::whole()}}));
}

}  // namespace motus::api
