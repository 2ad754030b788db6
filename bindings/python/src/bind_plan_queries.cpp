// What Plan can tell about itself: validation and §141 completeness, SEL §148 follow-up dates,
// overdue goals and actions, goal achievement, the recovery-orientation audit and FHIR export.

#include <string>
#include <vector>

#include "plan_bindings.hpp"
#include "rorkit/io/fhir.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/followup.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit::python {
namespace {

const Goal& goal_of(const Plan& p, const std::string& goal_id) {
  const Goal* g = p.find_goal(goal_id);
  if (g == nullptr)
    fail(RORKIT_ERROR_NOT_FOUND, "goal \"" + goal_id + "\" is not in plan \"" + p.id + "\"");
  return *g;
}

}  // namespace

void bind_plan_queries(py::class_<Plan>& cls) {
  cls.def(
         "validate",
         [](const Plan& p, std::optional<Date> on, bool history) {
           ValidateOptions o;
           o.on = on;
           o.check_history = history;
           if (worth_releasing_gil(p)) {
             py::gil_scoped_release release;
             return validate(p, o);
           }
           return validate(p, o);
         },
         py::arg("on") = py::none(), py::arg("check_history") = true,
         R"(Completeness checks: what a caseworker still has to do.

Parameters
----------
on : datetime.date, optional
    The date overdue follow-ups, goals and actions are judged on; None = no date checks.
check_history : bool, default True
    Replay the history and report a state that does not match it.

Returns
-------
list of Finding
    Errors first. The plan is valid when no finding has ``Severity.error``.)")
      .def("missing_section141", &missing_section141,
           R"(The SEL §141 stk. 3 elements that are missing.

Returns
-------
list of str
    By name: "purpose", "needed_intervention", "expected_duration", "special.housing",
    "special.employment", "special.personal_help", "special.treatment", "special.aids".)")
      .def(
          "next_followup_due",
          [](const Plan& p, bool customary) {
            return next_followup_due(p, WorkdayRules{customary});
          },
          py::arg("customary_days_off") = true,
          R"(The next plan-level follow-up (SEL §148 stk. 2).

``interval_months`` after the latest follow-up (or after ``created``), moved forward to a Danish
working day.

Parameters
----------
customary_days_off : bool, default True
    Whether grundlovsdag, juleaftensdag and nytårsaftensdag are days off.

Returns
-------
datetime.date or None
    None when the latest follow-up ended the plan (``FollowUpResult.end``).)")
      .def(
          "next_goal_followup_due",
          [](const Plan& p, const Utf8& goal_id, bool customary) {
            return next_goal_followup_due(p, goal_of(p, goal_id.value), WorkdayRules{customary});
          },
          py::arg("goal_id"), py::arg("customary_days_off") = true,
          R"(The next follow-up of a goal with its own interval.

Parameters
----------
goal_id : str
customary_days_off : bool, default True

Returns
-------
datetime.date or None
    None for goals without their own interval and for goals in a terminal state.

Raises
------
rorkit.NotFoundError
    No goal has the id.)")
      .def(
          "followups_due",
          [](const Plan& p, const Date& first, const Date& last, bool customary) {
            return followups_due(p, first, last, WorkdayRules{customary});
          },
          py::arg("first"), py::arg("last"), py::arg("customary_days_off") = true,
          R"(The next follow-ups (plan level first, then goals by id) due in [first, last].

Parameters
----------
first, last : datetime.date
customary_days_off : bool, default True

Returns
-------
list of DueFollowUp)")
      .def(
          "overdue_followups",
          [](const Plan& p, const Date& on, bool customary) {
            return overdue_followups(p, on, WorkdayRules{customary});
          },
          py::arg("on"), py::arg("customary_days_off") = true,
          R"(The next follow-ups that fall before ``on``.

Parameters
----------
on : datetime.date
customary_days_off : bool, default True

Returns
-------
list of DueFollowUp)")
      .def("overdue_goals", &overdue_goals, py::arg("on"),
           R"(Goals past their due date on ``on`` and not in a terminal lifecycle state.

Parameters
----------
on : datetime.date

Returns
-------
list of str
    Goal ids.)")
      .def("overdue_actions", &overdue_actions, py::arg("on"),
           R"(Actions past their end date on ``on`` that are neither completed nor cancelled.

Parameters
----------
on : datetime.date

Returns
-------
list of str
    Action ids.)")
      .def(
          "achievement",
          [](const Plan& p, const Utf8& goal_id) {
            return achievement(p, goal_of(p, goal_id.value));
          },
          py::arg("goal_id"),
          R"(FHIR achievementStatus of a goal.

Derived from its scored assessments when there are any (the latest against the target and
against the previous one), else what staff recorded, else in-progress.

Parameters
----------
goal_id : str

Returns
-------
GoalAchievement

Raises
------
rorkit.NotFoundError
    No goal has the id.)")
      .def(
          "audit",
          [](const Plan& p, const Date& on, std::int32_t early_help_days,
             std::int32_t followup_grace_days) {
            AuditOptions o;
            o.on = on;
            o.early_help_days = early_help_days;
            o.followup_grace_days = followup_grace_days;
            return audit(p, o);
          },
          py::arg("on"), py::arg("early_help_days") = 30, py::arg("followup_grace_days") = 14,
          R"(How recovery-oriented the case is, judged on a date.

Scores the plan with its history against the eight principles; every verdict carries its
reasons.

Parameters
----------
on : datetime.date
    The date the case is judged on (follow-ups on time, early help).
early_help_days : int, default 30
    The first action should start within this many days of the plan's creation.
followup_grace_days : int, default 14
    A follow-up counts as on time up to this many days after it was due.

Returns
-------
Audit)")
      .def(
          "to_fhir",
          [](const Plan& p, bool include_cpr, const TimestampText& timestamp, const Utf8& base_url,
             const Utf8& identifier_system, bool pretty) {
            FhirOptions o;
            o.include_cpr = include_cpr;
            o.timestamp = timestamp.text;
            o.base_url = base_url.value;
            if (!identifier_system.value.empty()) o.identifier_system = identifier_system.value;
            o.pretty = pretty;
            if (worth_releasing_gil(p)) {
              py::gil_scoped_release release;
              return plan_to_fhir(p, o);
            }
            return plan_to_fhir(p, o);
          },
          py::arg("include_cpr") = false, py::arg("timestamp") = TimestampText{},
          py::arg("base_url") = Utf8{}, py::arg("identifier_system") = Utf8{},
          py::arg("pretty") = false,
          R"(The plan as a FHIR R4 Bundle (type "collection"), JSON text.

Holds the Patient, the CarePlan, a Goal per aspiration and per goal, a Task per action and an
Observation per follow-up and per measurement. Resource ids are name-based UUIDs, so the same
plan always gives the same ids.

Parameters
----------
include_cpr : bool, default False
    Add the CPR number to the Patient when the plan has one.
timestamp : str or datetime.datetime, optional
    Bundle.timestamp, ISO UTC "YYYY-MM-DDTHH:MM:SSZ" or a timezone-aware datetime; "" = now.
    A fixed timestamp gives byte-identical output.
base_url : str, optional
    A FHIR server base ("https://fhir.example.dk/fhir"); "" = urn:uuid references.
identifier_system : str, optional
    Prefix of the identifier systems of rorkit's ids; "" = "urn:rorkit".
pretty : bool, default False
    Indent two spaces.

Returns
-------
str

Raises
------
rorkit.InvalidDateError
    A malformed timestamp.
rorkit.InvalidArgumentError
    A malformed base_url or identifier_system.)");
}

}  // namespace rorkit::python
