#pragma once
// The fixed word lists of content/SCHEMA.md. Each enum has a Vocabulary<> entry listing its
// spellings in declaration order, so one generic to_string/from_string serves them all and the
// loader can name the allowed words when a file uses another.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace motus::core {

enum class Kind { strength, mobility, stretch, aerobic, technique };
enum class Position { standing, sitting, floor, kneeling, prone, supine, side_lying };
enum class Equipment { mat, band, chair, wall, pillow, strap, ice };
enum class CautionCondition {
  pregnancy_trimester1,
  pregnancy_trimester2,
  pregnancy_trimester3,
  postpartum,
  acute_flare,
  leg_symptoms,
  worse_bending_forward,
  worse_bending_backward,
  hypermobility,
  osteoporosis,
  knee_pain,
  wrist_pain,
  balance_problems,
};
// What an exercise does that some people need and others must take care with:
// spinal_flexion: it rounds the spine forward, repeated or held (care with thin bones:
// Giangregorio 2014/2015, Too Fit To Fracture); balance: it trains standing balance (offered
// with thin bones, for falls: the same source).
enum class Feature { spinal_flexion, balance };
// avoid: the program engine never picks the exercise; modify: allowed, the text says how.
enum class CautionAction { avoid, modify };
// both: the two sides at once (or no side); each: the set is repeated for each side.
enum class Sides { both, each };
// side: seen from the left (sagittal plane); front: seen from the front (frontal plane).
enum class View { side, front };
enum class Audience { member, therapist };

template <typename Enum>
struct Vocabulary;

template <>
struct Vocabulary<Kind> {
  static constexpr std::array<std::string_view, 5> names{"strength", "mobility", "stretch",
                                                         "aerobic", "technique"};
};
template <>
struct Vocabulary<Position> {
  static constexpr std::array<std::string_view, 7> names{
      "standing", "sitting", "floor", "kneeling", "prone", "supine", "side_lying"};
};
template <>
struct Vocabulary<Equipment> {
  static constexpr std::array<std::string_view, 7> names{"mat",    "band",  "chair", "wall",
                                                         "pillow", "strap", "ice"};
};
template <>
struct Vocabulary<CautionCondition> {
  static constexpr std::array<std::string_view, 13> names{"pregnancy_trimester1",
                                                          "pregnancy_trimester2",
                                                          "pregnancy_trimester3",
                                                          "postpartum",
                                                          "acute_flare",
                                                          "leg_symptoms",
                                                          "worse_bending_forward",
                                                          "worse_bending_backward",
                                                          "hypermobility",
                                                          "osteoporosis",
                                                          "knee_pain",
                                                          "wrist_pain",
                                                          "balance_problems"};
};
template <>
struct Vocabulary<Feature> {
  static constexpr std::array<std::string_view, 2> names{"spinal_flexion", "balance"};
};
template <>
struct Vocabulary<CautionAction> {
  static constexpr std::array<std::string_view, 2> names{"avoid", "modify"};
};
template <>
struct Vocabulary<Sides> {
  static constexpr std::array<std::string_view, 2> names{"both", "each"};
};
template <>
struct Vocabulary<View> {
  static constexpr std::array<std::string_view, 2> names{"side", "front"};
};
template <>
struct Vocabulary<Audience> {
  static constexpr std::array<std::string_view, 2> names{"member", "therapist"};
};

template <typename Enum>
constexpr std::string_view to_string(Enum value) {
  return Vocabulary<Enum>::names[static_cast<std::size_t>(value)];
}

template <typename Enum>
constexpr std::optional<Enum> from_string(std::string_view text) {
  const auto& names = Vocabulary<Enum>::names;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == text) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

// Pattern ids stay text (patterns are content), but only these eight exist.
inline constexpr std::array<std::string_view, 8> kPatternIds{
    "si_joint",     "radicular",     "piriformis", "sacral_myofascial",
    "inflammatory", "pregnancy_pgp", "coccydynia", "nonspecific"};

constexpr bool is_pattern_id(std::string_view id) {
  for (auto known : kPatternIds) {
    if (known == id) return true;
  }
  return false;
}

// Positions that put the member on the floor, so the exercise must also list `floor`.
constexpr bool needs_floor(Position position) {
  return position == Position::supine || position == Position::prone ||
         position == Position::side_lying || position == Position::kneeling;
}

}  // namespace motus::core
