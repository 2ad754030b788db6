#pragma once
// Danish public holidays (helligdage) and customary days off, DOMAIN.md §5.

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "rorkit/core/date.hpp"

namespace rorkit {

/// The years the Danish calendar supports.
inline constexpr std::int32_t min_calendar_year = 1900;
inline constexpr std::int32_t max_calendar_year = 2200;

/// Throws Error(RORKIT_ERROR_YEAR_OUT_OF_RANGE) unless min_calendar_year <= year <=
/// max_calendar_year.
void require_calendar_year(std::int32_t year);

/// A helligdag is a public holiday by law; a customary day off (grundlovsdag, juleaftensdag,
/// nytårsaftensdag) is not, but most workplaces close.
enum class HolidayKind : std::int32_t { public_holiday = 1, customary_day_off = 2 };

/// One holiday. The strings are static.
struct Holiday {
  Date date;
  HolidayKind kind = HolidayKind::public_holiday;
  std::string_view id;       ///< stable ASCII id, e.g. "langfredag", "store_bededag"
  std::string_view name_da;  ///< e.g. "Langfredag"
  std::string_view name_en;  ///< e.g. "Good Friday"

  friend bool operator==(const Holiday& a, const Holiday& b) noexcept {
    return a.date == b.date && a.id == b.id;
  }
  friend bool operator!=(const Holiday& a, const Holiday& b) noexcept { return !(a == b); }
};

/// Easter Sunday of a Gregorian year (computed, not tabulated).
Date easter_sunday(std::int32_t year);

/// All holidays and customary days off of a year, ordered by date. Store bededag is included up
/// to and including 2023 only.
std::vector<Holiday> holidays(std::int32_t year);

/// The holiday on a date, if any.
std::optional<Holiday> holiday_on(const Date& d);

}  // namespace rorkit
