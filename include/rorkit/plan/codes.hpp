#pragma once
// The coded values of a citizen plan and their stable text codes (used in JSON, the C ABI and
// Python). Sources: DOMAIN.md §0 (principles), §6 (SEL, FFB themes, follow-up codes) and FHIR R4
// Goal (lifecycleStatus, achievementStatus).

#include <cstdint>
#include <optional>
#include <string_view>

namespace rorkit {

/// The citizen's own hopes, wishes and dreams (håb, ønsker og drømme).
enum class AspirationKind : std::int32_t { hope = 1, wish = 2, dream = 3 };

/// KL's Fælles Faglige Begreber themes (http://fhir.kl.dk/term/ValueSet/KLThemesFFB).
enum class FfbTheme : std::int32_t {
  sundhedsforhold = 1,
  mentale_funktioner = 2,
  sociale_forhold = 3,
  fysiske_funktioner = 4,
  egenomsorg = 5,
  relationer = 6,
  kommunikation = 7,
  samfundsliv = 8,
  mobilitet = 9,
  praktiske_opgaver = 10,
  omgivelsesfaktorer = 11,
};

enum class ResourceKind : std::int32_t { personal = 1, network = 2, community = 3 };

/// The role of a person or organisation in the citizen's network.
enum class NetworkRole : std::int32_t {
  relative = 1,
  friend_ = 2,
  peer = 3,                ///< peer supporter / someone with lived experience
  civil_society = 4,       ///< association, volunteer, club (almene fællesskaber)
  employer_education = 5,  ///< employer, school, education
  other = 6,
};

/// Who is responsible for an action.
enum class PartyKind : std::int32_t {
  citizen = 1,
  staff = 2,
  network_member = 3,
  civil_society = 4,
  employer_education = 5,
};

/// The Serviceloven section an action is given under.
enum class LegalBasis : std::int32_t {
  sel_82a = 1,  ///< §82a group-based low-threshold support
  sel_82b = 2,  ///< §82b time-limited individual support
  sel_85 = 3,   ///< §85 socialpædagogisk støtte in own home
  sel_85_botilbudslignende = 4,  ///< §85 in a botilbudslignende tilbud (ABL §105)
  sel_103 = 5,  ///< §103 beskyttet beskæftigelse
  sel_104 = 6,  ///< §104 aktivitets- og samværstilbud
  sel_107 = 7,  ///< §107 midlertidigt botilbud
  sel_108 = 8,  ///< §108 længerevarende botilbud
  other = 9,
};

/// FHIR Goal.lifecycleStatus; transitions are restricted (see goal_transition_allowed).
enum class GoalLifecycle : std::int32_t {
  proposed = 1,
  planned = 2,
  accepted = 3,
  active = 4,
  on_hold = 5,
  completed = 6,
  cancelled = 7,
  entered_in_error = 8,
  rejected = 9,
};

/// FHIR Goal.achievementStatus.
enum class GoalAchievement : std::int32_t {
  in_progress = 1,
  improving = 2,
  worsening = 3,
  no_change = 4,
  achieved = 5,
  sustaining = 6,
  not_achieved = 7,
  no_progress = 8,
  not_attainable = 9,
};

/// What a goal's target is.
enum class TargetKind : std::int32_t {
  none = 0,
  scale_value = 1,  ///< reach at least `value` on a scale (e.g. 7 on 1-10)
  range = 2,        ///< stay within [low, high]
  code = 3,         ///< reach a coded state (e.g. "in-employment")
  change = 4,       ///< a direction of change: develop, maintain or limit decline
};

enum class ChangeType : std::int32_t { develop = 1, maintain = 2, limit_decline = 3 };

enum class ActionStatus : std::int32_t {
  planned = 1,
  active = 2,
  on_hold = 3,
  completed = 4,
  cancelled = 5,
};

/// KL follow-up result codes.
enum class FollowUpResult : std::int32_t { continue_ = 1, change = 2, end = 3, revisit = 4 };

/// The eight professional principles (DOMAIN.md §0), in their official order.
enum class Principle : std::int32_t {
  hopes_wishes_dreams = 1,
  resources = 2,
  network_and_communities = 3,
  openness_trust_respect = 4,
  early_help = 5,
  whole_life_situation = 6,
  follow_up = 7,
  knowledge_that_works = 8,
};

// Text codes. to_code gives the JSON/FHIR code ("on-hold", "sel-85-botilbudslignende",
// "continue"); the parse_* functions return nullopt for an unknown code.
std::string_view to_code(AspirationKind v) noexcept;
std::string_view to_code(FfbTheme v) noexcept;
std::string_view to_code(ResourceKind v) noexcept;
std::string_view to_code(NetworkRole v) noexcept;
std::string_view to_code(PartyKind v) noexcept;
std::string_view to_code(LegalBasis v) noexcept;
std::string_view to_code(GoalLifecycle v) noexcept;
std::string_view to_code(GoalAchievement v) noexcept;
std::string_view to_code(TargetKind v) noexcept;
std::string_view to_code(ChangeType v) noexcept;
std::string_view to_code(ActionStatus v) noexcept;
std::string_view to_code(FollowUpResult v) noexcept;
std::string_view to_code(Principle v) noexcept;

/// Danish display text: "Håb", "Mentale funktioner", "SEL §85", "Tag udgangspunkt i ...".
std::string_view danish_name(FfbTheme v) noexcept;
std::string_view danish_name(LegalBasis v) noexcept;
std::string_view danish_name(Principle v) noexcept;
std::string_view danish_name(AspirationKind v) noexcept;

template <class E>
std::optional<E> parse_code(std::string_view code) noexcept;

template <> std::optional<AspirationKind> parse_code(std::string_view) noexcept;
template <> std::optional<FfbTheme> parse_code(std::string_view) noexcept;
template <> std::optional<ResourceKind> parse_code(std::string_view) noexcept;
template <> std::optional<NetworkRole> parse_code(std::string_view) noexcept;
template <> std::optional<PartyKind> parse_code(std::string_view) noexcept;
template <> std::optional<LegalBasis> parse_code(std::string_view) noexcept;
template <> std::optional<GoalLifecycle> parse_code(std::string_view) noexcept;
template <> std::optional<GoalAchievement> parse_code(std::string_view) noexcept;
template <> std::optional<TargetKind> parse_code(std::string_view) noexcept;
template <> std::optional<ChangeType> parse_code(std::string_view) noexcept;
template <> std::optional<ActionStatus> parse_code(std::string_view) noexcept;
template <> std::optional<FollowUpResult> parse_code(std::string_view) noexcept;
template <> std::optional<Principle> parse_code(std::string_view) noexcept;

/// The codes allowed for an enum, comma-separated, for error messages ("hope, wish, dream").
template <class E>
std::string_view allowed_codes() noexcept;

template <> std::string_view allowed_codes<AspirationKind>() noexcept;
template <> std::string_view allowed_codes<FfbTheme>() noexcept;
template <> std::string_view allowed_codes<ResourceKind>() noexcept;
template <> std::string_view allowed_codes<NetworkRole>() noexcept;
template <> std::string_view allowed_codes<PartyKind>() noexcept;
template <> std::string_view allowed_codes<LegalBasis>() noexcept;
template <> std::string_view allowed_codes<GoalLifecycle>() noexcept;
template <> std::string_view allowed_codes<GoalAchievement>() noexcept;
template <> std::string_view allowed_codes<TargetKind>() noexcept;
template <> std::string_view allowed_codes<ChangeType>() noexcept;
template <> std::string_view allowed_codes<ActionStatus>() noexcept;
template <> std::string_view allowed_codes<FollowUpResult>() noexcept;
template <> std::string_view allowed_codes<Principle>() noexcept;

/// True when FHIR allows moving a goal from `from` to `to` (see docs/plans.md for the table).
bool goal_transition_allowed(GoalLifecycle from, GoalLifecycle to) noexcept;

/// True for lifecycle states a goal never leaves (completed, cancelled, rejected,
/// entered-in-error).
bool is_terminal(GoalLifecycle v) noexcept;

}  // namespace rorkit
