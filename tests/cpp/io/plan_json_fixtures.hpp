#pragma once
// Test helpers for plan documents: the fixture files under tests/data/plans (found relative to
// this header, so the tests run from any working directory) and a plan built through the edit
// API with awkward text in it.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "rorkit/core/error.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/plan/edit.hpp"

namespace plan_json_test {

using namespace rorkit;

inline std::filesystem::path plans_dir() {
  return std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "data" / "plans";
}

inline std::string read_fixture(const std::string& name) {
  std::ifstream in(plans_dir() / name, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Change by(const std::string& when, const std::string& who = "Mette Lund (bostøtte)") {
  return Change{who, Timestamp::parse(when), "testændring"};
}

/// Danish letters, an emoji, quotes, backslashes and control characters in one string.
inline const std::string kAwkward =
    "Æblegrød på Ærø – \"citat\" \\ sti/til/fil 🚲 linje 1\nlinje 2\ttab \x01\x1f slut";

/// A plan with every kind of entry and event, built the way a vendor would build it.
inline Plan built_plan() {
  Citizen c;
  c.id = "borger-test-1";
  c.municipality = 751;
  c.birth_date = Date{1990, 2, 28};
  c.cpr = Cpr::parse("280290-1234");
  Plan p = new_plan("plan-test-1", c, Date{2025, 1, 6}, by("2025-01-06T09:00:00Z"));

  Aspiration a;
  a.id = "asp-1";
  a.kind = AspirationKind::dream;
  a.text = "Jeg drømmer om at sejle til Ærø med min søn ⛵ " + kAwkward;
  a.recorded_on = Date{2025, 1, 6};
  a.recorded_by = "Mette";
  a.themes = {FfbTheme::relationer, FfbTheme::samfundsliv};
  add_aspiration(p, a, by("2025-01-06T09:01:00Z"));

  Resource r;
  r.id = "res-1";
  r.kind = ResourceKind::community;
  r.text = "Sejlklubben på havnen";
  add_resource(p, r, by("2025-01-06T09:02:00Z"));

  NetworkMember n;
  n.id = "nw-1";
  n.name = "Søren (bror)";
  n.role = NetworkRole::relative;
  n.relation = "bror";
  n.involved = true;
  add_network_member(p, n, by("2025-01-06T09:03:00Z"));

  Goal g;
  g.id = "g-1";
  g.text = "Sejle med min søn";
  g.citizens_words = true;
  g.aspiration_ids = {"asp-1"};
  g.theme = FfbTheme::relationer;
  g.target.kind = TargetKind::scale_value;
  g.target.value = 7.25;
  g.target.measure = "egen vurdering 1-10";
  g.start = Date{2025, 1, 6};
  g.due = Date{2025, 12, 31};
  add_goal(p, g, by("2025-01-06T09:04:00Z"));

  Goal sub;
  sub.id = "g-1-1";
  sub.parent_id = "g-1";
  sub.text = "Tage sejlerkursus";
  sub.target.kind = TargetKind::range;
  sub.target.low = 0.1;
  sub.target.high = 1e21;
  sub.followup_interval_months = 2;
  sub.achievement = GoalAchievement::improving;
  add_goal(p, sub, by("2025-01-06T09:05:00Z"));
  transition_goal(p, "g-1", GoalLifecycle::accepted, by("2025-01-06T09:06:00Z"));

  Action act;
  act.id = "act-1";
  act.text = "Bror tager med på havnen";
  act.responsible.kind = PartyKind::network_member;
  act.responsible.network_member_id = "nw-1";
  act.legal_basis = LegalBasis::other;
  act.legal_basis_text = "Netværkets egen indsats";
  act.goal_ids = {"g-1", "g-1-1"};
  act.resource_ids = {"res-1"};
  act.start = Date{2025, 2, 1};
  add_action(p, act, by("2025-01-06T09:07:00Z"));
  act.status = ActionStatus::active;
  update_action(p, act, by("2025-02-01T10:00:00Z"));

  Action staff;
  staff.id = "act-2";
  staff.text = "Bostøtte";
  staff.responsible.kind = PartyKind::staff;
  staff.responsible.name = "Mette Lund";
  staff.legal_basis = LegalBasis::sel_85;
  staff.goal_ids = {"g-1"};
  add_action(p, staff, by("2025-02-01T10:01:00Z"));

  Section141 s;
  s.purpose = "At borgeren får et aktivt fritidsliv";
  s.needed_intervention = "SEL §85";
  s.expected_duration = "1 år";
  s.special.housing = "ingen";
  s.special.aids = "briller";
  s.created_with_citizen = true;
  set_section141(p, s, by("2025-02-01T10:02:00Z"));
  set_followup_rule(p, FollowUpRule{4}, by("2025-02-01T10:03:00Z"));

  FollowUp f;
  f.id = "fu-1";
  f.date = Date{2025, 4, 1};
  f.result = FollowUpResult::revisit;
  f.notes = "Noter";
  f.citizen_view = "Det går godt 😊";
  f.by = "Mette";
  GoalAssessment ga;
  ga.goal_id = "g-1";
  ga.value = 5.5;
  ga.note = "lidt bedre";
  f.assessments.push_back(ga);
  GoalAssessment gb;
  gb.goal_id = "g-1-1";
  gb.code = "i-gang";
  f.assessments.push_back(gb);
  record_followup(p, f, by("2025-04-01T11:00:00Z"));

  Measurement m;
  m.id = "m-1";
  m.instrument = InstrumentId::ors;
  m.date = Date{2025, 4, 1};
  m.items = {3.1, 4.0, 9.9, 0.0};
  m.recorded_by = "Mette";
  record_measurement(p, m, by("2025-04-01T11:01:00Z"));
  Measurement q;
  q.id = "m-2";
  q.instrument = InstrumentId::qpr15;
  q.date = Date{2025, 4, 1};
  q.items = {1.0, 2.0, std::nullopt, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0, 0.0, 1.0, 2.0, 3.0, 4.0};
  record_measurement(p, q, by("2025-04-01T11:02:00Z"));
  Measurement ma;
  ma.id = "m-3";
  ma.instrument = InstrumentId::multi_area;
  ma.date = Date{2025, 4, 2};
  ma.items = {3.0, 9.0};
  ma.areas = {"Bolig", "Økonomi"};
  record_measurement(p, ma, by("2025-04-02T11:02:00Z"));

  Resource extra;
  extra.id = "res-2";
  extra.kind = ResourceKind::personal;
  extra.text = "slettes";
  add_resource(p, extra, by("2025-04-02T12:00:00Z"));
  remove_entry(p, Collection::resources, "res-2", by("2025-04-02T12:01:00Z"));

  Citizen moved = p.citizen;
  moved.municipality = 101;
  set_citizen(p, moved, by("2025-05-01T08:00:00Z"));
  return p;
}

}  // namespace plan_json_test
