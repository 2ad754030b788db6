// Working days: Monday-Friday minus the holidays the rules treat as days off.
//
// Counting and stepping work a calendar year at a time: whole weeks are counted arithmetically
// and the year's few weekday holidays subtracted, so a span of a century costs about a hundred
// holiday lists rather than tens of thousands of single-day checks.

#include "rorkit/calendar/workdays.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

void require_calendar_date(const Date& d, std::string_view what) {
  require_valid(d, what);
  require_calendar_year(d.year);
}

bool is_weekday(const Date& d) { return iso_weekday(d) <= 5; }

bool counts_as_day_off(const Holiday& h, const WorkdayRules& rules) {
  return h.kind == HolidayKind::public_holiday || rules.customary_days_off;
}

// The year's days off that would otherwise be working days: on Monday-Friday, sorted, each
// date once even where two holidays share it. Computed once per rule set for every calendar
// year (thread-safe static initialisation), because due dates and counts ask for the same few
// hundred years again and again.
std::vector<Date> compute_weekday_days_off(std::int32_t year, const WorkdayRules& rules) {
  std::vector<Date> out;
  for (const Holiday& h : holidays(year)) {
    if (!counts_as_day_off(h, rules) || !is_weekday(h.date)) continue;
    if (!out.empty() && out.back() == h.date) continue;
    out.push_back(h.date);
  }
  return out;
}

using DaysOffTable = std::vector<std::vector<Date>>;  // index: year - min_calendar_year

DaysOffTable build_table(const WorkdayRules& rules) {
  DaysOffTable t;
  t.reserve(max_calendar_year - min_calendar_year + 1);
  for (std::int32_t y = min_calendar_year; y <= max_calendar_year; ++y)
    t.push_back(compute_weekday_days_off(y, rules));
  return t;
}

const std::vector<Date>& weekday_days_off(std::int32_t year, const WorkdayRules& rules) {
  static const DaysOffTable with_customary = build_table(WorkdayRules{true});
  static const DaysOffTable without_customary = build_table(WorkdayRules{false});
  require_calendar_year(year);
  const auto& table = rules.customary_days_off ? with_customary : without_customary;
  return table[static_cast<std::size_t>(year - min_calendar_year)];
}

bool is_listed(const std::vector<Date>& sorted, const Date& d) {
  return std::binary_search(sorted.begin(), sorted.end(), d);
}

// Monday-Friday days in [first, last]; first <= last.
std::int64_t count_weekdays(const Date& first, const Date& last) {
  const std::int64_t total = days_between(first, last) + 1;
  std::int64_t n = total / 7 * 5;
  std::int32_t wd = iso_weekday(first);
  for (std::int64_t r = total % 7; r > 0; --r) {
    if (wd <= 5) ++n;
    wd = wd % 7 + 1;
  }
  return n;
}

// Working days in [first, last] when both are known to lie in calendar years and in order.
std::int64_t count_checked(const Date& first, const Date& last, const WorkdayRules& rules) {
  std::int64_t n = count_weekdays(first, last);
  for (std::int32_t y = first.year; y <= last.year; ++y)
    for (const Date& off : weekday_days_off(y, rules))
      if (first <= off && off <= last) --n;
  return n;
}

[[noreturn]] void fail_past_calendar(const Date& d, std::int64_t n) {
  fail(RORKIT_ERROR_YEAR_OUT_OF_RANGE,
       "adding " + std::to_string(n) + " working days to " + d.iso() +
           " leaves the Danish calendar's years " + std::to_string(min_calendar_year) + "-" +
           std::to_string(max_calendar_year));
}

}  // namespace

bool is_working_day(const Date& d, const WorkdayRules& rules) {
  require_calendar_date(d, "date");
  return is_weekday(d) && !is_listed(weekday_days_off(d.year, rules), d);
}

Date add_working_days(const Date& d, std::int64_t n, const WorkdayRules& rules) {
  require_calendar_date(d, "date");
  if (n == 0) return d;
  const bool forward = n > 0;
  // Unsigned so that the magnitude of INT64_MIN is representable.
  std::uint64_t remaining =
      forward ? static_cast<std::uint64_t>(n) : 0 - static_cast<std::uint64_t>(n);
  Date cur = d;
  for (;;) {
    // The next segment: the rest of the year beyond cur in the direction of travel (or the
    // whole adjacent year when cur is the year's edge).
    const Date step = add_days(cur, forward ? 1 : -1);
    if (step.year < min_calendar_year || step.year > max_calendar_year) fail_past_calendar(d, n);
    const Date seg_first = forward ? step : Date{step.year, 1, 1};
    const Date seg_last = forward ? Date{step.year, 12, 31} : step;
    const auto avail = static_cast<std::uint64_t>(count_checked(seg_first, seg_last, rules));
    if (avail < remaining) {
      remaining -= avail;
      cur = forward ? seg_last : seg_first;
      continue;
    }
    // The answer lies in this segment: at most a year of single steps.
    const std::vector<Date>& off = weekday_days_off(step.year, rules);
    for (Date x = step;; x = add_days(x, forward ? 1 : -1))
      if (is_weekday(x) && !is_listed(off, x) && --remaining == 0) return x;
  }
}

Date next_working_day(const Date& d, const WorkdayRules& rules) {
  return is_working_day(d, rules) ? d : add_working_days(d, 1, rules);
}

std::int64_t count_working_days(const Date& first, const Date& last, const WorkdayRules& rules) {
  require_calendar_date(first, "first date");
  require_calendar_date(last, "last date");
  if (last < first)
    fail(RORKIT_ERROR_DATE_ORDER,
         "last date " + last.iso() + " is before first date " + first.iso());
  return count_checked(first, last, rules);
}

}  // namespace rorkit
