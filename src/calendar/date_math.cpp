// Date arithmetic through Boost.Date_Time (the only area allowed to use it).

#include "rorkit/calendar/date_math.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>

#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

namespace bg = boost::gregorian;

bg::date to_boost(const Date& d) {
  require_valid(d);
  if (d.year < 1400)
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         "date " + d.iso() + " is before 1400, the first year of date arithmetic");
  return bg::date(static_cast<unsigned short>(d.year), static_cast<unsigned short>(d.month),
                  static_cast<unsigned short>(d.day));
}

Date from_boost(const bg::date& d) {
  auto ymd = d.year_month_day();
  return Date{static_cast<std::int32_t>(ymd.year), static_cast<std::int32_t>(ymd.month),
              static_cast<std::int32_t>(ymd.day)};
}

}  // namespace

std::int32_t iso_weekday(const Date& d) {
  auto wd = static_cast<std::int32_t>(to_boost(d).day_of_week().as_number());  // 0 = Sunday
  return wd == 0 ? 7 : wd;
}

Date add_days(const Date& d, std::int64_t n) {
  auto start = to_boost(d);
  // Boost reports leaving 1400-9999 with an exception or a special value; check first.
  constexpr std::int64_t span = 3'000'000;  // more than 1400-9999 in days
  if (n > span || n < -span)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "adding " + std::to_string(n) + " days to " + d.iso() +
                                        " leaves years 1400-9999");
  try {
    bg::date r = start + bg::days(static_cast<long>(n));
    if (r.is_special()) throw std::out_of_range("special");
    return from_boost(r);
  } catch (const std::out_of_range&) {
    fail(RORKIT_ERROR_OUT_OF_RANGE, "adding " + std::to_string(n) + " days to " + d.iso() +
                                        " leaves years 1400-9999");
  }
}

Date add_months(const Date& d, std::int32_t months) {
  require_valid(d);
  std::int64_t index = std::int64_t{d.year} * 12 + (d.month - 1) + months;
  if (index < 12 || index >= 10000 * 12)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "adding " + std::to_string(months) + " months to " + d.iso() +
                                        " leaves years 1-9999");
  auto year = static_cast<std::int32_t>(index / 12);
  auto month = static_cast<std::int32_t>(index % 12 + 1);
  return Date{year, month, std::min(d.day, days_in_month(year, month))};
}

std::int64_t days_between(const Date& a, const Date& b) {
  return static_cast<std::int64_t>((to_boost(b) - to_boost(a)).days());
}

std::int32_t iso_weeks_in_year(std::int32_t iso_year) {
  // A year has 53 ISO weeks exactly when 28 December falls in week 53, i.e. when its Thursday
  // count is 53: 1 January is a Thursday, or a Wednesday in a leap year.
  std::int32_t jan1 = iso_weekday(Date::from_ymd(iso_year, 1, 1));
  return (jan1 == 4 || (jan1 == 3 && is_leap_year(iso_year))) ? 53 : 52;
}

IsoWeek iso_week(const Date& d) {
  // The ISO year is the year of the Thursday of d's week.
  Date thursday = add_days(d, 4 - iso_weekday(d));
  Date jan1 = Date{thursday.year, 1, 1};
  auto week = static_cast<std::int32_t>(days_between(jan1, thursday) / 7 + 1);
  return IsoWeek{thursday.year, week};
}

Date from_iso_week(std::int32_t iso_year, std::int32_t week, std::int32_t weekday) {
  if (iso_year < 1401 || iso_year > 9998)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "ISO year " + std::to_string(iso_year) +
                                        " is outside 1401-9998");
  if (weekday < 1 || weekday > 7)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "ISO weekday " + std::to_string(weekday) + " is not 1 (Monday) to 7 (Sunday)");
  std::int32_t weeks = iso_weeks_in_year(iso_year);
  if (week < 1 || week > weeks)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "ISO year " + std::to_string(iso_year) + " has weeks 1-" +
                                            std::to_string(weeks) + ", not " +
                                            std::to_string(week));
  // 4 January is always in week 1.
  Date jan4 = Date{iso_year, 1, 4};
  Date week1_monday = add_days(jan4, 1 - iso_weekday(jan4));
  return add_days(week1_monday, std::int64_t{7} * (week - 1) + (weekday - 1));
}

}  // namespace rorkit
