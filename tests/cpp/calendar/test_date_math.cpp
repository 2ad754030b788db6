// ISO weeks and date arithmetic. Expected values were checked against Python's
// datetime.date.isocalendar() / date.fromisocalendar().

#include <catch2/catch.hpp>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/core/error.hpp"
#include "support/errors.hpp"

namespace test_date_math {

using rorkit::Date;
using rorkit::IsoWeek;

namespace {
Date d(const char* iso) { return Date::parse(iso); }
}  // namespace

TEST_CASE("iso_weekday counts Monday as 1 and Sunday as 7", "[date_math]") {
  CHECK(rorkit::iso_weekday(d("2024-12-30")) == 1);
  CHECK(rorkit::iso_weekday(d("2025-06-05")) == 4);
  CHECK(rorkit::iso_weekday(d("2027-01-01")) == 5);
  CHECK(rorkit::iso_weekday(d("2021-01-03")) == 7);
}

TEST_CASE("add_days and days_between agree across months and leap days", "[date_math]") {
  CHECK(rorkit::add_days(d("2024-02-28"), 1) == d("2024-02-29"));
  CHECK(rorkit::add_days(d("2023-02-28"), 1) == d("2023-03-01"));
  CHECK(rorkit::add_days(d("2025-01-01"), -1) == d("2024-12-31"));
  CHECK(rorkit::days_between(d("2024-01-01"), d("2025-01-01")) == 366);
  CHECK(rorkit::days_between(d("2025-01-01"), d("2024-01-01")) == -366);
}

TEST_CASE("ISO 53-week years 2020 and 2026", "[date_math]") {
  CHECK(rorkit::iso_weeks_in_year(2020) == 53);
  CHECK(rorkit::iso_weeks_in_year(2026) == 53);
  CHECK(rorkit::iso_weeks_in_year(2024) == 52);
  CHECK(rorkit::iso_weeks_in_year(2025) == 52);
  CHECK(rorkit::iso_week(d("2020-12-31")) == IsoWeek{2020, 53});
  CHECK(rorkit::iso_week(d("2026-12-31")) == IsoWeek{2026, 53});
  CHECK(rorkit::from_iso_week(2020, 53, 7) == d("2021-01-03"));
  CHECK(rorkit::from_iso_week(2026, 53, 4) == d("2026-12-31"));
}

TEST_CASE("ISO week 1 and week 53 straddle New Year", "[date_math]") {
  // Late December in week 1 of the next ISO year.
  CHECK(rorkit::iso_week(d("2024-12-30")) == IsoWeek{2025, 1});
  CHECK(rorkit::iso_week(d("2025-12-29")) == IsoWeek{2026, 1});
  CHECK(rorkit::iso_week(d("2019-12-30")) == IsoWeek{2020, 1});
  // Early January in the last week of the previous ISO year.
  CHECK(rorkit::iso_week(d("2021-01-03")) == IsoWeek{2020, 53});
  CHECK(rorkit::iso_week(d("2027-01-01")) == IsoWeek{2026, 53});
  CHECK(rorkit::iso_week(d("2023-01-01")) == IsoWeek{2022, 52});
  CHECK(rorkit::iso_week(d("2016-01-03")) == IsoWeek{2015, 53});
  CHECK(rorkit::from_iso_week(2025, 1, 1) == d("2024-12-30"));
  CHECK(rorkit::from_iso_week(2021, 1, 1) == d("2021-01-04"));
}

TEST_CASE("from_iso_week rejects a week the year does not have", "[date_math]") {
  try {
    (void)rorkit::from_iso_week(2025, 53, 1);
    FAIL("expected an error");
  } catch (const rorkit::Error& e) {
    CHECK(e.status() == RORKIT_ERROR_INVALID_ARGUMENT);
  }
}

TEST_CASE("add_months clamps to the end of shorter months", "[date_math]") {
  using rorkit::add_months;
  using rorkit::Date;
  // Worked on a wall calendar: six months after 31 August is February, which has 28 days in 2026.
  CHECK(add_months(Date{2025, 8, 31}, 6) == Date{2026, 2, 28});
  CHECK(add_months(Date{2023, 8, 31}, 6) == Date{2024, 2, 29});  // 2024 is a leap year
  CHECK(add_months(Date{2025, 1, 15}, 6) == Date{2025, 7, 15});
  CHECK(add_months(Date{2025, 11, 30}, 3) == Date{2026, 2, 28});
  CHECK(add_months(Date{2026, 3, 31}, -1) == Date{2026, 2, 28});
  CHECK(add_months(Date{2026, 1, 10}, -13) == Date{2024, 12, 10});
  CHECK(add_months(Date{2026, 1, 10}, 0) == Date{2026, 1, 10});
  CHECK(rorkit::test::status_of([] { (void)add_months(Date{9999, 12, 1}, 1); }) ==
        RORKIT_ERROR_OUT_OF_RANGE);
}

}  // namespace test_date_math
