#include "api/visits/calendar_text.hpp"

namespace motus::api {

http::Response calendar_response(const std::vector<store::Appointment>& appointments,
                                 core::Language language, const std::string& download_name,
                                 const std::vector<core::WeeklyEvent>& weekly) {
  std::vector<core::CalendarEvent> events;
  for (const auto& a : appointments) {
    core::CalendarEvent event;
    event.uid = a.id + "@motus";
    event.starts_at = a.starts_at;
    event.ends_at = a.ends_at;
    event.stamp = a.updated_at;
    // Grows with every change (RFC 5545 SEQUENCE): seconds since the booking was made.
    event.sequence = static_cast<int>((a.updated_at - a.created_at) / 1000);
    event.cancelled = a.status == "cancelled";
    events.push_back(std::move(event));
  }
  auto response = http::text_response(200, core::calendar_text(events, language, weekly),
                                      "text/calendar; charset=utf-8");
  if (!download_name.empty()) {
    response.set("Content-Disposition", "attachment; filename=\"" + download_name + "\"");
  }
  return response;
}

}  // namespace motus::api
