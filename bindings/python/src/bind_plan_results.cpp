// What is computed about plans, as read-only Python classes: validation findings, due
// follow-ups, audits and case reviews, and the caseload's overdue / §141 / worklist rows; plus
// the JSON renderings of plan_reports.hpp.

#include <pybind11/operators.h>

#include <string>
#include <vector>

#include "plan_bindings.hpp"
#include "rorkit/io/plan_reports.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/followup.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit::python {
namespace {

std::optional<std::string> none_if_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

void bind_finding(py::module_& m) {
  py::class_<Finding>(m, "Finding", R"(One validation finding: something a caseworker still has to do.

Attributes
----------
severity : Severity
    ``error`` makes the plan invalid; ``warning`` is advice.
code : str
    Stable, e.g. ``'s141-purpose-missing'``.
path : str
    JSON pointer of the field in the plan document, e.g. ``'/section141/purpose'``.
message : str
    What to do, in English.)")
      .def_readonly("severity", &Finding::severity,
                    "error makes the plan invalid; warning is advice.")
      .def_readonly("code", &Finding::code, "Stable code, e.g. 's141-purpose-missing'.")
      .def_readonly("path", &Finding::path,
                    "JSON pointer of the field, e.g. '/section141/purpose'.")
      .def_readonly("message", &Finding::message, "What to do, in English.")
      .def(py::self == py::self)
      .def("__repr__", [](const Finding& f) {
        return "Finding(" + code_text(f.severity) + ", '" + f.code + "', '" + f.path + "')";
      });

  m.def(
      "findings_to_json",
      [](const std::vector<Finding>& findings, bool pretty) {
        return findings_to_json(findings, pretty);
      },
      py::arg("findings"), py::arg("pretty") = false,
      R"(Findings as the JSON the C ABI and the CLI print.

Parameters
----------
findings : list of Finding
pretty : bool, default False
    Indent two spaces.

Returns
-------
str
    ``[{"severity", "code", "path", "message"}, ...]``)");
}

void bind_due(py::module_& m) {
  py::class_<DueFollowUp>(m, "DueFollowUp", R"(One due follow-up: of a whole plan or of one goal with its own interval.

Attributes
----------
plan_id : str
goal_id : str or None
    None for the plan-level follow-up (SEL §148 stk. 2).
due : datetime.date
    Already moved to a Danish working day.)")
      .def_readonly("plan_id", &DueFollowUp::plan_id, "The plan.")
      .def_property_readonly(
          "goal_id", [](const DueFollowUp& d) { return none_if_empty(d.goal_id); },
          "The goal with its own interval, or None for the plan-level follow-up.")
      .def_readonly("due", &DueFollowUp::due, "The due date, moved to a working day.")
      .def(py::self == py::self)
      .def("__repr__", [](const DueFollowUp& d) {
        return "DueFollowUp('" + d.plan_id + "', " +
               (d.goal_id.empty() ? std::string("None") : "'" + d.goal_id + "'") + ", " +
               d.due.iso() + ")";
      });

  m.def(
      "due_to_json",
      [](const std::vector<DueFollowUp>& due, bool pretty) { return due_to_json(due, pretty); },
      py::arg("due"), py::arg("pretty") = false,
      R"(Due follow-ups as JSON: ``[{"plan_id", "goal_id", "due"}, ...]``.

Parameters
----------
due : list of DueFollowUp
pretty : bool, default False

Returns
-------
str)");
}

void bind_audit(py::module_& m) {
  py::class_<PrincipleResult>(m, "PrincipleResult", R"(The audit verdict on one principle, with its reasons.

Attributes
----------
principle : Principle
verdict : Verdict
    ``yes`` (2 points), ``partly`` (1) or ``no`` (0).
reasons : list of str
    English sentences naming the evidence (ids, counts).)")
      .def_readonly("principle", &PrincipleResult::principle, "The principle judged.")
      .def_readonly("verdict", &PrincipleResult::verdict, "yes (2 points), partly (1) or no (0).")
      .def_readonly("reasons", &PrincipleResult::reasons, "English sentences naming the evidence.")
      .def(py::self == py::self)
      .def("__repr__", [](const PrincipleResult& r) {
        return "PrincipleResult(" + std::to_string(static_cast<int>(r.principle)) + " " +
               code_text(r.principle) + ": " + code_text(r.verdict) + ")";
      });

  py::class_<Audit>(m, "Audit", R"(How recovery-oriented one case is, principle by principle.

Attributes
----------
plan_id : str
points : int
    yes = 2, partly = 1, no = 0 summed over the eight principles (0-16).
principles : list of PrincipleResult
    Eight results, in the principles' official order.)")
      .def_readonly("plan_id", &Audit::plan_id, "The plan audited.")
      .def_property_readonly("points", &Audit::points,
                             "yes = 2, partly = 1, no = 0, summed (0-16).")
      .def_property_readonly(
          "principles",
          [](const Audit& a) {
            return std::vector<PrincipleResult>(a.principles.begin(), a.principles.end());
          },
          "Eight PrincipleResult, in the principles' official order.")
      .def(
          "to_json", [](const Audit& a, bool pretty) { return audit_to_json(a, pretty); },
          py::arg("pretty") = false,
          R"(The audit as JSON: ``{"plan_id", "points", "principles": [{"principle", "number", "name_da", "verdict", "reasons"}]}``.

Parameters
----------
pretty : bool, default False

Returns
-------
str)")
      .def("__eq__",
           [](const Audit& a, const Audit& b) {
             return a.plan_id == b.plan_id && a.principles == b.principles;
           },
           py::is_operator())
      .def("__repr__", [](const Audit& a) {
        return "Audit('" + a.plan_id + "', " + std::to_string(a.points()) + "/16 point)";
      });

  py::class_<PrincipleTally>(m, "PrincipleTally",
                             "Per principle, how many audited cases got each verdict.")
      .def_readonly("principle", &PrincipleTally::principle, "The principle.")
      .def_readonly("yes", &PrincipleTally::yes, "Cases judged yes.")
      .def_readonly("partly", &PrincipleTally::partly, "Cases judged partly.")
      .def_readonly("no", &PrincipleTally::no, "Cases judged no.")
      .def("__repr__", [](const PrincipleTally& t) {
        return "PrincipleTally(" + code_text(t.principle) + ": yes " +
               std::to_string(t.yes) +
               ", partly " + std::to_string(t.partly) + ", no " + std::to_string(t.no) + ")";
      });

  py::class_<CaseReview>(m, "CaseReview", R"(The Fase 1 review of the most recent citizen cases.

Attributes
----------
plan_ids : list of str
    The plans drawn, most recent first.
audits : list of Audit
    One per plan, in the same order.
tally : list of PrincipleTally
    Eight, in the principles' order.)")
      .def_readonly("plan_ids", &CaseReview::plan_ids, "The plans drawn, most recent first.")
      .def_readonly("audits", &CaseReview::audits, "One Audit per plan, in the same order.")
      .def_property_readonly(
          "tally",
          [](const CaseReview& r) {
            return std::vector<PrincipleTally>(r.tally.begin(), r.tally.end());
          },
          "Eight PrincipleTally, in the principles' order.")
      .def(
          "to_json",
          [](const CaseReview& r, bool pretty) { return case_review_to_json(r, pretty); },
          py::arg("pretty") = false,
          R"(The review as JSON: ``{"plan_ids", "audits", "tally": [{"principle", "yes", "partly", "no"}]}``.

Parameters
----------
pretty : bool, default False

Returns
-------
str)")
      .def("__len__", [](const CaseReview& r) { return r.plan_ids.size(); })
      .def("__repr__", [](const CaseReview& r) {
        return "CaseReview(" + std::to_string(r.plan_ids.size()) + " sager)";
      });
}

void bind_caseload_rows(py::module_& m) {
  using Overdue = Caseload::Overdue;
  using Missing141 = Caseload::Missing141;
  using WorkItem = Caseload::WorkItem;
  py::class_<Overdue>(m, "Overdue", R"(An overdue goal or action of a plan in a caseload.

Attributes
----------
plan_id : str
id : str
    The goal's or action's id.
due : datetime.date
    The goal's due date or the action's end date.)")
      .def_readonly("plan_id", &Overdue::plan_id, "The plan.")
      .def_readonly("id", &Overdue::id, "The goal's or action's id.")
      .def_readonly("due", &Overdue::due, "The goal's due date or the action's end date.")
      .def("__eq__",
           [](const Overdue& a, const Overdue& b) {
             return a.plan_id == b.plan_id && a.id == b.id && a.due == b.due;
           },
           py::is_operator())
      .def("__repr__", [](const Overdue& o) {
        return "Overdue('" + o.plan_id + "', '" + o.id + "', " + o.due.iso() + ")";
      });

  py::class_<Missing141>(m, "Missing141", R"(A plan with §141 stk. 3 elements missing.

Attributes
----------
plan_id : str
missing : list of str
    As ``Plan.missing_section141()``: "purpose", "special.housing", ...)")
      .def_readonly("plan_id", &Missing141::plan_id, "The plan.")
      .def_readonly("missing", &Missing141::missing, "The missing elements by name.")
      .def("__eq__",
           [](const Missing141& a, const Missing141& b) {
             return a.plan_id == b.plan_id && a.missing == b.missing;
           },
           py::is_operator())
      .def("__repr__", [](const Missing141& x) {
        return "Missing141('" + x.plan_id + "', " + std::to_string(x.missing.size()) + " mangler)";
      });

  py::class_<WorkItem>(m, "WorkItem", R"(An open action (planned, active or on hold) on a worklist.

Attributes
----------
plan_id : str
action_id : str
text : str
end : datetime.date or None
status : ActionStatus)")
      .def_readonly("plan_id", &WorkItem::plan_id, "The plan.")
      .def_readonly("action_id", &WorkItem::action_id, "The action.")
      .def_readonly("text", &WorkItem::text, "The action's text.")
      .def_readonly("end", &WorkItem::end, "End date, or None when open-ended.")
      .def_readonly("status", &WorkItem::status, "planned, active or on hold.")
      .def("__eq__",
           [](const WorkItem& a, const WorkItem& b) {
             return a.plan_id == b.plan_id && a.action_id == b.action_id && a.text == b.text &&
                    a.end == b.end && a.status == b.status;
           },
           py::is_operator())
      .def("__repr__", [](const WorkItem& w) {
        return "WorkItem('" + w.plan_id + "', '" + w.action_id + "', " + short_text(w.text, 30) +
               (w.end ? ", " + w.end->iso() : std::string()) + ")";
      });

  m.def(
      "overdue_to_json",
      [](const std::vector<Overdue>& goals, const std::vector<Overdue>& actions, bool pretty) {
        return overdue_to_json(goals, actions, pretty);
      },
      py::arg("goals"), py::arg("actions"), py::arg("pretty") = false,
      R"(Overdue goals and actions as JSON: ``{"goals": [{"plan_id", "id", "due"}], "actions": [...]}``.

Parameters
----------
goals, actions : list of Overdue
pretty : bool, default False

Returns
-------
str)");
  m.def(
      "missing141_to_json",
      [](const std::vector<Missing141>& missing, bool pretty) {
        return missing141_to_json(missing, pretty);
      },
      py::arg("missing"), py::arg("pretty") = false,
      R"(Plans missing §141 elements as JSON: ``[{"plan_id", "missing": [...]}]``.

Parameters
----------
missing : list of Missing141
pretty : bool, default False

Returns
-------
str)");
  m.def(
      "worklist_to_json",
      [](const std::vector<WorkItem>& items, bool pretty) {
        return worklist_to_json(items, pretty);
      },
      py::arg("items"), py::arg("pretty") = false,
      R"(A worklist as JSON: ``[{"plan_id", "action_id", "text", "end", "status"}]``.

Parameters
----------
items : list of WorkItem
pretty : bool, default False

Returns
-------
str)");
}

}  // namespace

void bind_plan_results(py::module_& m) {
  bind_finding(m);
  bind_due(m);
  bind_audit(m);
  bind_caseload_rows(m);
}

}  // namespace rorkit::python
