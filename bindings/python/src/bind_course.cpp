// The Course class: construction (checked like a document), JSON, read-only parts, planning,
// the edits given by hand, registration and organisation checks (status, temperature and
// iCalendar are in bind_course_reports.cpp). Also bind_course, which registers the whole course
// area in order.

#include "course_bindings.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/course/edit.hpp"
#include "rorkit/course/organisation.hpp"
#include "rorkit/course/schedule.hpp"
#include "rorkit/io/course_json.hpp"
#include "rorkit/io/course_reports.hpp"

namespace rorkit::python {
namespace {

using MunicipalityArg = std::variant<std::int32_t, Utf8>;

std::int32_t municipality_code(const MunicipalityArg& m) {
  if (const auto* code = std::get_if<std::int32_t>(&m)) return *code;
  return find_municipality(std::get<Utf8>(m).value).code;
}

// A course made from parts passes the same checks as one read from a document (ids, references,
// one score per dimension): it is written and read back.
Course checked(const Course& c) { return course_from_json(course_to_json(c)); }

void bind_course_constructor(py::class_<Course>& cls) {
  cls.def(py::init([](const Utf8& id, const MunicipalityArg& municipality,
                      const Date& requested_start, const Registration& registration,
                      const Organisation& organisation,
                      const std::vector<SchoolBreak>& school_breaks,
                      const std::vector<PhaseSchedule>& phases,
                      const std::vector<Meeting>& meetings,
                      const std::vector<Activity>& activities,
                      const std::optional<CaseReviewRecord>& case_review,
                      const std::vector<DevelopmentGoal>& development_plan,
                      const std::vector<PlanItem>& communication_plan,
                      const std::vector<PlanItem>& anchoring_plan,
                      const std::vector<TrialAction>& trial_actions,
                      const std::vector<TemperatureSurvey>& surveys,
                      const UnknownArg& unknown) {
            Course c;
            c.id = id.value;
            c.municipality = municipality_code(municipality);
            c.requested_start = requested_start;
            c.registration = registration;
            c.organisation = organisation;
            c.school_breaks = school_breaks;
            c.phases = phases;
            c.meetings = meetings;
            c.activities = activities;
            c.case_review = case_review;
            c.development_plan = development_plan;
            c.communication_plan = communication_plan;
            c.anchoring_plan = anchoring_plan;
            c.trial_actions = trial_actions;
            c.temperature = surveys;
            c.unknown = unknown_of(unknown);
            return checked(c);
          }),
          py::arg("id"), py::arg("municipality"), py::arg("requested_start"), py::kw_only(),
          py::arg_v("registration", Registration{}, "Registration()"),
          py::arg_v("organisation", Organisation{}, "Organisation()"),
          py::arg("school_breaks") = std::vector<SchoolBreak>{},
          py::arg("phases") = std::vector<PhaseSchedule>{},
          py::arg("meetings") = std::vector<Meeting>{},
          py::arg("activities") = std::vector<Activity>{}, py::arg("case_review") = py::none(),
          py::arg("development_plan") = std::vector<DevelopmentGoal>{},
          py::arg("communication_plan") = std::vector<PlanItem>{},
          py::arg("anchoring_plan") = std::vector<PlanItem>{},
          py::arg("trial_actions") = std::vector<TrialAction>{},
          py::arg("surveys") = std::vector<TemperatureSurvey>{},
          py::arg("unknown") = UnknownArg{});
}

void bind_course_parts(py::class_<Course>& cls) {
  cls.def_property_readonly("id", [](const Course& c) { return c.id; }, "The course's id.")
      .def_property_readonly("municipality", [](const Course& c) { return c.municipality; },
                             "Municipality code (730 = Randers).")
      .def_property_readonly("requested_start", [](const Course& c) { return c.requested_start; },
                             "The start the municipality asked for (datetime.date).")
      .def_property_readonly("registration", [](const Course& c) { return c.registration; },
                             "Registration (a copy).")
      .def_property_readonly("organisation", [](const Course& c) { return c.organisation; },
                             "Organisation (a copy).")
      .def_property_readonly("school_breaks", [](const Course& c) { return c.school_breaks; },
                             "list of SchoolBreak: the municipality's overrides (a copy).")
      .def_property_readonly("phases", [](const Course& c) { return c.phases; },
                             "list of PhaseSchedule, Fase 1-3 once planned (a copy).")
      .def_property_readonly("meetings", [](const Course& c) { return c.meetings; },
                             "list of Meeting (a copy).")
      .def_property_readonly("activities", [](const Course& c) { return c.activities; },
                             "list of Activity (a copy).")
      .def_property_readonly("case_review", [](const Course& c) { return c.case_review; },
                             "CaseReviewRecord or None (a copy).")
      .def_property_readonly("development_plan", [](const Course& c) { return c.development_plan; },
                             "list of DevelopmentGoal (a copy).")
      .def_property_readonly("communication_plan",
                             [](const Course& c) { return c.communication_plan; },
                             "list of PlanItem (a copy).")
      .def_property_readonly("anchoring_plan", [](const Course& c) { return c.anchoring_plan; },
                             "list of PlanItem (a copy).")
      .def_property_readonly("trial_actions", [](const Course& c) { return c.trial_actions; },
                             "list of TrialAction (a copy).")
      .def_property_readonly("surveys", [](const Course& c) { return c.temperature; },
                             "list of TemperatureSurvey: the document's \"temperature\" list "
                             "(a copy; ``temperature()`` summarises one).")
      .def_property_readonly("unknown", [](const Course& c) { return c.unknown; },
                             "Unknown top-level JSON members, as (name, raw JSON) pairs.")
      .def(
          "find_person",
          [](const Course& c, const Utf8& id) -> std::optional<Person> {
            if (const Person* p = c.find_person(id.value)) return *p;
            return std::nullopt;
          },
          py::arg("id"), "The person with this id (a copy), or None.")
      .def(
          "find_group",
          [](const Course& c, const Utf8& id) -> std::optional<Group> {
            if (const Group* g = c.find_group(id.value)) return *g;
            return std::nullopt;
          },
          py::arg("id"), "The group with this id (a copy), or None.");
}

void bind_course_json(py::class_<Course>& cls) {
  cls.def_static(
         "from_json", [](const Utf8& text) { return course_from_json(text.value); },
         py::arg("text"),
         R"(Read a course document (format "rorkit-course").

Members rorkit does not know are kept verbatim, so a document written by a newer version
survives ``Course.from_json(text).to_json()``.

Parameters
----------
text : str

Returns
-------
Course

Raises
------
rorkit.ParseError
    Malformed JSON, with line and column.
rorkit.SchemaError
    A wrong type, a missing member or an unknown code, with the JSON path.
rorkit.UnsupportedVersionError
    A newer ``format_version``.
rorkit.DuplicateError, rorkit.DanglingReferenceError, rorkit.ValidationError
    Ids used twice, references to nobody, responses with the wrong number of scores.)")
      .def(
          "to_json", [](const Course& c, bool pretty) { return course_to_json(c, pretty); },
          py::arg("pretty") = false,
          R"(The course document as JSON text.

Parameters
----------
pretty : bool, default False
    Indent two spaces.

Returns
-------
str)")
      .def("copy", [](const Course& c) { return Course(c); }, "An independent copy.")
      .def(py::pickle([](const Course& c) { return course_to_json(c); },
                      [](const std::string& text) { return course_from_json(text); }))
      .def("__repr__", [](const Course& c) {
        return "Course('" + c.id + "', kommune " + std::to_string(c.municipality) + ", " +
               std::to_string(c.phases.size()) + " faser, " + std::to_string(c.meetings.size()) +
               " møder, " + std::to_string(c.activities.size()) + " aktiviteter)";
      });
}

void bind_course_planning(py::class_<Course>& cls) {
  cls.def(
         "plan",
         [](const Course& c, const Date& start, std::int32_t meetings_per_group,
            std::int32_t min_spacing_working_days, std::optional<std::int32_t> preferred_weekday,
            std::int32_t start_minute, std::int32_t duration_minutes, const Utf8& location) {
           MeetingOptions o;
           o.meetings_per_group = meetings_per_group;
           o.min_spacing_working_days = min_spacing_working_days;
           o.preferred_weekday = preferred_weekday;
           o.start_minute = start_minute;
           o.duration_minutes = duration_minutes;
           o.location = location.value;
           CoursePlanResult r = plan_course(c, start, o);
           return std::make_pair(std::move(r.course), std::move(r.warnings));
         },
         py::arg("start"), py::arg("meetings_per_group") = 3,
         py::arg("min_spacing_working_days") = 10, py::arg("preferred_weekday") = py::none(),
         py::arg("start_minute") = 9 * 60, py::arg("duration_minutes") = 120,
         py::arg("location") = Utf8{},
         R"(Plan the course from a start date; this course is not changed.

Checks the registration and the organisation, lays the three phases on the phase windows
(Fase 1 in the window of ``start``, or the next one when ``start`` is in a break or after the
window's first week), spreads each group's meetings over each window on working days, and
creates the standard activities of each phase. Phases, meetings and activities are replaced.

Parameters
----------
start : datetime.date
meetings_per_group : int, default 3
    Per group and phase (seed B: three), 1-100.
min_spacing_working_days : int, default 10
    Between two meetings of the same group, 1-1000.
preferred_weekday : int, optional
    ISO 1 = Monday .. 5 = Friday; each meeting takes the nearest such working day.
start_minute : int, default 540
    Minutes after midnight (9:00).
duration_minutes : int, default 120
location : str, optional

Returns
-------
tuple of (Course, list of str)
    The planned course and English warnings (a moved start, organisation advice, replaced
    meetings).

Raises
------
rorkit.RegistrationError
    A registration criterion is not met (the message names each).
rorkit.CompositionError
    A group breaks a composition rule (the message names each).
rorkit.WindowTooShortError
    A phase window cannot hold the meetings that far apart.
rorkit.OutOfRangeError
    An option out of range.)")
      .def(
          "add_meeting", [](Course& c, const Meeting& meeting) { add_meeting(c, meeting); },
          py::arg("meeting"),
          R"(Add a meeting given by hand; on failure the course is unchanged.

Parameters
----------
meeting : Meeting

Raises
------
rorkit.NotAWorkingDayError
    A weekend or holiday (the message names the holiday in Danish).
rorkit.OutOfRangeError
    No window for its phase, outside the window, in a school break.
rorkit.DanglingReferenceError
    An unknown group.
rorkit.DuplicateError
    Its id is taken.
rorkit.ValidationError, rorkit.DateOrderError, rorkit.InvalidArgumentError)")
      .def(
          "add_trial_action",
          [](Course& c, const TrialAction& trial) { add_trial_action(c, trial); },
          py::arg("trial"),
          R"(Add a trial action (prøvehandling); on failure the course is unchanged.

Parameters
----------
trial : TrialAction

Raises
------
rorkit.DuplicateError
    Its id is taken.
rorkit.ValidationError
    Not in Fase 2 or 3.
rorkit.DanglingReferenceError
    An owner who is not a person of the course.
rorkit.DateOrderError
    End before start.)")
      .def("check_registration", [](const Course& c) { return check_registration(c); },
           R"(The three registration criteria (Fase 0), in order.

Returns
-------
list of CriterionResult
    ``registration_approved(results)`` is True when all are met.)")
      .def("validate_organisation", [](const Course& c) { return validate_organisation(c); },
           R"(The composition rules of the groups, as findings (errors first).

Returns
-------
list of Finding)");
}

}  // namespace

void bind_course_class(py::module_& m) {
  py::class_<Course> cls(m, "Course", R"(A municipality's strategic development course (1.5 years).

Registration (Fase 0), then Fase 1 Forberede, Fase 2 Udvikle and Fase 3 Forankre, each laid on a
half-year phase window between school breaks, with the groups' meetings, the activities of each
phase, trial actions and temperature measurements.

Parameters
----------
id : str
municipality : int or str
    A code (730) or a name ``find_municipality`` finds ("Randers").
requested_start : datetime.date
registration : Registration, optional
organisation : Organisation, optional
school_breaks, phases, meetings, activities, development_plan, communication_plan,
anchoring_plan, trial_actions : list, optional
surveys : list of TemperatureSurvey, optional
    The temperature measurements (the document's "temperature" list).
case_review : CaseReviewRecord, optional
unknown : list of (str, str), optional

Raises
------
rorkit.DuplicateError, rorkit.DanglingReferenceError, rorkit.SchemaError, ...
    The parts are checked as a course document is when it is read.

Notes
-----
The part attributes return copies. Change a course through ``plan`` (which returns a new
course), ``add_meeting`` and ``add_trial_action``, or build a new one from changed parts.)");
  bind_course_constructor(cls);
  bind_course_parts(cls);
  bind_course_json(cls);
  value_ops(cls);
  bind_course_planning(cls);
  bind_course_reports(cls);  // bind_course_reports.cpp
}

void bind_course(py::module_& m) {
  bind_course_codes(m);
  bind_course_organisation(m);
  bind_course_entries(m);
  bind_course_temperature(m);
  bind_course_results(m);
  bind_course_class(m);
}

}  // namespace rorkit::python
