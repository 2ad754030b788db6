// The entries of a citizen plan as Python classes: keyword constructors (every field optional),
// read/write attributes, ==, copy, a short repr and, for the entries of the plan document, JSON
// and dict round trips through the library's own JSON reader and writer. This file: the
// citizen and CPR number, aspirations, resources and network members, and the registration of
// all entries (goals and actions in bind_plan_goal_entries.cpp, follow-ups and history events in
// bind_plan_followup_entries.cpp).

#include <pybind11/operators.h>
#include <pybind11/typing.h>

#include <string>
#include <utility>
#include <vector>

#include "plan_entry_ops.hpp"
#include <variant>

#include "rorkit/core/municipality.hpp"

namespace rorkit::python {
namespace {

using MunicipalityArg = std::variant<std::int32_t, Utf8>;
using CprArg = std::variant<Cpr, Utf8>;

std::int32_t municipality_of(const MunicipalityArg& m) {
  if (const auto* code = std::get_if<std::int32_t>(&m)) return *code;
  return find_municipality(std::get<Utf8>(m).value).code;
}

std::optional<Cpr> cpr_of(const std::optional<CprArg>& c) {
  if (!c) return std::nullopt;
  if (const auto* cpr = std::get_if<Cpr>(&*c)) return *cpr;
  return Cpr::parse(std::get<Utf8>(*c).value);
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
                      const UnknownArg& unknown) {
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
          py::arg("unknown") = UnknownArg{});
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
                      const std::vector<FfbTheme>& themes, const UnknownArg& unknown) {
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
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Aspiration::id, "Id within the plan.");
  cls.def_readwrite("kind", &Aspiration::kind, "Hope, wish or dream.");
  text_attr(cls, "text", &Aspiration::text, "The citizen's own words.");
  cls.def_readwrite("recorded_on", &Aspiration::recorded_on, "datetime.date.");
  text_attr(cls, "recorded_by", &Aspiration::recorded_by, "Who wrote it down.");
  cls.def_readwrite("themes", &Aspiration::themes, "list of FfbTheme (a copy; assign whole).");
  unknown_attr<Aspiration>(cls);
  cls.def("__repr__", [](const Aspiration& a) {
    return "Aspiration('" + a.id + "', " + code_text(a.kind) + ", " + short_text(a.text) +
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
  cls.def(py::init([](const Utf8& id, ResourceKind kind, const Utf8& text, const UnknownArg& unknown) {
            Resource r;
            r.id = id.value;
            r.kind = kind;
            r.text = text.value;
            r.unknown = unknown_of(unknown);
            return r;
          }),
          py::arg("id") = Utf8{},
          py::arg_v("kind", ResourceKind::personal, "ResourceKind.personal"),
          py::arg("text") = Utf8{}, py::kw_only(), py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Resource::id, "Id within the plan.");
  cls.def_readwrite("kind", &Resource::kind, "Personal, network or community.");
  text_attr(cls, "text", &Resource::text, "What the resource is.");
  unknown_attr<Resource>(cls);
  cls.def("__repr__", [](const Resource& r) {
    return "Resource('" + r.id + "', " + code_text(r.kind) + ", " + short_text(r.text) +
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
                      bool involved, const UnknownArg& unknown) {
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
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &NetworkMember::id, "Id within the plan.");
  text_attr(cls, "name", &NetworkMember::name, "Name of the person or organisation.");
  cls.def_readwrite("role", &NetworkMember::role, "Role in the network.");
  text_attr(cls, "relation", &NetworkMember::relation, "Free text relation.");
  cls.def_readwrite("involved", &NetworkMember::involved, "Takes part in actions or meetings.");
  unknown_attr<NetworkMember>(cls);
  cls.def("__repr__", [](const NetworkMember& n) {
    return "NetworkMember('" + n.id + "', " + short_text(n.name) + ", " +
           code_text(n.role) +
           (n.relation.empty() ? std::string() : ", " + short_text(n.relation)) + ")";
  });
  value_ops(cls);
  json_ops(
      cls, [](const std::string& t) { return entry_read<NetworkMember>(Collection::network, t); },
      "a network member");
}

}  // namespace

void bind_plan_entries(py::module_& m) {
  bind_cpr(m);
  bind_citizen(m);
  bind_aspiration(m);
  bind_resource(m);
  bind_network_member(m);
  bind_plan_goal_entries(m);
  bind_plan_followup_entries(m);
}

}  // namespace rorkit::python
