#include "member_history.hpp"

#include <algorithm>

#include "people.hpp"
#include "store/credentials.hpp"

namespace motus::bench {

using store::Value;

namespace {

constexpr std::int64_t kHourMs = 60LL * 60 * 1000;

const char* const kMessages[] = {
    "Is it normal that my hip clicks during the bridge?",
    "I missed two days because of work. Should I start again from the beginning?",
    "The stretch feels fine but my back is stiff in the morning. Any tips?",
};
const char* const kNotes[] = {
    "Doing well; pain easing. Keep the current dose for another week.",
    "Reports stiffness after long drives; added a note about breaks every hour.",
};
const char* const kCheckinNotes[] = {"stiff in the morning", "long day at the desk",
                                     "felt good after a walk"};

std::int64_t during_day(SeededRandom& random, std::int64_t day_start) {
  return day_start + random.between(7 * kHourMs, 21 * kHourMs);
}

void add_roster_line(Batch& batch, const GenerationPlan& plan, std::int64_t member,
                     const std::string& organization, const Person& person, const Value& email) {
  batch.roster_entries.add({organization, person.first_name, person.last_name, person.date_of_birth,
                            email, nullptr, 2 + member / plan.organizations});
}

}  // namespace

// Row ids are UUIDv7 like the server's, but stamped with the member's sign-up time rather than
// the row's own: a live server inserts rows in time order, so its id indexes only ever grow at
// the end, and the generator, which writes member after member, keeps that shape only if ids
// grow with the member. (Stamped with each row's time, every batch would rewrite pages all
// over the id indexes: gigabytes of writes for a few hundred megabytes of rows.)
void add_member(Batch& batch, const GenerationPlan& plan, const Journeys& journeys,
                std::int64_t member, TokenFiles& tokens, const MemberShares& shares) {
  auto random = random_for(plan, Stream::member, member);
  const auto joined = member_created_at(plan, member);
  const auto id = random.id_at(joined);
  const auto organization_number = member % plan.organizations;
  const auto organization = organization_id(plan, organization_number);
  const auto therapist = therapist_id(plan, member % plan.therapists());
  const auto person = person_from(random);
  const std::string email = person.first_name + "." + person.last_name + "." +
                            std::to_string(member) + "@org" + std::to_string(organization_number) +
                            ".example";

  add_roster_line(batch, plan, member, organization, person, email);
  if (random.chance(shares.not_enrolled)) {
    auto other = person_from(random);
    add_roster_line(batch, plan, member, organization, other, nullptr);
  }
  batch.users.add({id, email, plan.password_hash, std::string("member"),
                   capitalised(person.first_name), capitalised(person.last_name),
                   person.date_of_birth, organization, joined, joined});
  const auto token = random.session_token();
  batch.sessions.add({store::token_hash(token), id, plan.now_ms, plan.now_ms, nullptr});
  batch.care_assignments.add({id, therapist, joined});

  const bool flagged = random.chance(shares.flagged);
  const auto& pool = flagged ? journeys.flagged : journeys.with_program;
  const auto& journey =
      pool[static_cast<std::size_t>(random.between(0, static_cast<std::int64_t>(pool.size()) - 1))];
  const auto intake_at = joined + random.between(2, 20) * 60 * 1000;
  const auto intake_id = random.id_at(joined);
  batch.member_intakes.add(
      {intake_id, id, intake_at, journey.tier, journey.intake, journey.assessment});

  const auto intake_day = (intake_at - plan.window_start_ms()) / kDayMs;
  const double adherence = 0.15 + 0.5 * random.unit();  // share of days with a session
  const double checking_in = 0.10 + 0.4 * random.unit();
  std::int64_t last_at = intake_at;
  if (flagged) {
    batch.care_flags.add({random.id_at(joined), id, journey.tier, std::string("intake"),
                          journey.reason_codes, intake_at, nullptr});
  } else {
    batch.member_program_levels.add(
        {id, intake_at, journey.start_phase, std::int64_t{0}, std::int64_t{0}, std::int64_t{0}});
    std::size_t done = 0;
    for (std::int64_t day = intake_day + 1; day < plan.days && done < journey.steps.size(); ++day) {
      if (!random.chance(adherence)) continue;
      const auto& step = journey.steps[done++];
      const auto at = during_day(random, plan.window_start_ms() + day * kDayMs);
      const auto client_id = random.id_at(at);
      batch.member_sessions.add(
          {random.id_at(joined), id, client_id, at, day - intake_day, step.pain_before,
           step.pain_after, step.next_morning_pain, step.exercises, step.exercises,
           "{\"client_id\":\"" + client_id + "\"," + step.feedback_after_client_id, step.answer});
      batch.member_program_levels.add(
          {id, at, step.phase_after, step.steps_up_after, step.sessions_after, std::int64_t{0}});
      last_at = at;
    }
    const auto& state = done == 0 ? journey.start_state : journey.steps[done - 1].state_after;
    batch.member_programs.add({id, intake_id, intake_at, last_at, std::int64_t{0}, state});
    tokens.member(token,
                  done == 0 ? journey.start_exercise : journey.steps[done - 1].exercise_after);
  }

  for (std::int64_t day = intake_day; day < plan.days; ++day) {
    if (!random.chance(checking_in)) continue;
    const auto at = during_day(random, plan.window_start_ms() + day * kDayMs);
    const bool flare = random.chance(0.03);
    const auto pain =
        std::clamp<std::int64_t>(4 - day / 10 + random.between(-1, 1) + (flare ? 3 : 0), 0, 10);
    const Value notes = random.chance(0.2) ? Value(std::string(kCheckinNotes[random.between(0, 2)]))
                                           : Value(nullptr);
    batch.member_checkins.add(
        {random.id_at(joined), id, at, pain, std::int64_t{flare ? 1 : 0}, notes});
  }
  if (random.chance(shares.messaging)) {
    const auto at = during_day(random, plan.now_ms - kDayMs - plan.now_ms % kDayMs);
    batch.messages.add({random.id_at(joined), id, id, std::string("member"),
                        std::string(kMessages[random.between(0, 2)]), at, nullptr});
  }
  if (random.chance(shares.with_note)) {
    const auto at = during_day(random, plan.window_start_ms() + (plan.days / 2) * kDayMs);
    batch.clinical_notes.add(
        {random.id_at(joined), id, therapist, std::string(kNotes[random.between(0, 1)]), at});
  }
}

}  // namespace motus::bench
