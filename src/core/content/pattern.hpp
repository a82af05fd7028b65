#pragma once
#include <optional>
#include <string>
#include <vector>

namespace motus::core {

// Clinician-only notes; never shown to members.
struct TherapistNotes {
  std::vector<std::string> assessment;
  std::vector<std::string> treatment_ideas;
  std::vector<std::string> differential;
};

// A pain pattern as members read about it, and the exercises a program draws from first.
struct Pattern {
  std::string id;
  std::string name;
  std::string short_description;  // `short` in the file; one member-facing sentence
  std::string overview;
  std::vector<std::string> how_it_feels;
  std::vector<std::string> aggravating;
  std::vector<std::string> causes;
  std::vector<std::string> what_helps;
  std::vector<std::string> see_a_doctor;
  std::vector<std::string> core_exercises;
  std::vector<std::string> articles;
  std::optional<std::string> evidence_note;
  TherapistNotes therapist_notes;
  std::vector<std::string> citations;
  std::string source_file;
};

}  // namespace motus::core
