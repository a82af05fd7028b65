#include "core/fhir/fhir_values.hpp"

#include <array>
#include <chrono>
#include <cstdio>

namespace motus::core::fhir {
namespace {

std::uint64_t fnv1a(std::string_view text, std::uint64_t seed) {
  std::uint64_t hash = seed;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::string instant_of(std::int64_t epoch_ms) {
  using namespace std::chrono;
  const sys_time<milliseconds> time{milliseconds{epoch_ms}};
  const auto day = floor<days>(time);
  const year_month_day date{day};
  const hh_mm_ss clock{floor<milliseconds>(time - day)};
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                static_cast<int>(clock.minutes().count()),
                static_cast<int>(clock.seconds().count()),
                static_cast<int>(clock.subseconds().count()));
  return text.data();
}

std::string uuid_for(std::string_view member_id, std::string_view key) {
  std::string text(member_id);
  text += '\x1f';
  text += key;
  // Two different offset bases give two independent 64-bit halves.
  std::uint64_t high = fnv1a(text, 0xcbf29ce484222325ULL);
  std::uint64_t low = fnv1a(text, 0x84222325cbf29ce4ULL);
  high = (high & ~0xf000ULL) | 0x8000ULL;          // version 8
  low = (low & ~(0x3ULL << 62)) | (0x2ULL << 62);  // RFC 9562 variant
  std::array<char, 40> uuid{};
  std::snprintf(uuid.data(), uuid.size(), "%08x-%04x-%04x-%04x-%012llx",
                static_cast<unsigned>(high >> 32), static_cast<unsigned>((high >> 16) & 0xffff),
                static_cast<unsigned>(high & 0xffff), static_cast<unsigned>(low >> 48),
                static_cast<unsigned long long>(low & 0xffffffffffffULL));
  return uuid.data();
}

nlohmann::ordered_json loinc_concept(std::string_view code, std::string_view display) {
  return {{"coding", {{{"system", kLoinc}, {"code", code}, {"display", display}}}},
          {"text", display}};
}

nlohmann::ordered_json motus_concept(std::string_view code, std::string_view display) {
  return {{"coding", {{{"system", kMotusCodes}, {"code", code}, {"display", display}}}},
          {"text", display}};
}

}  // namespace motus::core::fhir
