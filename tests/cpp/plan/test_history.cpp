// The history rebuilds every past version of a plan exactly.
#include <catch2/catch.hpp>

#include "rorkit/plan/edit.hpp"
#include "support/errors.hpp"

namespace test_history {

using namespace rorkit;
using rorkit::test::status_of;

namespace {
Change at(const char* ts) { return Change{"koordinator", Timestamp::parse(ts), "opdatering"}; }
}  // namespace

TEST_CASE("plan_at_version gives back each version as it was") {
  std::vector<Plan> seen;
  Citizen c;
  c.id = "borger-7";
  c.municipality = 101;
  Plan p = new_plan("plan-7", c, Date{2026, 2, 2}, at("2026-02-02T08:00:00Z"));
  seen.push_back(p);
  add_aspiration(p, Aspiration{"a1", AspirationKind::hope, "At få en ven", Date{2026, 2, 2}, "", {FfbTheme::relationer}, {}},
                 at("2026-02-02T08:05:00Z"));
  seen.push_back(p);
  Goal g;
  g.id = "g1";
  g.text = "Møde nye mennesker";
  g.aspiration_ids = {"a1"};
  add_goal(p, g, at("2026-02-02T08:10:00Z"));
  seen.push_back(p);
  transition_goal(p, "g1", GoalLifecycle::accepted, at("2026-02-03T08:00:00Z"));
  seen.push_back(p);
  g.lifecycle = GoalLifecycle::accepted;
  g.text = "Møde nye mennesker i en forening";
  update_goal(p, g, at("2026-02-04T08:00:00Z"));
  seen.push_back(p);
  Section141 s;
  s.purpose = "Mindre ensomhed";
  set_section141(p, s, at("2026-02-05T08:00:00Z"));
  seen.push_back(p);
  set_followup_rule(p, FollowUpRule{3}, at("2026-02-05T08:00:00Z"));
  seen.push_back(p);
  c.birth_date = Date{1990, 5, 17};
  set_citizen(p, c, at("2026-02-06T08:00:00Z"));
  seen.push_back(p);

  REQUIRE(p.history.size() == seen.size());
  CHECK(plan_at_version(p, 0) == Plan{});
  for (std::size_t n = 1; n <= seen.size(); ++n) {
    CAPTURE(n);
    CHECK(plan_at_version(p, n) == seen[n - 1]);
  }
  CHECK(status_of([&] { (void)plan_at_version(p, seen.size() + 1); }) == RORKIT_ERROR_OUT_OF_RANGE);
  // As of a moment: every event up to and including it (two events share 08:00 on 5 February).
  CHECK(plan_as_of(p, Timestamp::parse("2026-02-05T08:00:00Z")) == seen[6]);
  CHECK(plan_as_of(p, Timestamp::parse("2026-02-04T23:59:59Z")) == seen[4]);
  CHECK(plan_as_of(p, Timestamp::parse("2026-01-01T00:00:00Z")) == Plan{});
  CHECK(check_history(p).empty());
}

TEST_CASE("a plan read without history gets a snapshot before its first change") {
  Plan imported;
  imported.id = "legacy-1";
  imported.created = Date{2024, 5, 1};
  imported.citizen.id = "borger-9";
  imported.citizen.municipality = 461;
  imported.aspirations.push_back(Aspiration{"a1", AspirationKind::wish, "Eget køkken", Date{2024, 5, 1}, "", {}, {}});
  const Plan before = imported;
  add_resource(imported, Resource{"r1", ResourceKind::personal, "Kan lave mad", {}}, at("2026-03-01T10:00:00Z"));
  REQUIRE(imported.history.size() == 2);
  CHECK(imported.history[0].op == ChangeOp::snapshot);
  CHECK(imported.history[1].op == ChangeOp::add);
  Plan v1 = plan_at_version(imported, 1);
  v1.history.clear();
  CHECK(v1 == before);
  CHECK(check_history(imported).empty());

  // A failed first edit leaves the imported plan without a snapshot.
  Plan again = before;
  CHECK(status_of([&] {
          add_resource(again, Resource{"bad id", ResourceKind::personal, "x", {}}, at("2026-03-01T10:00:00Z"));
        }) == RORKIT_ERROR_INVALID_ARGUMENT);
  CHECK(again == before);
}

TEST_CASE("check_history notices a state that does not match its history") {
  Citizen c;
  c.id = "borger-7";
  c.municipality = 101;
  Plan p = new_plan("plan-7", c, Date{2026, 2, 2}, at("2026-02-02T08:00:00Z"));
  add_resource(p, Resource{"r1", ResourceKind::personal, "Humor", {}}, at("2026-02-02T08:01:00Z"));
  p.resources[0].text = "Ændret uden om historikken";
  CHECK(check_history(p).find("resources") != std::string::npos);
  Plan broken = p;
  broken.history[1].seq = 5;
  CHECK(check_history(broken).find("does not replay") != std::string::npos);
}

}  // namespace test_history
