#include <catch2/catch.hpp>

#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"
#include "support/errors.hpp"

namespace test_date {

using rorkit::Date;

using rorkit::test::message_of;
using rorkit::test::status_of;

TEST_CASE("ISO dates parse and format") {
  CHECK(Date::parse("2025-06-05") == Date{2025, 6, 5});
  CHECK(Date::parse("2024-02-29") == Date{2024, 2, 29});  // 2024 is a leap year
  CHECK(Date::parse("2000-02-29") == Date{2000, 2, 29});  // divisible by 400
  CHECK(Date{2026, 1, 9}.iso() == "2026-01-09");
  CHECK(Date{2026, 1, 9}.basic() == "20260109");
  CHECK(Date{33, 12, 31}.iso() == "0033-12-31");
}

TEST_CASE("invalid dates are refused with INVALID_DATE and a message naming the part") {
  for (const char* bad : {"2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "1900-02-29",
                          "2025-4-01", "2025/04/01", "", "20250401", "2025-04-01T00", "abcd-ef-gh",
                          "0000-01-01"}) {
    CAPTURE(bad);
    CHECK(status_of([&] { Date::parse(bad); }) == RORKIT_ERROR_INVALID_DATE);
  }
  try {
    Date::parse("2023-02-29");
    FAIL("no throw");
  } catch (const rorkit::Error& e) {
    CHECK(std::string(e.what()).find("day 29 is not 1-28") != std::string::npos);
    CHECK(std::string(e.what()).find("2023-02-29") != std::string::npos);
  }
  try {
    Date::from_ymd(2025, 13, 1);
    FAIL("no throw");
  } catch (const rorkit::Error& e) {
    CHECK(std::string(e.what()).find("month 13") != std::string::npos);
  }
}

TEST_CASE("leap years and month lengths follow the Gregorian rules") {
  CHECK(rorkit::is_leap_year(2024));
  CHECK_FALSE(rorkit::is_leap_year(2100));
  CHECK(rorkit::is_leap_year(2000));
  CHECK_FALSE(rorkit::is_leap_year(2023));
  CHECK(rorkit::days_in_month(2023, 2) == 28);
  CHECK(rorkit::days_in_month(2024, 2) == 29);
  CHECK(rorkit::days_in_month(2025, 9) == 30);
  CHECK(rorkit::days_in_month(2025, 13) == 0);
}

TEST_CASE("dates order and ranges contain their ends") {
  CHECK(Date{2025, 1, 31} < Date{2025, 2, 1});
  CHECK(Date{2024, 12, 31} < Date{2025, 1, 1});
  rorkit::DateRange r{Date{2025, 8, 11}, Date{2025, 12, 19}};
  CHECK(r.contains(Date{2025, 8, 11}));
  CHECK(r.contains(Date{2025, 12, 19}));
  CHECK_FALSE(r.contains(Date{2025, 12, 20}));
}

}  // namespace test_date
