// Working days. Counts were worked out by hand from a wall calendar and the holiday lists in
// test_holidays.cpp; the reasoning is next to each value.

#include <catch2/catch.hpp>

#include <limits>
#include <string>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/calendar/workdays.hpp"
#include "rorkit/core/error.hpp"
#include "support/errors.hpp"

namespace test_workdays {

using rorkit::Date;
using rorkit::WorkdayRules;

namespace {

Date d(const char* iso) { return Date::parse(iso); }

const WorkdayRules with_customary{true};
const WorkdayRules without_customary{false};

using rorkit::test::error_of;

// The slow, obviously right count the fast one must match.
std::int64_t count_day_by_day(Date first, const Date& last, const WorkdayRules& rules) {
  std::int64_t n = 0;
  for (; first <= last; first = rorkit::add_days(first, 1))
    if (rorkit::is_working_day(first, rules)) ++n;
  return n;
}

}  // namespace

TEST_CASE("weekends and holidays are not working days", "[workdays]") {
  CHECK(rorkit::is_working_day(d("2025-01-02")));        // Thursday
  CHECK_FALSE(rorkit::is_working_day(d("2025-01-04")));  // Saturday
  CHECK_FALSE(rorkit::is_working_day(d("2025-01-05")));  // Sunday
  CHECK_FALSE(rorkit::is_working_day(d("2025-01-01")));  // nytårsdag, Wednesday
  CHECK_FALSE(rorkit::is_working_day(d("2023-05-05")));  // store bededag, Friday
  CHECK(rorkit::is_working_day(d("2024-04-26")));        // same slot in 2024: a working Friday
}

TEST_CASE("customary days off follow the rules", "[workdays]") {
  // Grundlovsdag 2025 is a Thursday, juleaftensdag and nytårsaftensdag Wednesdays.
  for (const char* iso : {"2025-06-05", "2025-12-24", "2025-12-31"}) {
    CHECK_FALSE(rorkit::is_working_day(d(iso), with_customary));
    CHECK(rorkit::is_working_day(d(iso), without_customary));
  }
  CHECK_FALSE(rorkit::is_working_day(d("2025-06-05")));  // default rules: day off
  // A helligdag stays off either way, also when grundlovsdag shares its date (2017: 2. pinse).
  CHECK_FALSE(rorkit::is_working_day(d("2025-12-25"), without_customary));
  CHECK_FALSE(rorkit::is_working_day(d("2017-06-05"), without_customary));
}

TEST_CASE("count_working_days over months and years", "[workdays]") {
  // Jan 2025: Wed 1 - Fri 31 holds 3 + 4*5 = 23 weekdays, minus nytårsdag = 22.
  CHECK(rorkit::count_working_days(d("2025-01-01"), d("2025-01-31")) == 22);
  // 2025 starts on a Wednesday: 52 weeks + 1 day = 261 weekdays. Weekday helligdage: 1/1, 17/4,
  // 18/4, 21/4, 29/5, 9/6, 25/12, 26/12 (8); customary 5/6, 24/12, 31/12 all weekdays (3).
  CHECK(rorkit::count_working_days(d("2025-01-01"), d("2025-12-31")) == 261 - 8 - 3);
  CHECK(rorkit::count_working_days(d("2025-01-01"), d("2025-12-31"), without_customary) ==
        261 - 8);
  // 2024 (leap) starts on a Monday: 52 weeks + Mon, Tue = 262 weekdays. Weekday helligdage:
  // 1/1, 28/3, 29/3, 1/4, 9/5, 20/5, 25/12, 26/12 (8); customary 5/6 Wed, 24/12 and 31/12 Tue.
  CHECK(rorkit::count_working_days(d("2024-01-01"), d("2024-12-31")) == 262 - 8 - 3);
  // 2023 starts on a Sunday: 52 weeks + Sun = 260 weekdays. Weekday helligdage: 6/4, 7/4, 10/4,
  // 5/5 (store bededag), 18/5, 29/5, 25/12, 26/12 (8; 1/1 is a Sunday); customary only 5/6 Mon.
  CHECK(rorkit::count_working_days(d("2023-01-01"), d("2023-12-31")) == 260 - 8 - 1);
  CHECK(rorkit::count_working_days(d("2023-01-01"), d("2023-12-31"), without_customary) ==
        260 - 8);
  // Single days.
  CHECK(rorkit::count_working_days(d("2025-01-02"), d("2025-01-02")) == 1);
  CHECK(rorkit::count_working_days(d("2025-01-04"), d("2025-01-05")) == 0);
}

TEST_CASE("count over many years equals a day-by-day count", "[workdays]") {
  for (const auto& rules : {with_customary, without_customary}) {
    const Date first = d("1995-03-15");
    const Date last = d("2031-10-02");
    CHECK(rorkit::count_working_days(first, last, rules) == count_day_by_day(first, last, rules));
  }
  const Date all_first{rorkit::min_calendar_year, 1, 1};
  const Date all_last{rorkit::max_calendar_year, 12, 31};
  CHECK(rorkit::count_working_days(all_first, all_last) ==
        count_day_by_day(all_first, all_last, {}));
}

TEST_CASE("add_working_days across Easter in both directions", "[workdays]") {
  // Wed 16/4 2025 -> Thu 17 skærtorsdag, Fri 18 langfredag, weekend, Mon 21 2. påskedag -> 22/4.
  CHECK(rorkit::add_working_days(d("2025-04-16"), 1) == d("2025-04-22"));
  CHECK(rorkit::add_working_days(d("2025-04-16"), 2) == d("2025-04-23"));
  CHECK(rorkit::add_working_days(d("2025-04-22"), -1) == d("2025-04-16"));
  // Starting on a holiday: from påskedag itself the next working day is Tue 22/4.
  CHECK(rorkit::add_working_days(d("2025-04-20"), 1) == d("2025-04-22"));
  CHECK(rorkit::add_working_days(d("2025-04-20"), -1) == d("2025-04-16"));
}

TEST_CASE("add_working_days across Christmas and New Year", "[workdays]") {
  // From Mon 23/12 2024: 24 (customary), 25, 26 off; Fri 27; weekend; Mon 30; 31 (customary) and
  // 1/1 off; Thu 2/1 2025.
  CHECK(rorkit::add_working_days(d("2024-12-23"), 1) == d("2024-12-27"));
  CHECK(rorkit::add_working_days(d("2024-12-23"), 2) == d("2024-12-30"));
  CHECK(rorkit::add_working_days(d("2024-12-23"), 3) == d("2025-01-02"));
  CHECK(rorkit::add_working_days(d("2025-01-02"), -1) == d("2024-12-30"));
  CHECK(rorkit::add_working_days(d("2025-01-02"), -2) == d("2024-12-27"));
  CHECK(rorkit::add_working_days(d("2025-01-02"), -3) == d("2024-12-23"));
  // Without customary days off 24/12 and 31/12 are working days.
  CHECK(rorkit::add_working_days(d("2024-12-23"), 1, without_customary) == d("2024-12-24"));
  CHECK(rorkit::add_working_days(d("2024-12-23"), 3, without_customary) == d("2024-12-30"));
  CHECK(rorkit::add_working_days(d("2024-12-23"), 4, without_customary) == d("2024-12-31"));
  CHECK(rorkit::add_working_days(d("2025-01-02"), -1, without_customary) == d("2024-12-31"));
}

TEST_CASE("add_working_days by zero and over long distances", "[workdays]") {
  CHECK(rorkit::add_working_days(d("2025-01-04"), 0) == d("2025-01-04"));  // even a Saturday
  CHECK(rorkit::next_working_day(d("2025-01-04")) == d("2025-01-06"));
  CHECK(rorkit::next_working_day(d("2025-01-06")) == d("2025-01-06"));
  // Round trip against the count: Mon 3/1 2000 is a working day, and so is Fri 29/12 2045.
  const Date first = d("2000-01-03");
  const Date last = d("2045-12-29");
  REQUIRE(rorkit::is_working_day(first));
  REQUIRE(rorkit::is_working_day(last));
  const std::int64_t n = rorkit::count_working_days(first, last);
  CHECK(rorkit::add_working_days(first, n - 1) == last);
  CHECK(rorkit::add_working_days(last, -(n - 1)) == first);
  // A year's worth from 31/12: 2025 has 250 working days, the 250th is Tue 30/12 2025.
  CHECK(rorkit::add_working_days(d("2024-12-31"), 250) == d("2025-12-30"));
}

TEST_CASE("working days reject reversed ranges and years outside 1900-2200", "[workdays]") {
  auto e = error_of([] { (void)rorkit::count_working_days(d("2025-02-01"), d("2025-01-31")); });
  CHECK(e.status() == RORKIT_ERROR_DATE_ORDER);
  CHECK(std::string(e.what()).find("2025-02-01") != std::string::npos);
  CHECK(std::string(e.what()).find("2025-01-31") != std::string::npos);

  CHECK(error_of([] { (void)rorkit::is_working_day(d("1899-12-29")); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(error_of([] { (void)rorkit::count_working_days(d("2200-12-01"), d("2201-01-05")); })
            .status() == RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(error_of([] { (void)rorkit::add_working_days(d("2200-12-30"), 5); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(error_of([] { (void)rorkit::add_working_days(d("1900-01-03"), -5); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(error_of([] {
          (void)rorkit::add_working_days(d("2000-01-03"), std::numeric_limits<std::int64_t>::min());
        }).status() == RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  // The edges: 1/1 1900 (Monday) is nytårsdag, so nothing precedes Tue 2/1 1900; Wed 31/12 2200
  // is nytårsaftensdag, so Tue 30/12 2200 is the last working day unless customary days count.
  CHECK(rorkit::add_working_days(d("1900-01-03"), -1) == d("1900-01-02"));
  CHECK(error_of([] { (void)rorkit::add_working_days(d("1900-01-02"), -1); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(rorkit::add_working_days(d("2200-12-29"), 1) == d("2200-12-30"));
  CHECK(error_of([] { (void)rorkit::add_working_days(d("2200-12-30"), 1); }).status() ==
        RORKIT_ERROR_YEAR_OUT_OF_RANGE);
  CHECK(rorkit::add_working_days(d("2200-12-30"), 1, without_customary) == d("2200-12-31"));
}

}  // namespace test_workdays
