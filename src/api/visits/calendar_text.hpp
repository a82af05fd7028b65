#pragma once
// Appointments as iCalendar text (core/calendar/ics.hpp): one visit's .ics download, and a
// person's feed. Events say "Motus video visit" and nothing more, in the person's language; a
// member's feed also carries their practice reminder ("Motus practice", weekly, with an alarm).
#include <string>
#include <vector>

#include "core/calendar/ics.hpp"
#include "core/content/language.hpp"
#include "http/message.hpp"
#include "store/appointment_repository.hpp"

namespace motus::api {

// text/calendar in `language`; with a file name, offered as a download.
http::Response calendar_response(const std::vector<store::Appointment>& appointments,
                                 core::Language language, const std::string& download_name = "",
                                 const std::vector<core::WeeklyEvent>& weekly = {});

}  // namespace motus::api
