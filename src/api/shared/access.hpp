#pragma once
// The one place handlers ask "may this caller do this?". No session → 401; a role that may
// not use the route → 403. Ownership (a member's own data, a therapist's assigned members) is
// checked by the handler with the store, and a foreign id answers 404 so ids leak nothing.
#include <initializer_list>

#include "core/access/caller.hpp"
#include "http/message.hpp"

namespace motus::api {

// A session that may only enrol a second factor (core::Caller::enrolment_only) is refused with
// 403 "Set up two-step login first" here, unless the route is one of the few it may use.
enum class DuringEnrolment { refused, allowed };

// Every signed-in role: the routes about one's own account (who am I, password, language).
inline constexpr std::initializer_list<core::Role> kEveryRole = {
    core::Role::member, core::Role::therapist, core::Role::org_admin, core::Role::admin};

const core::Caller& require_role(const http::Request& request,
                                 std::initializer_list<core::Role> allowed,
                                 DuringEnrolment during_enrolment = DuringEnrolment::refused);

}  // namespace motus::api
