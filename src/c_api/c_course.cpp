// C ABI: the strategic development course. Whole courses and single entries cross as JSON in
// the course format; planning makes a new course; the edits check everything before they
// change the course.

#include <memory>
#include <utility>

#include "c_api/course_handles.hpp"
#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_course.h"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/io/course_entries.hpp"
#include "rorkit/io/course_json.hpp"
#include "rorkit/io/course_reports.hpp"
#include "rorkit/io/plan_reports.hpp"

using namespace rorkit::capi;

namespace {

rorkit::MeetingOptions to_options(const rorkit_meeting_options* options) {
  rorkit::MeetingOptions o;
  if (options == nullptr) return o;
  check_version(options->version, RORKIT_MEETING_OPTIONS_VERSION, "options->version");
  if (options->meetings_per_group != 0) o.meetings_per_group = options->meetings_per_group;
  if (options->min_spacing_working_days != 0)
    o.min_spacing_working_days = options->min_spacing_working_days;
  if (options->preferred_weekday != 0) o.preferred_weekday = options->preferred_weekday;
  if (options->start_minute != 0) o.start_minute = options->start_minute;
  if (options->duration_minutes != 0) o.duration_minutes = options->duration_minutes;
  if (options->location != nullptr)
    o.location = std::string(require_text(options->location, "options->location"));
  return o;
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_course_from_json(rorkit_course** out, const char* json,
                                                 size_t size) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(json, "json");
    *out = new rorkit_course{rorkit::course_from_json(std::string_view(json, size))};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_to_json(rorkit_string* out, const rorkit_course* course,
                                               int pretty) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, rorkit::course_to_json(course_of(course), pretty != 0));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_clone(rorkit_course** out, const rorkit_course* course) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new rorkit_course{course_of(course)};
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_course_free(rorkit_course* course) { delete course; }

RORKIT_API rorkit_status rorkit_course_info_get(rorkit_course_info* out,
                                                const rorkit_course* course) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& c = course_of(course);
    *out = rorkit_course_info{c.id.c_str(),
                              c.municipality,
                              to_c(c.requested_start),
                              c.organisation.people.size(),
                              c.organisation.groups.size(),
                              c.phases.size(),
                              c.meetings.size(),
                              c.activities.size(),
                              c.trial_actions.size(),
                              c.temperature.size()};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_check_registration(rorkit_string* json_out, int* approved,
                                                          const rorkit_course* course) {
  return guarded(__func__, [&] {
    require_arg(json_out, "json_out");
    auto results = rorkit::check_registration(course_of(course));
    to_owned(json_out, rorkit::registration_to_json(results));
    if (approved != nullptr) *approved = rorkit::registration_approved(results) ? 1 : 0;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_validate_organisation(rorkit_string* findings_json,
                                                             size_t* errors, size_t* warnings,
                                                             const rorkit_course* course) {
  return guarded(__func__, [&] {
    require_arg(findings_json, "findings_json");
    auto findings = rorkit::validate_organisation(course_of(course));
    std::size_t e = 0;
    for (const auto& f : findings) e += f.severity == rorkit::Severity::error ? 1 : 0;
    to_owned(findings_json, rorkit::findings_to_json(findings));
    if (errors != nullptr) *errors = e;
    if (warnings != nullptr) *warnings = findings.size() - e;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_plan(rorkit_course** out, rorkit_string* warnings_json,
                                            const rorkit_course* in, rorkit_date start,
                                            const rorkit_meeting_options* options) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& c = course_of(in);
    auto from = to_date(start, "start");
    auto o = to_options(options);
    auto result = rorkit::plan_course(c, from, o);
    // Everything that can fail happens before *out and *warnings_json are written.
    std::string warnings = rorkit::strings_to_json(result.warnings);
    auto handle = std::make_unique<rorkit_course>(rorkit_course{std::move(result.course)});
    if (warnings_json != nullptr) to_owned(warnings_json, warnings);
    *out = handle.release();
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_phases(rorkit_course_phase* dst, size_t capacity,
                                              size_t* count, const rorkit_course* course) {
  return guarded(__func__, [&] {
    const auto& c = course_of(course);
    return copy_out(dst, capacity, count, c.phases, [](const rorkit::PhaseSchedule& p) {
      return rorkit_course_phase{static_cast<int32_t>(p.phase), to_c(p.window.dates.first),
                                 to_c(p.window.dates.last), p.window.working_days};
    });
  });
}

RORKIT_API rorkit_status rorkit_course_meetings(rorkit_string* out, const rorkit_course* course) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, rorkit::meetings_to_json(course_of(course).meetings));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_add_meeting(rorkit_course* course,
                                                   const char* meeting_json) {
  return guarded(__func__, [&] {
    auto& c = course_of(course);
    auto meeting = rorkit::meeting_from_json(require_text(meeting_json, "meeting_json"));
    rorkit::add_meeting(c, std::move(meeting));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_add_trial_action(rorkit_course* course,
                                                        const char* trial_json) {
  return guarded(__func__, [&] {
    auto& c = course_of(course);
    auto trial = rorkit::trial_action_from_json(require_text(trial_json, "trial_json"));
    rorkit::add_trial_action(c, std::move(trial));
    return RORKIT_OK;
  });
}

}  // extern "C"
