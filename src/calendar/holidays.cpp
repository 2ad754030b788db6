// Danish helligdage and customary days off (DOMAIN.md §5).

#include "rorkit/calendar/holidays.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

// The Gregorian computus is only meaningful from the first Gregorian Easter (1583); Date stops
// at 9999.
constexpr std::int32_t first_gregorian_year = 1583;

// Store bededag was abolished from 1 January 2024 (law of 28 February 2023).
constexpr std::int32_t last_store_bededag_year = 2023;

struct HolidayRule {
  std::int32_t easter_offset;  // used when month == 0
  std::int32_t month;
  std::int32_t day;
  HolidayKind kind;
  std::string_view id;
  std::string_view name_da;
  std::string_view name_en;
};

constexpr HolidayKind pub = HolidayKind::public_holiday;
constexpr HolidayKind cust = HolidayKind::customary_day_off;

// Listed in calendar order for a typical year; holidays() still sorts, because pinse can fall on
// or after grundlovsdag.
constexpr HolidayRule kHolidayRules[] = {
    {0, 1, 1, pub, "nytaarsdag", "Nytårsdag", "New Year's Day"},
    {-3, 0, 0, pub, "skaertorsdag", "Skærtorsdag", "Maundy Thursday"},
    {-2, 0, 0, pub, "langfredag", "Langfredag", "Good Friday"},
    {0, 0, 0, pub, "paaskedag", "Påskedag", "Easter Sunday"},
    {1, 0, 0, pub, "anden_paaskedag", "2. påskedag", "Easter Monday"},
    {26, 0, 0, pub, "store_bededag", "Store bededag", "General Prayer Day"},
    {39, 0, 0, pub, "kristi_himmelfartsdag", "Kristi himmelfartsdag", "Ascension Day"},
    {49, 0, 0, pub, "pinsedag", "Pinsedag", "Whit Sunday"},
    {50, 0, 0, pub, "anden_pinsedag", "2. pinsedag", "Whit Monday"},
    {0, 6, 5, cust, "grundlovsdag", "Grundlovsdag", "Constitution Day"},
    {0, 12, 24, cust, "juleaftensdag", "Juleaftensdag", "Christmas Eve"},
    {0, 12, 25, pub, "juledag", "Juledag", "Christmas Day"},
    {0, 12, 26, pub, "anden_juledag", "2. juledag", "Boxing Day"},
    {0, 12, 31, cust, "nytaarsaftensdag", "Nytårsaftensdag", "New Year's Eve"},
};

}  // namespace

void require_calendar_year(std::int32_t year) {
  if (year < min_calendar_year || year > max_calendar_year)
    fail(RORKIT_ERROR_YEAR_OUT_OF_RANGE,
         "year " + std::to_string(year) + " is outside the Danish calendar's years " +
             std::to_string(min_calendar_year) + "-" + std::to_string(max_calendar_year));
}

Date easter_sunday(std::int32_t year) {
  if (year < first_gregorian_year || year > 9999)
    fail(RORKIT_ERROR_YEAR_OUT_OF_RANGE, "year " + std::to_string(year) +
                                             " is outside the Gregorian Easter years " +
                                             std::to_string(first_gregorian_year) + "-9999");
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const std::int32_t a = year % 19;
  const std::int32_t b = year / 100;
  const std::int32_t c = year % 100;
  const std::int32_t d = b / 4;
  const std::int32_t e = b % 4;
  const std::int32_t f = (b + 8) / 25;
  const std::int32_t g = (b - f + 1) / 3;
  const std::int32_t h = (19 * a + b - d - g + 15) % 30;
  const std::int32_t i = c / 4;
  const std::int32_t k = c % 4;
  const std::int32_t l = (32 + 2 * e + 2 * i - h - k) % 7;
  const std::int32_t m = (a + 11 * h + 22 * l) / 451;
  const std::int32_t month = (h + l - 7 * m + 114) / 31;
  const std::int32_t day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

std::vector<Holiday> holidays(std::int32_t year) {
  require_calendar_year(year);
  const Date easter = easter_sunday(year);
  std::vector<Holiday> out;
  out.reserve(std::size(kHolidayRules));
  for (const HolidayRule& r : kHolidayRules) {
    if (r.id == "store_bededag" && year > last_store_bededag_year) continue;
    const Date date =
        r.month == 0 ? add_days(easter, r.easter_offset) : Date{year, r.month, r.day};
    out.push_back(Holiday{date, r.kind, r.id, r.name_da, r.name_en});
  }
  // A customary day off sharing its date with a helligdag (grundlovsdag on pinse) stays in the
  // list, after the helligdag, so holiday_on can report the stronger one.
  std::stable_sort(out.begin(), out.end(), [](const Holiday& x, const Holiday& y) {
    if (x.date != y.date) return x.date < y.date;
    return static_cast<std::int32_t>(x.kind) < static_cast<std::int32_t>(y.kind);
  });
  return out;
}

std::optional<Holiday> holiday_on(const Date& d) {
  require_valid(d);
  for (const Holiday& h : holidays(d.year))
    if (h.date == d) return h;
  return std::nullopt;
}

}  // namespace rorkit
