// Editing a plan: every rule refuses bad changes with a specific status and leaves the plan
// exactly as it was; every accepted change is one history event.
#include <catch2/catch.hpp>

#include "rorkit/plan/edit.hpp"
#include "support/errors.hpp"

namespace test_edit {

using namespace rorkit;
using rorkit::test::message_of;
using rorkit::test::status_of;

namespace {

Change at(const char* ts, const char* why = "test") { return Change{"sagsbehandler-7", Timestamp::parse(ts), why}; }

Citizen citizen() {
  Citizen c;
  c.id = "borger-0001";
  c.municipality = 751;
  return c;
}

Plan base_plan() {
  Plan p = new_plan("plan-1", citizen(), Date{2026, 1, 15}, at("2026-01-15T09:00:00Z", "opened"));
  Aspiration a;
  a.id = "a1";
  a.kind = AspirationKind::dream;
  a.text = "Jeg drømmer om at synge i et kor igen";
  a.recorded_on = Date{2026, 1, 15};
  add_aspiration(p, a, at("2026-01-15T09:10:00Z"));
  Goal g;
  g.id = "g1";
  g.text = "Synge i kor hver uge";
  g.citizens_words = true;
  g.aspiration_ids = {"a1"};
  add_goal(p, g, at("2026-01-15T09:20:00Z"));
  return p;
}

Goal subgoal(const char* id, const char* parent) {
  Goal g;
  g.id = id;
  g.parent_id = parent;
  g.text = "Finde et kor i nærheden";
  g.due = Date{2026, 3, 1};
  return g;
}

Action action(const char* id, std::vector<std::string> goals) {
  Action a;
  a.id = id;
  a.text = "Følges til første korprøve";
  a.legal_basis = LegalBasis::sel_85;
  a.goal_ids = std::move(goals);
  return a;
}

// Runs an edit that must fail; checks the status and that the plan did not change.
void refused(Plan& p, rorkit_status expected, const std::function<void(Plan&)>& edit) {
  const Plan before = p;
  CHECK(status_of([&] { edit(p); }) == expected);
  CHECK(p == before);
}

}  // namespace

TEST_CASE("a new plan starts its history with a create event") {
  Plan p = new_plan("plan-1", citizen(), Date{2026, 1, 15}, at("2026-01-15T09:00:00Z", "opened"));
  REQUIRE(p.history.size() == 1);
  CHECK(p.history[0].seq == 1);
  CHECK(p.history[0].op == ChangeOp::create);
  CHECK(p.history[0].by == "sagsbehandler-7");
  CHECK(p.history[0].why == "opened");
  CHECK(p.id == "plan-1");
  CHECK(p.citizen.municipality == 751);
  CHECK(status_of([] { new_plan("bad id!", citizen(), Date{2026, 1, 1}, at("2026-01-01T00:00:00Z")); }) ==
        RORKIT_ERROR_INVALID_ARGUMENT);
  Citizen nowhere = citizen();
  nowhere.municipality = 411;  // Christiansø is not a municipality
  CHECK(status_of([&] { new_plan("p", nowhere, Date{2026, 1, 1}, at("2026-01-01T00:00:00Z")); }) ==
        RORKIT_ERROR_NOT_FOUND);
}

TEST_CASE("each accepted change appends one event with who, when and why") {
  Plan p = base_plan();
  REQUIRE(p.history.size() == 3);
  CHECK(p.history[1].op == ChangeOp::add);
  CHECK(p.history[1].collection == Collection::aspirations);
  CHECK(p.history[1].target_id == "a1");
  CHECK(p.history[2].at == Timestamp::parse("2026-01-15T09:20:00Z"));
  CHECK(std::get<Goal>(p.history[2].payload).text == "Synge i kor hver uge");
}

TEST_CASE("duplicates, missing entries and dangling references are refused") {
  Plan p = base_plan();
  Aspiration again = p.aspirations[0];
  refused(p, RORKIT_ERROR_DUPLICATE, [&](Plan& x) { add_aspiration(x, again, at("2026-01-16T00:00:00Z")); });
  Aspiration ghost = again;
  ghost.id = "a9";
  refused(p, RORKIT_ERROR_NOT_FOUND, [&](Plan& x) { update_aspiration(x, ghost, at("2026-01-16T00:00:00Z")); });

  Goal dangling;
  dangling.id = "g2";
  dangling.text = "Noget";
  dangling.aspiration_ids = {"a7"};
  refused(p, RORKIT_ERROR_DANGLING_REFERENCE, [&](Plan& x) { add_goal(x, dangling, at("2026-01-16T00:00:00Z")); });
  CHECK(message_of([&] { add_goal(p, dangling, at("2026-01-16T00:00:00Z")); }).find("\"a7\"") != std::string::npos);

  refused(p, RORKIT_ERROR_DANGLING_REFERENCE,
          [&](Plan& x) { add_action(x, action("x1", {"g1", "g5"}), at("2026-01-16T00:00:00Z")); });
  refused(p, RORKIT_ERROR_DANGLING_REFERENCE,
          [&](Plan& x) { add_goal(x, subgoal("s1", "g9"), at("2026-01-16T00:00:00Z")); });
  Action by_friend = action("x2", {"g1"});
  by_friend.responsible = Party{PartyKind::network_member, "", "n1"};
  refused(p, RORKIT_ERROR_DANGLING_REFERENCE, [&](Plan& x) { add_action(x, by_friend, at("2026-01-16T00:00:00Z")); });
}

TEST_CASE("goals trace to aspirations or say why not; actions serve goals") {
  Plan p = base_plan();
  Goal untraced;
  untraced.id = "g2";
  untraced.text = "Betale regninger til tiden";
  refused(p, RORKIT_ERROR_VALIDATION, [&](Plan& x) { add_goal(x, untraced, at("2026-01-16T00:00:00Z")); });
  untraced.no_aspiration_reason = "Krav fra udlejer; borgeren er enig";
  add_goal(p, untraced, at("2026-01-16T00:00:00Z"));
  CHECK(p.find_goal("g2") != nullptr);

  // Sub-goals inherit the aspirations of their long-term goal, but may not nest further.
  add_goal(p, subgoal("s1", "g1"), at("2026-01-16T00:01:00Z"));
  refused(p, RORKIT_ERROR_VALIDATION, [&](Plan& x) { add_goal(x, subgoal("s2", "s1"), at("2026-01-16T00:02:00Z")); });

  refused(p, RORKIT_ERROR_VALIDATION, [&](Plan& x) { add_action(x, action("x1", {}), at("2026-01-16T00:03:00Z")); });
  Action other = action("x1", {"g1"});
  other.legal_basis = LegalBasis::other;
  refused(p, RORKIT_ERROR_VALIDATION, [&](Plan& x) { add_action(x, other, at("2026-01-16T00:03:00Z")); });
  other.legal_basis_text = "Frivillig aftale med foreningen";
  add_action(p, other, at("2026-01-16T00:03:00Z"));
}

TEST_CASE("dates in an entry must be in order and real") {
  Plan p = base_plan();
  Goal g = subgoal("s1", "g1");
  g.start = Date{2026, 4, 1};  // after its due date 2026-03-01
  refused(p, RORKIT_ERROR_DATE_ORDER, [&](Plan& x) { add_goal(x, g, at("2026-01-16T00:00:00Z")); });
  g.start = Date{2026, 2, 30};
  refused(p, RORKIT_ERROR_INVALID_DATE, [&](Plan& x) { add_goal(x, g, at("2026-01-16T00:00:00Z")); });
  Action a = action("x1", {"g1"});
  a.start = Date{2026, 5, 1};
  a.end = Date{2026, 4, 1};
  refused(p, RORKIT_ERROR_DATE_ORDER, [&](Plan& x) { add_action(x, a, at("2026-01-16T00:00:00Z")); });
}

TEST_CASE("changes must come in time order and say who made them") {
  Plan p = base_plan();
  Resource r{"r1", ResourceKind::personal, "God til at lytte", {}};
  refused(p, RORKIT_ERROR_DATE_ORDER, [&](Plan& x) { add_resource(x, r, at("2026-01-15T09:19:59Z")); });
  refused(p, RORKIT_ERROR_INVALID_ARGUMENT,
          [&](Plan& x) { add_resource(x, r, Change{"", Timestamp::parse("2026-01-16T00:00:00Z"), ""}); });
  refused(p, RORKIT_ERROR_INVALID_ARGUMENT, [&](Plan& x) { add_resource(x, r, Change{"me", Timestamp{}, ""}); });
  add_resource(p, r, at("2026-01-15T09:20:00Z"));  // the same second as the last event is fine
}

TEST_CASE("goal lifecycle follows the state machine") {
  Plan p = base_plan();
  transition_goal(p, "g1", GoalLifecycle::accepted, at("2026-01-16T00:00:00Z"));
  transition_goal(p, "g1", GoalLifecycle::active, at("2026-01-17T00:00:00Z"));
  CHECK(p.find_goal("g1")->lifecycle == GoalLifecycle::active);
  CHECK(std::get<GoalTransition>(p.history.back().payload) ==
        GoalTransition{GoalLifecycle::accepted, GoalLifecycle::active});
  refused(p, RORKIT_ERROR_ILLEGAL_TRANSITION,
          [&](Plan& x) { transition_goal(x, "g1", GoalLifecycle::proposed, at("2026-01-18T00:00:00Z")); });
  CHECK(message_of([&] { transition_goal(p, "g1", GoalLifecycle::proposed, at("2026-01-18T00:00:00Z")); })
            .find("\"active\" to \"proposed\"") != std::string::npos);
  transition_goal(p, "g1", GoalLifecycle::completed, at("2026-06-01T00:00:00Z"));
  refused(p, RORKIT_ERROR_ILLEGAL_TRANSITION,
          [&](Plan& x) { transition_goal(x, "g1", GoalLifecycle::active, at("2026-06-02T00:00:00Z")); });
  refused(p, RORKIT_ERROR_NOT_FOUND,
          [&](Plan& x) { transition_goal(x, "g7", GoalLifecycle::active, at("2026-06-02T00:00:00Z")); });
  // update_goal cannot smuggle a lifecycle change past the state machine.
  Goal g = *p.find_goal("g1");
  g.lifecycle = GoalLifecycle::active;
  refused(p, RORKIT_ERROR_INVALID_ARGUMENT, [&](Plan& x) { update_goal(x, g, at("2026-06-02T00:00:00Z")); });
}

TEST_CASE("the lifecycle table") {
  using G = GoalLifecycle;
  CHECK(goal_transition_allowed(G::proposed, G::accepted));
  CHECK(goal_transition_allowed(G::proposed, G::rejected));
  CHECK_FALSE(goal_transition_allowed(G::proposed, G::completed));
  CHECK(goal_transition_allowed(G::on_hold, G::active));
  CHECK(goal_transition_allowed(G::active, G::entered_in_error));
  CHECK_FALSE(goal_transition_allowed(G::cancelled, G::active));
  CHECK_FALSE(goal_transition_allowed(G::active, G::active));
  for (G terminal : {G::completed, G::cancelled, G::rejected, G::entered_in_error}) {
    CHECK(is_terminal(terminal));
    for (int to = 1; to <= 9; ++to) CHECK_FALSE(goal_transition_allowed(terminal, static_cast<G>(to)));
  }
}

TEST_CASE("entries still referred to cannot be removed") {
  Plan p = base_plan();
  add_action(p, action("x1", {"g1"}), at("2026-01-16T00:00:00Z"));
  refused(p, RORKIT_ERROR_REFERENCED,
          [&](Plan& x) { remove_entry(x, Collection::aspirations, "a1", at("2026-01-17T00:00:00Z")); });
  refused(p, RORKIT_ERROR_REFERENCED,
          [&](Plan& x) { remove_entry(x, Collection::goals, "g1", at("2026-01-17T00:00:00Z")); });
  CHECK(message_of([&] { remove_entry(p, Collection::goals, "g1", at("2026-01-17T00:00:00Z")); })
            .find("action \"x1\"") != std::string::npos);
  remove_entry(p, Collection::actions, "x1", at("2026-01-17T00:00:00Z"));
  remove_entry(p, Collection::goals, "g1", at("2026-01-17T00:01:00Z"));
  remove_entry(p, Collection::aspirations, "a1", at("2026-01-17T00:02:00Z"));
  CHECK(p.goals.empty());
  CHECK(p.aspirations.empty());
  refused(p, RORKIT_ERROR_NOT_FOUND,
          [&](Plan& x) { remove_entry(x, Collection::goals, "g1", at("2026-01-18T00:00:00Z")); });
}

TEST_CASE("measurements must score; follow-ups must assess goals of the plan") {
  Plan p = base_plan();
  Measurement m;
  m.id = "m1";
  m.instrument = InstrumentId::who5;
  m.date = Date{2026, 1, 20};
  m.items = {3.0, 4.0, 6.0, 2.0, 3.0};  // WHO-5 items are 0-5
  refused(p, RORKIT_ERROR_ITEM_OUT_OF_RANGE, [&](Plan& x) { record_measurement(x, m, at("2026-01-20T10:00:00Z")); });
  m.items[2] = 5.0;
  record_measurement(p, m, at("2026-01-20T10:00:00Z"));

  FollowUp f;
  f.id = "f1";
  f.date = Date{2026, 7, 15};
  f.assessments = {GoalAssessment{"g9", 5.0, "", ""}};
  refused(p, RORKIT_ERROR_DANGLING_REFERENCE, [&](Plan& x) { record_followup(x, f, at("2026-07-15T10:00:00Z")); });
  f.assessments = {GoalAssessment{"g1", 5.0, "", ""}, GoalAssessment{"g1", 6.0, "", ""}};
  refused(p, RORKIT_ERROR_DUPLICATE, [&](Plan& x) { record_followup(x, f, at("2026-07-15T10:00:00Z")); });
}

TEST_CASE("text must be UTF-8 and ids from the safe alphabet") {
  Plan p = base_plan();
  Resource r{"r1", ResourceKind::personal, "Latin-1 \xE6", {}};
  refused(p, RORKIT_ERROR_INVALID_UTF8, [&](Plan& x) { add_resource(x, r, at("2026-01-16T00:00:00Z")); });
  r.text = "Kan lide at gå ture 🌲";
  r.id = "r 1";
  refused(p, RORKIT_ERROR_INVALID_ARGUMENT, [&](Plan& x) { add_resource(x, r, at("2026-01-16T00:00:00Z")); });
  CHECK(is_valid_id("g-1_2.3:4"));
  CHECK_FALSE(is_valid_id(""));
  CHECK_FALSE(is_valid_id(std::string(65, 'a')));
  CHECK_FALSE(is_valid_id("æ"));
}

TEST_CASE("CPR numbers are identifiers only and never appear in messages") {
  CHECK(Cpr::parse("0103941234").digits() == "0103941234");
  CHECK(Cpr::parse("010394-1234").digits() == "0103941234");
  CHECK(Cpr::parse("2902001234").digits() == "2902001234");  // 29 Feb exists in 2000
  for (const char* bad : {"3202941234", "0113941234", "010394123", "01039412345", "0103-941234"}) {
    std::string msg = message_of([&] { (void)Cpr::parse(bad); });
    CAPTURE(bad);
    CHECK(msg == "cpr: invalid (value not shown)");
  }
}

TEST_CASE("timestamps are UTC and ordered") {
  CHECK(Timestamp::parse("2026-01-15T09:00:00Z") < Timestamp::parse("2026-01-15T09:00:01Z"));
  CHECK(Timestamp::parse("2026-01-15T09:00:00.250Z").date() == Date{2026, 1, 15});
  for (const char* bad : {"2026-01-15", "2026-01-15T09:00:00", "2026-01-15T09:00:00+01:00",
                          "2026-02-30T09:00:00Z", "2026-01-15T24:00:00Z", "2026-01-15T09:00:00.Z"}) {
    CAPTURE(bad);
    CHECK(status_of([&] { (void)Timestamp::parse(bad); }) == RORKIT_ERROR_INVALID_DATE);
  }
}

TEST_CASE("timestamps order in time, fractions included") {
  auto t = [](const char* s) { return Timestamp::parse(s); };
  CHECK(t("2026-01-15T09:00:00Z") < t("2026-01-15T09:00:00.5Z"));
  CHECK(t("2026-01-15T09:00:00.5Z") < t("2026-01-15T09:00:01Z"));
  CHECK(Timestamp::compare(t("2026-01-15T09:00:00Z"), t("2026-01-15T09:00:00.000Z")) == 0);
  CHECK(t("2026-01-15T09:00:00.25Z") < t("2026-01-15T09:00:00.3Z"));
  // An edit a fraction of a second after the last one is in order.
  Plan p = base_plan();
  add_resource(p, Resource{"r1", ResourceKind::personal, "Tålmodig", {}}, at("2026-01-15T09:20:00.5Z"));
  CHECK(p.history.back().at.str() == "2026-01-15T09:20:00.5Z");
}

}  // namespace test_edit
