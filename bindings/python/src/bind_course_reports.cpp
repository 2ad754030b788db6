// Course methods that report on a course: status on a date, temperature summaries and
// changes, calendar events and iCalendar.

#include "course_bindings.hpp"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/course/temperature.hpp"
#include "rorkit/io/course_reports.hpp"

namespace rorkit::python {
namespace {

TemperatureOptions min_cell_options(std::int32_t min_cell) {
  TemperatureOptions o;
  o.min_cell = min_cell;
  return o;
}

}  // namespace

void bind_course_reports(py::class_<Course>& cls) {
  cls.def(
         "status",
         [](const Course& c, const Date& on) {
           CourseStatus s = course_status(c, on);
           std::string text = status_text(c, s);
           return CourseStatusWithText{std::move(s), std::move(text)};
         },
         py::arg("on"),
         R"(The course on a date: phase, meetings, deliverables, trial actions, temperature.

Parameters
----------
on : datetime.date

Returns
-------
CourseStatus
    With ``.text``, a few lines of Danish a coordinator can send.

Raises
------
rorkit.ValidationError
    The follow-up and baseline surveys measure different dimensions.)")
      .def(
          "temperature",
          [](const Course& c, const std::optional<Utf8>& survey_id, std::int32_t min_cell) {
            const TemperatureSurvey& s =
                survey_id ? find_survey(c, survey_id->value) : latest_survey(c);
            return summarise(s, min_cell_options(min_cell));
          },
          py::arg("survey_id") = py::none(), py::arg("min_cell") = 5,
          R"(The summary cells of a temperature survey.

Parameters
----------
survey_id : str, optional
    Default: the latest survey by date.
min_cell : int, default 5
    Cells with fewer answers are suppressed.

Returns
-------
list of TemperatureCell
    Per dimension the all-respondents cell, then one per role that answered.

Raises
------
rorkit.NotFoundError
    No survey with that id, or no survey at all.)")
      .def(
          "temperature_change",
          [](const Course& c, const Utf8& baseline_id, const Utf8& followup_id,
             std::int32_t min_cell) {
            return compare(find_survey(c, baseline_id.value), find_survey(c, followup_id.value),
                           min_cell_options(min_cell));
          },
          py::arg("baseline_id"), py::arg("followup_id"), py::arg("min_cell") = 5,
          R"(Baseline vs follow-up, dimension by dimension.

Parameters
----------
baseline_id, followup_id : str
min_cell : int, default 5

Returns
-------
list of TemperatureChange

Raises
------
rorkit.NotFoundError
    An unknown survey id.
rorkit.ValidationError
    The surveys measure different dimensions.)")
      .def("events", [](const Course& c) { return course_events(c); },
           R"(The meetings and activity deadlines as calendar events with stable UIDs.

Returns
-------
list of CalendarEvent)")
      .def(
          "to_ical",
          [](const Course& c, const std::optional<Utf8>& dtstamp) {
            return course_to_ical(c, dtstamp ? std::string_view(dtstamp->value) : std::string_view{});
          },
          py::arg("dtstamp") = py::none(),
          R"(The meetings and deadlines as an iCalendar file.

Parameters
----------
dtstamp : str, optional
    UTC stamp "YYYYMMDDTHHMMSSZ" for reproducible output; default: now.

Returns
-------
str
    CRLF line ends; UIDs stay the same when the course is exported again.)");
}

}  // namespace rorkit::python
