#pragma once
// The pain-monitoring model that steers every change after a session, as one reviewable table.
// Silbernagel KG et al. Continued sports activity, using a pain-monitoring model, during
// rehabilitation in patients with Achilles tendinopathy. Am J Sports Med. 2007: pain during
// exercise 0–2/10 is safe, 3–5/10 acceptable, above 5/10 too much; it must settle by the next
// morning; progress only after an acceptable 24-hour response, otherwise step back to the last
// level that was tolerated. docs/clinical-sources.md §4 applies it to back pain.
namespace motus::core::program {

struct PainMonitoring {
  int safe_max = 2;        // 0–2: safe; with "easy" this counts towards a step up
  int acceptable_max = 5;  // 3–5: acceptable; hold the dose. Above: too much; step back
  // "Settled": next-morning pain no higher than the pain before the session plus this margin.
  // When no next-morning pain is reported, the pain just after the session stands in for it.
  int settle_margin = 0;
  int easy_sessions_to_progress = 2;  // "easy" this many sessions in a row before a step up
  // The flare-up limits (the `acute_flare` caution) lift after this many sessions in a row with
  // an acceptable 24-hour response: every exercise and the next morning at 5/10 or less, and
  // settled. The same count as "easy" before a step up.
  int settled_sessions_to_lift_flare = 2;
  // Net step-ups (step-downs count back) per exercise before the phase becomes "strengthen".
  int steps_per_exercise_to_strengthen = 1;
};
inline constexpr PainMonitoring kPainMonitoring{};

}  // namespace motus::core::program
