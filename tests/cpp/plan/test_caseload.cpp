// The caseload: the due index against a brute-force scan over generated plans, the overdue and
// completeness queries, worklists, and the add/replace/remove contract.

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "plan/plan_builders.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/validate.hpp"
#include "support/errors.hpp"

namespace test_caseload {

namespace {

using namespace rorkit;
using namespace rorkit::test;

// A fixed generator so the generated caseload is the same everywhere.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::int32_t below(std::int32_t n) { return static_cast<std::int32_t>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(std::int32_t percent) { return below(100) < percent; }
};

// A plan with a random follow-up rule, goals (some with their own interval, some cancelled,
// some due), actions and follow-ups, built through the edit API.
Plan random_plan(Rng& rng, int i) {
  const Date created = add_days(Date{2024, 1, 1}, rng.below(900));
  Plan p = new_plan("plan-" + std::to_string(i), citizen("c" + std::to_string(i)), created,
                    change_on(created));
  const Change c = change_on(created);
  add_aspiration(p, aspiration("a1", "Et godt liv", created), c);
  if (rng.chance(70)) set_followup_rule(p, FollowUpRule{1 + rng.below(12)}, c);
  const int goals = 1 + rng.below(3);
  for (int k = 0; k < goals; ++k) {
    Goal g = goal("g" + std::to_string(k), "Mål", {"a1"});
    if (rng.chance(40)) g.followup_interval_months = 1 + rng.below(6);
    if (rng.chance(30)) g.start = add_days(created, rng.below(90));
    if (rng.chance(50)) g.due = add_days(g.start.value_or(created), 30 + rng.below(600));
    add_goal(p, g, c);
    if (rng.chance(10)) transition_goal(p, g.id, GoalLifecycle::cancelled, c);
    Action a = action("act" + std::to_string(k), "Indsats", {g.id}, staff(rng.chance(50) ? "Team Vest" : "Team Øst"),
                      LegalBasis::sel_85, created);
    if (rng.chance(60)) a.end = add_days(created, rng.below(700));
    if (rng.chance(20)) a.status = ActionStatus::completed;
    add_action(p, a, c);
  }
  Date last = created;
  const int followups = rng.below(4);
  for (int k = 0; k < followups; ++k) {
    last = add_days(last, 20 + rng.below(250));
    std::vector<GoalAssessment> assessed;
    for (const auto& g : p.goals)
      if (rng.chance(50)) assessed.push_back(scored(g.id, rng.below(10)));
    FollowUpResult result = rng.chance(8) ? FollowUpResult::end : FollowUpResult::continue_;
    record_followup(p, followup("f" + std::to_string(k), last, "", assessed, result), change_on(last));
  }
  return p;
}

std::vector<Plan> random_plans(std::size_t n, std::uint64_t seed) {
  Rng rng{seed};
  std::vector<Plan> plans;
  for (std::size_t i = 0; i < n; ++i) plans.push_back(random_plan(rng, static_cast<int>(i)));
  return plans;
}

bool by_date_plan_goal(const DueFollowUp& a, const DueFollowUp& b) {
  if (a.due != b.due) return a.due < b.due;
  if (a.plan_id != b.plan_id) return a.plan_id < b.plan_id;
  return a.goal_id < b.goal_id;
}

// The brute force: every plan asked on its own, then sorted.
std::vector<DueFollowUp> scan_due(const std::vector<Plan>& plans, const Date& first, const Date& last) {
  std::vector<DueFollowUp> out;
  for (const auto& p : plans)
    for (auto& d : followups_due(p, first, last)) out.push_back(std::move(d));
  std::sort(out.begin(), out.end(), by_date_plan_goal);
  return out;
}

std::vector<DueFollowUp> scan_overdue(const std::vector<Plan>& plans, const Date& on) {
  std::vector<DueFollowUp> out;
  for (const auto& p : plans)
    for (auto& d : overdue_followups(p, on)) out.push_back(std::move(d));
  std::sort(out.begin(), out.end(), by_date_plan_goal);
  return out;
}

std::vector<DueFollowUp> filter(const std::vector<DueFollowUp>& all, const Date& first,
                                const Date& last) {
  std::vector<DueFollowUp> out;
  for (const auto& d : all)
    if (first <= d.due && d.due <= last) out.push_back(d);
  return out;
}

const Date beginning{1900, 1, 1}, end_of_time{2200, 12, 31};

}  // namespace

TEST_CASE("caseload: the due index agrees with a brute-force scan over 3,000 plans") {
  const auto plans = random_plans(3000, 20260115);
  Caseload bulk(plans);
  Caseload one_by_one;
  for (const auto& p : plans) one_by_one.add(p);
  REQUIRE(bulk.size() == 3000);
  REQUIRE(one_by_one.size() == 3000);

  const auto all = scan_due(plans, beginning, end_of_time);
  REQUIRE(all.size() > 3000);  // plan level plus goal level
  REQUIRE(std::any_of(all.begin(), all.end(), [](const DueFollowUp& d) { return !d.goal_id.empty(); }));
  CHECK(bulk.followups_due(beginning, end_of_time) == all);
  CHECK(one_by_one.followups_due(beginning, end_of_time) == all);

  Rng rng{7};
  for (int w = 0; w < 300; ++w) {
    const Date first = add_days(Date{2024, 1, 1}, rng.below(1400));
    const Date last = add_days(first, rng.below(w % 3 == 0 ? 7 : 120));
    INFO("window " << first.iso() << " .. " << last.iso());
    const auto expected = filter(all, first, last);
    REQUIRE(bulk.followups_due(first, last) == expected);
    REQUIRE(one_by_one.followups_due(first, last) == expected);
    if (w % 15 == 0) REQUIRE(scan_due(plans, first, last) == expected);
    const Date on = first;
    if (w % 10 == 0) REQUIRE(bulk.overdue_followups(on) == scan_overdue(plans, on));
  }
  CHECK(bulk.followups_due(Date{2026, 3, 1}, Date{2026, 2, 28}).empty());
  CHECK(bulk.overdue_followups(beginning).empty());
  CHECK(bulk.overdue_followups(end_of_time) == all);
}

TEST_CASE("caseload: the index stays consistent through replace and remove") {
  auto plans = random_plans(2000, 99);
  Caseload c(plans);
  Rng rng{3};
  std::set<std::string> removed;
  for (int k = 0; k < 400; ++k) {
    std::size_t i = static_cast<std::size_t>(rng.below(2000));
    const std::string id = plans[i].id;
    if (removed.count(id)) continue;
    if (rng.chance(40)) {
      CHECK(c.remove(id));
      removed.insert(id);
      CHECK(c.find(id) == nullptr);
    } else {
      Plan p = *c.find(id);
      // A follow-up moves the next due dates; a new rule changes the interval.
      const Date when = add_days(p.history.back().at.date(), 1 + rng.below(200));
      if (rng.chance(50))
        record_followup(p, followup("fx" + std::to_string(k), when, "ok"), change_on(when));
      else
        set_followup_rule(p, FollowUpRule{1 + rng.below(24)}, change_on(when));
      plans[i] = p;
      c.replace(p);
      REQUIRE(c.find(id) != nullptr);
      CHECK(*c.find(id) == p);
    }
  }
  REQUIRE(!removed.empty());
  std::vector<Plan> expected;
  for (const auto& p : plans)
    if (!removed.count(p.id)) expected.push_back(p);
  CHECK(c.size() == expected.size());
  for (const auto& p : expected) {
    REQUIRE(c.find(p.id) != nullptr);
    CHECK(c.find(p.id)->id == p.id);
  }
  const auto all = scan_due(expected, beginning, end_of_time);
  CHECK(c.followups_due(beginning, end_of_time) == all);
  CHECK(c.followups_due(Date{2025, 6, 1}, Date{2025, 8, 31}) == filter(all, Date{2025, 6, 1}, Date{2025, 8, 31}));
  CHECK(c.overdue_followups(Date{2025, 7, 1}) == scan_overdue(expected, Date{2025, 7, 1}));

  SECTION("removing everything leaves an empty index") {
    for (const auto& p : expected) CHECK(c.remove(p.id));
    CHECK(c.size() == 0);
    CHECK(c.followups_due(beginning, end_of_time).empty());
  }
}

TEST_CASE("caseload: due dates worked by hand") {
  Caseload c;
  // Created 2026-01-15 under the 6-month rule -> Wednesday 2026-07-15.
  c.add(bare_plan("b-plan", Date{2026, 1, 15}));
  Plan a = bare_plan("a-plan", Date{2026, 1, 15});
  add_aspiration(a, aspiration("a1", "Håb", Date{2026, 1, 15}), change_on(Date{2026, 1, 15}));
  // Goals with their own 6-month interval from the plan's creation: due with the plan.
  for (const char* id : {"g2", "g1"}) {
    Goal g = goal(id, "Mål", {"a1"});
    g.followup_interval_months = 6;
    add_goal(a, g, change_on(Date{2026, 1, 15}));
  }
  // From 2026-02-02 every 3 months: Saturday 2026-05-02 -> Monday 2026-05-04.
  Goal g3 = goal("g3", "Mål", {"a1"});
  g3.followup_interval_months = 3;
  g3.start = Date{2026, 2, 2};
  add_goal(a, g3, change_on(Date{2026, 1, 15}));
  c.add(a);

  CHECK(c.followups_due(Date{2026, 5, 4}, Date{2026, 5, 4}) ==
        std::vector<DueFollowUp>{{"a-plan", "g3", Date{2026, 5, 4}}});
  CHECK(c.followups_due(Date{2026, 7, 15}, Date{2026, 7, 15}) ==
        std::vector<DueFollowUp>{{"a-plan", "", Date{2026, 7, 15}},
                                 {"a-plan", "g1", Date{2026, 7, 15}},
                                 {"a-plan", "g2", Date{2026, 7, 15}},
                                 {"b-plan", "", Date{2026, 7, 15}}});
  CHECK(c.followups_due(Date{2026, 7, 16}, Date{2026, 12, 31}).empty());
  CHECK(c.overdue_followups(Date{2026, 7, 15}).size() == 1);  // only g3: "before", not "on"
  CHECK(c.overdue_followups(Date{2026, 7, 16}).size() == 5);

  SECTION("the caseload's working-day rules move the dates") {
    // 2025-12-05 + 6 months = Friday 2026-06-05, grundlovsdag.
    Caseload customary;
    customary.add(bare_plan("p", Date{2025, 12, 5}));
    CHECK(customary.followups_due(Date{2026, 6, 1}, Date{2026, 6, 30})[0].due == Date{2026, 6, 8});
    WorkdayRules strict;
    strict.customary_days_off = false;
    Caseload only_holidays(strict);
    CHECK(only_holidays.rules() == strict);
    only_holidays.add(bare_plan("p", Date{2025, 12, 5}));
    CHECK(only_holidays.followups_due(Date{2026, 6, 1}, Date{2026, 6, 30})[0].due == Date{2026, 6, 5});
  }
}

TEST_CASE("caseload: add, replace and remove report errors and leave the caseload unchanged") {
  Caseload c;
  c.add(bare_plan("p1", Date{2026, 1, 15}));
  c.add(bare_plan("p2", Date{2026, 2, 16}));
  const auto before = c.followups_due(beginning, end_of_time);

  auto e = error_of([&] { c.add(bare_plan("p1", Date{2026, 3, 1})); });
  CHECK(e.status() == RORKIT_ERROR_DUPLICATE);
  CHECK(std::string(e.what()).find("p1") != std::string::npos);
  CHECK(status_of([&] { c.replace(bare_plan("p3", Date{2026, 3, 1})); }) == RORKIT_ERROR_NOT_FOUND);
  CHECK_FALSE(c.remove("p3"));
  CHECK(c.size() == 2);
  CHECK(c.find("p1")->created == Date{2026, 1, 15});
  CHECK(c.followups_due(beginning, end_of_time) == before);
  CHECK(c.find("p3") == nullptr);

  CHECK(status_of([&] {
          Caseload twice(std::vector<Plan>{bare_plan("x", Date{2026, 1, 1}), bare_plan("x", Date{2026, 1, 2})});
        }) == RORKIT_ERROR_DUPLICATE);

  SECTION("replace moves the plan's due date") {
    c.replace(bare_plan("p1", Date{2026, 3, 2}));
    CHECK(c.find("p1")->created == Date{2026, 3, 2});
    CHECK(c.followups_due(beginning, end_of_time) ==
          std::vector<DueFollowUp>{{"p2", "", Date{2026, 8, 17}}, {"p1", "", Date{2026, 9, 2}}});
  }
  SECTION("remove moves the last plan into the freed place") {
    c.add(bare_plan("p3", Date{2026, 1, 20}));
    CHECK(c.remove("p1"));
    CHECK(c.size() == 2);
    CHECK(c.plans()[0].id == "p3");
    CHECK(c.followups_due(beginning, end_of_time) ==
          std::vector<DueFollowUp>{{"p3", "", Date{2026, 7, 20}}, {"p2", "", Date{2026, 8, 17}}});
    c.add(bare_plan("p1", Date{2026, 1, 15}));  // the id is free again
    CHECK(c.size() == 3);
  }
}

TEST_CASE("caseload: overdue goals and actions, ordered by due date, plan and id") {
  const Date d0{2026, 1, 15};
  const Change c0 = change_on(d0);
  Plan a = bare_plan("a-plan", d0);
  add_aspiration(a, aspiration("a1", "Håb", d0), c0);
  Goal g1 = goal("g1", "Mål", {"a1"});
  g1.due = Date{2026, 3, 1};
  Goal g2 = goal("g2", "Mål", {"a1"});
  g2.due = Date{2026, 2, 1};
  add_goal(a, g1, c0);
  add_goal(a, g2, c0);
  add_action(a, action("x2", "Støtte", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 2, 1}), c0);
  Plan b = bare_plan("b-plan", d0);
  add_aspiration(b, aspiration("a1", "Håb", d0), c0);
  Goal h1 = goal("g1", "Mål", {"a1"});
  h1.due = Date{2026, 2, 1};
  Goal h2 = goal("g9", "Mål", {"a1"});
  h2.due = Date{2026, 1, 20};
  add_goal(b, h1, c0);
  add_goal(b, h2, c0);
  transition_goal(b, "g9", GoalLifecycle::cancelled, c0);  // terminal: never overdue
  Action done = action("x1", "Kursus", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 1, 20});
  done.status = ActionStatus::completed;
  add_action(b, done, c0);
  add_action(b, action("x3", "Støtte", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 1, 25}), c0);
  Caseload c(std::vector<Plan>{b, a});

  auto goals = c.overdue_goals(Date{2026, 3, 2});
  REQUIRE(goals.size() == 3);
  CHECK((goals[0].plan_id == "a-plan" && goals[0].id == "g2" && goals[0].due == Date{2026, 2, 1}));
  CHECK((goals[1].plan_id == "b-plan" && goals[1].id == "g1" && goals[1].due == Date{2026, 2, 1}));
  CHECK((goals[2].plan_id == "a-plan" && goals[2].id == "g1" && goals[2].due == Date{2026, 3, 1}));
  CHECK(c.overdue_goals(Date{2026, 2, 1}).empty());  // due on the day is not overdue yet

  auto actions = c.overdue_actions(Date{2026, 3, 2});
  REQUIRE(actions.size() == 2);
  CHECK((actions[0].plan_id == "b-plan" && actions[0].id == "x3" && actions[0].due == Date{2026, 1, 25}));
  CHECK((actions[1].plan_id == "a-plan" && actions[1].id == "x2" && actions[1].due == Date{2026, 2, 1}));
}

TEST_CASE("caseload: plans missing §141 elements, by plan id") {
  const Date d0{2026, 1, 15};
  Plan full = bare_plan("b-full", d0);
  set_section141(full, full_section141(), change_on(d0));
  Plan part = bare_plan("c-part", d0);
  Section141 s = full_section141();
  s.special.aids = "";
  s.expected_duration = " ";
  set_section141(part, s, change_on(d0));
  Caseload c;
  c.add(part);
  c.add(full);
  c.add(bare_plan("a-empty", d0));
  auto missing = c.missing_section141();
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].plan_id == "a-empty");
  CHECK(missing[0].missing.size() == 8);
  CHECK(missing[1].plan_id == "c-part");
  CHECK(missing[1].missing == std::vector<std::string>{"expected_duration", "special.aids"});
}

TEST_CASE("caseload: worklists by responsible party, ordered by end date") {
  const Date d0{2026, 1, 15};
  const Change c0 = change_on(d0);
  auto plan_with = [&](const std::string& id) {
    Plan p = bare_plan(id, d0);
    add_aspiration(p, aspiration("a1", "Håb", d0), c0);
    add_goal(p, goal("g1", "Mål", {"a1"}), c0);
    add_network_member(p, member("n1", "Søster", NetworkRole::relative, true), c0);
    return p;
  };
  Plan a = plan_with("a-plan");
  add_action(a, action("x2", "Samtaler", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0), c0);
  add_action(a, action("x1", "Bostøtte", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 5, 1}), c0);
  add_action(a, action("x3", "Gåtur", {"g1"}, network_party("n1"), LegalBasis::other, d0), c0);
  Plan b = plan_with("b-plan");
  add_action(b, action("x1", "Kursus", {"g1"}, staff("Team Øst"), LegalBasis::sel_82a, d0, Date{2026, 3, 1}), c0);
  Action held = action("x2", "Afsluttet", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 2, 1});
  held.status = ActionStatus::completed;
  add_action(b, held, c0);
  Action paused = action("x4", "Pause", {"g1"}, staff("Team Vest"), LegalBasis::sel_85, d0, Date{2026, 5, 1});
  paused.status = ActionStatus::on_hold;
  add_action(b, paused, c0);
  Caseload c(std::vector<Plan>{b, a});

  auto ids = [](const std::vector<Caseload::WorkItem>& items) {
    std::vector<std::string> out;
    for (const auto& w : items) out.push_back(w.plan_id + "/" + w.action_id);
    return out;
  };
  CHECK(ids(c.worklist(PartyKind::staff)) ==
        std::vector<std::string>{"b-plan/x1", "a-plan/x1", "b-plan/x4", "a-plan/x2"});
  auto vest = c.worklist(PartyKind::staff, "Team Vest");
  CHECK(ids(vest) == std::vector<std::string>{"a-plan/x1", "b-plan/x4", "a-plan/x2"});
  CHECK(vest[0].text == "Bostøtte");
  CHECK(vest[0].end == Date{2026, 5, 1});
  CHECK(vest[1].status == ActionStatus::on_hold);
  CHECK_FALSE(vest[2].end.has_value());
  CHECK(ids(c.worklist(PartyKind::network_member, "n1")) == std::vector<std::string>{"a-plan/x3"});
  CHECK(c.worklist(PartyKind::civil_society).empty());
  CHECK(c.worklist(PartyKind::staff, "Team Nord").empty());
}

TEST_CASE("caseload: const queries may run on several threads at once") {
  const auto plans = random_plans(500, 5);
  const Caseload c(plans);
  const auto expected = c.followups_due(Date{2024, 6, 1}, Date{2025, 6, 1});
  const auto overdue = c.overdue_followups(Date{2025, 1, 1});
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < ok.size(); ++t)
    threads.emplace_back([&, t] {
      int good = 0;
      for (int k = 0; k < 50; ++k)
        good += c.followups_due(Date{2024, 6, 1}, Date{2025, 6, 1}) == expected &&
                c.overdue_followups(Date{2025, 1, 1}) == overdue && c.find("plan-42") != nullptr;
      ok[t] = good;
    });
  for (auto& th : threads) th.join();
  for (int good : ok) CHECK(good == 50);
}

}  // namespace test_caseload
