// Meetings on the working days of the phase windows, hand-given meetings, and the course as
// iCalendar events.
//
// Expected dates were worked out by hand (see test_schedule_phases.cpp for the windows). A
// window's working days are numbered from index 0; with no holiday in a week, index 5w + d is
// weekday d (0 = Monday) of the window's week w. Meeting i of k aims at index
// floor((2i + 1) * n / 2k) of the n working days:
// - autumn 2026 (n = 95, from Monday 2026-08-10): k = 3 -> 15, 47, 79 = Monday 2026-08-31,
//   Wednesday 2026-10-14, Friday 2026-11-27;
// - spring 2027 (n = 125, from Monday 2027-01-04; holidays on weekdays: 03-25, 03-26, 03-29,
//   05-06, 05-17): indices 0-54 are weeks 0-10, 55-57 Mon-Wed of week 11, 58-61 Tue-Fri of
//   week 12, 62-66 week 13 (from 2027-04-05), 67-71, 72-76, 77-81 weeks 14-16, 82-85 week 17
//   without Thursday 05-06, 86-90 week 18, 91-94 week 19 without Monday 05-17, 95-99 week 20,
//   100-104 week 21, ... 120-124 week 25 (ending Friday 2027-07-02). k = 3 -> 20, 62, 104 =
//   Monday 2027-02-01, Monday 2027-04-05, Friday 2027-06-04;
// - autumn 2027 (n = 90, from Monday 2027-08-16): k = 3 -> 15, 45, 75 = Monday 2027-09-06,
//   Monday 2027-10-18, Monday 2027-11-29.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "course/course_builders.hpp"
#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/io/ical.hpp"
#include "support/errors.hpp"

namespace test_schedule_meetings {

using namespace rorkit;
using rorkit::test::error_of;
using rorkit::test::phase_on;
using rorkit::test::sample_course;
using rorkit::test::status_of;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const Meeting& meeting(const std::vector<Meeting>& ms, const std::string& id) {
  auto it = std::find_if(ms.begin(), ms.end(), [&](const Meeting& m) { return m.id == id; });
  if (it == ms.end()) FAIL("no meeting " << id);
  return *it;
}

bool has_meeting(const std::vector<Meeting>& ms, const std::string& id) {
  return std::any_of(ms.begin(), ms.end(), [&](const Meeting& m) { return m.id == id; });
}

// A course with one phase on a window given by hand.
Course one_phase(const char* first, const char* last) {
  Course c = sample_course();
  c.phases = {phase_on(CoursePhase::forberede, 2026, Season::autumn, Date::parse(first),
                       Date::parse(last))};
  return c;
}

std::vector<Date> dates_of(const std::vector<Meeting>& ms, const std::string& group,
                           CoursePhase phase) {
  std::vector<Date> out;
  for (const Meeting& m : ms)
    if (m.phase == phase &&
        std::find(m.group_ids.begin(), m.group_ids.end(), group) != m.group_ids.end())
      out.push_back(m.date);
  return out;
}

}  // namespace

TEST_CASE("Fase 1 opens with one joint start meeting and Fase 2 with one joint kick-off") {
  MeetingOptions o;
  o.location = "Rådhuset, mødelokale 2";
  const Course c = plan_course(sample_course(), Date{2026, 8, 10}, o).course;
  const auto& ms = c.meetings;

  const Meeting& start = meeting(ms, "f1-joint-start");
  CHECK(start.kind == MeetingKind::joint_start);
  CHECK(start.phase == CoursePhase::forberede);
  CHECK(start.number == 1);
  CHECK(start.group_ids == std::vector<std::string>{"styregruppe", "implementeringsgruppe"});
  CHECK(start.date == Date{2026, 8, 31});
  CHECK(start.start_minute == 540);
  CHECK(start.end_minute == 660);
  CHECK(start.location == "Rådhuset, mødelokale 2");
  CHECK_FALSE(start.held);
  CHECK_FALSE(has_meeting(ms, "f1-styregruppe-1"));
  CHECK_FALSE(has_meeting(ms, "f1-implementeringsgruppe-1"));
  CHECK(meeting(ms, "f1-styregruppe-2").date == Date{2026, 10, 14});
  CHECK(meeting(ms, "f1-styregruppe-2").number == 2);
  CHECK(meeting(ms, "f1-styregruppe-2").kind == MeetingKind::group);
  CHECK(meeting(ms, "f1-implementeringsgruppe-3").date == Date{2026, 11, 27});
  // Local groups are not part of the start meeting: three meetings of their own.
  CHECK(meeting(ms, "f1-lokal-bostoette-1").date == Date{2026, 8, 31});
  CHECK(meeting(ms, "f1-lokal-bostoette-3").date == Date{2026, 11, 27});

  const Meeting& kickoff = meeting(ms, "f2-joint-kickoff");
  CHECK(kickoff.kind == MeetingKind::joint_kickoff);
  CHECK(kickoff.number == 1);
  CHECK(kickoff.group_ids == std::vector<std::string>{"styregruppe", "implementeringsgruppe",
                                                      "lokal-bostoette", "lokal-myndighed"});
  CHECK(kickoff.date == Date{2027, 2, 1});
  CHECK_FALSE(has_meeting(ms, "f2-lokal-myndighed-1"));
  CHECK(meeting(ms, "f2-lokal-myndighed-2").date == Date{2027, 4, 5});
  CHECK(meeting(ms, "f2-styregruppe-3").date == Date{2027, 6, 4});

  CHECK(meeting(ms, "f3-styregruppe-1").date == Date{2027, 9, 6});
  CHECK(meeting(ms, "f3-implementeringsgruppe-2").date == Date{2027, 10, 18});
  CHECK(meeting(ms, "f3-lokal-myndighed-3").date == Date{2027, 11, 29});
  CHECK(std::count_if(ms.begin(), ms.end(),
                      [](const Meeting& m) { return m.kind != MeetingKind::group; }) == 2);

  // Every group has three meetings per phase, the joint ones included.
  for (const Group& g : c.organisation.groups)
    for (CoursePhase p : {CoursePhase::forberede, CoursePhase::udvikle, CoursePhase::forankre}) {
      CAPTURE(g.id, static_cast<int>(p));
      CHECK(dates_of(ms, g.id, p).size() == 3);
    }
  // Ids are unique and every generated meeting passes the hand check.
  std::set<std::string> ids;
  for (const Meeting& m : ms) {
    ids.insert(m.id);
    CHECK_NOTHROW(check_meeting(c, Calendar{}, m));
  }
  CHECK(ids.size() == ms.size());
}

TEST_CASE("meetings land on working days inside their window, spaced, for any options") {
  const Course base = plan_course(sample_course(), Date{2026, 8, 10}).course;
  const Calendar cal;
  for (std::int32_t k = 1; k <= 8; ++k)
    for (std::int32_t wd = 0; wd <= 5; ++wd) {
      MeetingOptions o;
      o.meetings_per_group = k;
      if (wd > 0) o.preferred_weekday = wd;
      CAPTURE(k, wd);
      const std::vector<Meeting> ms = schedule_meetings(base, cal, o);
      for (const PhaseSchedule& p : base.phases)
        for (const Group& g : base.organisation.groups) {
          const std::vector<Date> ds = dates_of(ms, g.id, p.phase);
          REQUIRE(ds.size() == static_cast<std::size_t>(k));
          for (std::size_t i = 0; i < ds.size(); ++i) {
            CHECK(cal.is_working_day(ds[i]));
            CHECK(p.window.dates.contains(ds[i]));
            if (wd > 0) CHECK(iso_weekday(ds[i]) == wd);
            if (i > 0) CHECK(cal.count_working_days(ds[i - 1], ds[i]) - 1 >= 10);
          }
        }
    }
}

TEST_CASE("meetings keep the minimum spacing when the window is tight") {
  // Ten meetings in autumn 2026 (95 working days) 10 apart need 91: the only fit is indices
  // 4, 14, ..., 94, i.e. every other Friday from 2026-08-14 to 2026-12-18.
  Course c = one_phase("2026-08-10", "2026-12-19");
  MeetingOptions o;
  o.meetings_per_group = 10;
  const std::vector<Meeting> ms = schedule_meetings(c, Calendar{}, o);
  const std::vector<Date> ds = dates_of(ms, "styregruppe", CoursePhase::forberede);
  REQUIRE(ds.size() == 10);
  for (std::size_t i = 0; i < ds.size(); ++i) {
    CAPTURE(i);
    CHECK(ds[i] == add_days(Date{2026, 8, 14}, static_cast<std::int64_t>(14 * i)));
  }
  CHECK(meeting(ms, "f1-joint-start").date == Date{2026, 8, 14});
  CHECK(meeting(ms, "f1-styregruppe-10").date == Date{2026, 12, 18});

  // Eleven apart would need 9 x 11 + 1 = 100.
  o.min_spacing_working_days = 11;
  auto e = error_of([&] { schedule_meetings(c, Calendar{}, o); });
  CHECK(e.status() == RORKIT_ERROR_WINDOW_TOO_SHORT);
  CHECK(contains(e.what(), "95 working days"));
  CHECK(contains(e.what(), "need 100"));
}

TEST_CASE("meetings fall on the preferred weekday, the nearest one to their slot") {
  // Slots 2026-08-31 (Mon), 2026-10-14 (Wed), 2026-11-27 (Fri); the nearest Tuesdays are
  // 2026-09-01 (1 day later), 2026-10-13 (1 day earlier) and 2026-11-24 (3 days earlier, against
  // 4 days later).
  MeetingOptions o;
  o.preferred_weekday = 2;
  const Course c = plan_course(sample_course(), Date{2026, 8, 10}, o).course;
  CHECK(dates_of(c.meetings, "styregruppe", CoursePhase::forberede) ==
        std::vector<Date>{Date{2026, 9, 1}, Date{2026, 10, 13}, Date{2026, 11, 24}});
}

TEST_CASE("no meeting on Kr. himmelfartsdag: the slot moves to the nearest Thursday") {
  // Fase 1 in spring 2027 (125 working days), eight meetings on Thursdays. Meeting 6 aims at
  // index floor(11 * 125 / 16) = 85 = Friday 2027-05-07; Thursday 2027-05-06 is
  // Kr. himmelfartsdag, so it takes 2027-05-13 (6 days away) over 2027-04-29 (8 days).
  // The others: 7 -> Wed 01-13 -> Thu 01-14; 23 -> Thu 02-04; 39 -> Fri 02-26 -> Thu 02-25;
  // 54 -> Fri 03-19 -> Thu 03-18; 70 -> Thu 04-15; 101 -> Tue 06-01 -> Thu 06-03;
  // 117 -> Wed 06-23 -> Thu 06-24.
  Course c = sample_course();
  c.phases = plan_phases(Calendar{}, c.municipality, Date{2027, 1, 4}).phases;
  MeetingOptions o;
  o.meetings_per_group = 8;
  o.preferred_weekday = 4;
  const std::vector<Meeting> ms = schedule_meetings(c, Calendar{}, o);
  CHECK(dates_of(ms, "styregruppe", CoursePhase::forberede) ==
        std::vector<Date>{Date{2027, 1, 14}, Date{2027, 2, 4}, Date{2027, 2, 25},
                          Date{2027, 3, 18}, Date{2027, 4, 15}, Date{2027, 5, 13},
                          Date{2027, 6, 3}, Date{2027, 6, 24}});
  CHECK(meeting(ms, "f1-styregruppe-6").date == Date{2027, 5, 13});
  for (const Meeting& m : ms) CHECK(m.date != Date{2027, 5, 6});
}

TEST_CASE("a window a break leaves too short for the meetings is refused") {
  // Randers moves the end of its summer break 2026 to Friday 2026-12-04: the autumn window is
  // 2026-12-05..2026-12-19 with 10 working days (7-11 and 14-18 December); three meetings ten
  // working days apart need 21.
  Course c = sample_course();
  c.school_breaks = {
      SchoolBreak{BreakKind::summer, 2026, {Date{2026, 6, 27}, Date{2026, 12, 4}}, true}};
  auto e = error_of([&] { plan_course(c, Date{2026, 12, 7}); });
  CHECK(e.status() == RORKIT_ERROR_WINDOW_TOO_SHORT);
  const std::string msg = e.what();
  CHECK(contains(msg, "Fase 1 Forberede"));
  CHECK(contains(msg, "2026-12-05..2026-12-19"));
  CHECK(contains(msg, "10 working days"));
  CHECK(contains(msg, "need 21"));

  // Friday 2026-11-20 .. Friday 2026-12-18 has 21 working days: three meetings fit exactly
  // (indices 0, 10, 20 = 11-20, 12-04, 12-18), but its Thursdays (indices 4, 9, 14, 19) do not.
  Course hand = one_phase("2026-11-20", "2026-12-18");
  CHECK(dates_of(schedule_meetings(hand, Calendar{}), "styregruppe", CoursePhase::forberede) ==
        std::vector<Date>{Date{2026, 11, 20}, Date{2026, 12, 4}, Date{2026, 12, 18}});
  MeetingOptions thursdays;
  thursdays.preferred_weekday = 4;
  auto t = error_of([&] { schedule_meetings(hand, Calendar{}, thursdays); });
  CHECK(t.status() == RORKIT_ERROR_WINDOW_TOO_SHORT);
  CHECK(contains(t.what(), "Thursdays"));
}

TEST_CASE("no meeting in a school break, even on a window kept from an older calendar") {
  // The phase says autumn 2026 by the defaults, but the calendar now gives the municipality a
  // summer break until 2026-08-21: no meeting may fall before 2026-08-24.
  Course c = one_phase("2026-08-10", "2026-12-19");
  Calendar cal;
  cal.set_school_break("730", BreakKind::summer, 2026, {Date{2026, 6, 27}, Date{2026, 8, 21}});
  MeetingOptions o;
  o.meetings_per_group = 9;
  for (const Meeting& m : schedule_meetings(c, cal, o)) CHECK(Date{2026, 8, 24} <= m.date);
  Meeting by_hand = meeting(schedule_meetings(c, Calendar{}, o), "f1-joint-start");
  by_hand.date = Date{2026, 8, 18};
  auto e = error_of([&] { check_meeting(c, cal, by_hand); });
  CHECK(e.status() == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(contains(e.what(), "summer break 2026"));
}

TEST_CASE("bad meeting options are refused") {
  const Course c = one_phase("2026-08-10", "2026-12-19");
  auto refused = [&](MeetingOptions o) {
    return status_of([&] { schedule_meetings(c, Calendar{}, o); });
  };
  MeetingOptions o;
  o.meetings_per_group = 0;
  CHECK(refused(o) == RORKIT_ERROR_OUT_OF_RANGE);
  o = {};
  o.preferred_weekday = 6;
  CHECK(refused(o) == RORKIT_ERROR_OUT_OF_RANGE);
  o = {};
  o.min_spacing_working_days = 0;
  CHECK(refused(o) == RORKIT_ERROR_OUT_OF_RANGE);
  o = {};
  o.start_minute = 23 * 60;
  o.duration_minutes = 120;
  CHECK(refused(o) == RORKIT_ERROR_OUT_OF_RANGE);
}

TEST_CASE("check_meeting names what is wrong with a meeting given by hand") {
  const Course c = plan_course(sample_course(), Date{2026, 8, 10}).course;
  const Calendar cal;
  Meeting m = meeting(c.meetings, "f2-styregruppe-2");  // Fase 2 = spring 2027
  CHECK_NOTHROW(check_meeting(c, cal, m));

  Meeting holiday = m;
  holiday.date = Date{2027, 5, 6};
  auto e = error_of([&] { check_meeting(c, cal, holiday); });
  CHECK(e.status() == RORKIT_ERROR_NOT_A_WORKING_DAY);
  CHECK(contains(e.what(), "2027-05-06"));
  CHECK(contains(e.what(), "Kristi himmelfartsdag"));
  CHECK(contains(e.what(), "f2-styregruppe-2"));

  Meeting saturday = m;
  saturday.date = Date{2027, 5, 8};
  e = error_of([&] { check_meeting(c, cal, saturday); });
  CHECK(e.status() == RORKIT_ERROR_NOT_A_WORKING_DAY);
  CHECK(contains(e.what(), "Saturday"));

  Meeting outside = m;
  outside.date = Date{2026, 10, 14};  // a working day in Fase 1's window
  e = error_of([&] { check_meeting(c, cal, outside); });
  CHECK(e.status() == RORKIT_ERROR_OUT_OF_RANGE);
  CHECK(contains(e.what(), "2027-01-04..2027-07-02"));

  Meeting dangling = m;
  dangling.group_ids = {"styregruppe", "ukendt-gruppe"};
  e = error_of([&] { check_meeting(c, cal, dangling); });
  CHECK(e.status() == RORKIT_ERROR_DANGLING_REFERENCE);
  CHECK(contains(e.what(), "ukendt-gruppe"));

  Meeting backwards = m;
  backwards.start_minute = 600;
  backwards.end_minute = 540;
  CHECK(status_of([&] { check_meeting(c, cal, backwards); }) == RORKIT_ERROR_DATE_ORDER);
  backwards.end_minute = 600;
  CHECK(status_of([&] { check_meeting(c, cal, backwards); }) == RORKIT_ERROR_DATE_ORDER);

  Meeting late = m;
  late.end_minute = 1440;
  CHECK(status_of([&] { check_meeting(c, cal, late); }) == RORKIT_ERROR_OUT_OF_RANGE);
  late.end_minute = 660;
  late.start_minute = -5;
  CHECK(status_of([&] { check_meeting(c, cal, late); }) == RORKIT_ERROR_OUT_OF_RANGE);

  Meeting misplaced = meeting(c.meetings, "f1-joint-start");
  misplaced.phase = CoursePhase::udvikle;
  misplaced.date = m.date;
  CHECK(status_of([&] { check_meeting(c, cal, misplaced); }) == RORKIT_ERROR_VALIDATION);
}

TEST_CASE("the course as iCalendar events with stable UIDs") {
  MeetingOptions o;
  o.location = "Rådhuset";
  const Course c = plan_course(sample_course(), Date{2026, 8, 10}, o).course;
  const std::vector<CalendarEvent> events = course_events(c);
  // 32 meetings + 13 activities with due dates.
  REQUIRE(events.size() == 45);
  CHECK(course_events(plan_course(sample_course(), Date{2026, 8, 10}, o).course) == events);

  std::map<std::string, const CalendarEvent*> by_uid;
  for (const CalendarEvent& e : events) by_uid[e.uid] = &e;
  CHECK(by_uid.size() == events.size());

  const CalendarEvent* start = by_uid.at("randers-2026-meeting-f1-joint-start@rorkit");
  CHECK(start->summary == "Fælles startmøde (Fase 1 Forberede)");
  CHECK(start->start_date == Date{2026, 8, 31});
  CHECK(start->end_date == Date{2026, 8, 31});
  CHECK(start->start_minute == 540);
  CHECK(start->end_minute == 660);
  CHECK(start->location == "Rådhuset");
  CHECK(contains(start->description, "Styregruppen"));
  CHECK(contains(start->description, "Implementeringsgruppen"));

  CHECK(by_uid.at("randers-2026-meeting-f1-styregruppe-2@rorkit")->summary ==
        "Styregruppe – møde 2 (Fase 1 Forberede)");
  CHECK(by_uid.at("randers-2026-meeting-f2-joint-kickoff@rorkit")->summary ==
        "Fælles kick-off (Fase 2 Udvikle)");
  CHECK(by_uid.at("randers-2026-meeting-f3-lokal-bostoette-1@rorkit")->summary ==
        "Lokal implementeringsgruppe Bostøtten – møde 1 (Fase 3 Forankre)");

  const CalendarEvent* plan = by_uid.at("randers-2026-activity-f1-development-plan@rorkit");
  CHECK(plan->summary == "Udviklingsplan – frist (Fase 1 Forberede)");
  CHECK(plan->start_date == Date{2026, 11, 17});
  CHECK_FALSE(plan->start_minute.has_value());
  CHECK(contains(plan->description, "Dorte Koordinator"));

  // A cancelled activity drops out; moving a meeting keeps its UID.
  Course edited = c;
  edited.activities[0].status = ActivityStatus::cancelled;
  edited.meetings[1].date = add_days(edited.meetings[1].date, 1);
  const std::vector<CalendarEvent> again = course_events(edited);
  CHECK(again.size() == 44);
  CHECK(again[1].uid == events[1].uid);

  IcalOptions io;
  io.dtstamp = "20260101T000000Z";
  const std::string ics = to_ical(events, io);
  std::size_t n = 0;
  for (std::size_t at = ics.find("BEGIN:VEVENT"); at != std::string::npos;
       at = ics.find("BEGIN:VEVENT", at + 1))
    ++n;
  CHECK(n == 45);
  CHECK(contains(ics, "UID:randers-2026-meeting-f1-joint-start@rorkit"));
}

}  // namespace test_schedule_meetings
