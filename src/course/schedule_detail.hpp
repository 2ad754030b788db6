#pragma once
// Helpers shared by the course scheduling files (schedule_phases.cpp, schedule_meetings.cpp,
// schedule_plan.cpp). Private to src/course.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/course/model.hpp"

namespace rorkit::schedule_detail {

/// The municipality as the Calendar looks it up: "" (the default calendar) for code 0, else the
/// code in decimal.
std::string municipality_key(std::int32_t code);

/// "autumn 2026 (2026-08-10..2026-12-19)".
std::string describe_window(const PhaseWindow& w);

/// "Fase 1 Forberede".
std::string phase_label(CoursePhase phase);

/// The school break of the municipality that contains `d`, if any (checked against the breaks
/// starting in d.year - 1 and d.year).
std::optional<SchoolBreak> break_containing(const Calendar& calendar, const std::string& muni,
                                            const Date& d);

/// The days of `dates` a meeting or deadline may fall on: working days under the calendar's
/// rules that lie in none of the municipality's school breaks, in order. A phase window lies
/// between breaks by construction; the break check guards phases edited by hand.
std::vector<Date> usable_days(const Calendar& calendar, const std::string& muni,
                              const DateRange& dates);

/// The prefix of the ids of a phase's meetings and activities ("f1-").
inline std::string phase_prefix(CoursePhase phase) {
  return "f" + std::to_string(static_cast<std::int32_t>(phase)) + "-";
}

}  // namespace rorkit::schedule_detail
