// GET /api/v1/me/report: the member's progress on one printable page (product capability 5),
// to take to a clinician or keep. Plain HTML with print styles and page breaks that keep each
// section whole; its one script (/report-print.js, from the web app) only makes the "Print or
// save as PDF" button call window.print(). Every piece of
// text from the record is HTML-escaped. Gathered in one read and audited like the export. The
// program is the one in force (journey_override.hpp): the therapist's plan when there is one,
// as the member's own program read and the care record show it.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <map>
#include <sstream>

#include "api/content/instruments.hpp"
#include "api/shared/journey.hpp"
#include "api/shared/journey_override.hpp"
#include "core/assessment/enum_names.hpp"
#include "core/markdown.hpp"
#include "core/program/training_days.hpp"
#include "http/db_await.hpp"
#include "store/member_record_repository.hpp"

namespace motus::api {

namespace asio = boost::asio;
namespace a = core::assessment;
namespace p = core::program;
using http::Request;
using http::Response;

namespace {

std::string escaped(const std::string& text) { return core::escape_html(text); }

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
    "color:#1b1b1b;line-height:1.5}table{border-collapse:collapse;width:100%}"
    "th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left}"
    ".note{border-left:4px solid #2a6f97;padding-left:.75rem}svg{max-width:100%}"
    ".legend span{display:inline-block;width:1rem;height:.25rem;margin:0 .3rem .2rem 1rem;"
    "vertical-align:middle}button{font:inherit;padding:.5rem 1rem;border-radius:.4rem;"
    "border:1px solid #2f6f62;background:#2f6f62;color:#fff;cursor:pointer}"
    "@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit;"
    "text-decoration:none}section{break-inside:avoid}h2{break-after:avoid}"
    "table{page-break-inside:auto}tr{break-inside:avoid}.no-print{display:none}}";

// The tier in plain words: how soon to see a clinician.
std::string tier_words(const std::string& tier) {
  if (tier == "emergency") return "today, as an emergency";
  if (tier == "urgent") return "within a day or two";
  if (tier == "routine") return "in the next few weeks, when convenient";
  return "no need to: exercise is safe to start";
}

std::string pattern_and_tier(const store::StoredMemberRecord& stored,
                             const core::KnowledgeBase& content) {
  if (!stored.intake) {
    return "<p>You have not answered the questions yet, so there is no pattern to show.</p>";
  }
  const auto assessment = nlohmann::json::parse(stored.intake->assessment);
  std::string pattern = "not clear yet";
  const auto& patterns = assessment.value("patterns", nlohmann::json::array());
  if (!patterns.empty()) {
    const auto id = patterns.front().value("id", "");
    const auto* known = content.pattern(id);
    pattern = known ? known->name : id;
  }
  return "<p>The pattern that fits your answers best: <strong>" + escaped(pattern) +
         "</strong>.</p><p>How soon to see a clinician: <strong>" +
         escaped(tier_words(stored.intake->tier)) + "</strong>.</p>";
}

std::string program_section(const std::optional<ProgramInForce>& in_force,
                            const std::optional<p::Program>& program,
                            const core::KnowledgeBase& content) {
  if (!in_force || !program) return "<p>You have no program right now.</p>";
  std::ostringstream out;
  if (in_force->plan) {
    out << "<p class=\"note\">Your therapist, " << escaped(in_force->plan->therapist_name)
        << ", changed your plan on " << utc_date(in_force->plan->set_at) << ": "
        << escaped(in_force->plan->plan.note) << "</p>";
  }
  if (in_force->state.paused) {
    out << "<p><strong>Your program is paused</strong> until someone from your care team has "
           "talked with you.</p>";
  }
  out << "<p>About " << program->minutes << " minutes a day.</p><table><tr><th>Exercise</th>"
      << "<th>Sets</th><th>Reps</th><th>Hold (seconds)</th><th>Why</th></tr>";
  for (const auto& prescription : program->exercises) {
    const auto* exercise = content.exercise(prescription.exercise_id);
    out << "<tr><td>" << escaped(exercise ? exercise->name : prescription.exercise_id)
        << "</td><td>" << prescription.dose.sets << "</td><td>" << prescription.dose.reps
        << "</td><td>" << prescription.dose.hold_seconds << "</td><td>" << escaped(prescription.why)
        << "</td></tr>";
  }
  out << "</table>";
  return out.str();
}

// A small line chart of check-in pain, 0 at the bottom and 10 at the top, oldest on the left.
std::string pain_line(const std::vector<store::Checkin>& checkins) {
  if (checkins.size() < 2) return "";
  constexpr int kWidth = 600, kHeight = 160;
  std::ostringstream points;
  for (std::size_t i = 0; i < checkins.size(); ++i) {
    const auto x = static_cast<int>(i * kWidth / (checkins.size() - 1));
    const auto y = static_cast<int>(kHeight - checkins[i].pain * kHeight / 10);
    points << (i ? " " : "") << x << ',' << y;
  }
  std::ostringstream out;
  out << "<svg viewBox=\"-5 -5 " << kWidth + 10 << ' ' << kHeight + 10
      << "\" role=\"img\" aria-label=\"Your pain over time, from your check-ins\">"
      << "<polyline fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"3\" points=\"" << points.str()
      << "\"/></svg>";
  return out.str();
}

// Pain before (dashed) and after (solid) each session, 0 at the bottom and 10 at the top.
std::string session_lines(const std::vector<store::SessionLog>& sessions) {
  if (sessions.size() < 2) return "";
  constexpr int kWidth = 600, kHeight = 160;
  std::ostringstream before;
  std::ostringstream after;
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const auto x = static_cast<int>(i * kWidth / (sessions.size() - 1));
    before << (i ? " " : "") << x << ','
           << static_cast<int>(kHeight - sessions[i].pain_before * kHeight / 10);
    after << (i ? " " : "") << x << ','
          << static_cast<int>(kHeight - sessions[i].pain_after * kHeight / 10);
  }
  std::ostringstream out;
  out << "<svg viewBox=\"-5 -5 " << kWidth + 10 << ' ' << kHeight + 10
      << "\" role=\"img\" aria-label=\"Your pain before and after each session\">"
      << "<polyline fill=\"none\" stroke=\"#8a5a00\" stroke-width=\"3\" "
         "stroke-dasharray=\"8 6\" points=\""
      << before.str() << "\"/><polyline fill=\"none\" stroke=\"#2f6f62\" stroke-width=\"3\" "
      << "points=\"" << after.str() << "\"/></svg><p class=\"legend\"><span "
      << "style=\"background:#8a5a00\"></span>before (dashed)<span "
      << "style=\"background:#2f6f62\"></span>after (solid)</p>";
  return out.str();
}

std::string sessions_section(const store::StoredMemberRecord& stored) {
  if (stored.sessions.empty()) return "<p>No sessions yet.</p>";
  std::ostringstream out;
  out << session_lines(stored.sessions)
      << "<table><tr><th>Day</th><th>Pain before</th><th>Pain after</th><th>Exercises done</th>"
         "</tr>";
  for (const auto& session : stored.sessions) {
    out << "<tr><td>" << utc_date(session.at) << "</td><td>" << session.pain_before
        << " of 10</td><td>" << session.pain_after << " of 10</td><td>" << session.exercises_done
        << " of " << session.exercises_planned << "</td></tr>";
  }
  out << "</table>";
  return out.str();
}

std::string pain_section(const store::StoredMemberRecord& stored) {
  if (stored.checkins.empty()) return "<p>No check-ins yet.</p>";
  std::ostringstream out;
  out << pain_line(stored.checkins)
      << "<table><tr><th>Day</th><th>Pain (0 to 10)</th><th>Flare-up</th><th>Your note</th></tr>";
  for (const auto& checkin : stored.checkins) {
    out << "<tr><td>" << utc_date(checkin.at) << "</td><td>" << checkin.pain << "</td><td>"
        << (checkin.flare ? "yes" : "no") << "</td><td>" << escaped(checkin.notes.value_or(""))
        << "</td></tr>";
  }
  out << "</table>";
  return out.str();
}

// Whole scores as whole numbers; a mean or a percentage to one decimal place.
std::string score_text(double score) {
  std::ostringstream out;
  if (std::trunc(score) == score) {
    out << static_cast<long long>(score);
  } else {
    out << std::fixed << std::setprecision(1) << score;
  }
  return out.str();
}

// The newest score of each questionnaire the member filled in, with its band's words.
std::string questionnaire_section(const store::StoredMemberRecord& stored, const App& app) {
  std::map<std::string, const store::StoredInstrumentResponse*> latest;
  for (const auto& response : stored.instrument_responses) latest[response.instrument] = &response;
  if (latest.empty()) return "<p>You have not filled in a questionnaire yet.</p>";
  std::ostringstream out;
  out << "<table><tr><th>Questionnaire</th><th>Your latest score</th><th>What it means</th>"
      << "<th>Day</th></tr>";
  for (const auto& [id, response] : latest) {
    const auto* definition = find_instrument(app, id);
    std::string band = response->band.value_or("");
    if (definition && response->band) {
      for (const auto& known : definition->scoring.bands) {
        if (known.code == *response->band) band = known.label;
      }
    }
    out << "<tr><td>" << escaped(definition ? definition->title : id) << "</td><td>"
        << score_text(response->score) << "</td><td>" << escaped(band) << "</td><td>"
        << utc_date(response->taken_at) << "</td></tr>";
  }
  out << "</table>";
  return out.str();
}

std::string adherence_section(const store::StoredMemberRecord& stored,
                              const std::optional<ProgramInForce>& in_force,
                              const std::optional<p::Program>& program,
                              const core::KnowledgeBase& content, std::int64_t now) {
  std::ostringstream out;
  out << "<p>Sessions done: " << stored.sessions.size() << ".</p>";
  if (!in_force || !program) return out.str();
  const auto started_at = in_force->record.started_at;
  std::vector<int> days;
  for (const auto& s : stored.sessions) {
    if (s.at >= started_at) days.push_back(static_cast<int>(s.program_day));
  }
  const auto result = p::adherence(*program, content, days, program_day(started_at, now));
  out << "<p>Days with a session: " << result.active_days << " of " << result.planned_days
      << " planned days. Days in a row right now: " << result.streak_days << ".</p>";
  return out.str();
}

std::string report_html(const store::StoredMemberRecord& stored,
                        const std::optional<ProgramInForce>& in_force, const App& app,
                        std::int64_t now) {
  const auto& content = app.content;
  std::optional<p::Program> program;
  if (in_force) program = p::current_program(in_force->state, content);
  const auto name = escaped(stored.user.first_name + " " + stored.user.last_name);
  return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" "
         "href=\"/icon.svg\"><title>Progress report "
         "for " +
         name + "</title><style>" + kStyle + "</style></head><body><h1>Progress report for " +
         name + "</h1><p>Made on " + utc_date(now) +
         ".</p><p class=\"no-print\"><button type=\"button\" id=\"print\">Print or save as "
         "PDF</button></p><p class=\"note\">Motus gives education and exercise, not medical "
         "advice. If "
         "something worries you, or the pain gets much worse, talk to a doctor.</p>"
         "<section><h2>What your answers showed</h2>" +
         pattern_and_tier(stored, content) + "</section><section><h2>Your program</h2>" +
         program_section(in_force, program, content) + "</section><section><h2>Your pain</h2>" +
         pain_section(stored) + "</section><section><h2>Your sessions</h2>" +
         sessions_section(stored) + "</section><section><h2>Your questionnaires</h2>" +
         questionnaire_section(stored, app) +
         "</section><section><h2>How steady you have been</h2>" +
         adherence_section(stored, in_force, program, content, now) +
         "</section><script src=\"/report-print.js\"></script></body></html>";
}

asio::awaitable<Response> get_report(App& app, Request& request) {
  const auto& caller = require_member(request);
  const auto now = app.clock.now_ms();
  std::optional<store::StoredMemberRecord> stored;
  std::optional<ProgramInForce> in_force;
  app.db.read([&](store::Connection& c) {
    stored = store::load_member_record(c, caller.user_id);
    in_force = program_in_force(c, caller.user_id, app.content, now);
  });
  if (!stored) throw http::HttpError(401, "Not logged in", "Log in to use this.");
  auto html = report_html(*stored, in_force, app, now);
  const auto audit = member_audit(request, caller, "read", "report", now);
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::text_response(200, std::move(html), "text/html; charset=utf-8");
  co_return response;
}

}  // namespace

void add_me_report_route(http::Router& router, App& app) {
  router.add(http::Route{
      "GET", "/api/v1/me/report",
      "Your progress on one printable page: your pattern, the program you follow (your "
      "therapist's plan when they changed it), pain, questionnaire scores and how steady "
      "you have been.",
      "journey", [&app](Request& request) { return get_report(app, request); }}
                 .for_roles({"member"})
                 .answers(200, http::schema::text(), "One printable HTML page", "text/html"));
}

}  // namespace motus::api
