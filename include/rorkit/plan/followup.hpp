#pragma once
// SEL §148 stk. 2 follow-up: when the next follow-up of a plan (and of goals with their own
// interval) is due, what is overdue, and how far each goal has come.

#include <optional>
#include <string>
#include <vector>

#include "rorkit/calendar/workdays.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit {

/// One due follow-up: of the whole plan (goal_id empty) or of one goal.
struct DueFollowUp {
  std::string plan_id;
  std::string goal_id;
  Date due;
  friend bool operator==(const DueFollowUp& a, const DueFollowUp& b) {
    return a.plan_id == b.plan_id && a.goal_id == b.goal_id && a.due == b.due;
  }
};

/// The next plan-level follow-up: interval_months after the latest follow-up (or after
/// `created` when there is none), moved forward to a working day. Empty when the latest
/// follow-up ended the plan (result "end").
std::optional<Date> next_followup_due(const Plan& plan, const WorkdayRules& rules = {});

/// The next follow-up of a goal with its own interval: after its latest assessment (or its
/// start, or the plan's creation). Empty for goals without their own interval and for goals in
/// a terminal lifecycle state.
std::optional<Date> next_goal_followup_due(const Plan& plan, const Goal& goal,
                                           const WorkdayRules& rules = {});

/// Every next follow-up of the plan (plan level first, then goals by id) due in [first, last].
std::vector<DueFollowUp> followups_due(const Plan& plan, const Date& first, const Date& last,
                                       const WorkdayRules& rules = {});

/// The next follow-ups that fall before `on` (overdue on that date).
std::vector<DueFollowUp> overdue_followups(const Plan& plan, const Date& on,
                                           const WorkdayRules& rules = {});

/// Goals past their due date on `on` and not in a terminal lifecycle state.
std::vector<std::string> overdue_goals(const Plan& plan, const Date& on);

/// Actions past their end date on `on` that are neither completed nor cancelled.
std::vector<std::string> overdue_actions(const Plan& plan, const Date& on);

/// FHIR achievementStatus of a goal: derived from its scored assessments when there are any
/// (latest against the target and against the previous one), else what staff recorded, else
/// in-progress. The rules are in docs/plans.md.
GoalAchievement achievement(const Plan& plan, const Goal& goal);

}  // namespace rorkit
