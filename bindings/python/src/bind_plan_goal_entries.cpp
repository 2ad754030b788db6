// Goals (with their targets), the parties responsible for actions, actions and the §141 stk. 3
// elements of a plan as Python classes (see bind_plan_entries.cpp for the conventions).

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <string>
#include <utility>
#include <vector>

#include "plan_entry_ops.hpp"

namespace rorkit::python {
namespace {

void bind_goal_target(py::module_& m) {
  py::class_<GoalTarget> cls(m, "GoalTarget", R"(What a goal aims at. Which fields count depends on ``kind``.

Parameters
----------
kind : TargetKind, default TargetKind.none
value : float
    scale_value: reach at least this.
low, high : float
    range: stay within [low, high].
code : str
    code: the state to reach, e.g. "in-employment".
change : ChangeType, default ChangeType.develop
    change: develop, maintain or limit decline.
measure : str
    What is measured, e.g. "egen vurdering 1-10".)");
  cls.def(py::init([](TargetKind kind, double value, double low, double high, const Utf8& code,
                      ChangeType change, const Utf8& measure) {
            GoalTarget t;
            t.kind = kind;
            t.value = value;
            t.low = low;
            t.high = high;
            t.code = code.value;
            t.change = change;
            t.measure = measure.value;
            return t;
          }),
          py::arg_v("kind", TargetKind::none, "TargetKind.none"), py::arg("value") = 0.0,
          py::arg("low") = 0.0, py::arg("high") = 0.0, py::arg("code") = Utf8{},
          py::arg_v("change", ChangeType::develop, "ChangeType.develop"),
          py::arg("measure") = Utf8{});
  cls.def_readwrite("kind", &GoalTarget::kind, "What the target is.")
      .def_readwrite("value", &GoalTarget::value, "scale_value: reach at least this.")
      .def_readwrite("low", &GoalTarget::low, "range: the lower bound.")
      .def_readwrite("high", &GoalTarget::high, "range: the upper bound.");
  text_attr(cls, "code", &GoalTarget::code, "The coded state to reach (code targets).");
  cls.def_readwrite("change", &GoalTarget::change, "change: develop, maintain or limit decline.");
  text_attr(cls, "measure", &GoalTarget::measure, "What is measured.");
  cls.def("__repr__", [](const GoalTarget& t) {
    auto num = [](double x) { return py::str(py::float_(x)).cast<std::string>(); };
    std::string what;
    switch (t.kind) {
      case TargetKind::none: break;
      case TargetKind::scale_value: what = " " + num(t.value); break;
      case TargetKind::range: what = " " + num(t.low) + ".." + num(t.high); break;
      case TargetKind::code: what = " '" + t.code + "'"; break;
      case TargetKind::change: what = " " + code_text(t.change); break;
    }
    return "GoalTarget(" + code_text(t.kind) + what +
           (t.measure.empty() ? std::string() : ", " + short_text(t.measure)) + ")";
  });
  value_ops(cls);
}

void bind_goal(py::module_& m) {
  py::class_<Goal> cls(m, "Goal", R"(A long-term goal (no parent) or a time-bound sub-goal (delmål) of one.

Parameters
----------
id : str
parent_id : str
    Empty for a long-term goal; else the id of the goal this is a sub-goal of.
text : str
citizens_words : bool, default False
    The text is the citizen's own formulation.
aspiration_ids : list of str
    The hopes, wishes and dreams the goal serves.
no_aspiration_reason : str
    Required when ``aspiration_ids`` is empty.
theme : FfbTheme, optional
target : GoalTarget, optional
    Default: ``GoalTarget()`` (no target).
start, due : datetime.date, optional
lifecycle : GoalLifecycle, default GoalLifecycle.proposed
    Changed later only through ``Plan.transition_goal``.
achievement : GoalAchievement, optional
    Recorded by staff; used only when no scored follow-up exists.
followup_interval_months : int, optional
    The goal's own follow-up interval; None = the plan's rule.
unknown : list of (str, str), optional

Notes
-----
List attributes return copies: assign the whole list (``g.aspiration_ids = [...]``).
``target`` is a view into the goal: ``g.target.value = 7`` changes ``g``.)");
  cls.def(py::init([](const Utf8& id, const Utf8& parent_id, const Utf8& text, bool citizens_words,
                      const std::vector<Utf8>& aspiration_ids, const Utf8& no_aspiration_reason,
                      std::optional<FfbTheme> theme, const std::optional<GoalTarget>& target,
                      std::optional<Date> start, std::optional<Date> due, GoalLifecycle lifecycle,
                      std::optional<GoalAchievement> achievement,
                      std::optional<std::int32_t> followup_interval_months,
                      const UnknownArg& unknown) {
            Goal g;
            g.id = id.value;
            g.parent_id = parent_id.value;
            g.text = text.value;
            g.citizens_words = citizens_words;
            g.aspiration_ids = strings_of(aspiration_ids);
            g.no_aspiration_reason = no_aspiration_reason.value;
            g.theme = theme;
            if (target) g.target = *target;
            g.start = start;
            g.due = due;
            g.lifecycle = lifecycle;
            g.achievement = achievement;
            g.followup_interval_months = followup_interval_months;
            g.unknown = unknown_of(unknown);
            return g;
          }),
          py::arg("id") = Utf8{}, py::arg("parent_id") = Utf8{}, py::arg("text") = Utf8{},
          py::arg("citizens_words") = false, py::arg("aspiration_ids") = std::vector<Utf8>{},
          py::arg("no_aspiration_reason") = Utf8{}, py::arg("theme") = py::none(),
          py::arg("target") = py::none(), py::arg("start") = py::none(),
          py::arg("due") = py::none(),
          py::arg_v("lifecycle", GoalLifecycle::proposed, "GoalLifecycle.proposed"),
          py::arg("achievement") = py::none(), py::arg("followup_interval_months") = py::none(),
          py::kw_only(), py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Goal::id, "Id within the plan.");
  text_attr(cls, "parent_id", &Goal::parent_id, "The parent goal's id; '' for a long-term goal.");
  text_attr(cls, "text", &Goal::text, "What the goal is.");
  cls.def_readwrite("citizens_words", &Goal::citizens_words, "The text is the citizen's own.");
  text_list_attr(cls, "aspiration_ids", &Goal::aspiration_ids,
                 "Ids of the aspirations served (a copy; assign whole).");
  text_attr(cls, "no_aspiration_reason", &Goal::no_aspiration_reason,
            "Why the goal serves no aspiration (required then).");
  cls.def_readwrite("theme", &Goal::theme, "FfbTheme or None.")
      .def_readwrite("target", &Goal::target,
                     "GoalTarget; a view into the goal (``g.target.value = 7`` changes g).")
      .def_readwrite("start", &Goal::start, "datetime.date or None.")
      .def_readwrite("due", &Goal::due, "datetime.date or None.")
      .def_readwrite("lifecycle", &Goal::lifecycle,
                     "GoalLifecycle; in a plan, change it with Plan.transition_goal.")
      .def_readwrite("achievement", &Goal::achievement,
                     "GoalAchievement recorded by staff, or None (see Plan.achievement).")
      .def_readwrite("followup_interval_months", &Goal::followup_interval_months,
                     "int or None (= the plan's rule).");
  unknown_attr<Goal>(cls);
  cls.def("__repr__", [](const Goal& g) {
    return "Goal('" + g.id + "', " + code_text(g.lifecycle) + ", " + short_text(g.text) +
           (g.due ? ", frist " + g.due->iso() : std::string()) + ")";
  });
  value_ops(cls);
  json_ops(
      cls, [](const std::string& t) { return entry_read<Goal>(Collection::goals, t); }, "a goal");
}

void bind_party(py::module_& m) {
  py::class_<Party> cls(m, "Party", R"(Who is responsible for an action.

Parameters
----------
kind : PartyKind, default PartyKind.citizen
name : str
    Required for staff and organisations.
network_member_id : str
    For ``PartyKind.network_member``: the id of the NetworkMember.)");
  cls.def(py::init([](PartyKind kind, const Utf8& name, const Utf8& network_member_id) {
            return Party{kind, name.value, network_member_id.value};
          }),
          py::arg_v("kind", PartyKind::citizen, "PartyKind.citizen"), py::arg("name") = Utf8{},
          py::arg("network_member_id") = Utf8{});
  cls.def_readwrite("kind", &Party::kind,
                    "Who: citizen, staff, network member, civil society, employer/education.");
  text_attr(cls, "name", &Party::name, "Name of the staff member or organisation.");
  text_attr(cls, "network_member_id", &Party::network_member_id, "Id of a NetworkMember.");
  cls.def("__repr__", [](const Party& p) {
    std::string who = !p.name.empty() ? ", " + short_text(p.name)
                      : !p.network_member_id.empty() ? ", '" + p.network_member_id + "'"
                                                     : std::string();
    return "Party(" + code_text(p.kind) + who + ")";
  });
  value_ops(cls);
}

void bind_action(py::module_& m) {
  py::class_<Action> cls(m, "Action", R"(An intervention or activity (indsats/aktivitet) serving one or more goals.

Parameters
----------
id : str
text : str
responsible : Party, optional
    Default: ``Party()`` (the citizen).
legal_basis : LegalBasis, default LegalBasis.other
legal_basis_text : str
    Required for ``LegalBasis.other``.
start, end : datetime.date, optional
status : ActionStatus, default ActionStatus.planned
goal_ids : list of str
    At least one.
resource_ids : list of str
    Resources the action builds on.
unknown : list of (str, str), optional

Notes
-----
List attributes return copies: assign the whole list.)");
  cls.def(py::init([](const Utf8& id, const Utf8& text, const std::optional<Party>& responsible,
                      LegalBasis legal_basis, const Utf8& legal_basis_text,
                      std::optional<Date> start, std::optional<Date> end, ActionStatus status,
                      const std::vector<Utf8>& goal_ids, const std::vector<Utf8>& resource_ids,
                      const UnknownArg& unknown) {
            Action a;
            a.id = id.value;
            a.text = text.value;
            if (responsible) a.responsible = *responsible;
            a.legal_basis = legal_basis;
            a.legal_basis_text = legal_basis_text.value;
            a.start = start;
            a.end = end;
            a.status = status;
            a.goal_ids = strings_of(goal_ids);
            a.resource_ids = strings_of(resource_ids);
            a.unknown = unknown_of(unknown);
            return a;
          }),
          py::arg("id") = Utf8{}, py::arg("text") = Utf8{}, py::arg("responsible") = py::none(),
          py::arg_v("legal_basis", LegalBasis::other, "LegalBasis.other"),
          py::arg("legal_basis_text") = Utf8{},
          py::arg("start") = py::none(), py::arg("end") = py::none(),
          py::arg_v("status", ActionStatus::planned, "ActionStatus.planned"),
          py::arg("goal_ids") = std::vector<Utf8>{},
          py::arg("resource_ids") = std::vector<Utf8>{}, py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Action::id, "Id within the plan.");
  text_attr(cls, "text", &Action::text, "What is done.");
  cls.def_readwrite("responsible", &Action::responsible,
                    "Party; a view into the action (``a.responsible.name = ...`` changes a).")
      .def_readwrite("legal_basis", &Action::legal_basis, "The SEL section.");
  text_attr(cls, "legal_basis_text", &Action::legal_basis_text, "Required for LegalBasis.other.");
  cls.def_readwrite("start", &Action::start, "datetime.date or None.")
      .def_readwrite("end", &Action::end, "datetime.date or None.")
      .def_readwrite("status", &Action::status, "The state of the action.");
  text_list_attr(cls, "goal_ids", &Action::goal_ids, "Goals served (a copy; assign whole).");
  text_list_attr(cls, "resource_ids", &Action::resource_ids,
                 "Resources built on (a copy; assign whole).");
  unknown_attr<Action>(cls);
  cls.def("__repr__", [](const Action& a) {
    return "Action('" + a.id + "', " + code_text(a.status) + ", " + short_text(a.text) +
           ", " + code_text(a.legal_basis) + ")";
  });
  value_ops(cls);
  json_ops(cls, [](const std::string& t) { return entry_read<Action>(Collection::actions, t); },
           "an action");
}

void bind_section141(py::module_& m) {
  py::class_<SpecialCircumstances> sc(m, "SpecialCircumstances", R"(SEL §141 stk. 3 nr. 4: special circumstances.

Empty text = not considered yet; write "ingen" when considered and not relevant.

Parameters
----------
housing, employment, personal_help, treatment, aids : str)");
  sc.def(py::init([](const Utf8& housing, const Utf8& employment, const Utf8& personal_help,
                     const Utf8& treatment, const Utf8& aids) {
           return SpecialCircumstances{housing.value, employment.value, personal_help.value,
                                       treatment.value, aids.value};
         }),
         py::arg("housing") = Utf8{}, py::arg("employment") = Utf8{},
         py::arg("personal_help") = Utf8{}, py::arg("treatment") = Utf8{},
         py::arg("aids") = Utf8{});
  text_attr(sc, "housing", &SpecialCircumstances::housing, "Bolig.");
  text_attr(sc, "employment", &SpecialCircumstances::employment, "Beskæftigelse.");
  text_attr(sc, "personal_help", &SpecialCircumstances::personal_help,
            "Personlig hjælp og pleje.");
  text_attr(sc, "treatment", &SpecialCircumstances::treatment, "Behandling.");
  text_attr(sc, "aids", &SpecialCircumstances::aids, "Hjælpemidler.");
  sc.def("__repr__", [](const SpecialCircumstances& s) {
    int filled = !s.housing.empty() + !s.employment.empty() + !s.personal_help.empty() +
                 !s.treatment.empty() + !s.aids.empty();
    return "SpecialCircumstances(" + std::to_string(filled) + " af 5 udfyldt)";
  });
  value_ops(sc);

  py::class_<Section141> cls(m, "Section141", R"(The content SEL §141 stk. 3 requires of a handleplan.

Parameters
----------
purpose : str
    Nr. 1: formålet med indsatsen.
needed_intervention : str
    Nr. 2: den indsats, der er nødvendig.
expected_duration : str
    Nr. 3: den forventede varighed.
special : SpecialCircumstances, optional
    Nr. 4.
created_with_citizen : bool, default False
    Stk. 4: made together with the citizen.
unknown : list of (str, str), optional)");
  cls.def(py::init([](const Utf8& purpose, const Utf8& needed, const Utf8& duration,
                      const std::optional<SpecialCircumstances>& special, bool with_citizen,
                      const UnknownArg& unknown) {
            Section141 s;
            s.purpose = purpose.value;
            s.needed_intervention = needed.value;
            s.expected_duration = duration.value;
            if (special) s.special = *special;
            s.created_with_citizen = with_citizen;
            s.unknown = unknown_of(unknown);
            return s;
          }),
          py::arg("purpose") = Utf8{}, py::arg("needed_intervention") = Utf8{},
          py::arg("expected_duration") = Utf8{}, py::arg("special") = py::none(),
          py::arg("created_with_citizen") = false, py::kw_only(), py::arg("unknown") = UnknownArg{});
  text_attr(cls, "purpose", &Section141::purpose, "Nr. 1: the purpose.");
  text_attr(cls, "needed_intervention", &Section141::needed_intervention, "Nr. 2.");
  text_attr(cls, "expected_duration", &Section141::expected_duration, "Nr. 3.");
  cls.def_readwrite("special", &Section141::special,
                    "Nr. 4, SpecialCircumstances; a view into this object.")
      .def_readwrite("created_with_citizen", &Section141::created_with_citizen, "Stk. 4.");
  unknown_attr<Section141>(cls);
  cls.def("__repr__", [](const Section141& s) {
    return "Section141(" + short_text(s.purpose) +
           (s.created_with_citizen ? ", med borgeren" : "") + ")";
  });
  value_ops(cls);
  json_ops(cls, [](const std::string& t) { return section141_from_json(t); }, "the §141 content");
}


}  // namespace

void bind_plan_goal_entries(py::module_& m) {
  bind_goal_target(m);
  bind_goal(m);
  bind_party(m);
  bind_action(m);
  bind_section141(m);
}

}  // namespace rorkit::python
