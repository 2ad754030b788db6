#pragma once
// JSON renderings of what is computed about a course: the registration check, the phases, the
// status on a date, temperature summaries and changes, and the course's purposes; plus the
// course as an iCalendar file. The C ABI, the CLI and Python print these; their shapes are
// documented in docs/course.md ("From C, the CLI and Python").

#include <string>
#include <string_view>
#include <vector>

#include "rorkit/course/model.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/status.hpp"
#include "rorkit/course/temperature.hpp"

namespace rorkit {

/// {"approved", "criteria":[{"number","name","met","reason"}]} ("reason" is "" when met).
std::string registration_to_json(const std::vector<CriterionResult>& results, bool pretty = false);

/// [{"phase","name_da","year","season","first","last","working_days"}]
std::string phases_to_json(const std::vector<PhaseSchedule>& phases, bool pretty = false);

/// A JSON array of strings (planning warnings).
std::string strings_to_json(const std::vector<std::string>& items, bool pretty = false);

/// {"on","phase","phase_name_da","between_phases","finished","meetings":{"held","planned",
/// "missed"},"activities":{"done","due","overdue":[ids]},"trial_actions":{"planned","running",
/// "evaluated"},"temperature":[change...]}; "phase" and "phase_name_da" are null in a break and
/// after the course.
std::string course_status_to_json(const CourseStatus& status, bool pretty = false);

/// {"survey_id","kind","date","responses","min_cell","cells":[{"dimension_id","role","n",
/// "suppressed","mean","distribution","light"}]}; "role" is null for the all-respondents cell,
/// "mean" and "light" are null when the cell is suppressed.
std::string temperature_to_json(const TemperatureSurvey& survey,
                                const std::vector<TemperatureCell>& cells, std::int32_t min_cell,
                                bool pretty = false);

/// {"baseline_id","followup_id","changes":[{"dimension_id","baseline_mean","followup_mean",
/// "change","needs_work","reason"}]}
std::string temperature_change_to_json(const TemperatureSurvey& baseline,
                                       const TemperatureSurvey& followup,
                                       const std::vector<TemperatureChange>& changes,
                                       bool pretty = false);

/// [{"purpose","number","name_da","key_figures":[...]}] of course_purposes().
std::string purposes_to_json(bool pretty = false);

/// The course's meetings and deadlines (course_events) as an iCalendar file named
/// "Udviklingsforløb <id>". `dtstamp` "YYYYMMDDTHHMMSSZ"; empty = now.
std::string course_to_ical(const Course& course, std::string_view dtstamp = {});

}  // namespace rorkit
