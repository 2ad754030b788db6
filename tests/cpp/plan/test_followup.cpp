// §148 follow-up dates on Danish working days, overdue detection, and goal achievement.
// Weekdays below were counted on a 2026 wall calendar (1 January 2026 is a Thursday).
#include <catch2/catch.hpp>

#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/followup.hpp"

namespace test_followup {

using namespace rorkit;

namespace {

Change at(const char* ts) { return Change{"sagsbehandler", Timestamp::parse(ts), ""}; }

Plan opened(const Date& created) {
  Citizen c;
  c.id = "borger-1";
  c.municipality = 730;
  Plan p = new_plan("plan-1", c, created, at("2025-01-01T00:00:00Z"));
  add_aspiration(p, Aspiration{"a1", AspirationKind::hope, "At klare mig selv", created, "", {}, {}},
                 at("2025-01-01T00:00:01Z"));
  return p;
}

Goal goal(const char* id, GoalTarget target = {}) {
  Goal g;
  g.id = id;
  g.text = "Mål";
  g.aspiration_ids = {"a1"};
  g.target = target;
  return g;
}

FollowUp followup(const char* id, Date d, std::vector<GoalAssessment> a = {},
                  FollowUpResult r = FollowUpResult::continue_) {
  FollowUp f;
  f.id = id;
  f.date = d;
  f.result = r;
  f.assessments = std::move(a);
  return f;
}

}  // namespace

TEST_CASE("the next follow-up is six months on, moved to a working day") {
  // 2026-01-15 + 6 months = Wednesday 2026-07-15, a working day.
  CHECK(next_followup_due(opened(Date{2026, 1, 15})) == Date{2026, 7, 15});
  // 2025-12-05 + 6 months = Friday 2026-06-05, grundlovsdag: Monday 2026-06-08, unless customary
  // days off count as working days.
  CHECK(next_followup_due(opened(Date{2025, 12, 5})) == Date{2026, 6, 8});
  CHECK(next_followup_due(opened(Date{2025, 12, 5}), WorkdayRules{false}) == Date{2026, 6, 5});
  // 2025-10-06 + 6 months = Monday 2026-04-06, 2. påskedag (Easter 2026 is 5 April): Tuesday.
  CHECK(next_followup_due(opened(Date{2025, 10, 6})) == Date{2026, 4, 7});
  // 2025-08-31 + 6 months is clamped to 2026-02-28, a Saturday: Monday 2026-03-02.
  CHECK(next_followup_due(opened(Date{2025, 8, 31})) == Date{2026, 3, 2});
}

TEST_CASE("the interval counts from the latest follow-up and stops when the plan ends") {
  Plan p = opened(Date{2026, 1, 15});
  record_followup(p, followup("f1", Date{2026, 3, 10}), at("2026-03-10T12:00:00Z"));
  // 2026-09-10 is a Thursday.
  CHECK(next_followup_due(p) == Date{2026, 9, 10});
  set_followup_rule(p, FollowUpRule{3}, at("2026-03-10T12:01:00Z"));
  CHECK(next_followup_due(p) == Date{2026, 6, 10});  // Wednesday
  record_followup(p, followup("f2", Date{2026, 6, 9}, {}, FollowUpResult::end), at("2026-06-09T12:00:00Z"));
  CHECK_FALSE(next_followup_due(p).has_value());
}

TEST_CASE("goals with their own interval have their own follow-up dates") {
  Plan p = opened(Date{2026, 1, 15});
  Goal g = goal("g1");
  g.start = Date{2026, 2, 2};
  g.followup_interval_months = 3;
  add_goal(p, g, at("2026-02-02T09:00:00Z"));
  add_goal(p, goal("g2"), at("2026-02-02T09:01:00Z"));
  // 2026-05-02 is a Saturday: Monday 2026-05-04.
  CHECK(next_goal_followup_due(p, *p.find_goal("g1")) == Date{2026, 5, 4});
  CHECK_FALSE(next_goal_followup_due(p, *p.find_goal("g2")).has_value());
  record_followup(p, followup("f1", Date{2026, 5, 5}, {GoalAssessment{"g1", 4.0, "", ""}}),
                  at("2026-05-05T12:00:00Z"));
  CHECK(next_goal_followup_due(p, *p.find_goal("g1")) == Date{2026, 8, 5});  // Wednesday

  auto due = followups_due(p, Date{2026, 8, 1}, Date{2026, 12, 31});
  REQUIRE(due.size() == 2);
  CHECK(due[0] == DueFollowUp{"plan-1", "", Date{2026, 11, 5}});  // Thursday, 6 months after f1
  CHECK(due[1] == DueFollowUp{"plan-1", "g1", Date{2026, 8, 5}});
  CHECK(followups_due(p, Date{2026, 8, 6}, Date{2026, 11, 4}).empty());

  auto late = overdue_followups(p, Date{2026, 8, 6});
  REQUIRE(late.size() == 1);
  CHECK(late[0].goal_id == "g1");
  CHECK(overdue_followups(p, Date{2026, 8, 5}).empty());  // due that day is not yet overdue

  transition_goal(p, "g1", GoalLifecycle::cancelled, at("2026-06-01T00:00:00Z"));
  CHECK_FALSE(next_goal_followup_due(p, *p.find_goal("g1")).has_value());
}

TEST_CASE("overdue goals and actions") {
  Plan p = opened(Date{2026, 1, 15});
  Goal g = goal("g1");
  g.due = Date{2026, 6, 30};
  add_goal(p, g, at("2026-02-01T00:00:00Z"));
  Action a;
  a.id = "x1";
  a.text = "Støtte";
  a.goal_ids = {"g1"};
  a.legal_basis = LegalBasis::sel_82b;
  a.end = Date{2026, 5, 31};
  add_action(p, a, at("2026-02-01T00:00:01Z"));
  CHECK(overdue_goals(p, Date{2026, 6, 30}).empty());
  CHECK(overdue_goals(p, Date{2026, 7, 1}) == std::vector<std::string>{"g1"});
  CHECK(overdue_actions(p, Date{2026, 6, 1}) == std::vector<std::string>{"x1"});
  a.status = ActionStatus::completed;
  update_action(p, a, at("2026-06-01T00:00:00Z"));
  CHECK(overdue_actions(p, Date{2026, 6, 1}).empty());
  transition_goal(p, "g1", GoalLifecycle::cancelled, at("2026-07-01T00:00:00Z"));
  CHECK(overdue_goals(p, Date{2026, 7, 2}).empty());
}

TEST_CASE("achievement is derived from scored follow-ups against the target") {
  GoalTarget seven;
  seven.kind = TargetKind::scale_value;
  seven.value = 7;
  Plan p = opened(Date{2026, 1, 15});
  add_goal(p, goal("g1", seven), at("2026-02-01T00:00:00Z"));
  const Goal* g = p.find_goal("g1");
  CHECK(achievement(p, *g) == GoalAchievement::in_progress);

  auto assess = [&](const char* id, Date d, double v) {
    record_followup(p, followup(id, d, {GoalAssessment{"g1", v, "", ""}}),
                    at((d.iso() + "T12:00:00Z").c_str()));
    return achievement(p, *p.find_goal("g1"));
  };
  CHECK(assess("f1", Date{2026, 3, 1}, 4) == GoalAchievement::in_progress);
  CHECK(assess("f2", Date{2026, 4, 1}, 6) == GoalAchievement::improving);
  CHECK(assess("f3", Date{2026, 5, 1}, 6) == GoalAchievement::no_change);
  CHECK(assess("f4", Date{2026, 6, 1}, 5) == GoalAchievement::worsening);
  CHECK(assess("f5", Date{2026, 7, 1}, 7) == GoalAchievement::achieved);
  CHECK(assess("f6", Date{2026, 8, 1}, 8) == GoalAchievement::sustaining);
}

TEST_CASE("range, code and change targets") {
  Plan p = opened(Date{2026, 1, 15});
  GoalTarget range;
  range.kind = TargetKind::range;
  range.low = 3;
  range.high = 5;
  GoalTarget code;
  code.kind = TargetKind::code;
  code.code = "i-job";
  GoalTarget maintain;
  maintain.kind = TargetKind::change;
  maintain.change = ChangeType::maintain;
  GoalTarget develop;
  develop.kind = TargetKind::change;
  develop.change = ChangeType::develop;
  add_goal(p, goal("range", range), at("2026-02-01T00:00:00Z"));
  add_goal(p, goal("code", code), at("2026-02-01T00:00:01Z"));
  add_goal(p, goal("keep", maintain), at("2026-02-01T00:00:02Z"));
  add_goal(p, goal("grow", develop), at("2026-02-01T00:00:03Z"));
  // Staff's recorded status is used until something is scored.
  Goal recorded = *p.find_goal("grow");
  recorded.achievement = GoalAchievement::no_progress;
  update_goal(p, recorded, at("2026-02-01T00:00:04Z"));
  CHECK(achievement(p, *p.find_goal("grow")) == GoalAchievement::no_progress);

  record_followup(p, followup("f1", Date{2026, 3, 1},
                              {{"range", 8.0, "", ""}, {"code", std::nullopt, "i-praktik", ""},
                               {"keep", 6.0, "", ""}, {"grow", 2.0, "", ""}}),
                  at("2026-03-01T12:00:00Z"));
  record_followup(p, followup("f2", Date{2026, 6, 1},
                              {{"range", 6.0, "", ""}, {"code", std::nullopt, "i-job", ""},
                               {"keep", 6.0, "", ""}, {"grow", 3.0, "", ""}}),
                  at("2026-06-01T12:00:00Z"));
  CHECK(achievement(p, *p.find_goal("range")) == GoalAchievement::improving);  // 8 -> 6: closer to 3-5
  CHECK(achievement(p, *p.find_goal("code")) == GoalAchievement::achieved);
  CHECK(achievement(p, *p.find_goal("keep")) == GoalAchievement::sustaining);
  CHECK(achievement(p, *p.find_goal("grow")) == GoalAchievement::improving);
  record_followup(p, followup("f3", Date{2026, 9, 1}, {{"range", 4.0, "", ""}, {"keep", 5.0, "", ""}}),
                  at("2026-09-01T12:00:00Z"));
  CHECK(achievement(p, *p.find_goal("range")) == GoalAchievement::achieved);
  CHECK(achievement(p, *p.find_goal("keep")) == GoalAchievement::worsening);
}

}  // namespace test_followup
