// School breaks and phase windows. Default break dates come from the ISO week rule, checked with
// Python's date.fromisocalendar(); Tønder's dates are its published 2024/25 ferieplan.
// Working-day counts were worked out by hand (reasoning next to each).

#include <catch2/catch.hpp>

#include <string>

#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/core/error.hpp"
#include "support/errors.hpp"

namespace test_school_breaks {

using rorkit::BreakKind;
using rorkit::Calendar;
using rorkit::Date;
using rorkit::DateRange;
using rorkit::PhaseWindow;
using rorkit::Season;

namespace {

Date d(const char* iso) { return Date::parse(iso); }
DateRange r(const char* first, const char* last) { return {d(first), d(last)}; }

using rorkit::test::error_of;

}  // namespace

TEST_CASE("default breaks of 2025 and 2026", "[school_breaks]") {
  // Saturday of ISO week 26 and Sunday of ISO week 32.
  CHECK(rorkit::default_school_break(BreakKind::summer, 2025) == r("2025-06-28", "2025-08-10"));
  CHECK(rorkit::default_school_break(BreakKind::summer, 2026) == r("2026-06-27", "2026-08-09"));
  CHECK(rorkit::default_school_break(BreakKind::christmas, 2025) ==
        r("2025-12-20", "2026-01-03"));
  CHECK(rorkit::default_school_break(BreakKind::christmas, 2026) ==
        r("2026-12-20", "2027-01-03"));
  Calendar cal;
  auto b = cal.school_break(BreakKind::christmas, 2026);
  CHECK(b.kind == BreakKind::christmas);
  CHECK(b.year == 2026);
  CHECK(b.dates == r("2026-12-20", "2027-01-03"));
  CHECK_FALSE(b.overridden);
  CHECK(cal.school_break(BreakKind::summer, 2026, "Tønder") ==
        cal.school_break(BreakKind::summer, 2026));
  CHECK(error_of([] { (void)rorkit::default_school_break(BreakKind::summer, 2201); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
}

TEST_CASE("phase windows of 2026 and 2027", "[school_breaks]") {
  Calendar cal;
  auto w26 = cal.phase_windows(2026);
  REQUIRE(w26.size() == 2);
  CHECK(w26[0].season == Season::spring);
  CHECK(w26[1].season == Season::autumn);
  // Autumn 2026: Mon 10/8 - Sat 19/12. Mon 10/8 to Sun 13/12 is 18 weeks = 90 weekdays, plus
  // Mon 14 - Fri 18/12 = 95; no holidays fall in between.
  CHECK(w26[1] == PhaseWindow{2026, Season::autumn, r("2026-08-10", "2026-12-19"), 95});
  // Spring 2027: Mon 4/1 - Fri 2/7 (summer starts Sat 3/7, week 26). 26 weeks = 130 weekdays,
  // minus skærtorsdag 25/3, langfredag 26/3, 2. påskedag 29/3, himmelfart 6/5, 2. pinse 17/5
  // (Easter 2027-03-28); grundlovsdag is a Saturday. 125.
  auto w27 = cal.phase_windows(2027);
  CHECK(w27[0] == PhaseWindow{2027, Season::spring, r("2027-01-04", "2027-07-02"), 125});
  CHECK(cal.next_phase_window(w26[1]) == w27[0]);
  CHECK(cal.next_phase_window(w27[0]) == w27[1]);
  // Summer 2027 ends Sunday of week 32: week 26 starts Mon 28/6, + 6 weeks = Mon 9/8, Sun 15/8.
  CHECK(w27[1].dates.first == d("2027-08-16"));
}

TEST_CASE("phase_window_at_or_after inside a window and inside a break", "[school_breaks]") {
  Calendar cal;
  auto autumn26 = cal.phase_windows(2026)[1];
  auto spring27 = cal.phase_windows(2027)[0];
  CHECK(cal.phase_window_at_or_after(d("2026-10-01")) == autumn26);  // inside
  CHECK(cal.phase_window_at_or_after(d("2026-08-10")) == autumn26);  // first day
  CHECK(cal.phase_window_at_or_after(d("2026-12-19")) == autumn26);  // last day
  CHECK(cal.phase_window_at_or_after(d("2026-07-15")) == autumn26);  // summer break
  CHECK(cal.phase_window_at_or_after(d("2026-12-24")) == spring27);  // Christmas, old year
  CHECK(cal.phase_window_at_or_after(d("2027-01-02")) == spring27);  // Christmas, new year
  CHECK(cal.phase_window_at_or_after(d("2026-03-01")) == cal.phase_windows(2026)[0]);
}

TEST_CASE("an override changes only that municipality's windows", "[school_breaks]") {
  Calendar cal;
  const Calendar untouched;
  cal.set_school_break("550", BreakKind::summer, 2024, r("2024-07-01", "2024-08-09"));
  // Tønder 2024/25 Christmas: 20/12 2024 - 1/1 2025, given by name.
  cal.set_school_break("Tønder", BreakKind::christmas, 2024, r("2024-12-20", "2025-01-01"));
  CHECK(cal.override_count() == 2);

  auto summer = cal.school_break(BreakKind::summer, 2024, "Tønder Kommune");
  CHECK(summer.dates == r("2024-07-01", "2024-08-09"));
  CHECK(summer.overridden);
  auto w24 = cal.phase_windows(2024, "550");
  CHECK(w24[0].dates == r("2024-01-04", "2024-06-30"));
  CHECK(w24[1].dates == r("2024-08-10", "2024-12-19"));

  // Default calendar and other municipalities keep the ISO-week summer 29/6 - 11/8 2024.
  CHECK(cal.school_break(BreakKind::summer, 2024).dates == r("2024-06-29", "2024-08-11"));
  CHECK(cal.phase_windows(2024) == untouched.phase_windows(2024));
  CHECK(cal.phase_windows(2024, "101") == untouched.phase_windows(2024));
  CHECK(cal.phase_windows(2025, "København") == untouched.phase_windows(2025));

  // Spring 2025 by default: Sat 4/1 - Fri 27/6. Mon 6/1 - Sun 29/6 is 25 weeks = 125 weekdays,
  // minus 17/4, 18/4, 21/4, 29/5, 9/6 and grundlovsdag Thu 5/6 = 119. Tønder's Christmas ends
  // 1/1, so its spring also has Thu 2/1 and Fri 3/1: 121.
  CHECK(untouched.phase_windows(2025)[0].working_days == 119);
  auto t25 = cal.phase_windows(2025, "Tønder")[0];
  CHECK(t25.dates == r("2025-01-02", "2025-06-27"));
  CHECK(t25.working_days == 121);
  CHECK(cal.phase_window_at_or_after(d("2025-01-02"), "Tønder") == t25);
  CHECK(cal.phase_window_at_or_after(d("2025-01-02")).dates.first == d("2025-01-04"));

  CHECK(cal.clear_school_break("Tønder", BreakKind::christmas, 2024));
  CHECK_FALSE(cal.clear_school_break("Tønder", BreakKind::christmas, 2024));
  CHECK(cal.clear_school_break("550", BreakKind::summer, 2024));
  CHECK(cal == untouched);
}

TEST_CASE("invalid overrides are rejected and leave the calendar unchanged", "[school_breaks]") {
  Calendar cal;
  // A long summer for Tønder that other overrides must respect.
  cal.set_school_break("550", BreakKind::summer, 2024, r("2024-07-01", "2024-11-20"));
  const Calendar before = cal;

  auto rejected = [&](const char* muni, BreakKind kind, std::int32_t year, DateRange dates) {
    auto e = error_of([&] { cal.set_school_break(muni, kind, year, dates); });
    CHECK(cal == before);
    return e;
  };

  auto e = rejected("550", BreakKind::summer, 2025, r("2025-08-08", "2025-06-30"));
  CHECK(e.status() == RORKIT_ERROR_DATE_ORDER);

  e = rejected("550", BreakKind::summer, 2025, r("2025-04-20", "2025-08-08"));  // April start
  CHECK(e.status() == RORKIT_ERROR_INVALID_SCHOOL_BREAK);
  const std::string msg = e.what();
  CHECK(msg.find("Tønder") != std::string::npos);
  CHECK(msg.find("550") != std::string::npos);
  CHECK(msg.find("summer") != std::string::npos);
  CHECK(msg.find("2025-04-20") != std::string::npos);
  CHECK(msg.find("2025-08-08") != std::string::npos);

  CHECK(rejected("550", BreakKind::summer, 2025, r("2026-06-27", "2026-08-09")).status() ==
        RORKIT_ERROR_INVALID_SCHOOL_BREAK);  // dates of another year
  CHECK(rejected("550", BreakKind::christmas, 2025, r("2025-11-10", "2026-01-02")).status() ==
        RORKIT_ERROR_INVALID_SCHOOL_BREAK);  // before 15 November
  CHECK(rejected("550", BreakKind::christmas, 2025, r("2025-12-20", "2026-02-05")).status() ==
        RORKIT_ERROR_INVALID_SCHOOL_BREAK);  // past 31 January
  // Overlaps Tønder's own summer override, although it would fit the default summer.
  CHECK(rejected("550", BreakKind::christmas, 2024, r("2024-11-15", "2025-01-03")).status() ==
        RORKIT_ERROR_INVALID_SCHOOL_BREAK);
  // Touching the next break leaves no phase window between.
  CHECK(rejected("101", BreakKind::summer, 2024, r("2024-06-29", "2024-12-19")).status() ==
        RORKIT_ERROR_INVALID_SCHOOL_BREAK);
  CHECK(rejected("Atlantis", BreakKind::summer, 2024, r("2024-06-29", "2024-08-11")).status() ==
        RORKIT_ERROR_NOT_FOUND);
  CHECK(rejected("550", BreakKind::summer, 2201, r("2201-06-29", "2201-08-11")).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);

  // The same Christmas is fine for a municipality without the long summer.
  cal.set_school_break("101", BreakKind::christmas, 2024, r("2024-11-15", "2025-01-03"));
  CHECK(cal.override_count() == 2);
}

TEST_CASE("to_string names seasons and break kinds", "[school_breaks]") {
  CHECK(rorkit::to_string(Season::spring) == "spring");
  CHECK(rorkit::to_string(Season::autumn) == "autumn");
  CHECK(rorkit::to_string(BreakKind::summer) == "summer");
  CHECK(rorkit::to_string(BreakKind::christmas) == "christmas");
}

TEST_CASE("calendar rules flow into phase-window working days", "[school_breaks]") {
  // Spring 2025 default (119 above) contains grundlovsdag Thu 5/6: 120 when it is a working day.
  Calendar cal(rorkit::WorkdayRules{false});
  CHECK(cal.phase_windows(2025)[0].working_days == 120);
  CHECK(cal.is_working_day(d("2025-06-05")));
  CHECK_FALSE(Calendar{}.is_working_day(d("2025-06-05")));
  CHECK_FALSE(cal == Calendar{});
}

}  // namespace test_school_breaks
