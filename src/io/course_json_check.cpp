// The rules across the members of a course document, checked after it has been read: what the
// JSON Schema cannot say. Ids are unique within each list; group members, meeting groups,
// owners, the coordinator and the registration's people point at people and groups of the
// organisation; each response has one score per dimension of its survey. Each error names the
// JSON pointer of the offending value.

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "io/course_json_detail.hpp"
#include "io/plan_json_dom.hpp"
#include "rorkit/course/codes.hpp"

namespace rorkit::course_json_detail {
namespace {

using plan_json_detail::fail_at;
using plan_json_detail::Path;
using plan_json_detail::shown;

// Fails on the second item with a key already seen; `member` names the key's member ("" when
// the item itself is the key, as in a list of ids).
template <class T, class Key>
void unique(const std::vector<T>& items, const Path& list, std::string_view member, Key&& key) {
  std::unordered_map<std::string, std::size_t> seen;
  seen.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    std::string k = key(items[i]);
    auto [at, fresh] = seen.emplace(k, i);
    if (fresh) continue;
    const Path item = list[i];
    const Path before = list[at->second];
    fail_at(RORKIT_ERROR_DUPLICATE, member.empty() ? item : item / member,
            k + " appears twice (first at " + before.str() + ")");
  }
}

template <class T>
void unique_ids(const std::vector<T>& items, const Path& list) {
  unique(items, list, "id", [](const T& x) { return shown(x.id); });
}

void unique_strings(const std::vector<std::string>& ids, const Path& list) {
  unique(ids, list, "", [](const std::string& s) { return shown(s); });
}

class References {
 public:
  explicit References(const Organisation& org) {
    for (const auto& p : org.people) people_.insert(p.id);
    for (const auto& g : org.groups) groups_.insert(g.id);
  }
  void person(const std::string& id, const Path& p) const {
    if (!people_.count(id))
      fail_at(RORKIT_ERROR_DANGLING_REFERENCE, p, shown(id) + " is not a person of the organisation");
  }
  /// An optional reference: empty means none.
  void owner(const std::string& id, const Path& p) const {
    if (!id.empty()) person(id, p);
  }
  void group(const std::string& id, const Path& p) const {
    if (!groups_.count(id))
      fail_at(RORKIT_ERROR_DANGLING_REFERENCE, p, shown(id) + " is not a group of the organisation");
  }

 private:
  std::unordered_set<std::string> people_, groups_;
};

void check_organisation(const Organisation& org, const References& refs, const Path& path) {
  const Path people = path / "people";
  const Path groups = path / "groups";
  unique_ids(org.people, people);
  unique_ids(org.groups, groups);
  for (std::size_t i = 0; i < org.groups.size(); ++i) {
    const Path group = groups[i];  // a named frame: a Path points at its parent
    const Path members = group / "member_ids";
    unique_strings(org.groups[i].member_ids, members);
    for (std::size_t j = 0; j < org.groups[i].member_ids.size(); ++j)
      refs.person(org.groups[i].member_ids[j], members[j]);
  }
  refs.owner(org.coordinator_id, path / "coordinator_id");
}

void check_registration(const Registration& r, const References& refs, const Path& path) {
  refs.owner(r.approved_by, path / "approved_by");
  const Path participants = path / "meeting_participants";
  unique_strings(r.meeting_participants, participants);
  for (std::size_t i = 0; i < r.meeting_participants.size(); ++i)
    refs.person(r.meeting_participants[i], participants[i]);
}

void check_schedule(const Course& c, const References& refs, const Path& root) {
  unique(c.school_breaks, root / "school_breaks", "", [](const SchoolBreak& b) {
    return std::string(to_string(b.kind)) + " break " + std::to_string(b.year);
  });
  unique(c.phases, root / "phases", "phase",
         [](const PhaseSchedule& p) { return "\"" + std::string(to_code(p.phase)) + "\""; });

  const Path meetings = root / "meetings";
  unique_ids(c.meetings, meetings);
  for (std::size_t i = 0; i < c.meetings.size(); ++i) {
    const Path meeting = meetings[i];
    const Path ids = meeting / "group_ids";
    unique_strings(c.meetings[i].group_ids, ids);
    for (std::size_t j = 0; j < c.meetings[i].group_ids.size(); ++j)
      refs.group(c.meetings[i].group_ids[j], ids[j]);
  }

  const Path activities = root / "activities";
  unique_ids(c.activities, activities);
  for (std::size_t i = 0; i < c.activities.size(); ++i)
    refs.owner(c.activities[i].owner_id, activities[i] / "owner_id");
}

void check_plans(const Course& c, const References& refs, const Path& root) {
  if (c.case_review) unique_strings(c.case_review->plan_ids, root / "case_review" / "plan_ids");

  const Path goals = root / "development_plan";
  unique_ids(c.development_plan, goals);
  for (std::size_t i = 0; i < c.development_plan.size(); ++i) {
    const Path goal = goals[i];
    const Path milestones = goal / "milestones";
    unique_ids(c.development_plan[i].milestones, milestones);
    for (std::size_t j = 0; j < c.development_plan[i].milestones.size(); ++j)
      refs.owner(c.development_plan[i].milestones[j].owner_id, milestones[j] / "owner_id");
  }

  for (const auto* list : {&c.communication_plan, &c.anchoring_plan}) {
    const Path items = root / (list == &c.communication_plan ? "communication_plan" : "anchoring_plan");
    unique_ids(*list, items);
    for (std::size_t i = 0; i < list->size(); ++i) refs.owner((*list)[i].owner_id, items[i] / "owner_id");
  }

  const Path trials = root / "trial_actions";
  unique_ids(c.trial_actions, trials);
  for (std::size_t i = 0; i < c.trial_actions.size(); ++i)
    refs.owner(c.trial_actions[i].owner_id, trials[i] / "owner_id");
}

void check_temperature(const Course& c, const Path& root) {
  const Path surveys = root / "temperature";
  unique_ids(c.temperature, surveys);
  for (std::size_t i = 0; i < c.temperature.size(); ++i) {
    const TemperatureSurvey& s = c.temperature[i];
    const Path survey = surveys[i];
    const Path responses = survey / "responses";
    unique_ids(s.dimensions, survey / "dimensions");
    unique(s.responses, responses, "respondent_id",
           [](const TemperatureResponse& r) { return shown(r.respondent_id); });
    for (std::size_t j = 0; j < s.responses.size(); ++j)
      if (s.responses[j].scores.size() != s.dimensions.size())
        fail_at(RORKIT_ERROR_VALIDATION, responses[j] / "scores",
                std::to_string(s.responses[j].scores.size()) + " scores for " +
                    std::to_string(s.dimensions.size()) + " dimensions (null = not answered)");
  }
}

}  // namespace

void check_course(const Course& course) {
  const Path root;
  const References refs(course.organisation);
  check_registration(course.registration, refs, root / "registration");
  check_organisation(course.organisation, refs, root / "organisation");
  check_schedule(course, refs, root);
  check_plans(course, refs, root);
  check_temperature(course, root);
}

}  // namespace rorkit::course_json_detail
