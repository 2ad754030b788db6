// The recovery-orientation audit: principles 1-4 and 6, the whole good and poor cases, points.
// The dated principles (5, 7, 8) are in test_audit_timing.cpp.

#include <catch2/catch.hpp>

#include "plan/plan_builders.hpp"
#include "rorkit/plan/audit.hpp"
#include "support/errors.hpp"

namespace test_audit {

namespace {

using namespace rorkit;
using namespace rorkit::test;
using Catch::Matchers::Contains;

const Date created{2026, 1, 15};
const Date on{2027, 2, 15};  // case_audit_date(created)

AuditOptions options_on(const Date& d) {
  AuditOptions o;
  o.on = d;
  return o;
}

const PrincipleResult& result(const Audit& a, Principle p) {
  return a.principles[static_cast<std::size_t>(p) - 1];
}

std::string text(const PrincipleResult& r) {
  std::string out;
  for (const auto& s : r.reasons) out += s + "\n";
  return out;
}

PrincipleResult judge(const Plan& p, Principle principle, const Date& d = on) {
  return result(audit(p, options_on(d)), principle);
}

const Change later = change_on(Date{2027, 2, 1});

}  // namespace

TEST_CASE("audit: the good case is yes on every principle and scores 16 points") {
  REQUIRE(case_audit_date(created) == on);
  Audit a = audit(good_case("plan-good", created), options_on(on));
  CHECK(a.plan_id == "plan-good");
  for (std::size_t i = 0; i < 8; ++i) {
    INFO("principle " << i + 1 << ": " << text(a.principles[i]));
    CHECK(a.principles[i].principle == static_cast<Principle>(i + 1));
    CHECK(a.principles[i].verdict == Verdict::yes);
    CHECK_FALSE(a.principles[i].reasons.empty());
  }
  CHECK(a.points() == 16);
}

TEST_CASE("audit: the poor case is no on every principle and scores 0 points") {
  Audit a = audit(poor_case("plan-poor", created), options_on(on));
  for (std::size_t i = 0; i < 8; ++i) {
    INFO("principle " << i + 1 << ": " << text(a.principles[i]));
    CHECK(a.principles[i].verdict == Verdict::no);
  }
  CHECK(a.points() == 0);
}

TEST_CASE("audit: points sum yes = 2 and partly = 1") {
  Plan p = good_case("plan-1", created);
  add_goal(p, goal("g3", "Flytte tættere på byen", {}, true), later);  // 1: partly
  Section141 s = p.section141;
  s.created_with_citizen = false;  // 4: partly
  set_section141(p, s, later);
  Audit a = audit(p, options_on(on));
  CHECK(result(a, Principle::hopes_wishes_dreams).verdict == Verdict::partly);
  CHECK(result(a, Principle::openness_trust_respect).verdict == Verdict::partly);
  CHECK(a.points() == 14);
  Audit empty;
  CHECK(empty.points() == 0);
}

TEST_CASE("audit: verdict codes") {
  CHECK(to_code(Verdict::yes) == "yes");
  CHECK(to_code(Verdict::partly) == "partly");
  CHECK(to_code(Verdict::no) == "no");
}

TEST_CASE("audit: is deterministic") {
  Plan p = good_case("plan-1", created);
  Audit a = audit(p, options_on(on)), b = audit(p, options_on(on));
  CHECK(a.principles == b.principles);
}

TEST_CASE("audit: refuses negative option values and an invalid date") {
  Plan p = good_case("plan-1", created);
  AuditOptions o = options_on(on);
  o.early_help_days = -1;
  CHECK(status_of([&] { audit(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  o = options_on(on);
  o.followup_grace_days = -3;
  CHECK_THAT(message_of([&] { audit(p, o); }), Contains("followup_grace_days"));
  o = options_on(Date{2026, 2, 30});
  CHECK(status_of([&] { audit(p, o); }) == RORKIT_ERROR_INVALID_DATE);
}

TEST_CASE("audit 1 hopes, wishes and dreams: no aspiration recorded is no") {
  Plan p = bare_plan("plan-1", created);
  add_goal(p, goal("g1", "Fast bopæl", {}, false), change_on(created));
  auto r = judge(p, Principle::hopes_wishes_dreams);
  CHECK(r.principle == Principle::hopes_wishes_dreams);
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("No hopes, wishes or dreams are recorded (0 aspirations)"));
}

TEST_CASE("audit 1 hopes, wishes and dreams: aspirations without a goal is partly") {
  Plan p = bare_plan("plan-1", created);
  add_aspiration(p, aspiration("a1", "Jeg vil have en hund", created), change_on(created));
  auto r = judge(p, Principle::hopes_wishes_dreams);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("1 aspiration is recorded (a1) but the plan has no long-term goal"));
  CHECK_THAT(text(r), Contains("Aspirations taken up by a goal: 0 of 1; not taken up: a1."));
}

TEST_CASE("audit 1 hopes, wishes and dreams: one long-term goal not traced is partly") {
  Plan p = good_case("plan-1", created);
  add_goal(p, goal("g3", "Flytte tættere på byen", {}, true), later);
  auto r = judge(p, Principle::hopes_wishes_dreams);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("2 aspirations are recorded (a1, a2), but only 2 of 3 long-term "
                               "goals trace to one; not traced: g3."));

  SECTION("a goal entered in error does not count") {
    transition_goal(p, "g3", GoalLifecycle::entered_in_error, later);
    CHECK(judge(p, Principle::hopes_wishes_dreams).verdict == Verdict::yes);
  }
}

TEST_CASE("audit 1 hopes, wishes and dreams: every long-term goal traced is yes") {
  auto r = judge(good_case("plan-1", created), Principle::hopes_wishes_dreams);
  CHECK(r.verdict == Verdict::yes);
  // g1a is a sub-goal without aspiration_ids: it inherits g1's.
  CHECK_THAT(text(r), Contains("2 aspirations are recorded (a1, a2) and all 2 long-term goals "
                               "trace to them (g1, g2)."));
  CHECK_THAT(text(r), Contains("Aspirations taken up by a goal: 2 of 2."));
}

TEST_CASE("audit 2 resources: none recorded is no") {
  auto r = judge(poor_case("plan-1", created), Principle::resources);
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("No resources of the citizen are recorded (0 resources)."));
}

TEST_CASE("audit 2 resources: recorded but no action builds on them is partly") {
  Plan p = bare_plan("plan-1", created);
  const Change c = change_on(created);
  add_resource(p, resource("r1", "Humor"), c);
  add_resource(p, resource("r2", "Kan lide at gå ture"), c);
  add_aspiration(p, aspiration("a1", "Et job", created), c);
  add_goal(p, goal("g1", "Et job", {"a1"}), c);
  add_action(p, action("act1", "Samtaler", {"g1"}, staff("Team Øst"), LegalBasis::sel_85, created),
             c);
  auto r = judge(p, Principle::resources);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("2 resources are recorded (r1, r2) but no action builds on them"));

  SECTION("a cancelled action that builds on one does not count") {
    Action a = *p.find_action("act1");
    a.resource_ids = {"r2"};
    a.status = ActionStatus::cancelled;
    update_action(p, a, c);
    CHECK(judge(p, Principle::resources).verdict == Verdict::partly);
    a.status = ActionStatus::completed;
    update_action(p, a, c);
    auto yes = judge(p, Principle::resources);
    CHECK(yes.verdict == Verdict::yes);
    CHECK_THAT(text(yes), Contains("2 resources are recorded (r1, r2) and 1 action builds on "
                                   "them (act1)."));
    CHECK_THAT(text(yes), Contains("Resources used by an action: 1 of 2 (r2)."));
  }
}

TEST_CASE("audit 2 resources: the good case builds on both") {
  auto r = judge(good_case("plan-1", created), Principle::resources);
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("2 actions build on them (act1, act2)"));
}

namespace {

// A plan with one goal, for network cases.
Plan with_goal(const std::string& id) {
  Plan p = bare_plan(id, created);
  const Change c = change_on(created);
  add_aspiration(p, aspiration("a1", "Venner", created), c);
  add_goal(p, goal("g1", "Jeg vil have venner", {"a1"}), c);
  return p;
}

}  // namespace

TEST_CASE("audit 3 network: members recorded but none involved is no") {
  Plan p = with_goal("plan-1");
  const Change c = change_on(created);
  add_network_member(p, member("n1", "Mor", NetworkRole::relative, false), c);
  add_network_member(p, member("n2", "Idrætsforeningen", NetworkRole::civil_society, false), c);
  auto r = judge(p, Principle::network_and_communities);
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("(2 network members recorded, none involved)"));
}

TEST_CASE("audit 3 network: only the personal network is partly") {
  Plan p = with_goal("plan-1");
  add_network_member(p, member("n1", "Mor", NetworkRole::relative, true), change_on(created));
  auto r = judge(p, Principle::network_and_communities);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("The personal network takes part (n1), but no civil-society, peer "
                               "or employer/education party does."));
}

TEST_CASE("audit 3 network: only an employer carrying an action is partly") {
  Plan p = with_goal("plan-1");
  add_action(p, action("act1", "Praktik", {"g1"},
                       organisation(PartyKind::employer_education, "Netto Vestergade"),
                       LegalBasis::other, created),
             change_on(created));
  auto r = judge(p, Principle::network_and_communities);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("The general communities take part (action act1 "
                               "(employer-education: Netto Vestergade))"));
}

TEST_CASE("audit 3 network: a member responsible for an action counts as involved") {
  Plan p = with_goal("plan-1");
  const Change c = change_on(created);
  add_network_member(p, member("n1", "Bror", NetworkRole::relative, false), c);
  add_network_member(p, member("n2", "Peer-medarbejder", NetworkRole::peer, false), c);
  add_action(p, action("act1", "Gåture", {"g1"}, network_party("n1"), LegalBasis::other, created),
             c);
  add_action(p, action("act2", "Recovery-café", {"g1"}, network_party("n2"), LegalBasis::other,
                       created),
             c);
  auto r = judge(p, Principle::network_and_communities);
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("Both the personal network (n1) and the general communities (n2) "
                               "take part."));
}

TEST_CASE("audit 4 openness: the reasons say the principle is judged from proxies") {
  for (const Plan& p : {good_case("plan-1", created), poor_case("plan-2", created)}) {
    auto r = judge(p, Principle::openness_trust_respect);
    REQUIRE_FALSE(r.reasons.empty());
    CHECK_THAT(r.reasons.front(), Contains("Judged from proxies only"));
  }
}

TEST_CASE("audit 4 openness: all proxies met is yes, none is no") {
  auto yes = judge(good_case("plan-1", created), Principle::openness_trust_respect);
  CHECK(yes.verdict == Verdict::yes);
  CHECK_THAT(text(yes), Contains("Long-term goals in the citizen's own words: 2 of 2 (g1, g2)."));
  CHECK_THAT(text(yes), Contains("The plan is recorded as made together with the citizen"));
  CHECK_THAT(text(yes), Contains("The citizen's view is recorded at 2 of 2 follow-ups."));

  auto no = judge(poor_case("plan-2", created), Principle::openness_trust_respect);
  CHECK(no.verdict == Verdict::no);
  CHECK_THAT(text(no), Contains("Long-term goals in the citizen's own words: 0 of 1; not: p1."));
  CHECK_THAT(text(no), Contains("The plan is not recorded as made together with the citizen"));
  CHECK_THAT(text(no), Contains("No follow-up has been held by 2027-02-15, so the citizen's view "
                                "at follow-ups is not judged."));
}

TEST_CASE("audit 4 openness: one proxy short is partly") {
  Plan p = good_case("plan-1", created);
  SECTION("a goal not in the citizen's words") {
    Goal g = *p.find_goal("g2");
    g.citizens_words = false;
    update_goal(p, g, later);
    auto r = judge(p, Principle::openness_trust_respect);
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("own words: 1 of 2 (g1); not: g2."));
  }
  SECTION("a follow-up without the citizen's view") {
    record_followup(p, followup("f3", Date{2027, 2, 1}, "  "), later);
    auto r = judge(p, Principle::openness_trust_respect);
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("recorded at 2 of 3 follow-ups; missing at f3."));
  }
  SECTION("a follow-up after the audit date is not judged") {
    record_followup(p, followup("f3", Date{2027, 3, 1}, ""), change_on(Date{2027, 3, 1}));
    CHECK(judge(p, Principle::openness_trust_respect).verdict == Verdict::yes);
  }
}

TEST_CASE("audit 4 openness: without follow-ups the other proxies decide") {
  Plan p = bare_plan("plan-1", created);
  const Change c = change_on(created);
  add_aspiration(p, aspiration("a1", "Ro", created), c);
  add_goal(p, goal("g1", "Jeg vil have ro", {"a1"}, true), c);
  set_section141(p, full_section141(true), c);
  CHECK(judge(p, Principle::openness_trust_respect, Date{2026, 2, 1}).verdict == Verdict::yes);
}

TEST_CASE("audit 6 whole life: all considered and broad goals is yes") {
  auto r = judge(good_case("plan-1", created), Principle::whole_life_situation);
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("special circumstances considered: 5 of 5 (housing, employment, "
                               "personal_help, treatment, aids)."));
  CHECK_THAT(text(r), Contains("Education and employment are considered: special.employment, "
                               "aspiration a1 (samfundsliv), goal g1 (samfundsliv), goal g1a "
                               "(samfundsliv)."));
  CHECK_THAT(text(r), Contains("The goals span 2 FFB themes (relationer, samfundsliv)."));
}

TEST_CASE("audit 6 whole life: one special circumstance missing is partly") {
  Plan p = good_case("plan-1", created);
  Section141 s = p.section141;
  s.special.aids = "";
  set_section141(p, s, later);
  auto r = judge(p, Principle::whole_life_situation);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("4 of 5 (housing, employment, personal_help, treatment); not "
                               "considered: aids."));
}

TEST_CASE("audit 6 whole life: nothing considered and one theme is no") {
  auto r = judge(poor_case("plan-1", created), Principle::whole_life_situation);
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("considered: 0 of 5; not considered: housing, employment, "
                               "personal_help, treatment, aids."));
  CHECK_THAT(text(r), Contains("Education and employment are not considered"));
  CHECK_THAT(text(r), Contains("The goals span 1 FFB theme (sociale-forhold)."));
}

TEST_CASE("audit 6 whole life: education and employment alone is partly") {
  Plan p = bare_plan("plan-1", created);
  const Change c = change_on(created);
  add_aspiration(p, aspiration("a1", "Et job", created), c);
  add_goal(p, goal("g1", "Jeg vil have et job", {"a1"}, true, FfbTheme::samfundsliv), c);
  auto r = judge(p, Principle::whole_life_situation);
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("Education and employment are considered: goal g1 (samfundsliv)."));

  SECTION("so is an employer in the network, or protected employment") {
    Plan q = bare_plan("plan-2", created);
    add_aspiration(q, aspiration("a1", "Noget at stå op til", created), c);
    add_goal(q, goal("g1", "Noget at stå op til", {"a1"}), c);
    add_network_member(q, member("n1", "Værkstedet", NetworkRole::employer_education, true), c);
    add_action(q, action("act1", "Beskyttet beskæftigelse", {"g1"}, staff("Værkstedet"),
                         LegalBasis::sel_103, created),
               c);
    auto rq = judge(q, Principle::whole_life_situation);
    CHECK(rq.verdict == Verdict::partly);
    CHECK_THAT(text(rq), Contains("Education and employment are considered: action act1, network "
                                  "member n1 (employer-education)."));
  }
}

}  // namespace test_audit
