// The course's calendar and its three phases on phase windows (seed B: each phase half a year,
// from the summer holidays to Christmas or from Christmas to the summer holidays).

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/calendar/holidays.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/schedule.hpp"
#include "schedule_detail.hpp"

namespace rorkit {
namespace schedule_detail {

std::string municipality_key(std::int32_t code) {
  return code == 0 ? std::string() : std::to_string(code);
}

std::string describe_window(const PhaseWindow& w) {
  return std::string(to_string(w.season)) + " " + std::to_string(w.year) + " (" +
         w.dates.first.iso() + ".." + w.dates.last.iso() + ")";
}

std::string phase_label(CoursePhase phase) { return std::string(danish_name(phase)); }

std::optional<SchoolBreak> break_containing(const Calendar& calendar, const std::string& muni,
                                            const Date& d) {
  // A break starting before d.year - 1 ended by 31 January of d.year - 1 at the latest.
  for (std::int32_t year = d.year - 1; year <= d.year; ++year)
    for (BreakKind kind : {BreakKind::summer, BreakKind::christmas}) {
      if (year < min_calendar_year) continue;
      SchoolBreak b = calendar.school_break(kind, year, muni);
      if (b.dates.contains(d)) return b;
    }
  return std::nullopt;
}

std::vector<Date> usable_days(const Calendar& calendar, const std::string& muni,
                              const DateRange& dates) {
  std::vector<SchoolBreak> breaks;
  for (std::int32_t year = dates.first.year - 1; year <= dates.last.year; ++year)
    for (BreakKind kind : {BreakKind::summer, BreakKind::christmas})
      if (year >= min_calendar_year) breaks.push_back(calendar.school_break(kind, year, muni));
  std::vector<Date> out;
  for (Date d = dates.first; d <= dates.last; d = add_days(d, 1)) {
    if (!calendar.is_working_day(d)) continue;
    bool in_break = false;
    for (const SchoolBreak& b : breaks) in_break = in_break || b.dates.contains(d);
    if (!in_break) out.push_back(d);
  }
  return out;
}

}  // namespace schedule_detail

using schedule_detail::break_containing;
using schedule_detail::describe_window;
using schedule_detail::municipality_key;
using schedule_detail::phase_label;
using schedule_detail::usable_days;

namespace {

// Fase 1 may begin in the window that contains the requested start only while the window is at
// most this many calendar days old [I]: a course that starts later would lose its start meeting
// and a good part of the half year.
constexpr std::int64_t first_week_days = 7;

std::string describe_break(const SchoolBreak& b) {
  return std::string(to_string(b.kind)) + " break " + std::to_string(b.year) + " (" +
         b.dates.first.iso() + ".." + b.dates.last.iso() + ")";
}

// The break just before a window: Christmas of the year before a spring window, the summer break
// of the same year before an autumn window.
SchoolBreak break_before(const Calendar& calendar, const std::string& muni, const PhaseWindow& w) {
  return w.season == Season::spring ? calendar.school_break(BreakKind::christmas, w.year - 1, muni)
                                    : calendar.school_break(BreakKind::summer, w.year, muni);
}

}  // namespace

Calendar course_calendar(const Course& course) {
  Calendar calendar;
  if (course.school_breaks.empty()) return calendar;
  if (course.municipality == 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "course " + course.id + ": it has " + std::to_string(course.school_breaks.size()) +
             " school-break override(s) but no municipality to hold them");
  for (std::size_t i = 0; i < course.school_breaks.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (course.school_breaks[i].kind == course.school_breaks[j].kind &&
          course.school_breaks[i].year == course.school_breaks[j].year)
        fail(RORKIT_ERROR_DUPLICATE,
             "course " + course.id + ": school_breaks[" + std::to_string(i) + "] overrides the " +
                 std::string(to_string(course.school_breaks[i].kind)) + " break " +
                 std::to_string(course.school_breaks[i].year) +
                 " a second time (also school_breaks[" + std::to_string(j) + "])");

  // Each override is checked against its neighbours as they stand when it is set, so a pair that
  // only fits together (both breaks moved) can fail in one order and succeed in the other. Apply
  // in passes until nothing more fits; then the first refusal is the real one.
  const std::string muni = municipality_key(course.municipality);
  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < course.school_breaks.size(); ++i) pending.push_back(i);
  while (!pending.empty()) {
    std::vector<std::size_t> refused;
    std::optional<Error> first_error;
    for (std::size_t i : pending) {
      const SchoolBreak& b = course.school_breaks[i];
      try {
        calendar.set_school_break(muni, b.kind, b.year, b.dates);
      } catch (const Error& e) {
        if (!first_error) first_error = e;
        refused.push_back(i);
      }
    }
    if (refused.size() == pending.size())
      fail(first_error->status(), "course " + course.id + ": school_breaks[" +
                                      std::to_string(refused.front()) +
                                      "]: " + first_error->what());
    pending = std::move(refused);
  }
  return calendar;
}

PhasePlan plan_phases(const Calendar& calendar, std::int32_t municipality, const Date& start) {
  const std::string muni = municipality_key(municipality);
  PhaseWindow first = calendar.phase_window_at_or_after(start, muni);
  PhasePlan plan;
  if (start < first.dates.first) {
    const SchoolBreak b = break_before(calendar, muni, first);
    plan.warnings.push_back("the requested start " + start.iso() + " falls in the " +
                            describe_break(b) +
                            "; Fase 1 Forberede starts with the next phase window, " +
                            describe_window(first));
  } else {
    const std::int64_t day = days_between(first.dates.first, start) + 1;
    if (day > first_week_days) {
      const PhaseWindow late = first;
      first = calendar.next_phase_window(late, muni);
      plan.warnings.push_back(
          "the requested start " + start.iso() + " is day " + std::to_string(day) +
          " of the phase window " + describe_window(late) + ", after its first " +
          std::to_string(first_week_days) +
          " days; Fase 1 Forberede starts with the next phase window, " + describe_window(first));
    }
  }
  const PhaseWindow second = calendar.next_phase_window(first, muni);
  const PhaseWindow third = calendar.next_phase_window(second, muni);
  plan.phases = {PhaseSchedule{CoursePhase::forberede, first},
                 PhaseSchedule{CoursePhase::udvikle, second},
                 PhaseSchedule{CoursePhase::forankre, third}};
  return plan;
}

}  // namespace rorkit
