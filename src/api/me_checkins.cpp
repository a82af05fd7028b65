// POST /api/v1/me/checkins {pain 0–10, flare true|false, notes?}: a quick note of how the back
// feels today. Stored with its audit row in one durable write; answered only once both are on
// disk. Pain is the 0–10 numeric rating (NPRS, domain.md §5), stored as given.
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

}  // namespace

void add_me_checkin_route(http::Router& router, App& app) {
  router.add({"POST", "/api/v1/me/checkins",
              "A quick check-in: {pain 0-10, flare true|false, notes?}.", "journey",
              [&app](Request& request) { return post_checkin(app, request); }, "application/json"});
}

}  // namespace motus::api
