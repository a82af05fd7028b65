#pragma once
// Clinical notes: what a therapist records about a member. Only therapists read them.
#include <cstdint>
#include <string>
#include <vector>

#include "store/db.hpp"

namespace motus::store {

struct ClinicalNote {
  std::string id;
  std::string member_id;
  std::string therapist_id;
  std::string body;
  std::int64_t written_at = 0;
};

void insert_note(Connection& connection, const ClinicalNote& note);
// Newest first.
std::vector<ClinicalNote> notes_about(Connection& connection, const std::string& member_id);

}  // namespace motus::store
