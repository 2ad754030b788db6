// C ABI: what is computed about a course on demand: status, temperature, iCalendar, purposes.

#include "c_api/course_handles.hpp"
#include "c_api/guard.hpp"
#include "rorkit/c/rorkit_course.h"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/status.hpp"
#include "rorkit/course/temperature.hpp"
#include "rorkit/io/course_reports.hpp"

using namespace rorkit::capi;

namespace {

rorkit::TemperatureOptions temperature_options(int32_t min_cell) {
  rorkit::TemperatureOptions o;
  o.min_cell = min_cell;  // summarise() refuses values below 1, naming min_cell
  return o;
}

const rorkit::TemperatureSurvey& survey_arg(const rorkit::Course& c, const char* id,
                                            const char* name) {
  return rorkit::find_survey(c, require_text(id, name));
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_course_status(rorkit_string* json, rorkit_string* text,
                                              const rorkit_course* course, rorkit_date on) {
  return guarded(__func__, [&] {
    if (json == nullptr && text == nullptr)
      rorkit::fail(RORKIT_ERROR_NULL_POINTER, "json and text are both NULL");
    const auto& c = course_of(course);
    auto status = rorkit::course_status(c, to_date(on, "on"));
    std::string j = json != nullptr ? rorkit::course_status_to_json(status) : std::string();
    std::string t = text != nullptr ? rorkit::status_text(c, status) : std::string();
    // Both strings are made before either out-parameter is written, so a failure writes none.
    rorkit_string made_json{nullptr, 0}, made_text{nullptr, 0};
    try {
      if (json != nullptr) to_owned(&made_json, j);
      if (text != nullptr) to_owned(&made_text, t);
    } catch (...) {
      rorkit_string_free(&made_json);
      throw;
    }
    if (json != nullptr) *json = made_json;
    if (text != nullptr) *text = made_text;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_temperature(rorkit_string* json,
                                                   const rorkit_course* course,
                                                   const char* survey_id, int32_t min_cell) {
  return guarded(__func__, [&] {
    require_arg(json, "json");
    const auto& c = course_of(course);
    const auto& survey =
        survey_id == nullptr ? rorkit::latest_survey(c) : survey_arg(c, survey_id, "survey_id");
    auto cells = rorkit::summarise(survey, temperature_options(min_cell));
    to_owned(json, rorkit::temperature_to_json(survey, cells, min_cell));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_temperature_change(rorkit_string* json,
                                                          const rorkit_course* course,
                                                          const char* baseline_id,
                                                          const char* followup_id,
                                                          int32_t min_cell) {
  return guarded(__func__, [&] {
    require_arg(json, "json");
    const auto& c = course_of(course);
    const auto& baseline = survey_arg(c, baseline_id, "baseline_id");
    const auto& followup = survey_arg(c, followup_id, "followup_id");
    auto changes = rorkit::compare(baseline, followup, temperature_options(min_cell));
    to_owned(json, rorkit::temperature_change_to_json(baseline, followup, changes));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_ical(rorkit_string* out, const rorkit_course* course,
                                            const char* dtstamp) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& c = course_of(course);
    std::string_view stamp = dtstamp == nullptr ? std::string_view{} : require_text(dtstamp, "dtstamp");
    to_owned(out, rorkit::course_to_ical(c, stamp));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_course_purposes(rorkit_string* json) {
  return guarded(__func__, [&] {
    require_arg(json, "json");
    to_owned(json, rorkit::purposes_to_json());
    return RORKIT_OK;
  });
}

}  // extern "C"
