// The course's people and groups, its organisation and registration, and a phase on its window:
// keyword constructors (every field optional), read/write attributes, ==, copy and a short repr.

#include "course_bindings.hpp"

namespace rorkit::python {
namespace {

void bind_person(py::module_& m) {
  py::class_<Person> cls(m, "Person", R"(A person taking part in the course.

Parameters
----------
id : str
    Unique within the course (1-64 characters from A-Z a-z 0-9 - _ . :).
name : str
role : MemberRole, default MemberRole.staff
area : OrgArea, default OrgArea.tilbud
    Where a leader or staff member works; not looked at for the other roles.
title : str
    Job title, e.g. "Socialchef".
unknown : list of (str, str), optional
    Unknown JSON members, kept verbatim.)");
  cls.def(py::init([](const Utf8& id, const Utf8& name, MemberRole role, OrgArea area,
                      const Utf8& title, const UnknownArg& unknown) {
            Person p;
            p.id = id.value;
            p.name = name.value;
            p.role = role;
            p.area = area;
            p.title = title.value;
            p.unknown = unknown_of(unknown);
            return p;
          }),
          py::arg("id") = Utf8{}, py::arg("name") = Utf8{},
          py::arg_v("role", MemberRole::staff, "MemberRole.staff"),
          py::arg_v("area", OrgArea::tilbud, "OrgArea.tilbud"), py::arg("title") = Utf8{},
          py::kw_only(), py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Person::id, "Id within the course.");
  text_attr(cls, "name", &Person::name, "The person's name.");
  cls.def_readwrite("role", &Person::role, "Role in the course.");
  cls.def_readwrite("area", &Person::area, "Area of work (leaders and staff).");
  text_attr(cls, "title", &Person::title, "Job title.");
  unknown_attr<Person>(cls);
  cls.def("__repr__", [](const Person& p) {
    return "Person('" + p.id + "', " + short_text(p.name) + ", " + code_text(p.role) + ", " +
           code_text(p.area) + ")";
  });
  value_ops(cls);
}

void bind_group(py::module_& m) {
  py::class_<Group> cls(m, "Group", R"(A group of the course: the steering group, the implementation group or a local group.

Parameters
----------
id : str
kind : GroupKind, default GroupKind.implementation
name : str
area : OrgArea, default OrgArea.other
    For a local group: the area it works within.
member_ids : list of str
    Ids of persons of the course.
political_mandate : bool, default False
    Steering group: it works on a political mandate.
unknown : list of (str, str), optional

Notes
-----
List attributes return copies: assign the whole list (``g.member_ids = [...]``).)");
  cls.def(py::init([](const Utf8& id, GroupKind kind, const Utf8& name, OrgArea area,
                      const std::vector<Utf8>& member_ids, bool political_mandate,
                      const UnknownArg& unknown) {
            Group g;
            g.id = id.value;
            g.kind = kind;
            g.name = name.value;
            g.area = area;
            g.member_ids = strings_of(member_ids);
            g.political_mandate = political_mandate;
            g.unknown = unknown_of(unknown);
            return g;
          }),
          py::arg("id") = Utf8{},
          py::arg_v("kind", GroupKind::implementation, "GroupKind.implementation"),
          py::arg("name") = Utf8{}, py::arg_v("area", OrgArea::other, "OrgArea.other"),
          py::arg("member_ids") = std::vector<Utf8>{}, py::arg("political_mandate") = false,
          py::kw_only(), py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Group::id, "Id within the course.");
  cls.def_readwrite("kind", &Group::kind, "Steering, implementation or local.");
  text_attr(cls, "name", &Group::name, "The group's name.");
  cls.def_readwrite("area", &Group::area, "For a local group: its area.");
  text_list_attr(cls, "member_ids", &Group::member_ids, "Ids of the members (a copy).");
  cls.def_readwrite("political_mandate", &Group::political_mandate,
                    "Steering group: works on a political mandate.");
  unknown_attr<Group>(cls);
  cls.def("__repr__", [](const Group& g) {
    return "Group('" + g.id + "', " + code_text(g.kind) + ", " +
           std::to_string(g.member_ids.size()) + " members)";
  });
  value_ops(cls);
}

void bind_organisation(py::module_& m) {
  py::class_<Organisation> cls(m, "Organisation", R"(The course's people and groups, its coordinator and the agency's contact.

Parameters
----------
people : list of Person
groups : list of Group
coordinator_id : str
    The municipality's coordinator (a person id); may be empty.
agency_contact : str
    The contact person at Social- og Boligstyrelsen (a name).)");
  cls.def(py::init([](const std::vector<Person>& people, const std::vector<Group>& groups,
                      const Utf8& coordinator_id, const Utf8& agency_contact) {
            Organisation o;
            o.people = people;
            o.groups = groups;
            o.coordinator_id = coordinator_id.value;
            o.agency_contact = agency_contact.value;
            return o;
          }),
          py::arg("people") = std::vector<Person>{}, py::arg("groups") = std::vector<Group>{},
          py::arg("coordinator_id") = Utf8{}, py::arg("agency_contact") = Utf8{});
  cls.def_readwrite("people", &Organisation::people, "list of Person (a copy; assign whole).")
      .def_readwrite("groups", &Organisation::groups, "list of Group (a copy; assign whole).");
  text_attr(cls, "coordinator_id", &Organisation::coordinator_id, "The coordinator's person id.");
  text_attr(cls, "agency_contact", &Organisation::agency_contact,
            "The contact person at Social- og Boligstyrelsen.");
  cls.def("__repr__", [](const Organisation& o) {
    return "Organisation(" + std::to_string(o.people.size()) + " people, " +
           std::to_string(o.groups.size()) + " groups)";
  });
  value_ops(cls);
}

void bind_registration(py::module_& m) {
  py::class_<Registration> cls(m, "Registration", R"(Fase 0: what the three registration criteria look at.

Parameters
----------
covers_strategic, covers_myndighed, covers_tilbud : bool, default False
    Criterion 1: the whole social psychiatry takes part.
approved_by : str
    Criterion 2: the person id of the director who approved.
approved_on : datetime.date, optional
meeting_date : datetime.date, optional
    Criterion 3: the registration meeting.
meeting_participants : list of str
    Person ids; at least one with role director.
unknown : list of (str, str), optional)");
  cls.def(py::init([](bool s, bool my, bool t, const Utf8& approved_by,
                      std::optional<Date> approved_on, std::optional<Date> meeting_date,
                      const std::vector<Utf8>& participants, const UnknownArg& unknown) {
            Registration r;
            r.covers_strategic = s;
            r.covers_myndighed = my;
            r.covers_tilbud = t;
            r.approved_by = approved_by.value;
            r.approved_on = approved_on;
            r.meeting_date = meeting_date;
            r.meeting_participants = strings_of(participants);
            r.unknown = unknown_of(unknown);
            return r;
          }),
          py::arg("covers_strategic") = false, py::arg("covers_myndighed") = false,
          py::arg("covers_tilbud") = false, py::arg("approved_by") = Utf8{},
          py::arg("approved_on") = py::none(), py::arg("meeting_date") = py::none(),
          py::arg("meeting_participants") = std::vector<Utf8>{}, py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  cls.def_readwrite("covers_strategic", &Registration::covers_strategic,
                    "Criterion 1: strategic leadership takes part.")
      .def_readwrite("covers_myndighed", &Registration::covers_myndighed,
                     "Criterion 1: myndighed takes part.")
      .def_readwrite("covers_tilbud", &Registration::covers_tilbud,
                     "Criterion 1: tilbud takes part.");
  text_attr(cls, "approved_by", &Registration::approved_by, "Criterion 2: the approver's id.");
  cls.def_readwrite("approved_on", &Registration::approved_on, "datetime.date or None.")
      .def_readwrite("meeting_date", &Registration::meeting_date,
                     "Criterion 3: the registration meeting (datetime.date or None).");
  text_list_attr(cls, "meeting_participants", &Registration::meeting_participants,
                 "Person ids at the registration meeting (a copy).");
  unknown_attr<Registration>(cls);
  cls.def("__repr__", [](const Registration& r) {
    return std::string("Registration(") + (r.covers_strategic ? "strategic " : "") +
           (r.covers_myndighed ? "myndighed " : "") + (r.covers_tilbud ? "tilbud " : "") +
           "approved_by '" + r.approved_by + "'" +
           (r.meeting_date ? ", meeting " + r.meeting_date->iso() : std::string()) + ")";
  });
  value_ops(cls);
}

void bind_phase_schedule(py::module_& m) {
  py::class_<PhaseSchedule> cls(m, "PhaseSchedule", R"(A phase laid on its phase window.

Parameters
----------
phase : CoursePhase
    Fase 1, 2 or 3.
window : PhaseWindow
    From ``Calendar.phase_windows`` or ``Calendar.phase_window_at``; usually set by
    ``Course.plan``.)");
  cls.def(py::init([](CoursePhase phase, const PhaseWindow& window) {
            return PhaseSchedule{phase, window};
          }),
          py::arg("phase"), py::arg("window"));
  cls.def_readwrite("phase", &PhaseSchedule::phase, "Fase 1, 2 or 3.")
      .def_readwrite("window", &PhaseSchedule::window, "The phase window (PhaseWindow).")
      .def_property_readonly(
          "first", [](const PhaseSchedule& p) { return p.window.dates.first; },
          "The window's first day.")
      .def_property_readonly(
          "last", [](const PhaseSchedule& p) { return p.window.dates.last; },
          "The window's last day.")
      .def_property_readonly(
          "working_days", [](const PhaseSchedule& p) { return p.window.working_days; },
          "Working days in the window.");
  cls.def("__repr__", [](const PhaseSchedule& p) {
    return "PhaseSchedule(" + std::string(danish_name(p.phase)) + ", " +
           p.window.dates.first.iso() + ".." + p.window.dates.last.iso() + ", " +
           std::to_string(p.window.working_days) + " working days)";
  });
  value_ops(cls);
}

}  // namespace

void bind_course_organisation(py::module_& m) {
  bind_person(m);
  bind_group(m);
  bind_organisation(m);
  bind_registration(m);
  bind_phase_schedule(m);
}

}  // namespace rorkit::python
