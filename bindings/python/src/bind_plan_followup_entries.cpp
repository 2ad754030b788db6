// Follow-ups (§148 stk. 2) with their assessments, and the events of a plan's history, as Python
// classes (see bind_plan_entries.cpp for the conventions).

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <string>
#include <utility>
#include <vector>

#include "plan_entry_ops.hpp"

namespace rorkit::python {
namespace {

void bind_followup(py::module_& m) {
  py::class_<FollowUpRule> rule(m, "FollowUpRule", R"(SEL §148 stk. 2 follow-up schedule.

Every ``interval_months`` months after the last follow-up (or the plan's creation), moved to the
next Danish working day.

Parameters
----------
interval_months : int, default 6)");
  rule.def(py::init([](std::int32_t months) { return FollowUpRule{months}; }),
           py::arg("interval_months") = 6)
      .def_readwrite("interval_months", &FollowUpRule::interval_months,
                     "Months between follow-ups.")
      .def("__repr__", [](const FollowUpRule& r) {
        return "FollowUpRule(interval_months=" + std::to_string(r.interval_months) + ")";
      });
  value_ops(rule);

  py::class_<GoalAssessment> ga(m, "GoalAssessment", R"(A scored assessment of one goal at a follow-up.

Parameters
----------
goal_id : str
value : float, optional
    On the goal target's scale.
code : str
    For code targets.
note : str)");
  ga.def(py::init([](const Utf8& goal_id, std::optional<double> value, const Utf8& code,
                     const Utf8& note) {
           return GoalAssessment{goal_id.value, value, code.value, note.value};
         }),
         py::arg("goal_id") = Utf8{}, py::arg("value") = py::none(), py::arg("code") = Utf8{},
         py::arg("note") = Utf8{});
  text_attr(ga, "goal_id", &GoalAssessment::goal_id, "The goal assessed.");
  ga.def_readwrite("value", &GoalAssessment::value, "float or None.");
  text_attr(ga, "code", &GoalAssessment::code, "The state reached (code targets).");
  text_attr(ga, "note", &GoalAssessment::note, "Free text.");
  ga.def("__repr__", [](const GoalAssessment& a) {
    std::string v = a.value ? ", " + py::str(py::float_(*a.value)).cast<std::string>() : "";
    return "GoalAssessment('" + a.goal_id + "'" + v +
           (a.code.empty() ? std::string() : ", '" + a.code + "'") + ")";
  });
  value_ops(ga);

  py::class_<FollowUp> cls(m, "FollowUp", R"(A follow-up (opfølgning) of the plan.

Parameters
----------
id : str
date : datetime.date, optional
    Default: today.
result : FollowUpResult, default FollowUpResult.continue_
notes : str
citizen_view : str
    The citizen's own view, in their words.
by : str
assessments : list of GoalAssessment
unknown : list of (str, str), optional

Notes
-----
List attributes return copies: assign the whole list.)");
  cls.def(py::init([](const Utf8& id, std::optional<Date> date, FollowUpResult result,
                      const Utf8& notes, const Utf8& citizen_view, const Utf8& by,
                      const std::vector<GoalAssessment>& assessments, const UnknownArg& unknown) {
            FollowUp f;
            f.id = id.value;
            f.date = date ? *date : today();
            f.result = result;
            f.notes = notes.value;
            f.citizen_view = citizen_view.value;
            f.by = by.value;
            f.assessments = assessments;
            f.unknown = unknown_of(unknown);
            return f;
          }),
          py::arg("id") = Utf8{}, py::arg("date") = py::none(),
          py::arg_v("result", FollowUpResult::continue_, "FollowUpResult.continue_"),
          py::arg("notes") = Utf8{},
          py::arg("citizen_view") = Utf8{}, py::arg("by") = Utf8{},
          py::arg("assessments") = std::vector<GoalAssessment>{}, py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &FollowUp::id, "Id within the plan.");
  cls.def_readwrite("date", &FollowUp::date, "datetime.date.")
      .def_readwrite("result", &FollowUp::result, "FollowUpResult.");
  text_attr(cls, "notes", &FollowUp::notes, "Notes.");
  text_attr(cls, "citizen_view", &FollowUp::citizen_view, "The citizen's own view.");
  text_attr(cls, "by", &FollowUp::by, "Who held the follow-up.");
  cls.def_readwrite("assessments", &FollowUp::assessments,
                    "list of GoalAssessment (a copy; assign whole).");
  unknown_attr<FollowUp>(cls);
  cls.def("__repr__", [](const FollowUp& f) {
    return "FollowUp('" + f.id + "', " + f.date.iso() + ", " + code_text(f.result) + ", " +
           std::to_string(f.assessments.size()) + " vurderinger)";
  });
  value_ops(cls);
  json_ops(cls, [](const std::string& t) { return entry_read<FollowUp>(Collection::followups, t); },
           "a follow-up");
}

using PayloadType =
    py::typing::Optional<py::typing::Union<PlanHeader, Plan, Citizen, Aspiration, Resource,
                                           NetworkMember, Goal, Action, FollowUp, Measurement,
                                           Section141, FollowUpRule, GoalTransition>>;

PayloadType payload_to_python(const PlanPayload& p) {
  py::object o = std::visit(
      [](const auto& x) -> py::object {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return py::none();
        } else if constexpr (std::is_same_v<T, PlanSnapshot>) {
          if (!x.plan) return py::none();
          return py::cast(*x.plan, py::return_value_policy::copy);
        } else {
          return py::cast(x, py::return_value_policy::copy);
        }
      },
      p);
  return py::reinterpret_steal<PayloadType>(o.release());
}

void bind_events(py::module_& m) {
  py::class_<PlanHeader>(m, "PlanHeader", "What a plan's first (create) event sets. Read-only.")
      .def_readonly("id", &PlanHeader::id, "The plan's id.")
      .def_readonly("created", &PlanHeader::created, "The plan's start date.")
      .def_readonly("citizen", &PlanHeader::citizen, "The citizen.")
      .def(py::self == py::self)
      .def("__repr__", [](const PlanHeader& h) {
        return "PlanHeader('" + h.id + "', " + h.created.iso() + ", borger '" + h.citizen.id + "')";
      });

  py::class_<GoalTransition>(m, "GoalTransition",
                             "A goal's move between lifecycle states. Read-only.")
      .def_readonly("from_", &GoalTransition::from, "The state before.")
      .def_readonly("to", &GoalTransition::to, "The state after.")
      .def(py::self == py::self)
      .def("__repr__", [](const GoalTransition& t) {
        return "GoalTransition(" + code_text(t.from) + " -> " + code_text(t.to) +
               ")";
      });

  py::class_<PlanEvent>(m, "PlanEvent", R"(One entry of a plan's append-only history: who changed what, when and why.

Read-only. ``payload`` is the entry the event carries (a Goal for an add of a goal, a Citizen
for set_citizen, the Plan state for a snapshot, a GoalTransition ...) or None (remove).)")
      .def_readonly("seq", &PlanEvent::seq, "1, 2, 3 ... in order.")
      .def_property_readonly("at", [](const PlanEvent& e) { return e.at.str(); },
                             "UTC time as ISO text, \"YYYY-MM-DDTHH:MM:SSZ\".")
      .def_readonly("by", &PlanEvent::by, "Who made the change.")
      .def_readonly("why", &PlanEvent::why, "Why (may be empty).")
      .def_readonly("op", &PlanEvent::op, "What kind of change.")
      .def_readonly("collection", &PlanEvent::collection, "The list changed, or None.")
      .def_readonly("target_id", &PlanEvent::target_id, "The entry's id ('' when none).")
      .def_property_readonly(
          "payload", [](const PlanEvent& e) { return payload_to_python(e.payload); },
          "The entry object the event carries, or None.")
      .def_readonly("unknown", &PlanEvent::unknown,
                    "Unknown JSON members of the event, as (name, raw JSON) pairs.")
      .def(py::self == py::self)
      .def("__repr__", [](const PlanEvent& e) {
        std::string what = code_text(e.op);
        if (e.collection) what += " " + code_text(*e.collection);
        if (!e.target_id.empty()) what += " '" + e.target_id + "'";
        return "PlanEvent(#" + std::to_string(e.seq) + " " + e.at.str() + " " + what + " af '" +
               e.by + "')";
      });
}


}  // namespace

void bind_plan_followup_entries(py::module_& m) {
  bind_followup(m);
  bind_events(m);
}

}  // namespace rorkit::python
