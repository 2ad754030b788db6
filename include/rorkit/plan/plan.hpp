#pragma once
// A citizen's recovery plan: the citizen's own hopes, wishes and dreams steer goals and actions
// (DOMAIN.md §0, §6). Plain data; the rules live in free functions (edit.hpp, validate.hpp,
// followup.hpp, audit.hpp) so each is testable alone. Every struct is a regular value type.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "rorkit/core/date.hpp"
#include "rorkit/measures/instruments.hpp"
#include "rorkit/plan/codes.hpp"

namespace rorkit {

/// JSON members rorkit does not know, kept verbatim (name, raw JSON text) in document order so
/// that a document written by a newer version survives being read and written by this one.
using UnknownFields = std::vector<std::pair<std::string, std::string>>;

#define RORKIT_REGULAR_TYPE(T)                                                              \
  friend bool operator==(const T& a, const T& b) { return a.tie() == b.tie(); }            \
  friend bool operator!=(const T& a, const T& b) { return !(a == b); }

/// A point in time in UTC, "YYYY-MM-DDTHH:MM:SSZ" (seconds may carry a fraction). Ordered in
/// time: "…:00Z" equals "…:00.000Z" and comes before "…:00.5Z".
class Timestamp {
 public:
  Timestamp() = default;
  /// Throws Error(RORKIT_ERROR_INVALID_DATE) for anything but the UTC form above.
  static Timestamp parse(std::string_view text);
  /// Midnight UTC of a date.
  static Timestamp at_start_of(const Date& d);
  /// The current time, to the second.
  static Timestamp now();
  [[nodiscard]] const std::string& str() const noexcept { return text_; }
  [[nodiscard]] Date date() const;
  [[nodiscard]] bool empty() const noexcept { return text_.empty(); }
  /// Negative, zero or positive as a is before, at the same time as, or after b.
  static int compare(const Timestamp& a, const Timestamp& b) noexcept;
  /// Same text (the form is kept as written, so a round trip is exact).
  friend bool operator==(const Timestamp& a, const Timestamp& b) { return a.text_ == b.text_; }
  friend bool operator!=(const Timestamp& a, const Timestamp& b) { return a.text_ != b.text_; }
  friend bool operator<(const Timestamp& a, const Timestamp& b) { return compare(a, b) < 0; }
  friend bool operator<=(const Timestamp& a, const Timestamp& b) { return compare(a, b) <= 0; }

 private:
  std::string text_;
};

/// A Danish CPR number, kept only as an identifier. It is never put into a message, a log line
/// or an error: an invalid one is reported as "cpr: invalid (value not shown)".
class Cpr {
 public:
  Cpr() = default;
  /// Accepts "DDMMYYSSSS" or "DDMMYY-SSSS" with a real date; stores the 10 digits.
  static Cpr parse(std::string_view text);
  [[nodiscard]] const std::string& digits() const noexcept { return digits_; }
  friend bool operator==(const Cpr& a, const Cpr& b) { return a.digits_ == b.digits_; }
  friend bool operator!=(const Cpr& a, const Cpr& b) { return a.digits_ != b.digits_; }

 private:
  std::string digits_;
};

struct Citizen {
  std::string id;                   ///< pseudonymous id, never the CPR number
  std::int32_t municipality = 0;    ///< municipality code (101 = København)
  std::optional<Date> birth_date;
  std::optional<Cpr> cpr;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, municipality, birth_date, cpr, unknown); }
  RORKIT_REGULAR_TYPE(Citizen)
};

/// A hope, wish or dream in the citizen's own words.
struct Aspiration {
  std::string id;
  AspirationKind kind = AspirationKind::hope;
  std::string text;  ///< verbatim
  Date recorded_on;
  std::string recorded_by;
  std::vector<FfbTheme> themes;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, kind, text, recorded_on, recorded_by, themes, unknown); }
  RORKIT_REGULAR_TYPE(Aspiration)
};

struct Resource {
  std::string id;
  ResourceKind kind = ResourceKind::personal;
  std::string text;
  UnknownFields unknown;
  auto tie() const { return std::tie(id, kind, text, unknown); }
  RORKIT_REGULAR_TYPE(Resource)
};

struct NetworkMember {
  std::string id;
  std::string name;
  NetworkRole role = NetworkRole::relative;
  std::string relation;  ///< free text: "søster", "FOF-kursus", "mentor"
  bool involved = false; ///< takes part in the plan's actions or meetings
  UnknownFields unknown;
  auto tie() const { return std::tie(id, name, role, relation, involved, unknown); }
  RORKIT_REGULAR_TYPE(NetworkMember)
};

/// What a goal aims at. Which fields count depends on `kind`.
struct GoalTarget {
  TargetKind kind = TargetKind::none;
  double value = 0;          ///< scale_value: reach at least this
  double low = 0, high = 0;  ///< range: stay within [low, high]
  std::string code;          ///< code: the state to reach
  ChangeType change = ChangeType::develop;  ///< change
  std::string measure;       ///< what is measured, e.g. "egen vurdering 1-10"
  auto tie() const { return std::tie(kind, value, low, high, code, change, measure); }
  RORKIT_REGULAR_TYPE(GoalTarget)
};

/// A long-term goal (parent_id empty) or a time-bound sub-goal (delmål) of one.
struct Goal {
  std::string id;
  std::string parent_id;
  std::string text;
  bool citizens_words = false;  ///< the text is the citizen's own formulation
  std::vector<std::string> aspiration_ids;
  std::string no_aspiration_reason;  ///< required when aspiration_ids is empty
  std::optional<FfbTheme> theme;
  GoalTarget target;
  std::optional<Date> start;
  std::optional<Date> due;
  GoalLifecycle lifecycle = GoalLifecycle::proposed;
  /// Recorded by staff; used only when no scored follow-up exists (see achievement()).
  std::optional<GoalAchievement> achievement;
  /// Follow-up interval for this goal; empty = the plan's rule.
  std::optional<std::int32_t> followup_interval_months;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, parent_id, text, citizens_words, aspiration_ids, no_aspiration_reason,
                    theme, target, start, due, lifecycle, achievement, followup_interval_months,
                    unknown);
  }
  RORKIT_REGULAR_TYPE(Goal)
};

/// Who is responsible: a kind plus, for staff and organisations, a name, and for network
/// members the id of the NetworkMember.
struct Party {
  PartyKind kind = PartyKind::citizen;
  std::string name;
  std::string network_member_id;
  auto tie() const { return std::tie(kind, name, network_member_id); }
  RORKIT_REGULAR_TYPE(Party)
};

/// An intervention or activity (indsats/aktivitet) serving one or more goals.
struct Action {
  std::string id;
  std::string text;
  Party responsible;
  LegalBasis legal_basis = LegalBasis::other;
  std::string legal_basis_text;  ///< required for LegalBasis::other
  std::optional<Date> start;
  std::optional<Date> end;
  ActionStatus status = ActionStatus::planned;
  std::vector<std::string> goal_ids;      ///< at least one
  std::vector<std::string> resource_ids;  ///< resources the action builds on
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, text, responsible, legal_basis, legal_basis_text, start, end, status,
                    goal_ids, resource_ids, unknown);
  }
  RORKIT_REGULAR_TYPE(Action)
};

/// SEL §141 stk. 3 nr. 4: special circumstances; empty = not considered yet. Write "ingen"
/// (none) when considered and not relevant.
struct SpecialCircumstances {
  std::string housing;
  std::string employment;
  std::string personal_help;
  std::string treatment;
  std::string aids;
  auto tie() const { return std::tie(housing, employment, personal_help, treatment, aids); }
  RORKIT_REGULAR_TYPE(SpecialCircumstances)
};

/// The content SEL §141 stk. 3 requires of a handleplan.
struct Section141 {
  std::string purpose;              ///< nr. 1: formålet med indsatsen
  std::string needed_intervention;  ///< nr. 2: den indsats, der er nødvendig
  std::string expected_duration;    ///< nr. 3: den forventede varighed
  SpecialCircumstances special;     ///< nr. 4
  bool created_with_citizen = false;  ///< stk. 4: made together with the citizen
  UnknownFields unknown;
  auto tie() const {
    return std::tie(purpose, needed_intervention, expected_duration, special,
                    created_with_citizen, unknown);
  }
  RORKIT_REGULAR_TYPE(Section141)
};

/// SEL §148 stk. 2 follow-up schedule: every `interval_months` months after the last follow-up
/// (or the plan's start), moved to the next Danish working day.
struct FollowUpRule {
  std::int32_t interval_months = 6;
  auto tie() const { return std::tie(interval_months); }
  RORKIT_REGULAR_TYPE(FollowUpRule)
};

/// A scored assessment of one goal at a follow-up.
struct GoalAssessment {
  std::string goal_id;
  std::optional<double> value;  ///< on the goal target's scale
  std::string code;             ///< for code targets
  std::string note;
  auto tie() const { return std::tie(goal_id, value, code, note); }
  RORKIT_REGULAR_TYPE(GoalAssessment)
};

struct FollowUp {
  std::string id;
  Date date;
  FollowUpResult result = FollowUpResult::continue_;
  std::string notes;
  std::string citizen_view;  ///< the citizen's own view, in their words
  std::string by;
  std::vector<GoalAssessment> assessments;
  UnknownFields unknown;
  auto tie() const {
    return std::tie(id, date, result, notes, citizen_view, by, assessments, unknown);
  }
  RORKIT_REGULAR_TYPE(FollowUp)
};

/// The lists of a plan whose entries have ids.
enum class Collection : std::int32_t {
  aspirations = 1,
  resources = 2,
  network = 3,
  goals = 4,
  actions = 5,
  followups = 6,
  measurements = 7,
};
std::string_view to_code(Collection c) noexcept;
template <> std::optional<Collection> parse_code(std::string_view) noexcept;
template <> std::string_view allowed_codes<Collection>() noexcept;

struct Plan;

/// What the first event of a plan sets.
struct PlanHeader {
  std::string id;
  Date created;
  Citizen citizen;
  auto tie() const { return std::tie(id, created, citizen); }
  RORKIT_REGULAR_TYPE(PlanHeader)
};

/// The state of a plan before its history began (a plan imported without history); shared and
/// immutable.
struct PlanSnapshot {
  std::shared_ptr<const Plan> plan;
  friend bool operator==(const PlanSnapshot& a, const PlanSnapshot& b);
  friend bool operator!=(const PlanSnapshot& a, const PlanSnapshot& b) { return !(a == b); }
};

struct GoalTransition {
  GoalLifecycle from = GoalLifecycle::proposed;
  GoalLifecycle to = GoalLifecycle::proposed;
  auto tie() const { return std::tie(from, to); }
  RORKIT_REGULAR_TYPE(GoalTransition)
};

enum class ChangeOp : std::int32_t {
  create = 1,            ///< payload PlanHeader
  snapshot = 2,          ///< payload PlanSnapshot; only as the first event
  set_citizen = 3,       ///< payload Citizen
  add = 4,               ///< collection + the new entry
  update = 5,            ///< collection + the entry's new value
  remove = 6,            ///< collection + target_id
  transition = 7,        ///< target_id (a goal) + GoalTransition
  set_section141 = 8,    ///< payload Section141
  set_followup_rule = 9, ///< payload FollowUpRule
};
std::string_view to_code(ChangeOp c) noexcept;
template <> std::optional<ChangeOp> parse_code(std::string_view) noexcept;
template <> std::string_view allowed_codes<ChangeOp>() noexcept;

using PlanPayload =
    std::variant<std::monostate, PlanHeader, PlanSnapshot, Citizen, Aspiration, Resource,
                 NetworkMember, Goal, Action, FollowUp, Measurement, Section141, FollowUpRule,
                 GoalTransition>;

/// One entry of the append-only history: who changed what, when and why.
struct PlanEvent {
  std::uint64_t seq = 0;  ///< 1, 2, 3 ... in order
  Timestamp at;
  std::string by;
  std::string why;
  ChangeOp op = ChangeOp::create;
  std::optional<Collection> collection;
  std::string target_id;
  PlanPayload payload;
  UnknownFields unknown;
  auto tie() const { return std::tie(seq, at, by, why, op, collection, target_id, payload, unknown); }
  RORKIT_REGULAR_TYPE(PlanEvent)
};

/// The plan. `history` is append-only; replaying it from the start gives the current state
/// (plan_at_version). Fields other than history are the current state, kept for fast reading.
struct Plan {
  std::string id;
  Citizen citizen;
  Date created;
  std::vector<Aspiration> aspirations;
  std::vector<Resource> resources;
  std::vector<NetworkMember> network;
  std::vector<Goal> goals;
  std::vector<Action> actions;
  Section141 section141;
  FollowUpRule followup_rule;
  std::vector<FollowUp> followups;
  std::vector<Measurement> measurements;
  std::vector<PlanEvent> history;
  UnknownFields unknown;

  auto tie() const {
    return std::tie(id, citizen, created, aspirations, resources, network, goals, actions,
                    section141, followup_rule, followups, measurements, history, unknown);
  }
  RORKIT_REGULAR_TYPE(Plan)

  // Look-ups by id; nullptr when absent.
  [[nodiscard]] const Aspiration* find_aspiration(std::string_view id) const noexcept;
  [[nodiscard]] const Resource* find_resource(std::string_view id) const noexcept;
  [[nodiscard]] const NetworkMember* find_network_member(std::string_view id) const noexcept;
  [[nodiscard]] const Goal* find_goal(std::string_view id) const noexcept;
  [[nodiscard]] const Action* find_action(std::string_view id) const noexcept;
  [[nodiscard]] const FollowUp* find_followup(std::string_view id) const noexcept;
  [[nodiscard]] const Measurement* find_measurement(std::string_view id) const noexcept;
};

#undef RORKIT_REGULAR_TYPE

}  // namespace rorkit
