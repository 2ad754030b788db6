// plan_course (registration and organisation checked, then phases, meetings and the standard
// activities of seed B's phase descriptions) and the course as iCalendar events.

#include <string>
#include <utility>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "schedule_detail.hpp"

namespace rorkit {

using schedule_detail::municipality_key;
using schedule_detail::phase_label;
using schedule_detail::phase_prefix;
using schedule_detail::usable_days;

namespace {

// The standard activities of each phase and when they are due: on the usable day at fraction
// num/den of the window's n usable days (index ceil(n * num / den) - 1), so a quarter in, mid
// phase, three quarters in or on the last working day before the break [I]. With three meetings
// at 1/6, 1/2 and 5/6 of the window this puts the Fase 1 overviews before the second meeting,
// the development plan before the third, and each phase's closing deliverable at its end.
// Listed in order of due date within each phase.
struct StandardActivity {
  CoursePhase phase;
  ActivityKind kind;
  std::int32_t num;
  std::int32_t den;
};

constexpr StandardActivity standard_activities[] = {
    {CoursePhase::forberede, ActivityKind::prerequisites_overview, 1, 4},
    {CoursePhase::forberede, ActivityKind::baseline_temperature, 1, 4},
    {CoursePhase::forberede, ActivityKind::case_review, 1, 2},
    {CoursePhase::forberede, ActivityKind::keyfigure_review, 1, 2},
    {CoursePhase::forberede, ActivityKind::network_activity, 1, 2},
    {CoursePhase::forberede, ActivityKind::development_plan, 3, 4},
    {CoursePhase::forberede, ActivityKind::communication_plan, 1, 1},
    {CoursePhase::udvikle, ActivityKind::network_activity, 1, 2},
    {CoursePhase::udvikle, ActivityKind::trial_actions, 1, 1},
    {CoursePhase::forankre, ActivityKind::followup_temperature, 1, 2},
    {CoursePhase::forankre, ActivityKind::network_activity, 1, 2},
    {CoursePhase::forankre, ActivityKind::trial_actions, 3, 4},
    {CoursePhase::forankre, ActivityKind::anchoring_plan, 1, 1},
};

std::vector<Activity> standard_activities_for(const Course& course, const Calendar& calendar) {
  const std::string muni = municipality_key(course.municipality);
  std::vector<Activity> out;
  for (const PhaseSchedule& p : course.phases) {
    const std::vector<Date> days = usable_days(calendar, muni, p.window.dates);
    const auto n = static_cast<std::int64_t>(days.size());
    for (const StandardActivity& s : standard_activities) {
      if (s.phase != p.phase) continue;
      Activity a;
      a.id = phase_prefix(p.phase) + std::string(to_code(s.kind));
      a.kind = s.kind;
      a.phase = p.phase;
      a.title = std::string(danish_name(s.kind));
      a.owner_id = course.organisation.coordinator_id;
      if (n > 0) {
        const std::int64_t index = (n * s.num + s.den - 1) / s.den - 1;  // ceil(n*num/den) - 1
        a.due = days[static_cast<std::size_t>(index < 0 ? 0 : index)];
      }
      out.push_back(std::move(a));
    }
  }
  return out;
}

void require_registration(const Course& course) {
  const std::vector<CriterionResult> results = check_registration(course);
  if (registration_approved(results)) return;
  std::string msg = "course " + course.id + ": the registration is not approved";
  const char* sep = ": ";
  for (const CriterionResult& r : results) {
    if (r.met) continue;
    // check_registration's reasons may already open with "criterion N: ".
    const std::string tag = "criterion " + std::to_string(r.number);
    std::string reason = r.reason;
    if (reason.rfind(tag + ": ", 0) == 0) reason.erase(0, tag.size() + 2);
    msg += sep;
    msg += tag + " (" + r.name + "): " + (reason.empty() ? "not met" : reason);
    sep = "; ";
  }
  fail(RORKIT_ERROR_REGISTRATION, msg);
}

// Throws on error findings; returns the warnings as text.
std::vector<std::string> require_organisation(const Course& course) {
  const std::vector<Finding> findings = validate_organisation(course);
  std::vector<std::string> warnings;
  std::string errors;
  std::size_t n_errors = 0;
  for (const Finding& f : findings) {
    const std::string text = f.code + " at " + f.path + ": " + f.message;
    if (f.severity == Severity::error) {
      errors += (n_errors++ == 0 ? ": " : "; ") + text;
    } else {
      warnings.push_back("organisation: " + text);
    }
  }
  if (n_errors > 0)
    fail(RORKIT_ERROR_COMPOSITION, "course " + course.id + ": the organisation breaks " +
                                       std::to_string(n_errors) +
                                       (n_errors == 1 ? " rule" : " rules") + errors);
  return warnings;
}

// "Styregruppe", or "Lokal implementeringsgruppe Bostøtten" (local groups are told apart by
// name); the id when the group is unknown.
std::string group_label(const Course& course, const std::string& id) {
  const Group* g = course.find_group(id);
  if (!g) return id;
  std::string label(danish_name(g->kind));
  if (g->kind == GroupKind::local_implementation && !g->name.empty()) label += " " + g->name;
  return label;
}

std::string group_list(const Course& course, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    const Group* g = course.find_group(id);
    if (!out.empty()) out += ", ";
    out += g && !g->name.empty() ? g->name : id;
  }
  return out;
}

std::string meeting_summary(const Course& course, const Meeting& m) {
  const std::string phase = " (" + phase_label(m.phase) + ")";
  if (m.kind == MeetingKind::joint_start) return "Fælles startmøde" + phase;
  if (m.kind == MeetingKind::joint_kickoff) return "Fælles kick-off" + phase;
  std::string who;
  for (const std::string& id : m.group_ids)
    who += (who.empty() ? "" : " og ") + group_label(course, id);
  if (who.empty()) who = "Møde";
  return who + " – møde " + std::to_string(m.number) + phase;
}

}  // namespace

std::vector<CalendarEvent> course_events(const Course& course) {
  std::vector<CalendarEvent> out;
  for (const Meeting& m : course.meetings) {
    CalendarEvent e = m.start_minute && m.end_minute
                          ? CalendarEvent::timed(meeting_summary(course, m), m.date,
                                                 *m.start_minute, *m.end_minute)
                          : CalendarEvent::all_day(meeting_summary(course, m), m.date);
    e.uid = course.id + "-meeting-" + m.id + "@rorkit";
    e.description = (m.group_ids.size() > 1 ? "Grupper: " : "Gruppe: ") +
                    group_list(course, m.group_ids);
    e.location = m.location;
    e.categories = {"Møde", phase_label(m.phase)};
    out.push_back(std::move(e));
  }
  for (const Activity& a : course.activities) {
    if (!a.due || a.status == ActivityStatus::cancelled) continue;
    const std::string title = a.title.empty() ? std::string(danish_name(a.kind)) : a.title;
    CalendarEvent e =
        CalendarEvent::all_day(title + " – frist (" + phase_label(a.phase) + ")", *a.due);
    e.uid = course.id + "-activity-" + a.id + "@rorkit";
    if (const Person* p = course.find_person(a.owner_id))
      e.description = "Ansvarlig: " + (p->name.empty() ? p->id : p->name);
    e.categories = {"Frist", phase_label(a.phase)};
    out.push_back(std::move(e));
  }
  return out;
}

CoursePlanResult plan_course(Course course, const Date& start, const MeetingOptions& options) {
  require_registration(course);
  CoursePlanResult result;
  result.warnings = require_organisation(course);

  const Calendar calendar = course_calendar(course);
  PhasePlan phases = plan_phases(calendar, course.municipality, start);
  for (std::string& w : phases.warnings) result.warnings.push_back(std::move(w));

  if (!course.meetings.empty() || !course.activities.empty())
    result.warnings.push_back("the course already had " + std::to_string(course.meetings.size()) +
                              " meeting(s) and " + std::to_string(course.activities.size()) +
                              " activity(ies); the plan replaces them");
  course.requested_start = start;
  course.phases = std::move(phases.phases);
  course.meetings = schedule_meetings(course, calendar, options);
  course.activities = standard_activities_for(course, calendar);
  result.course = std::move(course);
  return result;
}

}  // namespace rorkit
