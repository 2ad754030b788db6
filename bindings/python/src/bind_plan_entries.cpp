// The entries of a citizen plan as Python classes: keyword constructors (every field optional),
// read/write attributes, ==, copy, a short repr and, for the entries of the plan document, JSON
// and dict round trips through the library's own JSON reader and writer.

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "plan_bindings.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/io/plan_json.hpp"

namespace rorkit::python {
namespace {

using Unknown = std::vector<std::pair<Utf8, Utf8>>;
using MunicipalityArg = std::variant<std::int32_t, Utf8>;
using CprArg = std::variant<Cpr, Utf8>;

UnknownFields unknown_of(const Unknown& u) {
  UnknownFields out;
  for (const auto& [k, v] : u) out.emplace_back(k.value, v.value);
  return out;
}

std::int32_t municipality_of(const MunicipalityArg& m) {
  if (const auto* code = std::get_if<std::int32_t>(&m)) return *code;
  return find_municipality(std::get<Utf8>(m).value).code;
}

std::optional<Cpr> cpr_of(const std::optional<CprArg>& c) {
  if (!c) return std::nullopt;
  if (const auto* cpr = std::get_if<Cpr>(&*c)) return *cpr;
  return Cpr::parse(std::get<Utf8>(*c).value);
}

// ==, copy.copy and copy.deepcopy for a value class.
template <class T>
void value_ops(py::class_<T>& cls) {
  cls.def(py::self == py::self)
      .def("__copy__", [](const T& x) { return T(x); })
      .def(
          "__deepcopy__",
          [](const T& x, const py::typing::Dict<py::int_, py::object>&) { return T(x); },
          py::arg("memo"));
}

py::object json_loads(const std::string& text) {
  return py::module_::import("json").attr("loads")(text);
}
std::string json_dumps(const py::typing::Dict<py::str, py::object>& d) {
  return py::str(py::module_::import("json").attr("dumps")(d, py::arg("ensure_ascii") = false));
}

// to_json / to_dict / from_json / from_dict for an entry of the plan document.
template <class T, class Read>
void json_ops(py::class_<T>& cls, Read read, const char* what) {
  const std::string to_json_doc = std::string("The ") + what + R"( as the JSON object the plan document holds.

Returns
-------
str
    Compact UTF-8 JSON text; unknown members are written back verbatim.)";
  const std::string from_json_doc = std::string("Read ") + what + R"( from its JSON object.

Parameters
----------
text : str
    One JSON object, as ``to_json`` writes it.

Raises
------
rorkit.ParseError
    Malformed JSON (with line and column).
rorkit.SchemaError
    A wrong type, a missing member or an unknown code (with the JSON path).)";
  cls.def(
         "to_json", [](const T& x) { return entry_to_json(PlanPayload{x}); }, to_json_doc.c_str())
      .def(
          "to_dict", [](const T& x) { return json_loads(entry_to_json(PlanPayload{x})); },
          "The JSON object of ``to_json`` as a dict (codes as str, dates as ISO str).")
      .def_static(
          "from_json", [read](const Utf8& text) { return read(text.value); }, py::arg("text"),
          from_json_doc.c_str())
      .def_static(
          "from_dict",
          [read](const py::typing::Dict<py::str, py::object>& d) { return read(json_dumps(d)); },
          py::arg("data"), "The inverse of ``to_dict``.");
}

template <class T>
T entry_read(Collection c, const std::string& text) {
  PlanPayload p = entry_from_json(c, text);
  return std::get<T>(std::move(p));
}

void bind_cpr(py::module_& m) {
  py::class_<Cpr> cls(m, "Cpr", R"(A Danish CPR number, kept only as an identifier.

Its digits are never shown: ``repr`` and ``str`` print ``Cpr(<skjult>)``, and an invalid number
is reported as ``cpr: invalid (value not shown)``. Read ``digits`` explicitly when you must.

Parameters
----------
text : str
    "DDMMYYSSSS" or "DDMMYY-SSSS" with a real date.

Raises
------
rorkit.InvalidArgumentError
    When the text is not a CPR number.)");
  cls.def(py::init([](const Utf8& text) { return Cpr::parse(text.value); }), py::arg("text"))
      .def_property_readonly("digits", &Cpr::digits, "The 10 digits, without a dash.")
      .def("__repr__", [](const Cpr&) { return std::string("Cpr(<skjult>)"); })
      .def("__str__", [](const Cpr&) { return std::string("<skjult>"); });
  value_ops(cls);
}

void bind_citizen(py::module_& m) {
  py::class_<Citizen> cls(m, "Citizen", R"(The citizen a plan is for.

Parameters
----------
id : str
    A pseudonymous id (1-64 characters from A-Z a-z 0-9 - _ . :), never the CPR number.
municipality : int or str
    Municipality code (101 = København) or a name or code that ``find_municipality`` finds
    ("Aarhus", "0751"); stored as the code. 0 = not set (refused by ``Plan.new``).
birth_date : datetime.date, optional
cpr : Cpr or str, optional
    A str is parsed as ``Cpr(text)``.
unknown : list of (str, str), optional
    Unknown JSON members, kept verbatim.)");
  cls.def(py::init([](const Utf8& id, const MunicipalityArg& municipality,
                      std::optional<Date> birth_date, const std::optional<CprArg>& cpr,
                      const Unknown& unknown) {
            Citizen c;
            c.id = id.value;
            c.municipality = municipality_of(municipality);
            c.birth_date = birth_date;
            c.cpr = cpr_of(cpr);
            c.unknown = unknown_of(unknown);
            return c;
          }),
          py::arg("id") = Utf8{}, py::arg("municipality") = MunicipalityArg{0},
          py::arg("birth_date") = py::none(), py::arg("cpr") = py::none(), py::kw_only(),
          py::arg("unknown") = Unknown{});
  text_attr(cls, "id", &Citizen::id, "Pseudonymous id.");
  cls.def_property(
      "municipality", [](const Citizen& c) { return c.municipality; },
      [](Citizen& c, const MunicipalityArg& v) { c.municipality = municipality_of(v); },
      "Municipality code; assign a code or a name.");
  cls.def_readwrite("birth_date", &Citizen::birth_date, "datetime.date or None.");
  cls.def_property(
      "cpr", [](const Citizen& c) { return c.cpr; },
      [](Citizen& c, const std::optional<CprArg>& v) { c.cpr = cpr_of(v); },
      "Cpr or None; assign a Cpr, a str or None.");
  unknown_attr<Citizen>(cls);
  cls.def("__repr__", [](const Citizen& c) {
    return "Citizen('" + c.id + "', kommune " + std::to_string(c.municipality) +
           (c.birth_date ? ", født " + c.birth_date->iso() : std::string()) +
           (c.cpr ? ", cpr=<skjult>" : std::string()) + ")";
  });
  value_ops(cls);
  json_ops(cls, [](const std::string& t) { return citizen_from_json(t); }, "the citizen");
}

void bind_aspiration(py::module_& m) {
  py::class_<Aspiration> cls(m, "Aspiration", R"(A hope, wish or dream in the citizen's own words.

Parameters
----------
id : str
kind : AspirationKind, default AspirationKind.hope
text : str
    Verbatim, as the citizen said it.
recorded_on : datetime.date, optional
    Default: today.
recorded_by : str
themes : list of FfbTheme
unknown : list of (str, str), optional
    Unknown JSON members, kept verbatim.

Notes
-----
List attributes return copies: ``a.themes.append(x)`` changes nothing; assign the whole list.)");
  cls.def(py::init([](const Utf8& id, AspirationKind kind, const Utf8& text,
                      std::optional<Date> recorded_on, const Utf8& recorded_by,
                      const std::vector<FfbTheme>& themes, const Unknown& unknown) {
            Aspiration a;
            a.id = id.value;
            a.kind = kind;
            a.text = text.value;
            a.recorded_on = recorded_on ? *recorded_on : today();
            a.recorded_by = recorded_by.value;
            a.themes = themes;
            a.unknown = unknown_of(unknown);
            return a;
          }),
          py::arg("id") = Utf8{}, py::arg_v("kind", AspirationKind::hope, "AspirationKind.hope"),
          py::arg("text") = Utf8{},
          py::arg("recorded_on") = py::none(), py::arg("recorded_by") = Utf8{},
          py::arg("themes") = std::vector<FfbTheme>{}, py::kw_only(),
          py::arg("unknown") = Unknown{});
  text_attr(cls, "id", &Aspiration::id, "Id within the plan.");
  cls.def_readwrite("kind", &Aspiration::kind, "Hope, wish or dream.");
  text_attr(cls, "text", &Aspiration::text, "The citizen's own words.");
  cls.def_readwrite("recorded_on", &Aspiration::recorded_on, "datetime.date.");
  text_attr(cls, "recorded_by", &Aspiration::recorded_by, "Who wrote it down.");
  cls.def_readwrite("themes", &Aspiration::themes, "list of FfbTheme (a copy; assign whole).");
  unknown_attr<Aspiration>(cls);
  cls.def("__repr__", [](const Aspiration& a) {
    return "Aspiration('" + a.id + "', " + code_str(to_code(a.kind)) + ", " + short_text(a.text) +
           ")";
  });
  value_ops(cls);
  json_ops(
      cls, [](const std::string& t) { return entry_read<Aspiration>(Collection::aspirations, t); },
      "an aspiration");
}

void bind_resource(py::module_& m) {
  py::class_<Resource> cls(m, "Resource", R"(A resource of the citizen: personal, in the network or in the community.

Parameters
----------
id : str
kind : ResourceKind, default ResourceKind.personal
text : str
unknown : list of (str, str), optional)");
  cls.def(py::init([](const Utf8& id, ResourceKind kind, const Utf8& text, const Unknown& unknown) {
            Resource r;
            r.id = id.value;
            r.kind = kind;
            r.text = text.value;
            r.unknown = unknown_of(unknown);
            return r;
          }),
          py::arg("id") = Utf8{},
          py::arg_v("kind", ResourceKind::personal, "ResourceKind.personal"),
          py::arg("text") = Utf8{}, py::kw_only(), py::arg("unknown") = Unknown{});
  text_attr(cls, "id", &Resource::id, "Id within the plan.");
  cls.def_readwrite("kind", &Resource::kind, "Personal, network or community.");
  text_attr(cls, "text", &Resource::text, "What the resource is.");
  unknown_attr<Resource>(cls);
  cls.def("__repr__", [](const Resource& r) {
    return "Resource('" + r.id + "', " + code_str(to_code(r.kind)) + ", " + short_text(r.text) +
           ")";
  });
  value_ops(cls);
  json_ops(cls, [](const std::string& t) { return entry_read<Resource>(Collection::resources, t); },
           "a resource");
}

void bind_network_member(py::module_& m) {
  py::class_<NetworkMember> cls(m, "NetworkMember", R"(A person or organisation in the citizen's network.

Parameters
----------
id : str
name : str
role : NetworkRole, default NetworkRole.relative
relation : str
    Free text: "søster", "FOF-kursus", "mentor".
involved : bool, default False
    Takes part in the plan's actions or meetings.
unknown : list of (str, str), optional)");
  cls.def(py::init([](const Utf8& id, const Utf8& name, NetworkRole role, const Utf8& relation,
                      bool involved, const Unknown& unknown) {
            NetworkMember n;
            n.id = id.value;
            n.name = name.value;
            n.role = role;
            n.relation = relation.value;
            n.involved = involved;
            n.unknown = unknown_of(unknown);
            return n;
          }),
          py::arg("id") = Utf8{}, py::arg("name") = Utf8{},
          py::arg_v("role", NetworkRole::relative, "NetworkRole.relative"),
          py::arg("relation") = Utf8{}, py::arg("involved") = false, py::kw_only(),
          py::arg("unknown") = Unknown{});
  text_attr(cls, "id", &NetworkMember::id, "Id within the plan.");
  text_attr(cls, "name", &NetworkMember::name, "Name of the person or organisation.");
  cls.def_readwrite("role", &NetworkMember::role, "Role in the network.");
  text_attr(cls, "relation", &NetworkMember::relation, "Free text relation.");
  cls.def_readwrite("involved", &NetworkMember::involved, "Takes part in actions or meetings.");
  unknown_attr<NetworkMember>(cls);
  cls.def("__repr__", [](const NetworkMember& n) {
    return "NetworkMember('" + n.id + "', " + short_text(n.name) + ", " +
           code_str(to_code(n.role)) +
           (n.relation.empty() ? std::string() : ", " + short_text(n.relation)) + ")";
  });
  value_ops(cls);
  json_ops(
      cls, [](const std::string& t) { return entry_read<NetworkMember>(Collection::network, t); },
      "a network member");
}

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
      case TargetKind::change: what = " " + code_str(to_code(t.change)); break;
    }
    return "GoalTarget(" + code_str(to_code(t.kind)) + what +
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
                      const Unknown& unknown) {
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
          py::kw_only(), py::arg("unknown") = Unknown{});
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
    return "Goal('" + g.id + "', " + code_str(to_code(g.lifecycle)) + ", " + short_text(g.text) +
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
    return "Party(" + code_str(to_code(p.kind)) + who + ")";
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
                      const Unknown& unknown) {
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
          py::arg("unknown") = Unknown{});
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
    return "Action('" + a.id + "', " + code_str(to_code(a.status)) + ", " + short_text(a.text) +
           ", " + code_str(to_code(a.legal_basis)) + ")";
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
                      const Unknown& unknown) {
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
          py::arg("created_with_citizen") = false, py::kw_only(), py::arg("unknown") = Unknown{});
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
                      const std::vector<GoalAssessment>& assessments, const Unknown& unknown) {
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
          py::arg("unknown") = Unknown{});
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
    return "FollowUp('" + f.id + "', " + f.date.iso() + ", " + code_str(to_code(f.result)) + ", " +
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
        return "GoalTransition(" + code_str(to_code(t.from)) + " -> " + code_str(to_code(t.to)) +
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
        std::string what = code_str(to_code(e.op));
        if (e.collection) what += " " + code_str(to_code(*e.collection));
        if (!e.target_id.empty()) what += " '" + e.target_id + "'";
        return "PlanEvent(#" + std::to_string(e.seq) + " " + e.at.str() + " " + what + " af '" +
               e.by + "')";
      });
}

}  // namespace

void bind_plan_entries(py::module_& m) {
  bind_cpr(m);
  bind_citizen(m);
  bind_aspiration(m);
  bind_resource(m);
  bind_network_member(m);
  bind_goal_target(m);
  bind_goal(m);
  bind_party(m);
  bind_action(m);
  bind_section141(m);
  bind_followup(m);
  bind_events(m);
}

}  // namespace rorkit::python
