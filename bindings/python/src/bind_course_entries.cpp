// What a course holds besides its organisation: meetings, activities, the case review, the
// development, communication and anchoring plans, and trial actions. Keyword constructors,
// read/write attributes, ==, copy and a short repr; meetings and trial actions also as the JSON
// objects of the course document.

#include <cstdio>

#include "course_bindings.hpp"
#include "rorkit/io/course_entries.hpp"

namespace rorkit::python {
namespace {

std::string optional_date(const std::optional<Date>& d) { return d ? d->iso() : std::string("-"); }

std::string minute_text(std::int32_t m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d", m / 60, m % 60);
  return buf;
}

void bind_meeting(py::module_& m) {
  py::class_<Meeting> cls(m, "Meeting", R"(A meeting of one or more groups in a phase.

Parameters
----------
id : str
date : datetime.date
kind : MeetingKind, default MeetingKind.group
phase : CoursePhase, default CoursePhase.forberede
group_ids : list of str
number : int, default 1
    1-3 within the group and phase (joint meetings count as 1).
start_minute, end_minute : int, optional
    Minutes after local midnight (Europe/Copenhagen); both or neither.
location : str
held : bool, default False
unknown : list of (str, str), optional

Notes
-----
``Course.add_meeting`` checks a meeting given by hand: a working day inside its phase's window,
known groups, times in order.)");
  cls.def(py::init([](const Utf8& id, const Date& date, MeetingKind kind, CoursePhase phase,
                      const std::vector<Utf8>& group_ids, std::int32_t number,
                      std::optional<std::int32_t> start_minute,
                      std::optional<std::int32_t> end_minute, const Utf8& location, bool held,
                      const UnknownArg& unknown) {
            Meeting x;
            x.id = id.value;
            x.date = date;
            x.kind = kind;
            x.phase = phase;
            x.group_ids = strings_of(group_ids);
            x.number = number;
            x.start_minute = start_minute;
            x.end_minute = end_minute;
            x.location = location.value;
            x.held = held;
            x.unknown = unknown_of(unknown);
            return x;
          }),
          py::arg("id"), py::arg("date"), py::arg_v("kind", MeetingKind::group, "MeetingKind.group"),
          py::arg_v("phase", CoursePhase::forberede, "CoursePhase.forberede"),
          py::arg("group_ids") = std::vector<Utf8>{}, py::arg("number") = 1,
          py::arg("start_minute") = py::none(), py::arg("end_minute") = py::none(),
          py::arg("location") = Utf8{}, py::arg("held") = false, py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Meeting::id, "Id within the course.");
  cls.def_readwrite("kind", &Meeting::kind, "Group meeting, joint start or joint kick-off.")
      .def_readwrite("phase", &Meeting::phase, "The phase it belongs to.");
  text_list_attr(cls, "group_ids", &Meeting::group_ids, "The groups meeting (a copy).");
  cls.def_readwrite("number", &Meeting::number, "1-3 within the group and phase.")
      .def_readwrite("date", &Meeting::date, "datetime.date.")
      .def_readwrite("start_minute", &Meeting::start_minute, "Minutes after midnight, or None.")
      .def_readwrite("end_minute", &Meeting::end_minute, "Minutes after midnight, or None.");
  text_attr(cls, "location", &Meeting::location, "Where.");
  cls.def_readwrite("held", &Meeting::held, "Marked as held.");
  unknown_attr<Meeting>(cls);
  cls.def(
         "to_json", [](const Meeting& x) { return meeting_to_json(x); },
         "The meeting as the JSON object a course document holds.")
      .def_static(
          "from_json", [](const Utf8& text) { return meeting_from_json(text.value); },
          py::arg("text"),
          R"(Read a meeting from its JSON object.

Parameters
----------
text : str

Raises
------
rorkit.ParseError, rorkit.SchemaError, rorkit.InvalidDateError, rorkit.DateOrderError)");
  cls.def("__repr__", [](const Meeting& x) {
    std::string time;
    if (x.start_minute && x.end_minute)
      time = " " + minute_text(*x.start_minute) + "-" + minute_text(*x.end_minute);
    return "Meeting('" + x.id + "', " + code_text(x.kind) + ", " + code_text(x.phase) + ", " +
           x.date.iso() + time + ")";
  });
  value_ops(cls);
}

void bind_activity(py::module_& m) {
  py::class_<Activity> cls(m, "Activity", R"(An activity or deliverable of a phase.

Parameters
----------
id : str
kind : ActivityKind, default ActivityKind.other
phase : CoursePhase, default CoursePhase.forberede
title : str
owner_id : str
    A person id.
due : datetime.date, optional
status : ActivityStatus, default ActivityStatus.planned
done_on : datetime.date, optional
notes : str
unknown : list of (str, str), optional)");
  cls.def(py::init([](const Utf8& id, ActivityKind kind, CoursePhase phase, const Utf8& title,
                      const Utf8& owner_id, std::optional<Date> due, ActivityStatus status,
                      std::optional<Date> done_on, const Utf8& notes,
                      const UnknownArg& unknown) {
            Activity a;
            a.id = id.value;
            a.kind = kind;
            a.phase = phase;
            a.title = title.value;
            a.owner_id = owner_id.value;
            a.due = due;
            a.status = status;
            a.done_on = done_on;
            a.notes = notes.value;
            a.unknown = unknown_of(unknown);
            return a;
          }),
          py::arg("id") = Utf8{}, py::arg_v("kind", ActivityKind::other, "ActivityKind.other"),
          py::arg_v("phase", CoursePhase::forberede, "CoursePhase.forberede"),
          py::arg("title") = Utf8{}, py::arg("owner_id") = Utf8{}, py::arg("due") = py::none(),
          py::arg_v("status", ActivityStatus::planned, "ActivityStatus.planned"),
          py::arg("done_on") = py::none(), py::arg("notes") = Utf8{}, py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &Activity::id, "Id within the course.");
  cls.def_readwrite("kind", &Activity::kind, "What kind of activity.")
      .def_readwrite("phase", &Activity::phase, "The phase it belongs to.");
  text_attr(cls, "title", &Activity::title, "Title (Danish).");
  text_attr(cls, "owner_id", &Activity::owner_id, "The responsible person's id.");
  cls.def_readwrite("due", &Activity::due, "datetime.date or None.")
      .def_readwrite("status", &Activity::status, "Planned, in progress, done or cancelled.")
      .def_readwrite("done_on", &Activity::done_on, "datetime.date or None.");
  text_attr(cls, "notes", &Activity::notes, "Free text.");
  unknown_attr<Activity>(cls);
  cls.def("__repr__", [](const Activity& a) {
    return "Activity('" + a.id + "', " + code_text(a.kind) + ", due " + optional_date(a.due) +
           ", " + code_text(a.status) + ")";
  });
  value_ops(cls);
}

void bind_case_review_record(py::module_& m) {
  py::class_<CaseReviewRecord> cls(m, "CaseReviewRecord", R"(The Fase 1 review of ten recent cases as the course keeps it.

Parameters
----------
date : datetime.date
plan_ids : list of str
tally : list of PrincipleTally, optional
    Eight, in the principles' order, e.g. ``review_recent_cases(...).tally``; None = all zero.)");
  cls.def(py::init([](const Date& date, const std::vector<Utf8>& plan_ids,
                      const std::optional<std::vector<PrincipleTally>>& tally) {
            CaseReviewRecord r;
            r.date = date;
            r.plan_ids = strings_of(plan_ids);
            for (std::size_t i = 0; i < r.tally.size(); ++i)
              r.tally[i].principle = static_cast<Principle>(i + 1);
            if (tally) {
              if (tally->size() != r.tally.size())
                fail(RORKIT_ERROR_INVALID_ARGUMENT,
                     "tally has " + std::to_string(tally->size()) + " entries; give 8, one per principle");
              for (std::size_t i = 0; i < r.tally.size(); ++i) {
                if ((*tally)[i].principle != r.tally[i].principle)
                  fail(RORKIT_ERROR_INVALID_ARGUMENT,
                       "tally[" + std::to_string(i) + "] is " + std::string(to_code((*tally)[i].principle)) +
                           "; the tallies go in the principles' order");
                r.tally[i] = (*tally)[i];
              }
            }
            return r;
          }),
          py::arg("date"), py::arg("plan_ids") = std::vector<Utf8>{},
          py::arg("tally") = py::none());
  cls.def_readwrite("date", &CaseReviewRecord::date, "When the review was made.");
  text_list_attr(cls, "plan_ids", &CaseReviewRecord::plan_ids, "The plans reviewed (a copy).");
  cls.def_property_readonly(
      "tally",
      [](const CaseReviewRecord& r) {
        return std::vector<PrincipleTally>(r.tally.begin(), r.tally.end());
      },
      "Eight PrincipleTally, in the principles' order (a copy).");
  cls.def("__repr__", [](const CaseReviewRecord& r) {
    return "CaseReviewRecord(" + r.date.iso() + ", " + std::to_string(r.plan_ids.size()) + " plans)";
  });
  value_ops(cls);
}

void bind_plans(py::module_& m) {
  py::class_<Milestone> ms(m, "Milestone", R"(A sub-goal of the development plan.

Parameters
----------
id : str
text : str
owner_id : str
due : datetime.date, optional
done : bool, default False)");
  ms.def(py::init([](const Utf8& id, const Utf8& text, const Utf8& owner_id, std::optional<Date> due,
                     bool done) { return Milestone{id.value, text.value, owner_id.value, due, done}; }),
         py::arg("id") = Utf8{}, py::arg("text") = Utf8{}, py::arg("owner_id") = Utf8{},
         py::arg("due") = py::none(), py::arg("done") = false);
  text_attr(ms, "id", &Milestone::id, "Id within its goal.");
  text_attr(ms, "text", &Milestone::text, "What is to be reached.");
  text_attr(ms, "owner_id", &Milestone::owner_id, "The responsible person's id.");
  ms.def_readwrite("due", &Milestone::due, "datetime.date or None.")
      .def_readwrite("done", &Milestone::done, "Reached.")
      .def("__repr__", [](const Milestone& x) {
        return "Milestone('" + x.id + "', " + short_text(x.text) + ", due " + optional_date(x.due) +
               (x.done ? ", done)" : ")");
      });
  value_ops(ms);

  py::class_<DevelopmentGoal> goal(m, "DevelopmentGoal", R"(A goal of the development plan (udviklingsplan) with its milestones.

Parameters
----------
id : str
text : str
milestones : list of Milestone)");
  goal.def(py::init([](const Utf8& id, const Utf8& text, const std::vector<Milestone>& milestones) {
             return DevelopmentGoal{id.value, text.value, milestones};
           }),
           py::arg("id") = Utf8{}, py::arg("text") = Utf8{},
           py::arg("milestones") = std::vector<Milestone>{});
  text_attr(goal, "id", &DevelopmentGoal::id, "Id within the development plan.");
  text_attr(goal, "text", &DevelopmentGoal::text, "The goal.");
  goal.def_readwrite("milestones", &DevelopmentGoal::milestones,
                     "list of Milestone (a copy; assign whole).")
      .def("__repr__", [](const DevelopmentGoal& g) {
        return "DevelopmentGoal('" + g.id + "', " + short_text(g.text) + ", " +
               std::to_string(g.milestones.size()) + " milestones)";
      });
  value_ops(goal);

  py::class_<PlanItem> item(m, "PlanItem", R"(An item of the communication plan or the anchoring plan.

Parameters
----------
id : str
text : str
owner_id : str
date : datetime.date, optional
materials : str
done : bool, default False)");
  item.def(py::init([](const Utf8& id, const Utf8& text, const Utf8& owner_id,
                       std::optional<Date> date, const Utf8& materials, bool done) {
             return PlanItem{id.value, text.value, owner_id.value, date, materials.value, done};
           }),
           py::arg("id") = Utf8{}, py::arg("text") = Utf8{}, py::arg("owner_id") = Utf8{},
           py::arg("date") = py::none(), py::arg("materials") = Utf8{}, py::arg("done") = false);
  text_attr(item, "id", &PlanItem::id, "Id within its plan.");
  text_attr(item, "text", &PlanItem::text, "What is done.");
  text_attr(item, "owner_id", &PlanItem::owner_id, "The responsible person's id.");
  item.def_readwrite("date", &PlanItem::date, "datetime.date or None.");
  text_attr(item, "materials", &PlanItem::materials, "Materials used.");
  item.def_readwrite("done", &PlanItem::done, "Done.")
      .def("__repr__", [](const PlanItem& x) {
        return "PlanItem('" + x.id + "', " + short_text(x.text) + ", " + optional_date(x.date) +
               (x.done ? ", done)" : ")");
      });
  value_ops(item);
}

void bind_trial_action(py::module_& m) {
  py::class_<TrialAction> cls(m, "TrialAction", R"(A trial action (prøvehandling) of Fase 2 or 3: plan, run, evaluate, decide.

Parameters
----------
id : str
phase : CoursePhase, default CoursePhase.udvikle
title : str
hypothesis : str
    "Hvis vi ..., så ...".
owner_id : str
start, end : datetime.date, optional
state : TrialState, default TrialState.planned
evaluation : str
decision : TrialDecision, optional
unknown : list of (str, str), optional)");
  cls.def(py::init([](const Utf8& id, CoursePhase phase, const Utf8& title, const Utf8& hypothesis,
                      const Utf8& owner_id, std::optional<Date> start, std::optional<Date> end,
                      TrialState state, const Utf8& evaluation,
                      std::optional<TrialDecision> decision, const UnknownArg& unknown) {
            TrialAction t;
            t.id = id.value;
            t.phase = phase;
            t.title = title.value;
            t.hypothesis = hypothesis.value;
            t.owner_id = owner_id.value;
            t.start = start;
            t.end = end;
            t.state = state;
            t.evaluation = evaluation.value;
            t.decision = decision;
            t.unknown = unknown_of(unknown);
            return t;
          }),
          py::arg("id") = Utf8{}, py::arg_v("phase", CoursePhase::udvikle, "CoursePhase.udvikle"),
          py::arg("title") = Utf8{}, py::arg("hypothesis") = Utf8{}, py::arg("owner_id") = Utf8{},
          py::arg("start") = py::none(), py::arg("end") = py::none(),
          py::arg_v("state", TrialState::planned, "TrialState.planned"),
          py::arg("evaluation") = Utf8{}, py::arg("decision") = py::none(), py::kw_only(),
          py::arg("unknown") = UnknownArg{});
  text_attr(cls, "id", &TrialAction::id, "Id within the course.");
  cls.def_readwrite("phase", &TrialAction::phase, "Fase 2 or 3.");
  text_attr(cls, "title", &TrialAction::title, "Title.");
  text_attr(cls, "hypothesis", &TrialAction::hypothesis, "If we ..., then ...");
  text_attr(cls, "owner_id", &TrialAction::owner_id, "The responsible person's id.");
  cls.def_readwrite("start", &TrialAction::start, "datetime.date or None.")
      .def_readwrite("end", &TrialAction::end, "datetime.date or None.")
      .def_readwrite("state", &TrialAction::state, "Planned, running or evaluated.");
  text_attr(cls, "evaluation", &TrialAction::evaluation, "What the evaluation found.");
  cls.def_readwrite("decision", &TrialAction::decision, "Adopt, adapt, drop, or None.");
  unknown_attr<TrialAction>(cls);
  cls.def(
         "to_json", [](const TrialAction& t) { return trial_action_to_json(t); },
         "The trial action as the JSON object a course document holds.")
      .def_static(
          "from_json", [](const Utf8& text) { return trial_action_from_json(text.value); },
          py::arg("text"),
          R"(Read a trial action from its JSON object.

Parameters
----------
text : str

Raises
------
rorkit.ParseError, rorkit.SchemaError, rorkit.InvalidDateError, rorkit.DateOrderError)");
  cls.def("__repr__", [](const TrialAction& t) {
    return "TrialAction('" + t.id + "', " + code_text(t.phase) + ", " + short_text(t.title) + ", " +
           code_text(t.state) + (t.decision ? ", " + code_text(*t.decision) : std::string()) + ")";
  });
  value_ops(cls);
}

}  // namespace

void bind_course_entries(py::module_& m) {
  bind_meeting(m);
  bind_activity(m);
  bind_case_review_record(m);
  bind_plans(m);
  bind_trial_action(m);
}

}  // namespace rorkit::python
