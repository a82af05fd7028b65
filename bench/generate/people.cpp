#include "people.hpp"

#include <array>
#include <cctype>
#include <cstdio>

namespace motus::bench {

namespace {

constexpr std::array kFirstNames = {
    "ada",  "ben",  "chloe", "david", "elena", "farid", "grace", "hugo",  "iris",  "jonas",
    "kira", "liam", "maya",  "noah",  "olga",  "pablo", "quinn", "rosa",  "sam",   "tara",
    "umar", "vera", "wei",   "xenia", "yusuf", "zoe",   "amara", "bruno", "carla", "dmitri"};
constexpr std::array kLastNames = {
    "morrow",  "okafor", "lindqvist", "tanaka", "garcia", "novak",  "haddad",   "schmidt",
    "oconnor", "rossi",  "kowalski",  "mensah", "silva",  "nguyen", "andersen", "kaya",
    "fischer", "petrov", "murphy",    "dubois", "yilmaz", "sato",   "moreau",   "janssen",
    "brown",   "castro", "ivanova",   "hughes", "weber",  "patel"};
constexpr std::int64_t kEnrolmentDays = 5;

template <typename Names>
std::string pick(SeededRandom& random, const Names& names) {
  return names[static_cast<std::size_t>(
      random.between(0, static_cast<std::int64_t>(names.size()) - 1))];
}

}  // namespace

Person person_from(SeededRandom& random) {
  Person person;
  person.first_name = pick(random, kFirstNames);
  person.last_name = pick(random, kLastNames);
  char date[11];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", static_cast<int>(random.between(1950, 2004)),
                static_cast<int>(random.between(1, 12)), static_cast<int>(random.between(1, 28)));
  person.date_of_birth = date;
  return person;
}

std::string capitalised(std::string name) {
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

std::int64_t organization_created_at(const GenerationPlan& plan) {
  return plan.window_start_ms() - 90 * kDayMs;
}

std::int64_t therapist_created_at(const GenerationPlan& plan) {
  return plan.window_start_ms() - 60 * kDayMs;
}

std::int64_t member_created_at(const GenerationPlan& plan, std::int64_t member) {
  return plan.window_start_ms() + member * (kEnrolmentDays * kDayMs) / plan.members;
}

std::string organization_id(const GenerationPlan& plan, std::int64_t organization) {
  return random_for(plan, Stream::organization, organization).id_at(organization_created_at(plan));
}

std::string therapist_id(const GenerationPlan& plan, std::int64_t therapist) {
  return random_for(plan, Stream::therapist, therapist).id_at(therapist_created_at(plan));
}

std::string member_id(const GenerationPlan& plan, std::int64_t member) {
  return random_for(plan, Stream::member, member).id_at(member_created_at(plan, member));
}

std::string enrollment_code(std::int64_t organization) {
  char code[16];
  std::snprintf(code, sizeof code, "ORG%05lld", static_cast<long long>(organization));
  return code;
}

}  // namespace motus::bench
