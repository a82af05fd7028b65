#pragma once
// What a member reads after a daily check-in: a screened one reads what its answers caused
// (after_screen.hpp's advice, with a kind word on a flare the care team need not hear about); a
// flare without the warning-sign answers asks for them; a plain one is thanked.
#include <optional>
#include <string>

#include "core/care/after_screen.hpp"
#include "core/content/language.hpp"

namespace motus::core::care {

std::string checkin_advice(bool flare, const std::optional<AfterScreen>& after, Language language);

}  // namespace motus::core::care
