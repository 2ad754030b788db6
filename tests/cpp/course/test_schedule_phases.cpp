// The course's phases on phase windows, plan_course's refusals and its standard activities.
//
// Expected dates were worked out by hand on a wall calendar (1 January 2026 is a Thursday):
// - ISO week 1 of 2026 starts Monday 2025-12-29, so week 26 starts 2026-06-22 and week 32
//   2026-08-03: the default summer break 2026 is Saturday 2026-06-27 .. Sunday 2026-08-09 and the
//   autumn 2026 window Monday 2026-08-10 .. Saturday 2026-12-19 (Christmas 2026 = 2026-12-20 ..
//   2027-01-03). 2026-08-10 + 19 weeks = 2026-12-21, so the window holds 19 x 5 = 95 weekdays,
//   none a holiday: 95 working days.
// - 1 January 2027 is a Friday; ISO week 1 of 2027 starts 2027-01-04, week 26 on 2027-06-28 and
//   week 32 on 2027-08-09: spring 2027 = 2027-01-04 .. 2027-07-02 (26 weeks, 130 weekdays, minus
//   skærtorsdag 03-25, langfredag 03-26, 2. påskedag 03-29 (Easter Sunday 2027-03-28),
//   Kr. himmelfartsdag 05-06 and 2. pinsedag 05-17; grundlovsdag 06-05 is a Saturday: 125), and
//   autumn 2027 = 2027-08-16 .. 2027-12-19 (18 weeks, no weekday holiday: 90).
// - 1 January 2028 is a Saturday; ISO week 1 of 2028 starts 2028-01-03 and week 26 on
//   2028-06-26 (2028 is a leap year): spring 2028 = 2028-01-04 .. 2028-06-30.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "course/course_builders.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "support/errors.hpp"

namespace test_schedule_phases {

using namespace rorkit;
using rorkit::test::error_of;
using rorkit::test::sample_course;
using rorkit::test::status_of;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

DateRange range(const char* first, const char* last) {
  return DateRange{Date::parse(first), Date::parse(last)};
}

void check_window(const PhaseSchedule& p, CoursePhase phase, std::int32_t year, Season season,
                  const char* first, const char* last, std::int64_t working_days) {
  CHECK(p.phase == phase);
  CHECK(p.window.year == year);
  CHECK(p.window.season == season);
  CHECK(p.window.dates == range(first, last));
  CHECK(p.window.working_days == working_days);
}

}  // namespace

TEST_CASE("a start in the summer break opens Fase 1 in the autumn window, with a warning") {
  PhasePlan plan = plan_phases(Calendar{}, 730, Date{2026, 7, 15});
  REQUIRE(plan.phases.size() == 3);
  check_window(plan.phases[0], CoursePhase::forberede, 2026, Season::autumn, "2026-08-10",
               "2026-12-19", 95);
  check_window(plan.phases[1], CoursePhase::udvikle, 2027, Season::spring, "2027-01-04",
               "2027-07-02", 125);
  check_window(plan.phases[2], CoursePhase::forankre, 2027, Season::autumn, "2027-08-16",
               "2027-12-19", 90);
  REQUIRE(plan.warnings.size() == 1);
  const std::string& w = plan.warnings[0];
  CHECK(contains(w, "2026-07-15"));
  CHECK(contains(w, "summer break 2026 (2026-06-27..2026-08-09)"));
  CHECK(contains(w, "autumn 2026 (2026-08-10..2026-12-19)"));
}

TEST_CASE("a start in the Christmas break opens Fase 1 in the spring window") {
  PhasePlan plan = plan_phases(Calendar{}, 0, Date{2026, 12, 28});
  REQUIRE(plan.phases.size() == 3);
  check_window(plan.phases[0], CoursePhase::forberede, 2027, Season::spring, "2027-01-04",
               "2027-07-02", 125);
  REQUIRE(plan.warnings.size() == 1);
  CHECK(contains(plan.warnings[0], "christmas break 2026 (2026-12-20..2027-01-03)"));
}

TEST_CASE("a start on the window's first working day keeps that window, without a warning") {
  PhasePlan plan = plan_phases(Calendar{}, 730, Date{2026, 8, 10});
  REQUIRE(plan.phases.size() == 3);
  check_window(plan.phases[0], CoursePhase::forberede, 2026, Season::autumn, "2026-08-10",
               "2026-12-19", 95);
  CHECK(plan.warnings.empty());
  // Sunday 2026-08-16 is the window's 7th calendar day: still the first week.
  PhasePlan sunday = plan_phases(Calendar{}, 730, Date{2026, 8, 16});
  CHECK(sunday.phases == plan.phases);
  CHECK(sunday.warnings.empty());
}

TEST_CASE("a start after the window's first week moves Fase 1 to the next window") {
  // Monday 2026-08-17 is day 8 of the autumn 2026 window.
  PhasePlan day8 = plan_phases(Calendar{}, 730, Date{2026, 8, 17});
  REQUIRE(day8.phases.size() == 3);
  check_window(day8.phases[0], CoursePhase::forberede, 2027, Season::spring, "2027-01-04",
               "2027-07-02", 125);
  REQUIRE(day8.warnings.size() == 1);
  CHECK(contains(day8.warnings[0], "2026-08-17 is day 8"));

  // Mid-window: 2026-09-15 is day 37 (21 days of August from the 10th, plus 15).
  PhasePlan mid = plan_phases(Calendar{}, 730, Date{2026, 9, 15});
  REQUIRE(mid.phases.size() == 3);
  check_window(mid.phases[0], CoursePhase::forberede, 2027, Season::spring, "2027-01-04",
               "2027-07-02", 125);
  check_window(mid.phases[1], CoursePhase::udvikle, 2027, Season::autumn, "2027-08-16",
               "2027-12-19", 90);
  CHECK(mid.phases[2].phase == CoursePhase::forankre);
  CHECK(mid.phases[2].window.dates == range("2028-01-04", "2028-06-30"));
  REQUIRE(mid.warnings.size() == 1);
  const std::string& w = mid.warnings[0];
  CHECK(contains(w, "2026-09-15 is day 37"));
  CHECK(contains(w, "autumn 2026 (2026-08-10..2026-12-19)"));
  CHECK(contains(w, "spring 2027 (2027-01-04..2027-07-02)"));
}

TEST_CASE("phases are deterministic") {
  for (const char* start : {"2026-03-01", "2026-07-15", "2026-08-12", "2026-10-01"}) {
    CAPTURE(start);
    CHECK(plan_phases(Calendar{}, 730, Date::parse(start)).phases ==
          plan_phases(Calendar{}, 730, Date::parse(start)).phases);
    CHECK(plan_phases(Calendar{}, 730, Date::parse(start)).warnings ==
          plan_phases(Calendar{}, 730, Date::parse(start)).warnings);
  }
}

TEST_CASE("a municipality's school-break override shifts its windows") {
  // Tønder (550) ends the summer break 2026 on Friday 2026-08-14: its autumn window starts
  // Saturday 2026-08-15 and holds 95 - 5 (10-14 August) = 90 working days.
  Course c = sample_course();
  c.municipality = 550;
  c.school_breaks = {SchoolBreak{BreakKind::summer, 2026, range("2026-07-04", "2026-08-14"), true}};
  const Calendar cal = course_calendar(c);
  CHECK(cal.override_count() == 1);

  // Monday 2026-08-17 is day 3 of Tønder's window, but day 8 of the default one.
  PhasePlan own = plan_phases(cal, 550, Date{2026, 8, 17});
  REQUIRE(own.phases.size() == 3);
  check_window(own.phases[0], CoursePhase::forberede, 2026, Season::autumn, "2026-08-15",
               "2026-12-19", 90);
  check_window(own.phases[1], CoursePhase::udvikle, 2027, Season::spring, "2027-01-04",
               "2027-07-02", 125);
  CHECK(own.warnings.empty());

  // Another municipality on the same calendar keeps the defaults.
  PhasePlan other = plan_phases(cal, 730, Date{2026, 8, 17});
  CHECK(other.phases[0].window.dates == range("2027-01-04", "2027-07-02"));
  CHECK(other.warnings.size() == 1);
}

TEST_CASE("course_calendar refuses overrides it cannot place") {
  Course c = sample_course();
  c.school_breaks = {SchoolBreak{BreakKind::summer, 2026, range("2026-07-04", "2026-08-14"), true},
                     SchoolBreak{BreakKind::summer, 2026, range("2026-07-01", "2026-08-07"), true}};
  CHECK(status_of([&] { course_calendar(c); }) == RORKIT_ERROR_DUPLICATE);

  c.school_breaks.pop_back();
  c.municipality = 0;
  CHECK(status_of([&] { course_calendar(c); }) == RORKIT_ERROR_INVALID_ARGUMENT);

  // A summer break starting in October is no summer break.
  c.municipality = 730;
  c.school_breaks = {SchoolBreak{BreakKind::summer, 2026, range("2026-10-01", "2026-10-30"), true}};
  auto e = error_of([&] { course_calendar(c); });
  CHECK(e.status() == RORKIT_ERROR_INVALID_SCHOOL_BREAK);
  CHECK(contains(e.what(), "school_breaks[0]"));

  // Moving both breaks of 2026 works in either order, although the summer break alone would
  // run into the default Christmas break (from 2026-12-20).
  const SchoolBreak summer{BreakKind::summer, 2026, range("2026-06-27", "2026-12-22"), true};
  const SchoolBreak christmas{BreakKind::christmas, 2026, range("2026-12-24", "2027-01-03"), true};
  c.school_breaks = {christmas, summer};
  CHECK(course_calendar(c).override_count() == 2);
  c.school_breaks = {summer, christmas};
  CHECK(course_calendar(c).override_count() == 2);
}

TEST_CASE("plan_course refuses a registration that is not approved, naming each criterion") {
  Course c = sample_course();
  c.registration.covers_tilbud = false;
  c.registration.approved_by.clear();
  const Course before = c;
  auto e = error_of([&] { plan_course(c, Date{2026, 8, 10}); });
  CHECK(e.status() == RORKIT_ERROR_REGISTRATION);
  const std::string msg = e.what();
  CHECK(contains(msg, "criterion 1"));
  CHECK(contains(msg, "criterion 2"));
  CHECK_FALSE(contains(msg, "criterion 3"));
  CHECK(contains(msg, "tilbud"));
  CHECK(contains(msg, "approved_by is empty"));
  CHECK(c == before);
}

TEST_CASE("plan_course refuses a broken organisation, naming each rule") {
  Course c = sample_course();
  rorkit::test::group_ref(c, "styregruppe").political_mandate = false;
  rorkit::test::group_ref(c, "implementeringsgruppe").member_ids = {"borger-1", "led-myn-1",
                                                                     "med-myn-1", "koord-1"};
  std::vector<std::string> codes;
  for (const Finding& f : validate_organisation(c))
    if (f.severity == Severity::error) codes.push_back(f.code);
  REQUIRE(codes.size() >= 2);

  auto e = error_of([&] { plan_course(c, Date{2026, 8, 10}); });
  CHECK(e.status() == RORKIT_ERROR_COMPOSITION);
  const std::string msg = e.what();
  CHECK(contains(msg, "breaks " + std::to_string(codes.size()) + " rules"));
  for (const std::string& code : codes) {
    CAPTURE(code);
    CHECK(contains(msg, code));
  }
}

TEST_CASE("plan_course lays out phases, meetings and the standard activities") {
  CoursePlanResult r = plan_course(sample_course(), Date{2026, 8, 10});
  CHECK(r.warnings.empty());
  const Course& c = r.course;
  CHECK(c.requested_start == Date{2026, 8, 10});
  REQUIRE(c.phases.size() == 3);
  CHECK(c.phases[0].window.dates == range("2026-08-10", "2026-12-19"));
  // 2 + 2 (the joint start counts for both) + 3 + 3 local, plus the joint start: 11 in Fase 1;
  // the kick-off plus 4 x 2: 9 in Fase 2; 4 x 3: 12 in Fase 3.
  CHECK(c.meetings.size() == 32);

  REQUIRE(c.activities.size() == 13);
  for (const Activity& a : c.activities) {
    CAPTURE(a.id);
    CHECK(a.owner_id == "koord-1");
    CHECK(a.status == ActivityStatus::planned);
    CHECK_FALSE(a.title.empty());
    REQUIRE(a.due.has_value());
    const auto& phase = *std::find_if(c.phases.begin(), c.phases.end(),
                                      [&](const PhaseSchedule& p) { return p.phase == a.phase; });
    CHECK(phase.window.dates.contains(*a.due));
    CHECK(Calendar{}.is_working_day(*a.due));
  }
  auto due = [&](const char* id) {
    auto it = std::find_if(c.activities.begin(), c.activities.end(),
                           [&](const Activity& a) { return a.id == id; });
    REQUIRE(it != c.activities.end());
    return *it->due;
  };
  // Autumn 2026, 95 working days from Monday 2026-08-10 (index 0), five a week: a quarter =
  // index ceil(23.75) - 1 = 23 = week 4, Thursday = 2026-09-10; half = index 47 = week 9,
  // Wednesday = 2026-10-14; three quarters = index 71 = week 14, Tuesday = 2026-11-17; the end =
  // index 94 = Friday 2026-12-18.
  CHECK(due("f1-prerequisites-overview") == Date{2026, 9, 10});
  CHECK(due("f1-baseline-temperature") == Date{2026, 9, 10});
  CHECK(due("f1-case-review") == Date{2026, 10, 14});
  CHECK(due("f1-keyfigure-review") == Date{2026, 10, 14});
  CHECK(due("f1-network-activity") == Date{2026, 10, 14});
  CHECK(due("f1-development-plan") == Date{2026, 11, 17});
  CHECK(due("f1-communication-plan") == Date{2026, 12, 18});
  // Spring 2027, 125 working days: the end is Friday 2027-07-02.
  CHECK(due("f2-trial-actions") == Date{2027, 7, 2});
  // Autumn 2027, 90 working days from Monday 2027-08-16: three quarters = index 67 = week 13,
  // Wednesday = 2027-11-17; the end = Friday 2027-12-17.
  CHECK(due("f3-trial-actions") == Date{2027, 11, 17});
  CHECK(due("f3-anchoring-plan") == Date{2027, 12, 17});
  // Half = index 44 = week 8, Friday = 2027-10-15.
  CHECK(due("f3-followup-temperature") == Date{2027, 10, 15});
}

TEST_CASE("plan_course passes on the phase warning and replaces an earlier plan") {
  CoursePlanResult first = plan_course(sample_course(), Date{2026, 7, 15});
  REQUIRE(first.warnings.size() == 1);
  CHECK(contains(first.warnings[0], "2026-07-15"));
  CoursePlanResult again = plan_course(first.course, Date{2026, 7, 15});
  CHECK(again.course == first.course);
  REQUIRE(again.warnings.size() == 2);
  CHECK(contains(again.warnings[1], "replaces"));
}

}  // namespace test_schedule_phases
