// School breaks, municipality overrides and the phase windows between breaks (DOMAIN.md §5).

#include "rorkit/calendar/school_breaks.hpp"

#include <string>
#include <utility>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit {
namespace {

// Municipality code 0 stands for the default calendar; real codes start at 101.
constexpr std::int32_t default_code = 0;

std::int32_t resolve(std::string_view municipality) {
  return municipality.empty() ? default_code : find_municipality(municipality).code;
}

void require_kind(BreakKind kind) {
  if (kind != BreakKind::summer && kind != BreakKind::christmas)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "unknown school break kind " + std::to_string(static_cast<std::int32_t>(kind)));
}

void require_season(Season s) {
  if (s != Season::spring && s != Season::autumn)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "unknown season " + std::to_string(static_cast<std::int32_t>(s)));
}

// Without the calendar-year check: the spring window of 1900 needs the Christmas break of 1899,
// and validating Christmas 2200 needs summer 2201.
DateRange default_break_of(BreakKind kind, std::int32_t year) {
  if (kind == BreakKind::summer) return {from_iso_week(year, 26, 6), from_iso_week(year, 32, 7)};
  return {Date{year, 12, 20}, Date{year + 1, 1, 3}};
}

// The override map's type is private to Calendar, hence the template.
template <class Overrides>
SchoolBreak in_force(const Overrides& overrides, std::int32_t code, BreakKind kind,
                     std::int32_t year) {
  if (code != default_code) {
    auto it = overrides.find(std::make_tuple(code, static_cast<std::int32_t>(kind), year));
    if (it != overrides.end()) return SchoolBreak{kind, year, it->second, true};
  }
  return SchoolBreak{kind, year, default_break_of(kind, year), false};
}

template <class Overrides>
PhaseWindow window_of(const Overrides& overrides, const WorkdayRules& rules, std::int32_t code,
                      std::int32_t year, Season season) {
  require_calendar_year(year);
  const bool spring = season == Season::spring;
  const DateRange before = spring ? in_force(overrides, code, BreakKind::christmas, year - 1).dates
                                  : in_force(overrides, code, BreakKind::summer, year).dates;
  const DateRange after = spring ? in_force(overrides, code, BreakKind::summer, year).dates
                                 : in_force(overrides, code, BreakKind::christmas, year).dates;
  const DateRange dates{add_days(before.last, 1), add_days(after.first, -1)};
  return PhaseWindow{year, season, dates, count_working_days(dates.first, dates.last, rules)};
}

std::string describe_break(BreakKind kind, std::int32_t year, const DateRange& r) {
  return std::string(to_string(kind)) + " break " + std::to_string(year) + " (" +
         r.first.iso() + ".." + r.last.iso() + ")";
}

}  // namespace

DateRange default_school_break(BreakKind kind, std::int32_t year) {
  require_kind(kind);
  require_calendar_year(year);
  return default_break_of(kind, year);
}

void Calendar::set_school_break(std::string_view municipality, BreakKind kind,
                                std::int32_t year, const DateRange& dates) {
  const Municipality& m = find_municipality(municipality);
  require_kind(kind);
  require_calendar_year(year);
  require_valid(dates.first, "first date");
  require_valid(dates.last, "last date");

  const std::string what = "school break override for " + std::string(m.name) + " (" +
                           std::to_string(m.code) + "), " + describe_break(kind, year, dates);
  if (dates.last < dates.first)
    fail(RORKIT_ERROR_DATE_ORDER, what + ": the last date is before the first");

  const bool summer = kind == BreakKind::summer;
  const DateRange start_window = summer ? DateRange{Date{year, 5, 1}, Date{year, 8, 31}}
                                        : DateRange{Date{year, 11, 15}, Date{year, 12, 31}};
  if (!start_window.contains(dates.first))
    fail(RORKIT_ERROR_INVALID_SCHOOL_BREAK, what + ": it must start between " +
                                                start_window.first.iso() + " and " +
                                                start_window.last.iso());
  const Date latest_christmas_end{year + 1, 1, 31};
  if (!summer && latest_christmas_end < dates.last)
    fail(RORKIT_ERROR_INVALID_SCHOOL_BREAK,
         what + ": it must end by " + latest_christmas_end.iso());

  // The neighbours as this municipality has them, other overrides included. At least one day
  // must separate them, or the phase window between would be empty.
  const SchoolBreak prev =
      summer ? in_force(overrides_, m.code, BreakKind::christmas, year - 1)
             : in_force(overrides_, m.code, BreakKind::summer, year);
  const SchoolBreak next = summer ? in_force(overrides_, m.code, BreakKind::christmas, year)
                                  : in_force(overrides_, m.code, BreakKind::summer, year + 1);
  if (days_between(prev.dates.last, dates.first) < 2)
    fail(RORKIT_ERROR_INVALID_SCHOOL_BREAK,
         what + ": it overlaps or touches the " + describe_break(prev.kind, prev.year, prev.dates));
  if (days_between(dates.last, next.dates.first) < 2)
    fail(RORKIT_ERROR_INVALID_SCHOOL_BREAK,
         what + ": it overlaps or touches the " + describe_break(next.kind, next.year, next.dates));

  // Every check is done; the map assignment is the only change, so a throw leaves *this as it was.
  overrides_.insert_or_assign(Key{m.code, static_cast<std::int32_t>(kind), year}, dates);
}

bool Calendar::clear_school_break(std::string_view municipality, BreakKind kind,
                                  std::int32_t year) {
  const Municipality& m = find_municipality(municipality);
  return overrides_.erase(Key{m.code, static_cast<std::int32_t>(kind), year}) > 0;
}

SchoolBreak Calendar::school_break(BreakKind kind, std::int32_t year,
                                   std::string_view municipality) const {
  require_kind(kind);
  require_calendar_year(year);
  return in_force(overrides_, resolve(municipality), kind, year);
}

std::vector<PhaseWindow> Calendar::phase_windows(std::int32_t year,
                                                 std::string_view municipality) const {
  const std::int32_t code = resolve(municipality);
  return {window_of(overrides_, rules_, code, year, Season::spring),
          window_of(overrides_, rules_, code, year, Season::autumn)};
}

PhaseWindow Calendar::phase_window_at_or_after(const Date& on,
                                               std::string_view municipality) const {
  require_valid(on, "date");
  require_calendar_year(on.year);
  const std::int32_t code = resolve(municipality);
  // Christmas of the year before always ends in this year's January and the autumn window ends
  // before this year's Christmas, so these three windows cover every date of the year.
  for (const auto& [year, season] : {std::pair{on.year, Season::spring},
                                     std::pair{on.year, Season::autumn},
                                     std::pair{on.year + 1, Season::spring}}) {
    PhaseWindow w = window_of(overrides_, rules_, code, year, season);
    if (on <= w.dates.last) return w;
  }
  fail(RORKIT_ERROR_INTERNAL, "no phase window found at or after " + on.iso());
}

PhaseWindow Calendar::next_phase_window(const PhaseWindow& window,
                                        std::string_view municipality) const {
  require_season(window.season);
  const std::int32_t code = resolve(municipality);
  return window.season == Season::spring
             ? window_of(overrides_, rules_, code, window.year, Season::autumn)
             : window_of(overrides_, rules_, code, window.year + 1, Season::spring);
}

bool Calendar::is_working_day(const Date& d) const { return rorkit::is_working_day(d, rules_); }

Date Calendar::add_working_days(const Date& d, std::int64_t n) const {
  return rorkit::add_working_days(d, n, rules_);
}

std::int64_t Calendar::count_working_days(const Date& first, const Date& last) const {
  return rorkit::count_working_days(first, last, rules_);
}

std::string_view to_string(Season s) noexcept {
  switch (s) {
    case Season::spring: return "spring";
    case Season::autumn: return "autumn";
  }
  return "unknown";
}

std::string_view to_string(BreakKind k) noexcept {
  switch (k) {
    case BreakKind::summer: return "summer";
    case BreakKind::christmas: return "christmas";
  }
  return "unknown";
}

}  // namespace rorkit
