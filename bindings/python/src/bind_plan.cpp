// The Plan class: creation, JSON, read-only state, history and versions. Edits are added in
// bind_plan_edits.cpp, queries (validate, follow-ups, audit, FHIR) in bind_plan_queries.cpp.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <string>
#include <vector>

#include "plan_bindings.hpp"
#include "value_ops.hpp"
#include "rorkit/io/plan_json.hpp"

namespace rorkit::python {
namespace {

Plan read_plan(const std::string& text) {
  if (text.size() > release_gil_bytes) {
    py::gil_scoped_release release;
    return plan_from_json(text);
  }
  return plan_from_json(text);
}

std::string write_plan(const Plan& p, bool pretty, bool history) {
  PlanJsonOptions o;
  o.pretty = pretty;
  o.include_history = history;
  if (worth_releasing_gil(p)) {
    py::gil_scoped_release release;
    return plan_to_json(p, o);
  }
  return plan_to_json(p, o);
}

using EntryType = py::typing::Optional<
    py::typing::Union<Aspiration, Resource, NetworkMember, Goal, Action, FollowUp, Measurement>>;

template <class T>
EntryType entry_or_none(const T* x) {
  py::object o = x ? py::cast(*x, py::return_value_policy::copy) : py::none();
  return py::reinterpret_steal<EntryType>(o.release());
}

}  // namespace

Collection collection_arg(const std::variant<Collection, Utf8>& c) {
  if (const auto* v = std::get_if<Collection>(&c)) return *v;
  const std::string& code = std::get<Utf8>(c).value;
  if (auto v = parse_code<Collection>(code)) return *v;
  fail(RORKIT_ERROR_INVALID_ARGUMENT,
       "unknown collection \"" + code +
           "\"; allowed: aspirations, resources, network, goals, actions, followups, measurements");
}

void bind_plan(py::module_& m) {
  auto cls = py::reinterpret_borrow<py::class_<Plan>>(m.attr("Plan"));
  cls.def_static(
         "new",
         [](const Utf8& id, const Citizen& citizen, const Date& created, const Utf8& by,
            const std::optional<TimestampArg>& at, const Utf8& why) {
           return new_plan(id.value, citizen, created, make_change(by, at, why));
         },
         py::arg("id"), py::arg("citizen"), py::arg("created"), py::kw_only(), py::arg("by"),
         py::arg("at") = py::none(), py::arg("why") = Utf8{},
         R"(Start a plan; its history begins with a ``create`` event.

Parameters
----------
id : str
    1-64 characters from A-Z a-z 0-9 - _ . :
citizen : Citizen
    Needs a valid id and a real municipality code.
created : datetime.date
    The plan's start; the first follow-up is due ``interval_months`` after it.
by : str
    Who creates it (required, keyword only).
at : str or datetime.datetime, optional
    When: an ISO UTC string "YYYY-MM-DDTHH:MM:SSZ" or a timezone-aware datetime (converted to
    UTC, whole seconds). Default: now.
why : str, optional
    Why, for the history.

Returns
-------
Plan

Raises
------
rorkit.InvalidArgumentError
    Bad plan or citizen id, empty ``by``.
rorkit.NotFoundError
    Unknown municipality code.
rorkit.InvalidDateError
    A malformed ``at`` or a naive datetime.)")
      .def_static(
          "from_json", [](const Utf8& text) { return read_plan(text.value); }, py::arg("text"),
          R"(Read a plan document (format "rorkit-plan").

Members rorkit does not know are kept verbatim at every level, so a document written by a newer
version survives ``Plan.from_json(text).to_json()``. Large documents are parsed with the GIL
released.

Parameters
----------
text : str
    The JSON document.

Returns
-------
Plan

Raises
------
rorkit.ParseError
    Malformed JSON, with line and column.
rorkit.SchemaError
    A wrong type, a missing member or an unknown code, with the JSON path.
rorkit.UnsupportedVersionError
    A newer ``format_version``.
rorkit.RorkitError
    ``DuplicateError``, ``DanglingReferenceError``, ``ValidationError``, ... when the content
    breaks the rules every edit enforces.)")
      .def(
          "to_json",
          [](const Plan& p, bool pretty, bool history) { return write_plan(p, pretty, history); },
          py::arg("pretty") = false, py::arg("history") = true,
          R"(The plan document as JSON text (UTF-8, Danish letters as they are).

Parameters
----------
pretty : bool, default False
    Indent two spaces; otherwise one line (JSON Lines friendly).
history : bool, default True
    False writes the state only (smaller; versions cannot be rebuilt from it).

Returns
-------
str)")
      .def_property_readonly("id", [](const Plan& p) { return p.id; }, "The plan's id.")
      .def_property_readonly("created", [](const Plan& p) { return p.created; },
                             "The plan's start date (datetime.date).")
      .def_property_readonly("citizen", [](const Plan& p) { return p.citizen; },
                             "The citizen (a copy; change it with set_citizen).")
      .def_property_readonly("aspirations", [](const Plan& p) { return p.aspirations; },
                             "list of Aspiration (a copy).")
      .def_property_readonly("resources", [](const Plan& p) { return p.resources; },
                             "list of Resource (a copy).")
      .def_property_readonly("network", [](const Plan& p) { return p.network; },
                             "list of NetworkMember (a copy).")
      .def_property_readonly("goals", [](const Plan& p) { return p.goals; },
                             "list of Goal (a copy).")
      .def_property_readonly("actions", [](const Plan& p) { return p.actions; },
                             "list of Action (a copy).")
      .def_property_readonly("section141", [](const Plan& p) { return p.section141; },
                             "Section141 (a copy; change it with set_section141).")
      .def_property_readonly("followup_rule", [](const Plan& p) { return p.followup_rule; },
                             "FollowUpRule (a copy; change it with set_followup_rule).")
      .def_property_readonly("followups", [](const Plan& p) { return p.followups; },
                             "list of FollowUp (a copy).")
      .def_property_readonly("measurements", [](const Plan& p) { return p.measurements; },
                             "list of Measurement (a copy).")
      .def_property_readonly("history", [](const Plan& p) { return p.history; },
                             "list of PlanEvent, oldest first (a copy).")
      .def_property_readonly("unknown", [](const Plan& p) { return p.unknown; },
                             "Unknown top-level JSON members, as (name, raw JSON) pairs.")
      .def(
          "find",
          [](const Plan& p, const std::variant<Collection, Utf8>& collection, const Utf8& id) {
            switch (collection_arg(collection)) {
              case Collection::aspirations: return entry_or_none(p.find_aspiration(id.value));
              case Collection::resources: return entry_or_none(p.find_resource(id.value));
              case Collection::network: return entry_or_none(p.find_network_member(id.value));
              case Collection::goals: return entry_or_none(p.find_goal(id.value));
              case Collection::actions: return entry_or_none(p.find_action(id.value));
              case Collection::followups: return entry_or_none(p.find_followup(id.value));
              case Collection::measurements: return entry_or_none(p.find_measurement(id.value));
            }
            return entry_or_none<Goal>(nullptr);
          },
          py::arg("collection"), py::arg("id"),
          R"(An entry by id, or None.

Parameters
----------
collection : Collection or str
    ``Collection.goals`` or its code ``"goals"``.
id : str

Returns
-------
Aspiration, Resource, NetworkMember, Goal, Action, FollowUp, Measurement or None
    A copy.)")
      .def(
          "version",
          [](const Plan& p, std::size_t events) { return plan_at_version(p, events); },
          py::arg("n"),
          R"(The plan as it was after its first ``n`` history events.

Parameters
----------
n : int
    0 gives an empty plan (before it existed); ``len(plan.history)`` the current state.

Returns
-------
Plan

Raises
------
rorkit.OutOfRangeError
    When ``n`` is beyond the history's length.)")
      .def(
          "as_of", [](const Plan& p, const TimestampArg& at) { return plan_as_of(p, at.value); },
          py::arg("timestamp"),
          R"(The plan as it was at a moment: every event at or before it, replayed.

Parameters
----------
timestamp : str or datetime.datetime
    ISO UTC "YYYY-MM-DDTHH:MM:SSZ" or a timezone-aware datetime.

Returns
-------
Plan)")
      .def(
          "check_history",
          [](const Plan& p) -> std::optional<std::string> {
            std::string diff = check_history(p);
            if (diff.empty()) return std::nullopt;
            return diff;
          },
          R"(Replay the whole history and compare it with the current state.

Returns
-------
str or None
    None when they agree, else a description of the first difference.)")
      .def("copy", [](const Plan& p) { return Plan(p); }, "An independent copy of the plan.")
      .def(py::pickle([](const Plan& p) { return write_plan(p, false, true); },
                      [](const std::string& text) { return read_plan(text); }))
      .def("__repr__", [](const Plan& p) {
        return "Plan('" + p.id + "', borger '" + p.citizen.id + "', oprettet " + p.created.iso() +
               ", " + std::to_string(p.goals.size()) + " mål, " +
               std::to_string(p.actions.size()) + " indsatser, " +
               std::to_string(p.history.size()) + " hændelser)";
      });

  m.def(
      "plans_from_jsonl",
      [](const Utf8& text) {
        if (text.value.size() > release_gil_bytes) {
          py::gil_scoped_release release;
          return plans_from_jsonl(text.value);
        }
        return plans_from_jsonl(text.value);
      },
      py::arg("text"),
      R"(Read JSON Lines: one plan document per non-blank line.

Parameters
----------
text : str

Returns
-------
list of Plan

Raises
------
rorkit.ParseError, rorkit.SchemaError, ...
    As ``Plan.from_json``; the message names the line number.)");

  bind_plan_edits(cls);
  bind_plan_queries(cls);
  value_ops(cls);
}

}  // namespace rorkit::python
