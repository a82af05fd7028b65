#pragma once
// Bad input to the assessment (an intake or a flare check): the message starts with the field
// it is about, e.g. "red_flags.fever: expected true or false", so a person or a client can fix
// exactly that field. field() and message() give the two parts, for a problem's
// errors[{field, message}]. The CLI maps it to exit 2, the HTTP layer to a 400 problem.
#include <stdexcept>
#include <string>
#include <string_view>

namespace motus::core::assessment {

struct InputError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;

  // The field the message starts with ("red_flags.fever", "prefs.equipment[1]"), or "" when it
  // starts with no field.
  std::string field() const;
  // What is wrong with it ("expected true or false"); the whole message when it names no field.
  std::string message() const;
};

// Runs `read` on a part of a larger input and names its fields under `part`: an InputError
// about "pain_now" becomes one about "flare_check.pain_now".
template <class Read>
auto within(std::string_view part, Read&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const InputError& error) {
    throw InputError(std::string(part) + "." + error.what());
  }
}

}  // namespace motus::core::assessment
