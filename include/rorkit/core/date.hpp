#pragma once
// A plain calendar date. Arithmetic on dates (weekday, adding days, ISO weeks) lives in
// rorkit/calendar/date_math.hpp; this header only knows which dates exist.

#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>

namespace rorkit {

/// A proleptic Gregorian date, years 1-9999. Regular value type; construct through
/// Date::from_ymd or Date::parse to have it validated.
struct Date {
  std::int32_t year = 1970;
  std::int32_t month = 1;
  std::int32_t day = 1;

  /// A validated date; throws Error(RORKIT_ERROR_INVALID_DATE) naming the bad part.
  static Date from_ymd(std::int32_t year, std::int32_t month, std::int32_t day);

  /// Parses exactly "YYYY-MM-DD"; throws Error(RORKIT_ERROR_INVALID_DATE) with the input.
  static Date parse(std::string_view iso);

  /// "YYYY-MM-DD".
  [[nodiscard]] std::string iso() const;

  /// "YYYYMMDD" (the iCalendar DATE form).
  [[nodiscard]] std::string basic() const;

  friend bool operator==(const Date& a, const Date& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) noexcept { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) noexcept {
    return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
  }
  friend bool operator>(const Date& a, const Date& b) noexcept { return b < a; }
  friend bool operator<=(const Date& a, const Date& b) noexcept { return !(b < a); }
  friend bool operator>=(const Date& a, const Date& b) noexcept { return !(a < b); }
};

/// True for Gregorian leap years.
constexpr bool is_leap_year(std::int32_t year) noexcept {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// Days in a month (1-12) of a year; 0 for a month outside 1-12.
constexpr std::int32_t days_in_month(std::int32_t year, std::int32_t month) noexcept {
  constexpr std::int32_t days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

/// True when year/month/day names a real date in years 1-9999.
constexpr bool is_valid_date(std::int32_t year, std::int32_t month, std::int32_t day) noexcept {
  return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

/// The same check on a Date.
constexpr bool is_valid(const Date& d) noexcept { return is_valid_date(d.year, d.month, d.day); }

/// Throws Error(RORKIT_ERROR_INVALID_DATE) when d is not a real date; `what` names the field.
void require_valid(const Date& d, std::string_view what = "date");

/// An inclusive range of dates, first <= last.
struct DateRange {
  Date first;
  Date last;

  /// True when d lies in [first, last].
  [[nodiscard]] bool contains(const Date& d) const noexcept { return first <= d && d <= last; }

  friend bool operator==(const DateRange& a, const DateRange& b) noexcept {
    return a.first == b.first && a.last == b.last;
  }
  friend bool operator!=(const DateRange& a, const DateRange& b) noexcept { return !(a == b); }
};

/// Today's date in the local time zone of the process.
Date today();

}  // namespace rorkit
