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
  // With the Spanish of message() ("se espera true o false"), for a member whose language is
  // Spanish; without it the English is said in both.
  InputError(const std::string& what, std::string spanish)
      : std::invalid_argument(what), spanish_(std::move(spanish)) {}

  // The field the message starts with ("red_flags.fever", "prefs.equipment[1]"), or "" when it
  // starts with no field.
  std::string field() const;
  // What is wrong with it ("expected true or false"); the whole message when it names no field.
  std::string message() const;
  const std::string& spanish() const { return spanish_; }

 private:
  std::string spanish_;
};

// Runs `read` on a part of a larger input and names its fields under `part`: an InputError
// about "pain_now" becomes one about "flare_check.pain_now".
template <class Read>
auto within(std::string_view part, Read&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const InputError& error) {
    throw InputError(std::string(part) + "." + error.what(), error.spanish());
  }
}

}  // namespace motus::core::assessment
