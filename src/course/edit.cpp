// Edits given by hand (a meeting, a trial action) and the survey look-ups the C ABI, Python and
// the CLI share. Every check runs before the course is touched.

#include "rorkit/course/edit.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "core/text.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/plan/edit.hpp"
#include "schedule_detail.hpp"

namespace rorkit {
namespace {

void require_id(std::string_view id, const std::string& what) {
  if (!is_valid_id(id))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         what + ": id " + text::shown(id) + " is not an id (1-64 characters from A-Z a-z 0-9 - _ . :)");
}

template <class T>
void require_new_id(const std::vector<T>& items, const std::string& id, const std::string& what,
                    const char* list) {
  for (const T& x : items)
    if (x.id == id) fail(RORKIT_ERROR_DUPLICATE, what + ": the course already has " + list + " " + text::in_quotes(id));
}

}  // namespace

void add_meeting(Course& course, Meeting meeting) {
  const std::string what = "meeting " + meeting.id;
  require_id(meeting.id, what);
  require_new_id(course.meetings, meeting.id, what, "a meeting");
  for (std::size_t i = 0; i < meeting.group_ids.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (meeting.group_ids[i] == meeting.group_ids[j])
        fail(RORKIT_ERROR_DUPLICATE, what + ": group " + meeting.group_ids[i] + " is named twice");
  check_meeting(course, course_calendar(course), meeting);
  course.meetings.push_back(std::move(meeting));
}

void add_trial_action(Course& course, TrialAction trial) {
  const std::string what = "trial action " + trial.id;
  require_id(trial.id, what);
  require_new_id(course.trial_actions, trial.id, what, "a trial action");
  if (trial.phase != CoursePhase::udvikle && trial.phase != CoursePhase::forankre)
    fail(RORKIT_ERROR_VALIDATION, what + ": trial actions belong to " +
                                      schedule_detail::phase_label(CoursePhase::udvikle) + " or " +
                                      schedule_detail::phase_label(CoursePhase::forankre) +
                                      ", not " + schedule_detail::phase_label(trial.phase));
  if (!trial.owner_id.empty() && course.find_person(trial.owner_id) == nullptr)
    fail(RORKIT_ERROR_DANGLING_REFERENCE,
         what + ": owner " + text::in_quotes(trial.owner_id) + " is not a person of the course");
  if (trial.start) require_valid(*trial.start, what + ": start");
  if (trial.end) require_valid(*trial.end, what + ": end");
  if (trial.start && trial.end && *trial.end < *trial.start)
    fail(RORKIT_ERROR_DATE_ORDER,
         what + ": end " + trial.end->iso() + " is before start " + trial.start->iso());
  course.trial_actions.push_back(std::move(trial));
}

const TemperatureSurvey& find_survey(const Course& course, std::string_view id) {
  for (const TemperatureSurvey& s : course.temperature)
    if (s.id == id) return s;
  std::string there;
  for (const TemperatureSurvey& s : course.temperature) there += (there.empty() ? "" : ", ") + s.id;
  fail(RORKIT_ERROR_NOT_FOUND, "course " + course.id + " has no temperature survey " + text::in_quotes(id) +
                                   (there.empty() ? std::string("; it has none")
                                                  : "; it has " + there));
}

const TemperatureSurvey& latest_survey(const Course& course) {
  const TemperatureSurvey* best = nullptr;
  for (const TemperatureSurvey& s : course.temperature)
    if (best == nullptr || best->date <= s.date) best = &s;
  if (best == nullptr)
    fail(RORKIT_ERROR_NOT_FOUND, "course " + course.id + " has no temperature survey");
  return *best;
}

}  // namespace rorkit
