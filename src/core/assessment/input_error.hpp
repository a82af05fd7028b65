#pragma once
// Bad input to the assessment (an intake or a flare check): the message starts with the field
// it is about, e.g. "red_flags.fever: expected true or false", so a person or a client can fix
// exactly that field. The CLI maps it to exit 2, the HTTP layer to a 400 problem.
#include <stdexcept>

namespace motus::core::assessment {

struct InputError : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

}  // namespace motus::core::assessment
