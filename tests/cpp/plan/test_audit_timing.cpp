// The dated principles of the audit: 5 early help, 7 follow-up on the §148 schedule and
// 8 knowledge that works. Due dates are worked by hand against the Danish calendar.

#include <catch2/catch.hpp>

#include "plan/plan_builders.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/plan/audit.hpp"

namespace test_audit_timing {

namespace {

using namespace rorkit;
using namespace rorkit::test;
using Catch::Matchers::Contains;

const Date created{2026, 1, 15};  // a Thursday

std::string text(const PrincipleResult& r) {
  std::string out;
  for (const auto& s : r.reasons) out += s + "\n";
  return out;
}

PrincipleResult judge(const Plan& p, Principle principle, const Date& on,
                      AuditOptions o = AuditOptions{}) {
  o.on = on;
  return audit(p, o).principles[static_cast<std::size_t>(principle) - 1];
}

// A plan with aspiration a1 and goal g1, created `when`.
Plan base(const Date& when = created) {
  Plan p = bare_plan("plan-1", when);
  const Change c = change_on(when);
  add_aspiration(p, aspiration("a1", "Et bedre liv", when), c);
  add_goal(p, goal("g1", "Jeg vil have det bedre", {"a1"}), c);
  return p;
}

Plan with_action(LegalBasis basis, std::optional<Date> start) {
  Plan p = base();
  add_action(p, action("act1", "Støtte", {"g1"}, staff("Team Syd"), basis, start),
             change_on(created));
  return p;
}

}  // namespace

// --- 5. Early help: window = created + 30 days = 2026-02-14 -------------------------------

TEST_CASE("audit 5 early help: start on the last day of the window with §82b is yes") {
  auto r = judge(with_action(LegalBasis::sel_82b, Date{2026, 2, 14}), Principle::early_help,
                 Date{2026, 3, 1});
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("The first action (act1) starts 2026-02-14, 30 days after the plan "
                               "was created on 2026-01-15, within the 30-day early-help window."));
  CHECK_THAT(text(r), Contains("Low-threshold help (SEL §82a/§82b) is used: act1 (sel-82b)."));
}

TEST_CASE("audit 5 early help: one day after the window with §82a is partly") {
  auto r = judge(with_action(LegalBasis::sel_82a, Date{2026, 2, 15}), Principle::early_help,
                 Date{2026, 3, 1});
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("starts 2026-02-15, 31 days after the plan was created on "
                               "2026-01-15, later than the 30-day early-help window."));
}

TEST_CASE("audit 5 early help: timely without low-threshold help is partly") {
  auto r = judge(with_action(LegalBasis::sel_85, Date{2026, 1, 10}), Principle::early_help,
                 Date{2026, 3, 1});
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("starts 2026-01-10, 5 days before the plan was created"));
  CHECK_THAT(text(r), Contains("No action uses low-threshold help (SEL §82a/§82b)."));
}

TEST_CASE("audit 5 early help: late and not low-threshold is no") {
  auto r = judge(with_action(LegalBasis::sel_85, Date{2026, 2, 15}), Principle::early_help,
                 Date{2026, 3, 1});
  CHECK(r.verdict == Verdict::no);
}

TEST_CASE("audit 5 early help: no start date is partly while the window is open, then no") {
  Plan p = with_action(LegalBasis::sel_85, std::nullopt);
  auto open = judge(p, Principle::early_help, Date{2026, 2, 14});
  CHECK(open.verdict == Verdict::partly);
  CHECK_THAT(text(open), Contains("No action has a start date yet; the 30-day early-help window "
                                  "runs until 2026-02-14, not passed on 2026-02-14."));
  auto closed = judge(p, Principle::early_help, Date{2026, 2, 15});
  CHECK(closed.verdict == Verdict::no);
  CHECK_THAT(text(closed), Contains("No action has a start date, and the 30-day early-help window "
                                    "ended 2026-02-14."));
}

TEST_CASE("audit 5 early help: cancelled actions are ignored, the earliest start counts") {
  Plan p = base();
  const Change c = change_on(created);
  Action early = action("act0", "Gruppeforløb", {"g1"}, staff("Team Syd"), LegalBasis::sel_82a,
                        Date{2026, 1, 16});
  early.status = ActionStatus::cancelled;
  add_action(p, early, c);
  add_action(p, action("act2", "Bostøtte", {"g1"}, staff("Team Syd"), LegalBasis::sel_85,
                       Date{2026, 3, 1}),
             c);
  add_action(p, action("act1", "Bostøtte", {"g1"}, staff("Team Syd"), LegalBasis::sel_85,
                       Date{2026, 3, 1}),
             c);
  auto r = judge(p, Principle::early_help, Date{2026, 4, 1});
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("The first action (act1) starts 2026-03-01, 45 days after"));

  SECTION("a wider window makes the same start timely") {
    AuditOptions o;
    o.early_help_days = 60;
    auto wide = judge(p, Principle::early_help, Date{2026, 4, 1}, o);
    CHECK(wide.verdict == Verdict::partly);
    CHECK_THAT(text(wide), Contains("within the 60-day early-help window"));
  }
}

// --- 7. Follow-up: created 2026-01-15 + 6 months = 2026-07-15, a Wednesday and a working day --

TEST_CASE("audit 7 follow-up: the first due date is worked out on the Danish calendar") {
  CHECK(first_due(created) == Date{2026, 7, 15});
  CHECK(iso_weekday(Date{2026, 7, 15}) == 3);
  // 2025-12-05 + 6 months = 2026-06-05, a Friday and grundlovsdag -> Monday 2026-06-08.
  CHECK(iso_weekday(Date{2026, 6, 5}) == 5);
  CHECK(first_due(Date{2025, 12, 5}) == Date{2026, 6, 8});
}

TEST_CASE("audit 7 follow-up: not held and within the grace days is yes, one day later no") {
  Plan p = base();
  auto within = judge(p, Principle::follow_up, Date{2026, 7, 29});  // due + 14 days
  CHECK(within.verdict == Verdict::yes);
  CHECK_THAT(text(within), Contains("No follow-up has been held yet and none is overdue on "
                                    "2026-07-29 (§148 schedule every 6 months, 14 days' grace)."));
  CHECK_THAT(text(within), Contains("The plan's next follow-up was due 2026-07-15 and is still "
                                    "within the grace days on 2026-07-29."));

  auto overdue = judge(p, Principle::follow_up, Date{2026, 7, 30});
  CHECK(overdue.verdict == Verdict::no);
  CHECK_THAT(text(overdue), Contains("0 on time, 1 late or overdue on 2026-07-30."));
  CHECK_THAT(text(overdue), Contains("The plan's next follow-up was due 2026-07-15 and is overdue "
                                     "on 2026-07-30 (15 days)."));

  auto early = judge(p, Principle::follow_up, Date{2026, 3, 1});
  CHECK(early.verdict == Verdict::yes);
  CHECK_THAT(text(early), Contains("The plan's next follow-up is due 2026-07-15."));
}

TEST_CASE("audit 7 follow-up: held on the last grace day is on time, a day later is late") {
  Plan on_time = base();
  record_followup(on_time, followup("f1", Date{2026, 7, 29}, "godt"), change_on(Date{2026, 7, 29}));
  auto yes = judge(on_time, Principle::follow_up, Date{2026, 8, 1});
  CHECK(yes.verdict == Verdict::yes);
  CHECK_THAT(text(yes), Contains("Plan follow-ups held on time: f1 (2026-07-29)."));
  // 2026-07-29 + 6 months = 2027-01-29, a Friday.
  CHECK_THAT(text(yes), Contains("The plan's next follow-up is due 2027-01-29."));

  Plan late = base();
  record_followup(late, followup("f1", Date{2026, 7, 30}, "godt"), change_on(Date{2026, 7, 30}));
  auto no = judge(late, Principle::follow_up, Date{2026, 8, 1});
  CHECK(no.verdict == Verdict::no);
  CHECK_THAT(text(no), Contains("Plan follow-up f1 was held 2026-07-30, 15 days after it was due "
                                "(2026-07-15)."));

  SECTION("with no grace a day late is late") {
    Plan p = base();
    record_followup(p, followup("f1", Date{2026, 7, 16}, "godt"), change_on(Date{2026, 7, 16}));
    AuditOptions o;
    o.followup_grace_days = 0;
    auto r = judge(p, Principle::follow_up, Date{2026, 8, 1}, o);
    CHECK(r.verdict == Verdict::no);
    CHECK_THAT(text(r), Contains("1 day after it was due (2026-07-15)"));
    CHECK_THAT(text(r), Contains("0 days' grace"));
  }
}

TEST_CASE("audit 7 follow-up: the due date moves past grundlovsdag") {
  Plan p = base(Date{2025, 12, 5});
  // Due 2026-06-08 (moved from grundlovsdag); 2026-06-22 is due + 14 days.
  record_followup(p, followup("f1", Date{2026, 6, 22}, "fint"), change_on(Date{2026, 6, 22}));
  CHECK(judge(p, Principle::follow_up, Date{2026, 7, 1}).verdict == Verdict::yes);
}

TEST_CASE("audit 7 follow-up: some on time and some late is partly") {
  Plan p = base();
  record_followup(p, followup("f1", Date{2026, 7, 15}, "ok"), change_on(Date{2026, 7, 15}));
  // Due 2027-01-15 (a Friday); held 31 days later.
  record_followup(p, followup("f2", Date{2027, 2, 15}, "ok"), change_on(Date{2027, 2, 15}));
  auto r = judge(p, Principle::follow_up, Date{2027, 3, 1});
  CHECK(r.verdict == Verdict::partly);
  CHECK_THAT(text(r), Contains("1 on time, 1 late or overdue on 2027-03-01."));
  CHECK_THAT(text(r), Contains("Plan follow-up f2 was held 2027-02-15, 31 days after it was due "
                               "(2027-01-15)."));
}

TEST_CASE("audit 7 follow-up: a plan ended at a follow-up has nothing more due") {
  Plan p = base();
  record_followup(p, followup("f1", Date{2026, 7, 15}, "tak for nu", {}, FollowUpResult::end),
                  change_on(Date{2026, 7, 15}));
  auto r = judge(p, Principle::follow_up, Date{2028, 1, 1});
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("The plan was ended at follow-up f1 (2026-07-15); no further "
                               "follow-up is due."));
}

TEST_CASE("audit 7 follow-up: goals with their own interval have their own schedule") {
  Plan p = base();
  Goal g = *p.find_goal("g1");
  g.followup_interval_months = 3;
  g.start = Date{2026, 2, 2};
  update_goal(p, g, change_on(created));
  // 2026-02-02 + 3 months = Saturday 2026-05-02 -> Monday 2026-05-04.
  SECTION("overdue") {
    auto r = judge(p, Principle::follow_up, Date{2026, 5, 19});
    CHECK(r.verdict == Verdict::no);
    CHECK_THAT(text(r), Contains("Goal g1 (every 3 months): the next follow-up was due 2026-05-04 "
                                 "and is overdue on 2026-05-19."));
  }
  SECTION("assessed late at a plan follow-up held early") {
    record_followup(p, followup("f1", Date{2026, 5, 20}, "ok", {scored("g1", 5)}),
                    change_on(Date{2026, 5, 20}));
    auto r = judge(p, Principle::follow_up, Date{2026, 6, 1});
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("Plan follow-ups held on time: f1 (2026-05-20)."));
    CHECK_THAT(text(r), Contains("Goal g1 (every 3 months): follow-up f1 was held 2026-05-20, 16 "
                                 "days after it was due (2026-05-04)."));
  }
  SECTION("a cancelled goal is not overdue") {
    transition_goal(p, "g1", GoalLifecycle::cancelled, change_on(created));
    CHECK(judge(p, Principle::follow_up, Date{2026, 5, 19}).verdict == Verdict::yes);
  }
}

// --- 8. Knowledge and methods that work ---------------------------------------------------

TEST_CASE("audit 8 knowledge: a validated instrument twice and scored goals is yes") {
  auto r = judge(good_case("plan-1", created), Principle::knowledge_that_works, Date{2027, 2, 15});
  CHECK(r.verdict == Verdict::yes);
  CHECK_THAT(text(r), Contains("A validated instrument is used repeatedly, so progress is "
                               "measured: who5 2 times (m1, m2)."));
  CHECK_THAT(text(r), Contains("Goals are scored at 2 follow-ups (f1, f2)."));
}

TEST_CASE("audit 8 knowledge: nothing measured and nothing scored is no") {
  auto r = judge(base(), Principle::knowledge_that_works, Date{2026, 3, 1});
  CHECK(r.verdict == Verdict::no);
  CHECK_THAT(text(r), Contains("No validated instrument is used at least twice by 2026-03-01."));
  CHECK_THAT(text(r), Contains("No follow-up by 2026-03-01 scores a goal against its target."));
}

TEST_CASE("audit 8 knowledge: partial evidence is partly") {
  Plan p = base();
  SECTION("a validated instrument used once") {
    record_measurement(p, who5("m1", Date{2026, 1, 20}), change_on(Date{2026, 1, 20}));
    auto r = judge(p, Principle::knowledge_that_works, Date{2026, 3, 1});
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("a validated instrument used once, or the generic multi-area "
                                 "scale): who5 1 time (m1)."));
  }
  SECTION("the generic multi-area scale twice is not a validated instrument") {
    for (const char* id : {"m1", "m2"}) {
      Measurement m;
      m.id = id;
      m.instrument = InstrumentId::multi_area;
      m.date = Date{2026, 2, 1};
      m.items = {5, 6};
      m.areas = {"Bolig", "Arbejde"};
      record_measurement(p, m, change_on(Date{2026, 2, 1}));
    }
    auto r = judge(p, Principle::knowledge_that_works, Date{2026, 3, 1});
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("multi_area 2 times (m1, m2)"));
  }
  SECTION("a second measurement after the audit date does not count") {
    record_measurement(p, who5("m1", Date{2026, 1, 20}), change_on(Date{2026, 1, 20}));
    record_measurement(p, who5("m2", Date{2026, 4, 1}), change_on(Date{2026, 4, 1}));
    auto before = judge(p, Principle::knowledge_that_works, Date{2026, 3, 1});
    CHECK(before.verdict == Verdict::partly);
    CHECK_THAT(text(before), Contains("No validated instrument is used at least twice"));
    auto after = judge(p, Principle::knowledge_that_works, Date{2026, 4, 1});
    CHECK(after.verdict == Verdict::partly);  // still no scored goal
    CHECK_THAT(text(after), Contains("who5 2 times (m1, m2)"));
  }
  SECTION("scored goals without measurements") {
    record_followup(p, followup("f1", Date{2026, 2, 1}, "", {scored("g1", 4)}),
                    change_on(Date{2026, 2, 1}));
    auto r = judge(p, Principle::knowledge_that_works, Date{2026, 3, 1});
    CHECK(r.verdict == Verdict::partly);
    CHECK_THAT(text(r), Contains("Goals are scored at 1 follow-up (f1)."));
  }
  SECTION("an assessment with only a note scores nothing") {
    GoalAssessment note;
    note.goal_id = "g1";
    note.note = "ikke vurderet";
    record_followup(p, followup("f1", Date{2026, 2, 1}, "", {note}), change_on(Date{2026, 2, 1}));
    CHECK(judge(p, Principle::knowledge_that_works, Date{2026, 3, 1}).verdict == Verdict::no);
  }
}

}  // namespace test_audit_timing
