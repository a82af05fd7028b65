// POST /api/v1/me/checkins {pain 0–10, flare true|false, notes?}: a quick note of how the back
// feels today. Stored with its audit row in one durable write; answered only once both are on
// disk. Pain is the 0–10 numeric rating (NPRS, domain.md §5), stored as given.
// GET /api/v1/me/checkins?limit=N: the member's newest check-ins first (N from 1 to 100,
// default 10); the read is audited and answered once its audit row is durable.
#include <charconv>

#include "api/journey.hpp"
#include "http/db_await.hpp"
#include "store/credentials.hpp"
#include "store/journey_checkin_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
using http::Request;
using http::Response;

namespace {

constexpr std::size_t kLongestNotes = 2000;
constexpr std::int64_t kDefaultRecent = 10;
constexpr std::int64_t kMostRecent = 100;

store::Checkin read_checkin(const Request& request) {
  const auto body = request.json_body();
  for (const auto& [key, value] : body.items()) {
    if (key != "pain" && key != "flare" && key != "notes") {
      throw http::bad_request(key + ": not a check-in field (use pain, flare and notes).");
    }
  }
  store::Checkin checkin;
  const auto pain = body.find("pain");
  if (pain == body.end() || !pain->is_number_integer() || pain->get<long long>() < 0 ||
      pain->get<long long>() > 10) {
    throw http::bad_request(
        "pain: expected a whole number from 0 (no pain) to 10 (the worst pain).");
  }
  checkin.pain = pain->get<int>();
  const auto flare = body.find("flare");
  if (flare == body.end() || !flare->is_boolean()) {
    throw http::bad_request("flare: expected true or false (is this a flare-up?).");
  }
  checkin.flare = flare->get<bool>();
  if (const auto notes = body.find("notes"); notes != body.end() && !notes->is_null()) {
    if (!notes->is_string() || notes->get<std::string>().size() > kLongestNotes) {
      throw http::bad_request("notes: expected text of at most 2000 characters.");
    }
    checkin.notes = notes->get<std::string>();
  }
  return checkin;
}

std::string checkin_advice(const store::Checkin& checkin) {
  if (checkin.flare) {
    return "Sorry it is a tough day. Keep moving gently, skip what hurts, and answer the flare "
           "check in "
           "your next session so we can adjust your program.";
  }
  return "Thanks for checking in.";
}

asio::awaitable<Response> post_checkin(App& app, Request& request) {
  const auto& caller = require_member(request);
  auto checkin = read_checkin(request);
  const auto now = app.clock.now_ms();
  checkin.id = store::new_id(now);
  checkin.member_id = caller.user_id;
  checkin.at = now;
  const auto audit = member_audit(request, caller, "write", "checkin", now);
  std::function<void(store::Connection&)> work = [checkin, audit](store::Connection& c) {
    store::insert_checkin(c, checkin);
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  nlohmann::json body{{"id", checkin.id},
                      {"at", checkin.at},
                      {"pain", checkin.pain},
                      {"flare", checkin.flare},
                      {"advice", checkin_advice(checkin)}};
  auto response = http::json_response(201, body);
  co_return response;
}

std::int64_t recent_limit(const Request& request) {
  const auto text = request.query_param("limit");
  if (!text) return kDefaultRecent;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (error != std::errc() || end != text->data() + text->size() || value < 1 ||
      value > kMostRecent) {
    throw http::bad_request("limit: expected a whole number from 1 to 100.");
  }
  return value;
}

nlohmann::json checkin_json(const store::Checkin& checkin) {
  return {{"id", checkin.id},
          {"at", checkin.at},
          {"pain", checkin.pain},
          {"flare", checkin.flare},
          {"notes", checkin.notes ? nlohmann::json(*checkin.notes) : nlohmann::json()}};
}

asio::awaitable<Response> get_recent_checkins(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto limit = recent_limit(request);
  std::vector<store::Checkin> recent;
  app.db.read(
      [&](store::Connection& c) { recent = store::recent_checkins(c, caller.user_id, limit); });
  nlohmann::json list = nlohmann::json::array();
  for (const auto& checkin : recent) list.push_back(checkin_json(checkin));
  nlohmann::json body;
  body["checkins"] = std::move(list);
  // A named entry: GCC 12 mishandles temporaries inside co_await expressions.
  auto audit = member_audit(request, caller, "read", "checkin", app.clock.now_ms());
  co_await http::durable_audit(app.db, std::move(audit));
  auto response = http::json_response(200, body);
  co_return response;
}

}  // namespace

void add_me_checkin_route(http::Router& router, App& app) {
  router.add({"POST", "/api/v1/me/checkins",
              "A quick check-in: {pain 0-10, flare true|false, notes?}.", "journey",
              [&app](Request& request) { return post_checkin(app, request); }, "application/json"});
  router.add({"GET",
              "/api/v1/me/checkins",
              "Your newest check-ins first (limit=N, 1 to 100, default 10).",
              "journey",
              [&app](Request& request) { return get_recent_checkins(app, request); },
              {},
              {"limit"}});
}

}  // namespace motus::api
