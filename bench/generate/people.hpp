#pragma once
// Made-up people: names, dates of birth, emails (stored normalised, as the store expects), and
// the ids every table refers to.
#include <cstdint>
#include <string>

#include "plan.hpp"

namespace motus::bench {

struct Person {
  std::string first_name;  // normalised: lower-case, as rosters store them
  std::string last_name;
  std::string date_of_birth;  // YYYY-MM-DD
};

Person person_from(SeededRandom& random);
// "Ada" from "ada": accounts keep names as the person typed them.
std::string capitalised(std::string name);

// Ids are drawn first from each entity's stream, so anything can name anyone else's id.
std::string organization_id(const GenerationPlan& plan, std::int64_t organization);
std::string therapist_id(const GenerationPlan& plan, std::int64_t therapist);
std::string member_id(const GenerationPlan& plan, std::int64_t member);

std::int64_t organization_created_at(const GenerationPlan& plan);
std::int64_t therapist_created_at(const GenerationPlan& plan);
// Members sign up in number order during the first days of the window, so member ids (time
// ordered) grow with the member number.
std::int64_t member_created_at(const GenerationPlan& plan, std::int64_t member);
std::string enrollment_code(std::int64_t organization);

}  // namespace motus::bench
