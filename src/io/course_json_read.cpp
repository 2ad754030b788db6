// Reading course documents (docs/course-format.md). simdjson parses; the DOM is walked once into
// a Course with the plan reader's helpers (plan_json_dom.hpp), then check_course() checks ids
// and references. Member names are the C++ field names; each table's first members are the
// required ones. Objects whose struct has an `unknown` keep the members they do not know; the
// others (organisation, school breaks, phases, the case review and its tally, development goals
// and milestones, plan items, dimensions, responses) accept them and drop them.

#include <limits>

#include "io/course_json_detail.hpp"
#include "io/json_parse.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/course/codes.hpp"
#include "rorkit/io/course_json.hpp"
#include "rorkit/plan/edit.hpp"

namespace rorkit {
namespace plan_json_detail {
namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinutesPerDay = 24 * 60;
const UnknownSink kDrop{nullptr, nullptr};

// An id of something listed: the same form as the ids of a plan's entries.
void assign_id(std::string& dst, element v, const Path& p) {
  std::string_view s = as_view(v, p);
  if (!is_valid_id(s))
    schema_error(p, shown(s) + " is not an id (1-64 characters from A-Z a-z 0-9 - _ . :)");
  dst.assign(s);
}

// BreakKind and Season have to_string but no parse_code.
template <class E>
E as_calendar_code(element e, const Path& p, std::string_view allowed) {
  std::string_view s = as_view(e, p);
  for (std::int32_t i = 1; i <= 2; ++i)
    if (to_string(static_cast<E>(i)) == s) return static_cast<E>(i);
  bad_code(p, s, allowed);
}

void check_order(const Date& first_day, const Date& last_day, const Path& p) {
  if (last_day < first_day)
    fail_at(RORKIT_ERROR_DATE_ORDER, p, last_day.iso() + " is before " + first_day.iso());
}

void read_person(element e, const Path& path, Person& out) {
  static constexpr std::array<Names, 5> names{"id", "name", "role", "area", "title"};
  walk(e, path, names, first(4), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: assign(out.name, v, p); break;
      case 2: out.role = as_code<MemberRole>(v, p); break;
      case 3: out.area = as_code<OrgArea>(v, p); break;
      case 4: assign(out.title, v, p); break;
    }
  });
}

void read_group(element e, const Path& path, Group& out) {
  static constexpr std::array<Names, 6> names{"id", "kind", "name", "area", "member_ids", "political_mandate"};
  walk(e, path, names, first(3), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: out.kind = as_code<GroupKind>(v, p); break;
      case 2: assign(out.name, v, p); break;
      case 3: out.area = as_code<OrgArea>(v, p); break;
      case 4: out.member_ids = as_strings(v, p); break;
      case 5: out.political_mandate = as_bool(v, p); break;
    }
  });
}

void read_organisation(element e, const Path& path, Organisation& out) {
  static constexpr std::array<Names, 4> names{"people", "groups", "coordinator_id", "agency_contact"};
  walk(e, path, names, 0u, kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: read_list(v, p, out.people, read_person); break;
      case 1: read_list(v, p, out.groups, read_group); break;
      case 2: assign(out.coordinator_id, v, p); break;
      case 3: assign(out.agency_contact, v, p); break;
    }
  });
}

void read_registration(element e, const Path& path, Registration& out) {
  static constexpr std::array<Names, 7> names{"covers_strategic", "covers_myndighed", "covers_tilbud",
                                              "approved_by",      "approved_on",      "meeting_date",
                                              "meeting_participants"};
  walk(e, path, names, 0u, UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: out.covers_strategic = as_bool(v, p); break;
      case 1: out.covers_myndighed = as_bool(v, p); break;
      case 2: out.covers_tilbud = as_bool(v, p); break;
      case 3: assign(out.approved_by, v, p); break;
      case 4: out.approved_on = as_date(v, p); break;
      case 5: out.meeting_date = as_date(v, p); break;
      case 6: out.meeting_participants = as_strings(v, p); break;
    }
  });
}

void read_school_break(element e, const Path& path, SchoolBreak& out) {
  static constexpr std::array<Names, 5> names{"kind", "year", "first", "last", "overridden"};
  walk(e, path, names, first(4), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: out.kind = as_calendar_code<BreakKind>(v, p, "summer, christmas"); break;
      case 1: out.year = as_int32(v, p, 1, 9999); break;
      case 2: out.dates.first = as_date(v, p); break;
      case 3: out.dates.last = as_date(v, p); break;
      case 4: out.overridden = as_bool(v, p); break;
    }
  });
  check_order(out.dates.first, out.dates.last, path / "last");
}

void read_phase(element e, const Path& path, PhaseSchedule& out) {
  static constexpr std::array<Names, 6> names{"phase", "year", "season", "first", "last", "working_days"};
  PhaseWindow& w = out.window;
  walk(e, path, names, first(6), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: out.phase = as_code<CoursePhase>(v, p); break;
      case 1: w.year = as_int32(v, p, 1, 9999); break;
      case 2: w.season = as_calendar_code<Season>(v, p, "spring, autumn"); break;
      case 3: w.dates.first = as_date(v, p); break;
      case 4: w.dates.last = as_date(v, p); break;
      case 5: w.working_days = as_integer(v, p, 0, kInt64Max); break;
    }
  });
  check_order(w.dates.first, w.dates.last, path / "last");
}


void read_activity(element e, const Path& path, Activity& out) {
  static constexpr std::array<Names, 9> names{"id",  "kind",   "phase",   "title", "owner_id",
                                              "due", "status", "done_on", "notes"};
  walk(e, path, names, first(3), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: out.kind = as_code<ActivityKind>(v, p); break;
      case 2: out.phase = as_code<CoursePhase>(v, p); break;
      case 3: assign(out.title, v, p); break;
      case 4: assign(out.owner_id, v, p); break;
      case 5: out.due = as_date(v, p); break;
      case 6: out.status = as_code<ActivityStatus>(v, p); break;
      case 7: out.done_on = as_date(v, p); break;
      case 8: assign(out.notes, v, p); break;
    }
  });
}

void read_tally(element e, const Path& path, PrincipleTally& out) {
  static constexpr std::array<Names, 4> names{"principle", "yes", "partly", "no"};
  walk(e, path, names, first(1), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: out.principle = as_code<Principle>(v, p); break;
      case 1: out.yes = as_int32(v, p, 0); break;
      case 2: out.partly = as_int32(v, p, 0); break;
      case 3: out.no = as_int32(v, p, 0); break;
    }
  });
}

// The tally holds one entry per principle; each is kept at its principle's place, so the
// written tally is always in the principles' order.
void read_tallies(element e, const Path& path, std::array<PrincipleTally, 8>& out) {
  array list = as_array(e, path);
  if (list.size() != out.size())
    schema_error(path, "expected " + std::to_string(out.size()) + " entries, one per principle, got " +
                           std::to_string(list.size()));
  std::array<bool, 8> seen{};
  std::size_t i = 0;
  for (element item : list) {
    PrincipleTally t;
    read_tally(item, path[i], t);
    const auto at = static_cast<std::size_t>(t.principle) - 1;
    if (seen[at])
      fail_at(RORKIT_ERROR_DUPLICATE, path[i] / "principle",
              "\"" + std::string(to_code(t.principle)) + "\" appears twice");
    seen[at] = true;
    out[at] = t;
    ++i;
  }
}

void read_case_review(element e, const Path& path, CaseReviewRecord& out) {
  static constexpr std::array<Names, 3> names{"date", "plan_ids", "tally"};
  walk(e, path, names, first(3), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: out.date = as_date(v, p); break;
      case 1: out.plan_ids = as_strings(v, p); break;
      case 2: read_tallies(v, p, out.tally); break;
    }
  });
}

void read_milestone(element e, const Path& path, Milestone& out) {
  static constexpr std::array<Names, 5> names{"id", "text", "owner_id", "due", "done"};
  walk(e, path, names, first(2), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: assign(out.text, v, p); break;
      case 2: assign(out.owner_id, v, p); break;
      case 3: out.due = as_date(v, p); break;
      case 4: out.done = as_bool(v, p); break;
    }
  });
}

void read_development_goal(element e, const Path& path, DevelopmentGoal& out) {
  static constexpr std::array<Names, 3> names{"id", "text", "milestones"};
  walk(e, path, names, first(2), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: assign(out.text, v, p); break;
      case 2: read_list(v, p, out.milestones, read_milestone); break;
    }
  });
}

void read_plan_item(element e, const Path& path, PlanItem& out) {
  static constexpr std::array<Names, 6> names{"id", "text", "owner_id", "date", "materials", "done"};
  walk(e, path, names, first(2), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: assign(out.text, v, p); break;
      case 2: assign(out.owner_id, v, p); break;
      case 3: out.date = as_date(v, p); break;
      case 4: assign(out.materials, v, p); break;
      case 5: out.done = as_bool(v, p); break;
    }
  });
}


void read_dimension(element e, const Path& path, TemperatureDimension& out) {
  static constexpr std::array<Names, 2> names{"id", "name_da"};
  walk(e, path, names, first(2), kDrop, [&](std::size_t i, element v, const Path& p) {
    if (i == 0)
      assign_id(out.id, v, p);
    else
      assign(out.name_da, v, p);
  });
}

void read_scores(element e, const Path& path, std::vector<std::optional<std::int32_t>>& out) {
  array list = as_array(e, path);
  out.reserve(list.size());
  std::size_t i = 0;
  for (element v : list) {
    if (v.is_null())
      out.emplace_back();
    else
      out.emplace_back(as_int32(v, path[i], 1, 5));
    ++i;
  }
}

void read_response(element e, const Path& path, TemperatureResponse& out) {
  static constexpr std::array<Names, 3> names{"respondent_id", "role", "scores"};
  walk(e, path, names, first(3), kDrop, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.respondent_id, v, p); break;
      case 1: out.role = as_code<RespondentRole>(v, p); break;
      case 2: read_scores(v, p, out.scores); break;
    }
  });
}

void read_survey(element e, const Path& path, TemperatureSurvey& out) {
  static constexpr std::array<Names, 5> names{"id", "kind", "date", "dimensions", "responses"};
  walk(e, path, names, first(4), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: out.kind = as_code<SurveyKind>(v, p); break;
      case 2: out.date = as_date(v, p); break;
      case 3: read_list(v, p, out.dimensions, read_dimension); break;
      case 4: read_list(v, p, out.responses, read_response); break;
    }
  });
}

void read_course(element e, const Path& path, Course& out) {
  static constexpr std::array<Names, 17> names{
      "format",         "format_version",     "id",             "municipality",    "requested_start",
      "registration",   "organisation",       "school_breaks",  "phases",          "meetings",
      "activities",     "case_review",        "development_plan", "communication_plan",
      "anchoring_plan", "trial_actions",      "temperature"};
  check_format(e, path, course_format_name, course_format_version);
  walk(e, path, names, first(5), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0:
      case 1: break;  // checked by check_format
      case 2: assign_id(out.id, v, p); break;
      case 3: {
        out.municipality = as_int32(v, p, 0);
        try {
          (void)municipality_by_code(out.municipality);
        } catch (const Error& err) {
          fail_at(err.status(), p, err.what());
        }
        break;
      }
      case 4: out.requested_start = as_date(v, p); break;
      case 5: read_registration(v, p, out.registration); break;
      case 6: read_organisation(v, p, out.organisation); break;
      case 7: read_list(v, p, out.school_breaks, read_school_break); break;
      case 8: read_list(v, p, out.phases, read_phase); break;
      case 9: read_list(v, p, out.meetings, read_meeting); break;
      case 10: read_list(v, p, out.activities, read_activity); break;
      case 11: read_case_review(v, p, out.case_review.emplace()); break;
      case 12: read_list(v, p, out.development_plan, read_development_goal); break;
      case 13: read_list(v, p, out.communication_plan, read_plan_item); break;
      case 14: read_list(v, p, out.anchoring_plan, read_plan_item); break;
      case 15: read_list(v, p, out.trial_actions, read_trial_action); break;
      case 16: read_list(v, p, out.temperature, read_survey); break;
    }
  });
}

}  // namespace

void read_meeting(element e, const Path& path, Meeting& out) {
  static constexpr std::array<Names, 10> names{"id",     "kind",        "phase",      "group_ids", "number",
                                               "date",   "start_minute", "end_minute", "location", "held"};
  constexpr std::uint32_t required = first(4) | (1u << 5);  // id kind phase group_ids, date
  walk(e, path, names, required, UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: out.kind = as_code<MeetingKind>(v, p); break;
      case 2: out.phase = as_code<CoursePhase>(v, p); break;
      case 3: out.group_ids = as_strings(v, p); break;
      case 4: out.number = as_int32(v, p, 1); break;
      case 5: out.date = as_date(v, p); break;
      case 6: out.start_minute = as_int32(v, p, 0, kMinutesPerDay); break;
      case 7: out.end_minute = as_int32(v, p, 0, kMinutesPerDay); break;
      case 8: assign(out.location, v, p); break;
      case 9: out.held = as_bool(v, p); break;
    }
  });
  if (out.start_minute && out.end_minute && *out.end_minute < *out.start_minute)
    fail_at(RORKIT_ERROR_DATE_ORDER, path / "end_minute",
            std::to_string(*out.end_minute) + " is before the start, " + std::to_string(*out.start_minute));
}

void read_trial_action(element e, const Path& path, TrialAction& out) {
  static constexpr std::array<Names, 10> names{"id",       "phase", "title", "hypothesis", "owner_id",
                                               "start",    "end",   "state", "evaluation", "decision"};
  walk(e, path, names, first(3), UnknownSink{&out.unknown, nullptr}, [&](std::size_t i, element v, const Path& p) {
    switch (i) {
      case 0: assign_id(out.id, v, p); break;
      case 1: out.phase = as_code<CoursePhase>(v, p); break;
      case 2: assign(out.title, v, p); break;
      case 3: assign(out.hypothesis, v, p); break;
      case 4: assign(out.owner_id, v, p); break;
      case 5: out.start = as_date(v, p); break;
      case 6: out.end = as_date(v, p); break;
      case 7: out.state = as_code<TrialState>(v, p); break;
      case 8: assign(out.evaluation, v, p); break;
      case 9: out.decision = as_code<TrialDecision>(v, p); break;
    }
  });
  if (out.start && out.end) check_order(*out.start, *out.end, path / "end");
}

}  // namespace plan_json_detail

Course course_from_json(std::string_view json) {
  using namespace plan_json_detail;
  Course course;
  with_root(json, false, [&](element root) { read_course(root, Path{}, course); });
  course_json_detail::check_course(course);
  return course;
}

}  // namespace rorkit
