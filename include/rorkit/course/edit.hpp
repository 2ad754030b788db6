#pragma once
// Changes to a course given by hand (a meeting, a trial action) and the survey look-ups the
// surfaces share. Each edit checks everything first and changes the course only when all is
// well, so a failed call leaves it exactly as it was.

#include <string_view>

#include "rorkit/course/model.hpp"

namespace rorkit {

/// Adds a meeting given by hand. Checks it as check_meeting does on the course's calendar
/// (NOT_A_WORKING_DAY, OUT_OF_RANGE, VALIDATION, DANGLING_REFERENCE, DATE_ORDER, ...), and that
/// its id is a valid id (INVALID_ARGUMENT) not already used by a meeting of the course
/// (DUPLICATE) and that it names no group twice (DUPLICATE). Appended after the others.
void add_meeting(Course& course, Meeting meeting);

/// Adds a trial action (prøvehandling). Checks that its id is valid (INVALID_ARGUMENT) and new
/// (DUPLICATE), that its phase is Fase 2 Udvikle or Fase 3 Forankre (VALIDATION; seed B runs
/// trial actions there), that a named owner is a person of the course (DANGLING_REFERENCE), and
/// that an end date is not before the start (DATE_ORDER). Appended after the others.
void add_trial_action(Course& course, TrialAction trial);

/// The survey with this id; Error(RORKIT_ERROR_NOT_FOUND) naming the id and the surveys there
/// are.
const TemperatureSurvey& find_survey(const Course& course, std::string_view id);

/// The survey with the latest date (of equal dates, the later listed);
/// Error(RORKIT_ERROR_NOT_FOUND) when the course has none.
const TemperatureSurvey& latest_survey(const Course& course);

}  // namespace rorkit
