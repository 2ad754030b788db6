#pragma once
// Working-day arithmetic on the Danish calendar.

#include <cstdint>

#include "rorkit/core/date.hpp"

namespace rorkit {

/// What counts as a day off besides weekends and helligdage.
struct WorkdayRules {
  /// When true (the default) grundlovsdag, juleaftensdag and nytårsaftensdag are days off too.
  bool customary_days_off = true;

  friend bool operator==(const WorkdayRules& a, const WorkdayRules& b) noexcept {
    return a.customary_days_off == b.customary_days_off;
  }
  friend bool operator!=(const WorkdayRules& a, const WorkdayRules& b) noexcept { return !(a == b); }
};

/// Monday-Friday and not a holiday under the rules. Throws for years outside 1900-2200.
bool is_working_day(const Date& d, const WorkdayRules& rules = {});

/// The n-th working day after d (n > 0) or before d (n < 0); d itself for n == 0. d need not be
/// a working day.
Date add_working_days(const Date& d, std::int64_t n, const WorkdayRules& rules = {});

/// d when it is a working day, else the first working day after it.
Date next_working_day(const Date& d, const WorkdayRules& rules = {});

/// Working days in [first, last], both ends included. Throws Error(RORKIT_ERROR_DATE_ORDER) when
/// last < first.
std::int64_t count_working_days(const Date& first, const Date& last,
                                const WorkdayRules& rules = {});

}  // namespace rorkit
