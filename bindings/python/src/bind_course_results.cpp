// What is computed about a course, as read-only Python classes: the registration criteria, the
// status on a date (with its Danish text) and the course's purposes.

#include "course_bindings.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/io/course_reports.hpp"

namespace rorkit::python {
namespace {

std::string phase_text(const std::optional<CoursePhase>& p) {
  return p ? code_text(*p) : std::string("None");
}

void bind_criterion(py::module_& m) {
  py::class_<CriterionResult>(m, "CriterionResult", R"(One registration criterion and whether it is met.

Attributes
----------
number : int
    1-3.
name : str
    e.g. "whole social psychiatry".
met : bool
reason : str
    Why it is not met; "" when met.)")
      .def_readonly("number", &CriterionResult::number, "1-3.")
      .def_readonly("name", &CriterionResult::name, "The criterion, in English.")
      .def_readonly("met", &CriterionResult::met, "Whether it is met.")
      .def_readonly("reason", &CriterionResult::reason, "Why not; '' when met.")
      .def("__repr__", [](const CriterionResult& c) {
        return "CriterionResult(" + std::to_string(c.number) + ", '" + c.name + "', " +
               (c.met ? "met" : "not met") + ")";
      });

  m.def("registration_approved", &registration_approved, py::arg("results"),
        R"(Whether the registration is approved: there are results and every one is met.

Parameters
----------
results : list of CriterionResult
    From ``Course.check_registration``.

Returns
-------
bool)");
}

void bind_status(py::module_& m) {
  using S = CourseStatusWithText;
  py::class_<S>(m, "CourseStatus", R"(A course on a date (``Course.status``).

Attributes
----------
on : datetime.date
phase : CoursePhase or None
    The phase whose window contains ``on``; ``tilmelding`` before Fase 1; None in a break between
    phases and after the course.
between_phases, finished : bool
meetings_held, meetings_planned, meetings_missed : int
    Held (whatever the date); not held and on or after ``on``; not held and before ``on``.
activities_done, activities_due : int
    Done; open and due within 30 days.
activities_overdue : list of str
    Ids of the open activities past their due date.
trials_planned, trials_running, trials_evaluated : int
temperature : list of TemperatureChange
    The latest follow-up by ``on`` against its baseline; empty without both.
text : str
    A few lines of Danish a coordinator can send.)")
      .def_property_readonly("on", [](const S& s) { return s.status.on; }, "The date.")
      .def_property_readonly("phase", [](const S& s) { return s.status.phase; },
                             "CoursePhase or None.")
      .def_property_readonly("between_phases", [](const S& s) { return s.status.between_phases; },
                             "In a break between two phases.")
      .def_property_readonly("finished", [](const S& s) { return s.status.finished; },
                             "After Fase 3.")
      .def_property_readonly("meetings_held", [](const S& s) { return s.status.meetings_held; },
                             "Meetings marked held.")
      .def_property_readonly("meetings_planned",
                             [](const S& s) { return s.status.meetings_planned; },
                             "Not held, on or after the date.")
      .def_property_readonly("meetings_missed", [](const S& s) { return s.status.meetings_missed; },
                             "Not held, before the date.")
      .def_property_readonly("activities_done", [](const S& s) { return s.status.activities_done; },
                             "Activities done.")
      .def_property_readonly("activities_due", [](const S& s) { return s.status.activities_due; },
                             "Open, due within 30 days.")
      .def_property_readonly("activities_overdue",
                             [](const S& s) { return s.status.activities_overdue; },
                             "Ids of the open activities past due.")
      .def_property_readonly("trials_planned", [](const S& s) { return s.status.trials_planned; },
                             "Trial actions planned.")
      .def_property_readonly("trials_running", [](const S& s) { return s.status.trials_running; },
                             "Trial actions running.")
      .def_property_readonly("trials_evaluated",
                             [](const S& s) { return s.status.trials_evaluated; },
                             "Trial actions evaluated.")
      .def_property_readonly("temperature", [](const S& s) { return s.status.temperature; },
                             "list of TemperatureChange.")
      .def_readonly("text", &S::text, "The status in Danish, one line per topic.")
      .def(
          "to_json",
          [](const S& s, bool pretty) { return course_status_to_json(s.status, pretty); },
          py::arg("pretty") = false,
          R"(The status as the JSON the C ABI and the CLI print.

Parameters
----------
pretty : bool, default False

Returns
-------
str)")
      .def("__str__", [](const S& s) { return s.text; })
      .def("__repr__", [](const S& s) {
        return "CourseStatus(" + s.status.on.iso() + ", phase " + phase_text(s.status.phase) +
               (s.status.finished ? ", finished" : "") +
               (s.status.between_phases ? ", between phases" : "") + ")";
      });
}

void bind_purposes(py::module_& m) {
  py::class_<PurposeInfo>(m, "PurposeInfo", R"(One of the course's five purposes and the key figures that measure it.

Attributes
----------
purpose : CoursePurpose
code : str
name_da : str
key_figures : list of str
    Ids of the key-figure catalogue ("kf01".."kf20").)")
      .def_readonly("purpose", &PurposeInfo::purpose, "The purpose.")
      .def_property_readonly("code", [](const PurposeInfo& p) { return std::string(p.code); },
                             "Stable code, e.g. 'less-intrusive'.")
      .def_property_readonly("name_da", [](const PurposeInfo& p) { return std::string(p.name_da); },
                             "Seed B's Danish words.")
      .def_property_readonly(
          "key_figures",
          [](const PurposeInfo& p) {
            return std::vector<std::string>(p.key_figures.begin(), p.key_figures.end());
          },
          "Key-figure ids that measure the purpose.")
      .def("__repr__", [](const PurposeInfo& p) {
        return "PurposeInfo('" + std::string(p.code) + "', " +
               std::to_string(p.key_figures.size()) + " key figures)";
      });

  m.def("course_purposes", &course_purposes,
        R"(The course's five purposes (seed B), in order, with their key figures.

Returns
-------
list of PurposeInfo)");
}

}  // namespace

void bind_course_results(py::module_& m) {
  bind_criterion(m);
  bind_status(m);
  bind_purposes(m);
}

}  // namespace rorkit::python
