#pragma once
// Bad input to the assessment (an intake or a flare check): the message starts with the field
// it is about, e.g. "red_flags.fever: expected true or false", so a person or a client can fix
// exactly that field. field() and message() give the two parts, for a problem's
// errors[{field, message}]. The CLI maps it to exit 2, the HTTP layer to a 400 problem.
#include <stdexcept>
#include <string>

namespace motus::core::assessment {

struct InputError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;

  // The field the message starts with ("red_flags.fever", "prefs.equipment[1]"), or "" when it
  // starts with no field.
  std::string field() const;
  // What is wrong with it ("expected true or false"); the whole message when it names no field.
  std::string message() const;
};

}  // namespace motus::core::assessment
