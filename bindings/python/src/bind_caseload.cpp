// Caseload: many plans and the queries case-management systems run per request, plus columnar
// numpy results for the due query and the Fase 1 case review.

#include <pybind11/numpy.h>
#include <pybind11/typing.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "plan_bindings.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/caseload.hpp"

namespace rorkit::python {
namespace {

// The columns of followups_due_arrays; a type of its own only so that the signature (and the
// stub) says what the dict holds.
struct DueArrays {
  py::dict columns;
};

}  // namespace
}  // namespace rorkit::python

namespace pybind11::detail {

template <>
struct type_caster<rorkit::python::DueArrays> {
  PYBIND11_TYPE_CASTER(rorkit::python::DueArrays,
                       const_name("dict[str, numpy.typing.NDArray[typing.Any]]"));
  bool load(handle, bool) { return false; }
  static handle cast(const rorkit::python::DueArrays& d, return_value_policy, handle) {
    return d.columns.inc_ref();
  }
};

}  // namespace pybind11::detail

namespace rorkit::python {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), the
// numpy datetime64[D] value. Plain arithmetic, so it runs without the GIL.
std::int64_t days_from_civil(const Date& d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (d.month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// {"plan_id": object array, "goal_id": object array (None = plan level), "due": datetime64[D]}.
// One str object per distinct id, shared by every row naming it; no per-row Python objects.
DueArrays due_arrays(const std::vector<DueFollowUp>& due) {
  const auto n = static_cast<py::ssize_t>(due.size());
  std::vector<std::int64_t> days(due.size());
  {
    py::gil_scoped_release release;
    for (std::size_t i = 0; i < due.size(); ++i) days[i] = days_from_civil(due[i].due);
  }
  py::module_ np = py::module_::import("numpy");
  py::array plan_ids = np.attr("empty")(n, py::arg("dtype") = "object");
  py::array goal_ids = np.attr("empty")(n, py::arg("dtype") = "object");
  py::array dates = np.attr("empty")(n, py::arg("dtype") = "datetime64[D]");
  auto** pdata = static_cast<PyObject**>(plan_ids.mutable_data());
  auto** gdata = static_cast<PyObject**>(goal_ids.mutable_data());
  auto* ddata = static_cast<std::int64_t*>(dates.mutable_data());
  std::unordered_map<std::string_view, py::str> strings;
  auto str_of = [&](const std::string& s) -> PyObject* {
    auto it = strings.find(s);
    if (it == strings.end()) it = strings.emplace(s, py::str(s)).first;
    return it->second.inc_ref().ptr();
  };
  for (std::size_t i = 0; i < due.size(); ++i) {
    Py_XSETREF(pdata[i], str_of(due[i].plan_id));
    Py_XSETREF(gdata[i],
               due[i].goal_id.empty() ? py::none().release().ptr() : str_of(due[i].goal_id));
    ddata[i] = days[i];
  }
  py::dict out;
  out["plan_id"] = plan_ids;
  out["goal_id"] = goal_ids;
  out["due"] = dates;
  return DueArrays{out};
}

AuditOptions audit_options(const Date& on, std::int32_t early_help_days,
                           std::int32_t followup_grace_days) {
  AuditOptions o;
  o.on = on;
  o.early_help_days = early_help_days;
  o.followup_grace_days = followup_grace_days;
  return o;
}

// Adds all the plans or none: duplicates (among them or with the caseload) are found before
// anything is added, and add() fails only on a duplicate.
void add_all(Caseload& c, std::vector<Plan> plans) {
  std::unordered_set<std::string> seen;
  for (const auto& p : plans)
    if (c.find(p.id) != nullptr || !seen.insert(p.id).second)
      fail(RORKIT_ERROR_DUPLICATE, "plan \"" + p.id + "\" is already in the caseload");
  for (auto& p : plans) c.add(std::move(p));
}

const char* const review_doc = R"(The Fase 1 review of the most recent citizen cases.

Draws the ``count`` most recent cases (by creation date, newest first; ties broken by a seeded
shuffle, so the draw is reproducible) among plans created on or before ``on``, audits them and
tallies the verdicts per principle.

Parameters
----------
plans : Caseload or list of Plan
on : datetime.date
    The date the cases are judged on.
count : int, default 10
    Fewer plans than ``count`` -> all of them.
seed : int, default 1
early_help_days : int, default 30
followup_grace_days : int, default 14
    As for ``Plan.audit``.

Returns
-------
CaseReview)";

}  // namespace

void bind_caseload(py::module_& m) {
  py::class_<Caseload> cls(m, "Caseload", R"(Many plans, indexed for the queries case-management systems run per request.

The due query over 100,000 plans is a binary search in an index of next due dates, not a scan.
The caseload holds its own copies of the plans: ``get`` returns a copy, and a changed plan goes
back in with ``replace``.

Parameters
----------
customary_days_off : bool, default True
    Whether grundlovsdag, juleaftensdag and nytårsaftensdag are days off when due dates are
    moved to working days.
plans : list of Plan, optional
    Added at once (one sort instead of a sorted insert each).

Raises
------
rorkit.DuplicateError
    Two plans share an id.)");
  cls.def(py::init([](bool customary, const std::optional<std::vector<Plan>>& plans) {
            if (plans) return Caseload(*plans, WorkdayRules{customary});
            return Caseload(WorkdayRules{customary});
          }),
          py::arg("customary_days_off") = true, py::kw_only(), py::arg("plans") = py::none())
      .def_static(
          "from_jsonl",
          [](const Utf8& text, bool customary) {
            std::vector<Plan> plans;
            {
              py::gil_scoped_release release;
              plans = plans_from_jsonl(text.value);
            }
            return Caseload(std::move(plans), WorkdayRules{customary});
          },
          py::arg("text"), py::arg("customary_days_off") = true,
          R"(A caseload of the plans of a JSON Lines text (one plan document per line).

Parameters
----------
text : str
customary_days_off : bool, default True

Returns
-------
Caseload

Raises
------
rorkit.ParseError, rorkit.SchemaError, ...
    As ``Plan.from_json``, naming the line.
rorkit.DuplicateError
    Two plans share an id.)")
      .def(
          "add_jsonl",
          [](Caseload& c, const Utf8& text) {
            std::vector<Plan> plans;
            {
              py::gil_scoped_release release;
              plans = plans_from_jsonl(text.value);
            }
            std::size_t n = plans.size();
            add_all(c, std::move(plans));
            return n;
          },
          py::arg("text"),
          R"(Add the plans of a JSON Lines text: all of them or, on an error, none.

Parameters
----------
text : str

Returns
-------
int
    How many plans were added.

Raises
------
rorkit.DuplicateError
    A plan's id is already held (or appears twice).)")
      .def("add", [](Caseload& c, const Plan& p) { c.add(p); }, py::arg("plan"),
           R"(Add a copy of a plan.

Parameters
----------
plan : Plan

Raises
------
rorkit.DuplicateError
    A plan with its id is already held.)")
      .def("replace", [](Caseload& c, const Plan& p) { c.replace(p); }, py::arg("plan"),
           R"(Replace the plan with the same id by a copy of ``plan``.

Parameters
----------
plan : Plan

Raises
------
rorkit.NotFoundError
    No plan has its id.)")
      .def(
          "remove", [](Caseload& c, const Utf8& id) { return c.remove(id.value); },
          py::arg("plan_id"),
          R"(Remove a plan.

Parameters
----------
plan_id : str

Returns
-------
bool
    Whether it was there.)")
      .def(
          "get",
          [](const Caseload& c, const Utf8& id) -> std::optional<Plan> {
            const Plan* p = c.find(id.value);
            if (p == nullptr) return std::nullopt;
            return *p;
          },
          py::arg("plan_id"),
          R"(A copy of the plan with an id, or None.

Parameters
----------
plan_id : str

Returns
-------
Plan or None)")
      .def("__len__", &Caseload::size)
      .def(
          "__contains__",
          [](const Caseload& c, const Utf8& id) { return c.find(id.value) != nullptr; },
          py::arg("plan_id"))
      .def(
          "__iter__",
          [](const Caseload& c) {
            py::object list = py::cast(c.plans());
            return py::reinterpret_steal<py::typing::Iterator<Plan>>(
                py::iter(list).release());
          },
          "Iterate over copies of the plans, in the order of ``plan_ids``.")
      .def_property_readonly(
          "plan_ids",
          [](const Caseload& c) {
            std::vector<std::string> ids;
            ids.reserve(c.size());
            for (const auto& p : c.plans()) ids.push_back(p.id);
            return ids;
          },
          "The plans' ids in the order added (remove() moves the last plan into the gap).")
      .def_property_readonly(
          "plans", [](const Caseload& c) { return c.plans(); }, "list of Plan (copies).")
      .def_property_readonly(
          "customary_days_off", [](const Caseload& c) { return c.rules().customary_days_off; },
          "The working-day rule due dates are moved by.")
      .def(
          "followups_due",
          [](const Caseload& c, const Date& first, const Date& last) {
            py::gil_scoped_release release;
            return c.followups_due(first, last);
          },
          py::arg("first"), py::arg("last"),
          R"(Next follow-ups (plan and goal level) due in [first, last].

Parameters
----------
first, last : datetime.date

Returns
-------
list of DueFollowUp
    Ordered by date, then plan id, then goal id (the plan-level one first). Empty when
    ``last < first``.)")
      .def(
          "followups_due_arrays",
          [](const Caseload& c, const Date& first, const Date& last) {
            std::vector<DueFollowUp> due;
            {
              py::gil_scoped_release release;
              due = c.followups_due(first, last);
            }
            return due_arrays(due);
          },
          py::arg("first"), py::arg("last"),
          R"(``followups_due`` as columns of numpy arrays, built without a Python object per row.

Parameters
----------
first, last : datetime.date

Returns
-------
dict of str to numpy.ndarray
    ``"plan_id"``: object array of str; ``"goal_id"``: object array of str, None for the
    plan-level follow-up; ``"due"``: ``datetime64[D]`` array. Equal lengths, in the order of
    ``followups_due``. Each distinct id is one str object shared by its rows.)")
      .def(
          "overdue_followups",
          [](const Caseload& c, const Date& on) {
            py::gil_scoped_release release;
            return c.overdue_followups(on);
          },
          py::arg("on"),
          R"(Next follow-ups due before ``on``, ordered as ``followups_due``.

Parameters
----------
on : datetime.date

Returns
-------
list of DueFollowUp)")
      .def(
          "overdue_goals",
          [](const Caseload& c, const Date& on) {
            py::gil_scoped_release release;
            return c.overdue_goals(on);
          },
          py::arg("on"),
          R"(Goals past their due date on ``on`` and not in a terminal state, over every plan.

Parameters
----------
on : datetime.date

Returns
-------
list of Overdue
    Ordered by due date, then plan id, then goal id.)")
      .def(
          "overdue_actions",
          [](const Caseload& c, const Date& on) {
            py::gil_scoped_release release;
            return c.overdue_actions(on);
          },
          py::arg("on"),
          R"(Actions past their end date on ``on``, neither completed nor cancelled, over every plan.

Parameters
----------
on : datetime.date

Returns
-------
list of Overdue
    Ordered by end date, then plan id, then action id.)")
      .def(
          "missing_section141",
          [](const Caseload& c) {
            py::gil_scoped_release release;
            return c.missing_section141();
          },
          R"(Plans with at least one SEL §141 stk. 3 element missing.

Returns
-------
list of Missing141
    Ordered by plan id.)")
      .def(
          "worklist",
          [](const Caseload& c, const std::variant<PartyKind, Utf8>& kind,
             const std::optional<Utf8>& name) {
            PartyKind k = enum_arg(kind, "party kind");
            std::string n = name ? name->value : std::string();
            py::gil_scoped_release release;
            return c.worklist(k, n);
          },
          py::arg("kind"), py::arg("name") = py::none(),
          R"(Open actions (planned, active, on hold) whose responsible party matches.

Parameters
----------
kind : PartyKind or str
    ``PartyKind.staff`` or its code ``"staff"``.
name : str, optional
    When given, also the party's name (staff, organisation) or network member id.

Returns
-------
list of WorkItem
    Ordered by end date (open-ended last), then plan and action id.)")
      .def("__repr__", [](const Caseload& c) {
        return "Caseload(" + std::to_string(c.size()) + " planer)";
      });

  m.def(
      "review_recent_cases",
      [](const Caseload& c, const Date& on, std::size_t count, std::uint64_t seed,
         std::int32_t early_help_days, std::int32_t followup_grace_days) {
        AuditOptions o = audit_options(on, early_help_days, followup_grace_days);
        py::gil_scoped_release release;
        return review_recent_cases(c.plans(), o, count, seed);
      },
      py::arg("plans"), py::arg("on"), py::arg("count") = 10, py::arg("seed") = 1,
      py::arg("early_help_days") = 30, py::arg("followup_grace_days") = 14, review_doc);
  m.def(
      "review_recent_cases",
      [](const std::vector<Plan>& plans, const Date& on, std::size_t count, std::uint64_t seed,
         std::int32_t early_help_days, std::int32_t followup_grace_days) {
        AuditOptions o = audit_options(on, early_help_days, followup_grace_days);
        py::gil_scoped_release release;
        return review_recent_cases(plans, o, count, seed);
      },
      py::arg("plans"), py::arg("on"), py::arg("count") = 10, py::arg("seed") = 1,
      py::arg("early_help_days") = 30, py::arg("followup_grace_days") = 14, review_doc);
}

}  // namespace rorkit::python
