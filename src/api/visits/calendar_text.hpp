#pragma once
// Appointments as iCalendar text (core/calendar/ics.hpp): one visit's .ics download, and a
// person's feed. Events say "Motus video visit" and nothing more.
#include <string>
#include <vector>

#include "http/message.hpp"
#include "store/appointment_repository.hpp"

namespace motus::api {

// text/calendar; with a file name, offered as a download.
http::Response calendar_response(const std::vector<store::Appointment>& appointments,
                                 const std::string& download_name = "");

}  // namespace motus::api
