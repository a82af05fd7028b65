#pragma once
// The plain-words `why` of each prescribed exercise: what it does, for which pain pattern,
// and the study behind it, e.g. "Strengthens your buttock muscles to steady your SI joint
// (Added 2018)." or "Fortalece los músculos de tus glúteos para dar estabilidad a tu
// articulación sacroilíaca (Added 2018)." A program keeps the why it was built with; it is
// worded again in the reader's language when it is read (reworded_why), so a program built in
// one language reads in the other.
#include <optional>
#include <string>
#include <string_view>

#include "core/assessment/assessment.hpp"
#include "core/content/exercise.hpp"
#include "core/content/language.hpp"

namespace motus::core::program {

std::string why_text(const Exercise& exercise, assessment::Pattern pattern,
                     Language language = Language::en);

// What goes before the why of an exercise the therapist added (therapist_override.hpp).
std::string_view therapist_added(Language language);

// Why a balance exercise joins a program (build_program.cpp), added after its why.
enum class BalanceReason { thin_bones, older_adult };
std::string_view balance_words(BalanceReason reason, Language language);

// The why stored with a prescription, worded again in `language` from the exercise and the
// pattern it serves, keeping what was added before (the therapist's) and after (balance) it
// in either language.
std::string reworded_why(std::string_view stored, const Exercise& exercise,
                         assessment::Pattern pattern, Language language);

// "Added 2018" from "Added MR et al. Effects of ... 2018."; known bodies by their short name.
std::string short_citation(const std::string& citation);

}  // namespace motus::core::program
