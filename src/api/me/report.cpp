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
#include "api/shared/language.hpp"
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

// The page's own words in each language (the record's words come from the core and the content
// in the same language).
struct ReportWords {
  std::string_view lang;
  std::string_view tier_emergency, tier_urgent, tier_routine, tier_self_care;
  std::string_view no_intake, pattern_unclear, best_pattern, how_soon;
  std::string_view no_program, therapist_before, therapist_changed_on, paused, about, minutes_a_day;
  std::string_view exercise, sets, reps, hold, why;
  std::string_view pain_chart, session_chart, before, after;
  std::string_view no_sessions, day, pain_before, pain_after, exercises_done, of_ten, of;
  std::string_view no_checkins, pain_scale, flare, your_note, yes, no;
  std::string_view no_questionnaires, questionnaire, latest_score, what_it_means;
  std::string_view sessions_done, active_days, planned_days, streak;
  std::string_view title, made_on, print, not_advice;
  std::string_view h_answers, h_program, h_pain, h_sessions, h_questionnaires, h_steady;
};

constexpr ReportWords kEnglish{
    "en",
    "today, as an emergency",
    "within a day or two",
    "in the next few weeks, when convenient",
    "no need to: exercise is safe to start",
    "You have not answered the questions yet, so there is no pattern to show.",
    "not clear yet",
    "The pattern that fits your answers best: ",
    "How soon to see a clinician: ",
    "You have no program right now.",
    "Your therapist, ",
    ", changed your plan on ",
    "<strong>Your program is paused</strong> until someone from your care team has talked with "
    "you.",
    "About ",
    " minutes a day.",
    "Exercise",
    "Sets",
    "Reps",
    "Hold (seconds)",
    "Why",
    "Your pain over time, from your check-ins",
    "Your pain before and after each session",
    "before (dashed)",
    "after (solid)",
    "No sessions yet.",
    "Day",
    "Pain before",
    "Pain after",
    "Exercises done",
    " of 10",
    " of ",
    "No check-ins yet.",
    "Pain (0 to 10)",
    "Flare-up",
    "Your note",
    "yes",
    "no",
    "You have not filled in a questionnaire yet.",
    "Questionnaire",
    "Your latest score",
    "What it means",
    "Sessions done: ",
    "Days with a session: ",
    " planned days. Days in a row right now: ",
    ".",
    "Progress report for ",
    "Made on ",
    "Print or save as PDF",
    "Motus gives education and exercise, not medical advice. If something worries you, or the "
    "pain gets much worse, talk to a doctor.",
    "What your answers showed",
    "Your program",
    "Your pain",
    "Your sessions",
    "Your questionnaires",
    "How steady you have been"};

constexpr ReportWords kSpanish{
    "es",
    "hoy, como una emergencia",
    "en uno o dos días",
    "en las próximas semanas, cuando te venga bien",
    "no hace falta: puedes empezar a hacer ejercicio con seguridad",
    "Todavía no respondiste las preguntas, así que no hay un patrón que mostrar.",
    "todavía no está claro",
    "El patrón que mejor encaja con tus respuestas: ",
    "Cuándo ver a un profesional de salud: ",
    "Ahora mismo no tienes un programa.",
    "Tu fisioterapeuta, ",
    ", cambió tu plan el ",
    "<strong>Tu programa está en pausa</strong> hasta que alguien de tu equipo de atención hable "
    "contigo.",
    "Unos ",
    " minutos al día.",
    "Ejercicio",
    "Series",
    "Repeticiones",
    "Mantener (segundos)",
    "Para qué",
    "Tu dolor a lo largo del tiempo, según tus registros diarios",
    "Tu dolor antes y después de cada sesión",
    "antes (discontinua)",
    "después (continua)",
    "Todavía no hay sesiones.",
    "Día",
    "Dolor antes",
    "Dolor después",
    "Ejercicios hechos",
    " de 10",
    " de ",
    "Todavía no hay registros diarios.",
    "Dolor (de 0 a 10)",
    "Crisis de dolor",
    "Tu nota",
    "sí",
    "no",
    "Todavía no completaste ningún cuestionario.",
    "Cuestionario",
    "Tu última puntuación",
    "Qué significa",
    "Sesiones hechas: ",
    "Días con sesión: ",
    " días previstos. Días seguidos ahora: ",
    ".",
    "Informe de progreso de ",
    "Hecho el ",
    "Imprimir o guardar como PDF",
    "Motus ofrece educación y ejercicio, no consejo médico. Si algo te preocupa, o el dolor "
    "empeora mucho, habla con un médico.",
    "Lo que mostraron tus respuestas",
    "Tu programa",
    "Tu dolor",
    "Tus sesiones",
    "Tus cuestionarios",
    "Tu constancia"};

const ReportWords& report_words(core::Language language) {
  return language == core::Language::es ? kSpanish : kEnglish;
}

std::string text(std::string_view words) { return std::string(words); }

// The tier in plain words: how soon to see a clinician.
std::string tier_words(const std::string& tier, const ReportWords& w) {
  if (tier == "emergency") return text(w.tier_emergency);
  if (tier == "urgent") return text(w.tier_urgent);
  if (tier == "routine") return text(w.tier_routine);
  return text(w.tier_self_care);
}

std::string pattern_and_tier(const store::StoredMemberRecord& stored,
                             const core::KnowledgeBase& content, const ReportWords& w) {
  if (!stored.intake) return "<p>" + text(w.no_intake) + "</p>";
  const auto assessment = nlohmann::json::parse(stored.intake->assessment);
  std::string pattern = text(w.pattern_unclear);
  const auto& patterns = assessment.value("patterns", nlohmann::json::array());
  if (!patterns.empty()) {
    const auto id = patterns.front().value("id", "");
    const auto* known = content.pattern(id);
    pattern = known ? known->name : id;
  }
  return "<p>" + text(w.best_pattern) + "<strong>" + escaped(pattern) + "</strong>.</p><p>" +
         text(w.how_soon) + "<strong>" + escaped(tier_words(stored.intake->tier, w)) +
         "</strong>.</p>";
}

std::string program_section(const std::optional<ProgramInForce>& in_force,
                            const std::optional<p::Program>& program,
                            const core::KnowledgeBase& content, const ReportWords& w) {
  if (!in_force || !program) return "<p>" + text(w.no_program) + "</p>";
  std::ostringstream out;
  if (in_force->plan) {
    out << "<p class=\"note\">" << w.therapist_before << escaped(in_force->plan->therapist_name)
        << w.therapist_changed_on << utc_date(in_force->plan->set_at) << ": "
        << escaped(in_force->plan->plan.note) << "</p>";
  }
  if (in_force->state.paused) out << "<p>" << w.paused << "</p>";
  out << "<p>" << w.about << program->minutes << w.minutes_a_day << "</p><table><tr><th>"
      << w.exercise << "</th><th>" << w.sets << "</th><th>" << w.reps << "</th><th>" << w.hold
      << "</th><th>" << w.why << "</th></tr>";
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
std::string pain_line(const std::vector<store::Checkin>& checkins, const ReportWords& w) {
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
      << "\" role=\"img\" aria-label=\"" << w.pain_chart << "\">"
      << "<polyline fill=\"none\" stroke=\"#2a6f97\" stroke-width=\"3\" points=\"" << points.str()
      << "\"/></svg>";
  return out.str();
}

// Pain before (dashed) and after (solid) each session, 0 at the bottom and 10 at the top.
std::string session_lines(const std::vector<store::SessionLog>& sessions, const ReportWords& w) {
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
      << "\" role=\"img\" aria-label=\"" << w.session_chart << "\">"
      << "<polyline fill=\"none\" stroke=\"#8a5a00\" stroke-width=\"3\" "
         "stroke-dasharray=\"8 6\" points=\""
      << before.str() << "\"/><polyline fill=\"none\" stroke=\"#2f6f62\" stroke-width=\"3\" "
      << "points=\"" << after.str() << "\"/></svg><p class=\"legend\"><span "
      << "style=\"background:#8a5a00\"></span>" << w.before << "<span "
      << "style=\"background:#2f6f62\"></span>" << w.after << "</p>";
  return out.str();
}

std::string sessions_section(const store::StoredMemberRecord& stored, const ReportWords& w) {
  if (stored.sessions.empty()) return "<p>" + text(w.no_sessions) + "</p>";
  std::ostringstream out;
  out << session_lines(stored.sessions, w) << "<table><tr><th>" << w.day << "</th><th>"
      << w.pain_before << "</th><th>" << w.pain_after << "</th><th>" << w.exercises_done
      << "</th></tr>";
  for (const auto& session : stored.sessions) {
    out << "<tr><td>" << utc_date(session.at) << "</td><td>" << session.pain_before << w.of_ten
        << "</td><td>" << session.pain_after << w.of_ten << "</td><td>" << session.exercises_done
        << w.of << session.exercises_planned << "</td></tr>";
  }
  out << "</table>";
  return out.str();
}

std::string pain_section(const store::StoredMemberRecord& stored, const ReportWords& w) {
  if (stored.checkins.empty()) return "<p>" + text(w.no_checkins) + "</p>";
  std::ostringstream out;
  out << pain_line(stored.checkins, w) << "<table><tr><th>" << w.day << "</th><th>" << w.pain_scale
      << "</th><th>" << w.flare << "</th><th>" << w.your_note << "</th></tr>";
  for (const auto& checkin : stored.checkins) {
    out << "<tr><td>" << utc_date(checkin.at) << "</td><td>" << checkin.pain << "</td><td>"
        << (checkin.flare ? w.yes : w.no) << "</td><td>" << escaped(checkin.notes.value_or(""))
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
std::string questionnaire_section(const store::StoredMemberRecord& stored, const App& app,
                                  core::Language language, const ReportWords& w) {
  std::map<std::string, const store::StoredInstrumentResponse*> latest;
  for (const auto& response : stored.instrument_responses) latest[response.instrument] = &response;
  if (latest.empty()) return "<p>" + text(w.no_questionnaires) + "</p>";
  std::ostringstream out;
  out << "<table><tr><th>" << w.questionnaire << "</th><th>" << w.latest_score << "</th><th>"
      << w.what_it_means << "</th><th>" << w.day << "</th></tr>";
  for (const auto& [id, response] : latest) {
    const auto* definition = find_instrument(app, id, language);
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
                              const core::KnowledgeBase& content, std::int64_t now,
                              const ReportWords& w) {
  std::ostringstream out;
  out << "<p>" << w.sessions_done << stored.sessions.size() << ".</p>";
  if (!in_force || !program) return out.str();
  const auto started_at = in_force->record.started_at;
  std::vector<int> days;
  for (const auto& s : stored.sessions) {
    if (s.at >= started_at) days.push_back(static_cast<int>(s.program_day));
  }
  const auto result = p::adherence(*program, content, days, program_day(started_at, now));
  out << "<p>" << w.active_days << result.active_days << w.of << result.planned_days
      << w.planned_days << result.streak_days << w.streak << "</p>";
  return out.str();
}

std::string report_html(const store::StoredMemberRecord& stored,
                        const std::optional<ProgramInForce>& in_force, const App& app,
                        std::int64_t now, core::Language language) {
  const auto& content = content_in(app, language);
  const auto& w = report_words(language);
  std::optional<p::Program> program;
  if (in_force) program = program_in(app, in_force->state, language);
  const auto name = escaped(stored.user.first_name + " " + stored.user.last_name);
  const auto section = [](std::string_view heading, const std::string& body) {
    return "<section><h2>" + text(heading) + "</h2>" + body + "</section>";
  };
  return "<!doctype html><html lang=\"" + text(w.lang) +
         "\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"/icon.svg\"><title>" +
         text(w.title) + name + "</title><style>" + kStyle + "</style></head><body><h1>" +
         text(w.title) + name + "</h1><p>" + text(w.made_on) + utc_date(now) +
         ".</p><p class=\"no-print\"><button type=\"button\" id=\"print\">" + text(w.print) +
         "</button></p><p class=\"note\">" + text(w.not_advice) + "</p>" +
         section(w.h_answers, pattern_and_tier(stored, content, w)) +
         section(w.h_program, program_section(in_force, program, content, w)) +
         section(w.h_pain, pain_section(stored, w)) +
         section(w.h_sessions, sessions_section(stored, w)) +
         section(w.h_questionnaires, questionnaire_section(stored, app, language, w)) +
         section(w.h_steady, adherence_section(stored, in_force, program, content, now, w)) +
         "<script src=\"/report-print.js\"></script></body></html>";
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
  if (!stored) throw http::not_logged_in();
  const auto language = answer_language(request);
  auto html = report_html(*stored, in_force, app, now, language);
  const auto audit = member_audit(request, caller, "read", "report", now);
  std::function<void(store::Connection&)> work = [audit](store::Connection& c) {
    store::append_audit(c, audit);
  };
  co_await http::durable_write(app.db, std::move(work));
  auto response = http::text_response(200, std::move(html), "text/html; charset=utf-8");
  say_language(response, language);
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
