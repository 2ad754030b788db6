#pragma once
// Laying the course on the calendar: three phase windows from an approved registration and a
// start date, and the meetings spread over each window on working days.

#include <string>
#include <vector>

#include "rorkit/calendar/school_breaks.hpp"
#include "rorkit/course/model.hpp"
#include "rorkit/io/ical.hpp"

namespace rorkit {

/// The three phases from a start date: Fase 1 in the phase window containing `start`, or when
/// `start` falls in a break or after the window's first week [I], in the next window, with a
/// warning that says why; Fase 2 and 3 in the two windows after it.
struct PhasePlan {
  std::vector<PhaseSchedule> phases;
  std::vector<std::string> warnings;
};
PhasePlan plan_phases(const Calendar& calendar, std::int32_t municipality, const Date& start);

struct MeetingOptions {
  std::int32_t meetings_per_group = 3;     ///< per group and phase (seed B: three)
  std::int32_t min_spacing_working_days = 10;
  std::optional<std::int32_t> preferred_weekday;  ///< ISO 1 = Monday ... 5 = Friday
  std::int32_t start_minute = 9 * 60;
  std::int32_t duration_minutes = 120;
  std::string location;
};

/// Meetings for every group in every phase: Fase 1 opens with a joint start meeting of the
/// steering and implementation groups, Fase 2 with a joint kick-off including the local groups;
/// each group then has its meetings spread evenly over the window on working days (never on a
/// holiday or in a school break), at least min_spacing_working_days apart, on the preferred
/// weekday when given. Throws Error(RORKIT_ERROR_WINDOW_TOO_SHORT) naming the phase, the window
/// and how many working days it would need, when a window cannot hold them.
std::vector<Meeting> schedule_meetings(const Course& course, const Calendar& calendar,
                                       const MeetingOptions& options = {});

/// Checks a meeting given by hand: a working day inside its phase's window, known groups, time
/// in order. Throws Error(RORKIT_ERROR_NOT_A_WORKING_DAY / DATE_ORDER / DANGLING_REFERENCE /
/// OUT_OF_RANGE) naming the meeting; also INVALID_DATE for a date that does not exist,
/// INVALID_ARGUMENT when only one of start/end minute is set, and VALIDATION for a joint start
/// meeting outside Fase 1 or a joint kick-off outside Fase 2.
void check_meeting(const Course& course, const Calendar& calendar, const Meeting& meeting);

/// The meetings (and activity due dates) as iCalendar events with stable UIDs.
std::vector<CalendarEvent> course_events(const Course& course);

/// What plan_course fills in and what it warns about.
struct CoursePlanResult {
  Course course;
  std::vector<std::string> warnings;
};

/// Plans a course: checks the registration (RORKIT_ERROR_REGISTRATION naming each unmet
/// criterion) and the organisation (RORKIT_ERROR_COMPOSITION naming each unmet rule), lays out
/// the phases, schedules the meetings (RORKIT_ERROR_WINDOW_TOO_SHORT) and creates the standard
/// activities of each phase with due dates inside their windows, owned by the coordinator.
/// Phases, meetings and activities are replaced as a whole (with a warning when there were any).
CoursePlanResult plan_course(Course course, const Date& start, const MeetingOptions& options = {});

/// The calendar a course uses: the default calendar plus the course's school-break overrides
/// for its municipality. Throws as Calendar::set_school_break, naming school_breaks[i]; also
/// DUPLICATE for a break overridden twice and INVALID_ARGUMENT for overrides without a
/// municipality.
Calendar course_calendar(const Course& course);

}  // namespace rorkit
