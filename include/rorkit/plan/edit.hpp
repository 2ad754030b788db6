#pragma once
// Changing a plan. Every change goes through one of these functions, which checks it, applies it
// and appends an event (who, when, why) to the plan's history. A change that fails throws
// rorkit::Error and leaves the plan exactly as it was.

#include <cstddef>
#include <string>
#include <string_view>

#include "rorkit/plan/plan.hpp"

namespace rorkit {

/// Who makes a change, when, and why. `at` must not be earlier than the plan's last event.
struct Change {
  std::string by;
  Timestamp at;
  std::string why;
};

/// A new plan whose history starts with a `create` event.
Plan new_plan(std::string id, Citizen citizen, const Date& created, const Change& change);

void set_citizen(Plan& plan, Citizen citizen, const Change& change);

// Adding fails with RORKIT_ERROR_DUPLICATE when the id exists in its list; updating fails with
// RORKIT_ERROR_NOT_FOUND when it does not. References are checked (RORKIT_ERROR_DANGLING_REFERENCE),
// and so are the rules of each entry (RORKIT_ERROR_VALIDATION, e.g. a goal that traces to no
// aspiration and gives no reason, an action that serves no goal).
void add_aspiration(Plan& plan, Aspiration a, const Change& change);
void update_aspiration(Plan& plan, Aspiration a, const Change& change);
void add_resource(Plan& plan, Resource r, const Change& change);
void update_resource(Plan& plan, Resource r, const Change& change);
void add_network_member(Plan& plan, NetworkMember m, const Change& change);
void update_network_member(Plan& plan, NetworkMember m, const Change& change);
/// A goal's lifecycle cannot change through update_goal: use transition_goal.
void add_goal(Plan& plan, Goal g, const Change& change);
void update_goal(Plan& plan, Goal g, const Change& change);
void add_action(Plan& plan, Action a, const Change& change);
void update_action(Plan& plan, Action a, const Change& change);
/// Records a follow-up; its goal assessments must name goals of the plan.
void record_followup(Plan& plan, FollowUp f, const Change& change);
/// Records a measurement; its items must score (RORKIT_ERROR_ITEM_OUT_OF_RANGE etc.).
void record_measurement(Plan& plan, Measurement m, const Change& change);

/// Removes an entry; RORKIT_ERROR_REFERENCED when something still refers to it.
void remove_entry(Plan& plan, Collection collection, std::string_view id, const Change& change);

/// Moves a goal along FHIR's lifecycle; RORKIT_ERROR_ILLEGAL_TRANSITION names both states when
/// the move is not allowed (goal_transition_allowed).
void transition_goal(Plan& plan, std::string_view goal_id, GoalLifecycle to, const Change& change);

void set_section141(Plan& plan, Section141 s, const Change& change);
void set_followup_rule(Plan& plan, FollowUpRule rule, const Change& change);

/// Applies one event as the next entry of the history (its seq must be the next number). This
/// is what every function above does after building its event; import and replay use it too.
void apply_event(Plan& plan, PlanEvent event);

/// The plan as it was after its first `events` history entries (0 = before the plan existed:
/// an empty plan). Throws Error(RORKIT_ERROR_OUT_OF_RANGE) beyond the history's length.
Plan plan_at_version(const Plan& plan, std::size_t events);

/// The plan as it was at a moment: every event with `at` <= the moment.
Plan plan_as_of(const Plan& plan, const Timestamp& moment);

/// Replays the whole history and compares the result with the plan's current state; returns
/// an empty string when they agree, else a description of the first difference.
std::string check_history(const Plan& plan);

/// Checks a whole plan against the rules every edit enforces: valid and unique ids per list,
/// references that point at entries, each entry's own rules, the citizen and the follow-up rule.
/// Used after reading a document; throws the same errors the edits do.
void check_plan(const Plan& plan);

/// Whether `id` can name an entry: 1-64 characters from A-Z a-z 0-9 - _ . :
bool is_valid_id(std::string_view id) noexcept;

}  // namespace rorkit
