#pragma once
// Arithmetic on dates. Implemented with Boost.Date_Time, which never appears in this header.

#include <cstdint>

#include "rorkit/core/date.hpp"

namespace rorkit {

/// ISO 8601 weekday: 1 = Monday ... 7 = Sunday.
std::int32_t iso_weekday(const Date& d);

/// d plus n days (n may be negative). Throws Error(RORKIT_ERROR_OUT_OF_RANGE) when the result
/// leaves years 1400-9999 (Boost.Date_Time's range).
Date add_days(const Date& d, std::int64_t n);

/// d plus n calendar months (n may be negative); a day past the end of the target month is
/// clamped to its last day (2025-08-31 + 6 months = 2026-02-28).
Date add_months(const Date& d, std::int32_t months);

/// Days from a to b (positive when b is later).
std::int64_t days_between(const Date& a, const Date& b);

/// An ISO 8601 week: the ISO year (which can differ from the calendar year near New Year) and
/// the week 1-53.
struct IsoWeek {
  std::int32_t year = 0;
  std::int32_t week = 0;
  friend bool operator==(const IsoWeek& a, const IsoWeek& b) noexcept {
    return a.year == b.year && a.week == b.week;
  }
  friend bool operator!=(const IsoWeek& a, const IsoWeek& b) noexcept { return !(a == b); }
};

/// The ISO week of a date.
IsoWeek iso_week(const Date& d);

/// The date of an ISO year/week/weekday (weekday 1 = Monday). Throws
/// Error(RORKIT_ERROR_INVALID_ARGUMENT) for a week the ISO year does not have.
Date from_iso_week(std::int32_t iso_year, std::int32_t week, std::int32_t weekday);

/// Number of ISO weeks in an ISO year: 52 or 53.
std::int32_t iso_weeks_in_year(std::int32_t iso_year);

}  // namespace rorkit
