#pragma once
// The languages Motus writes to members in, and how a request's language is chosen: the
// member's stored choice, else the browser's Accept-Language, else English.
#include <optional>
#include <string_view>

namespace motus::core {

enum class Language { en, es };

// "en" or "es": the BCP 47 tag sent back in Content-Language and stored on the account.
std::string_view to_string(Language language);

// A stored or chosen tag: "en" or "es" exactly; anything else is no language.
std::optional<Language> language_from_code(std::string_view code);

// The language one Accept-Language range asks for: the primary subtag, any case, so `es`,
// `es-MX`, `es-419` and `ES-es` are Spanish and `en-GB` English; nothing for other languages
// and for `*`.
std::optional<Language> language_from_range(std::string_view range);

// The best language an Accept-Language header (RFC 9110 12.5.4) offers: the range with the
// highest q-value that names a language Motus has, the earlier one on a tie; ranges with q=0
// are refused, and a malformed q-value counts as q=0. Nothing when no range names one.
std::optional<Language> language_from_accept(std::string_view header);

// The language an answer is written in: the stored choice, else the header's, else English.
Language choose_language(std::optional<Language> stored, std::string_view accept_language);

// One text the core says in both languages, written side by side where it is said:
// said_in(language, "rest day", "día de descanso").
constexpr std::string_view said_in(Language language, std::string_view english,
                                   std::string_view spanish) {
  return language == Language::es ? spanish : english;
}

}  // namespace motus::core
