// The edit methods of Plan (edit.hpp). Each takes the change's who/when/why as keyword
// arguments, checks the change, applies it and appends a history event; a failing change
// raises and leaves the plan exactly as it was (the C++ functions guarantee that).

#include <string>

#include "plan_bindings.hpp"

namespace rorkit::python {
namespace {

const char* const change_params = R"(
by : str
    Who makes the change (required, keyword only).
at : str or datetime.datetime, optional
    When: ISO UTC "YYYY-MM-DDTHH:MM:SSZ" or a timezone-aware datetime (converted to UTC, whole
    seconds); default now. Must not be earlier than the plan's last event (``DateOrderError``).
why : str, optional
    Why, for the history.)";

const char* const common_raises = R"(
rorkit.InvalidArgumentError
    An invalid id or an empty ``by``.
rorkit.InvalidDateError
    A malformed ``at`` or a naive datetime.
rorkit.DateOrderError
    ``at`` before the plan's last event, or an end before a start.)";

std::string doc(const std::string& summary, const std::string& params, const std::string& raises) {
  return summary + "\n\nParameters\n----------\n" + params + change_params +
         "\n\nRaises\n------" + raises + common_raises +
         "\n\nNotes\n-----\nThe plan is unchanged when the edit raises.";
}

template <class T>
void entry_edit(py::class_<Plan>& cls, const char* name, void (*fn)(Plan&, T, const Change&),
                const char* arg, const std::string& docstring) {
  cls.def(
      name,
      [fn](Plan& p, const T& x, const Utf8& by, const std::optional<TimestampArg>& at,
           const Utf8& why) { fn(p, x, make_change(by, at, why)); },
      py::arg(arg), py::kw_only(), py::arg("by"), py::arg("at") = py::none(),
      py::arg("why") = Utf8{}, docstring.c_str());
}

const char* const add_raises = R"(
rorkit.DuplicateError
    The id is already in its list.
rorkit.DanglingReferenceError
    A reference names no entry of the plan.
rorkit.ValidationError
    The entry breaks its own rules (empty text, ...).)";

const char* const update_raises = R"(
rorkit.NotFoundError
    No entry has the id.
rorkit.DanglingReferenceError
    A reference names no entry of the plan.
rorkit.ValidationError
    The entry breaks its own rules.)";

}  // namespace

void bind_plan_edits(py::class_<Plan>& cls) {
  entry_edit<Aspiration>(cls, "add_aspiration", &add_aspiration, "aspiration",
                         doc("Add a hope, wish or dream in the citizen's words.",
                             "aspiration : Aspiration", add_raises));
  entry_edit<Aspiration>(cls, "update_aspiration", &update_aspiration, "aspiration",
                         doc("Replace the aspiration with the same id.", "aspiration : Aspiration",
                             update_raises));
  entry_edit<Resource>(cls, "add_resource", &add_resource, "resource",
                       doc("Add a resource.", "resource : Resource", add_raises));
  entry_edit<Resource>(cls, "update_resource", &update_resource, "resource",
                       doc("Replace the resource with the same id.", "resource : Resource",
                           update_raises));
  entry_edit<NetworkMember>(cls, "add_network_member", &add_network_member, "member",
                            doc("Add a person or organisation to the citizen's network.",
                                "member : NetworkMember", add_raises));
  entry_edit<NetworkMember>(cls, "update_network_member", &update_network_member, "member",
                            doc("Replace the network member with the same id.",
                                "member : NetworkMember", update_raises));
  entry_edit<Goal>(cls, "add_goal", &add_goal, "goal",
                   doc("Add a long-term goal or a sub-goal.",
                       "goal : Goal\n    It traces to aspirations (``aspiration_ids``) or says why "
                       "not (``no_aspiration_reason``); a sub-goal names its ``parent_id``.",
                       std::string(add_raises) +
                           "\n    Also: a new goal cannot start cancelled, rejected or "
                           "entered-in-error."));
  entry_edit<Goal>(cls, "update_goal", &update_goal, "goal",
                   doc("Replace the goal with the same id (its lifecycle must stay the same).",
                       "goal : Goal",
                       std::string(update_raises) +
                           "\nrorkit.InvalidArgumentError\n    The lifecycle differs: use "
                           "``transition_goal``."));
  entry_edit<Action>(cls, "add_action", &add_action, "action",
                     doc("Add an action (indsats) serving one or more goals.", "action : Action",
                         add_raises));
  entry_edit<Action>(cls, "update_action", &update_action, "action",
                     doc("Replace the action with the same id.", "action : Action", update_raises));
  entry_edit<FollowUp>(cls, "record_followup", &record_followup, "followup",
                       doc("Record a follow-up; its assessments must name goals of the plan.",
                           "followup : FollowUp", add_raises));
  entry_edit<Measurement>(
      cls, "record_measurement", &record_measurement, "measurement",
      doc("Record an outcome measurement; its items must score.", "measurement : Measurement",
          std::string(add_raises) +
              "\nrorkit.ItemOutOfRangeError\n    An item outside the instrument's range."
              "\nrorkit.MissingItemsError\n    Too many items missing."));
  entry_edit<Citizen>(cls, "set_citizen", &set_citizen, "citizen",
                      doc("Replace the citizen.", "citizen : Citizen",
                          "\nrorkit.NotFoundError\n    Unknown municipality code."));
  entry_edit<Section141>(cls, "set_section141", &set_section141, "section141",
                         doc("Replace the SEL §141 stk. 3 content.", "section141 : Section141",
                             "\nrorkit.InvalidUtf8Error\n    Text that is not UTF-8."));

  cls.def(
      "set_followup_rule",
      [](Plan& p, std::int32_t months, const Utf8& by, const std::optional<TimestampArg>& at,
         const Utf8& why) { set_followup_rule(p, FollowUpRule{months}, make_change(by, at, why)); },
      py::arg("months"), py::kw_only(), py::arg("by"), py::arg("at") = py::none(),
      py::arg("why") = Utf8{},
      doc("Set the SEL §148 follow-up interval of the whole plan.",
          "months : int\n    Months between follow-ups (the default rule is 6).",
          "\nrorkit.OutOfRangeError\n    An interval the library refuses.")
          .c_str());

  cls.def(
      "remove",
      [](Plan& p, const std::variant<Collection, Utf8>& collection, const Utf8& id, const Utf8& by,
         const std::optional<TimestampArg>& at, const Utf8& why) {
        remove_entry(p, collection_arg(collection), id.value, make_change(by, at, why));
      },
      py::arg("collection"), py::arg("id"), py::kw_only(), py::arg("by"),
      py::arg("at") = py::none(), py::arg("why") = Utf8{},
      doc("Remove an entry.",
          "collection : Collection or str\n    ``Collection.goals`` or its code ``\"goals\"``.\n"
          "id : str",
          "\nrorkit.NotFoundError\n    No entry has the id.\nrorkit.ReferencedError\n    "
          "Something still refers to the entry (the message names it).")
          .c_str());

  cls.def(
      "transition_goal",
      [](Plan& p, const Utf8& goal_id, const std::variant<GoalLifecycle, Utf8>& lifecycle,
         const Utf8& by, const std::optional<TimestampArg>& at, const Utf8& why) {
        transition_goal(p, goal_id.value, enum_arg(lifecycle, "goal lifecycle"),
                        make_change(by, at, why));
      },
      py::arg("goal_id"), py::arg("lifecycle"), py::kw_only(), py::arg("by"),
      py::arg("at") = py::none(), py::arg("why") = Utf8{},
      doc("Move a goal along FHIR's lifecycle (see ``goal_transition_allowed``).",
          "goal_id : str\nlifecycle : GoalLifecycle or str\n    The new state, or its code "
          "(``\"on-hold\"``).",
          "\nrorkit.NotFoundError\n    No goal has the id.\nrorkit.IllegalTransitionError\n    "
          "FHIR does not allow the move; the message names both states.")
          .c_str());
}

}  // namespace rorkit::python
