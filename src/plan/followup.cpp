// Follow-up dates (SEL §148 stk. 2), overdue goals and actions, and goal achievement.

#include "rorkit/plan/followup.hpp"

#include <algorithm>
#include <cmath>

#include "rorkit/calendar/date_math.hpp"

namespace rorkit {
namespace {

// The latest follow-up by date (the later-recorded one on a tie), or nullptr.
const FollowUp* latest_followup(const Plan& plan) {
  const FollowUp* last = nullptr;
  for (const auto& f : plan.followups)
    if (last == nullptr || !(f.date < last->date)) last = &f;
  return last;
}

struct Assessed {
  Date date;
  const GoalAssessment* assessment;
};

// The goal's scored assessments in date order (recording order on ties).
std::vector<Assessed> assessments_of(const Plan& plan, const std::string& goal_id) {
  std::vector<Assessed> out;
  for (const auto& f : plan.followups)
    for (const auto& a : f.assessments)
      if (a.goal_id == goal_id) out.push_back({f.date, &a});
  std::stable_sort(out.begin(), out.end(),
                   [](const Assessed& x, const Assessed& y) { return x.date < y.date; });
  return out;
}

bool meets(const GoalTarget& t, const GoalAssessment& a) {
  switch (t.kind) {
    case TargetKind::scale_value: return a.value && *a.value >= t.value;
    case TargetKind::range: return a.value && *a.value >= t.low && *a.value <= t.high;
    case TargetKind::code: return !a.code.empty() && a.code == t.code;
    default: return false;
  }
}

// How far a value is from the target (0 inside it); used to call a move "improving".
double distance(const GoalTarget& t, double v) {
  if (t.kind == TargetKind::scale_value) return std::max(0.0, t.value - v);
  if (t.kind == TargetKind::range) return v < t.low ? t.low - v : (v > t.high ? v - t.high : 0.0);
  return 0.0;
}

}  // namespace

std::optional<Date> next_followup_due(const Plan& plan, const WorkdayRules& rules) {
  const FollowUp* last = latest_followup(plan);
  if (last != nullptr && last->result == FollowUpResult::end) return std::nullopt;
  Date base = last != nullptr ? last->date : plan.created;
  return next_working_day(add_months(base, plan.followup_rule.interval_months), rules);
}

std::optional<Date> next_goal_followup_due(const Plan& plan, const Goal& goal,
                                           const WorkdayRules& rules) {
  if (!goal.followup_interval_months || is_terminal(goal.lifecycle)) return std::nullopt;
  const FollowUp* last = latest_followup(plan);
  if (last != nullptr && last->result == FollowUpResult::end) return std::nullopt;
  auto seen = assessments_of(plan, goal.id);
  Date base = !seen.empty() ? seen.back().date : goal.start.value_or(plan.created);
  return next_working_day(add_months(base, *goal.followup_interval_months), rules);
}

std::vector<DueFollowUp> followups_due(const Plan& plan, const Date& first, const Date& last,
                                       const WorkdayRules& rules) {
  std::vector<DueFollowUp> out;
  if (auto d = next_followup_due(plan, rules); d && first <= *d && *d <= last)
    out.push_back({plan.id, "", *d});
  std::vector<DueFollowUp> goals;
  for (const auto& g : plan.goals)
    if (auto d = next_goal_followup_due(plan, g, rules); d && first <= *d && *d <= last)
      goals.push_back({plan.id, g.id, *d});
  std::sort(goals.begin(), goals.end(),
            [](const DueFollowUp& a, const DueFollowUp& b) { return a.goal_id < b.goal_id; });
  out.insert(out.end(), goals.begin(), goals.end());
  return out;
}

std::vector<DueFollowUp> overdue_followups(const Plan& plan, const Date& on,
                                           const WorkdayRules& rules) {
  std::vector<DueFollowUp> out;
  if (auto d = next_followup_due(plan, rules); d && *d < on) out.push_back({plan.id, "", *d});
  for (const auto& g : plan.goals)
    if (auto d = next_goal_followup_due(plan, g, rules); d && *d < on)
      out.push_back({plan.id, g.id, *d});
  return out;
}

std::vector<std::string> overdue_goals(const Plan& plan, const Date& on) {
  std::vector<std::string> out;
  for (const auto& g : plan.goals)
    if (g.due && *g.due < on && !is_terminal(g.lifecycle)) out.push_back(g.id);
  return out;
}

std::vector<std::string> overdue_actions(const Plan& plan, const Date& on) {
  std::vector<std::string> out;
  for (const auto& a : plan.actions)
    if (a.end && *a.end < on && a.status != ActionStatus::completed &&
        a.status != ActionStatus::cancelled)
      out.push_back(a.id);
  return out;
}

// Rules [I] (docs/plans.md): with a target, the latest assessment meeting it is "achieved" the
// first time and "sustaining" after; otherwise the latest is compared with the one before:
// closer to the target "improving", farther "worsening", equal "no-change". Change targets
// compare values only: develop wants a rise, maintain and limit-decline want no fall.
GoalAchievement achievement(const Plan& plan, const Goal& goal) {
  auto seen = assessments_of(plan, goal.id);
  seen.erase(std::remove_if(seen.begin(), seen.end(),
                            [](const Assessed& a) {
                              return !a.assessment->value && a.assessment->code.empty();
                            }),
             seen.end());
  if (seen.empty()) return goal.achievement.value_or(GoalAchievement::in_progress);
  const GoalAssessment& now = *seen.back().assessment;
  const GoalAssessment* before = seen.size() > 1 ? seen[seen.size() - 2].assessment : nullptr;
  const GoalTarget& t = goal.target;
  if (t.kind == TargetKind::scale_value || t.kind == TargetKind::range || t.kind == TargetKind::code) {
    if (meets(t, now)) return before && meets(t, *before) ? GoalAchievement::sustaining
                                                          : GoalAchievement::achieved;
    if (goal.lifecycle == GoalLifecycle::completed || goal.lifecycle == GoalLifecycle::cancelled)
      return GoalAchievement::not_achieved;
    if (!before || !now.value || !before->value || t.kind == TargetKind::code)
      return before ? GoalAchievement::no_progress : GoalAchievement::in_progress;
    double d_now = distance(t, *now.value), d_before = distance(t, *before->value);
    if (d_now < d_before) return GoalAchievement::improving;
    if (d_now > d_before) return GoalAchievement::worsening;
    return GoalAchievement::no_change;
  }
  if (!before || !now.value || !before->value) return GoalAchievement::in_progress;
  double delta = *now.value - *before->value;
  if (t.kind == TargetKind::change && t.change != ChangeType::develop)
    return delta >= 0 ? GoalAchievement::sustaining : GoalAchievement::worsening;
  if (delta > 0) return GoalAchievement::improving;
  if (delta < 0) return GoalAchievement::worsening;
  return GoalAchievement::no_change;
}

}  // namespace rorkit
