// Registration (Fase 0) and the composition rules of the course's groups (seed B, section 4).
// Which member counts for what is decided here and documented in docs/course.md.

#include "rorkit/course/organisation.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "plan/finding_list.hpp"
#include "rorkit/course/codes.hpp"

namespace rorkit {
namespace {

std::string_view role_noun(MemberRole r) noexcept {
  switch (r) {
    case MemberRole::citizen: return "a citizen";
    case MemberRole::leader: return "a leader";
    case MemberRole::staff: return "a staff member";
    case MemberRole::partner: return "a partner";
    case MemberRole::politician: return "a politician";
    case MemberRole::director: return "a director";
  }
  return "of an unknown role";
}

/// "a", "a and b", "a, b and c".
std::string list_and(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

bool is_director(const Course& course, std::string_view id) {
  const Person* p = course.find_person(id);
  return p != nullptr && p->role == MemberRole::director;
}

CriterionResult criterion_whole(const Registration& r) {
  CriterionResult c{1, "whole social psychiatry", true, {}};
  std::vector<std::string> missing;
  if (!r.covers_strategic) missing.emplace_back("strategic leadership");
  if (!r.covers_myndighed) missing.emplace_back("myndighed");
  if (!r.covers_tilbud) missing.emplace_back("tilbud");
  if (!missing.empty()) {
    c.met = false;
    c.reason = "criterion 1: " + list_and(missing) + (missing.size() == 1 ? " is" : " are") +
               " not covered";
  }
  return c;
}

CriterionResult criterion_director(const Course& course) {
  CriterionResult c{2, "approved by a director", false, {}};
  const std::string& by = course.registration.approved_by;
  const Person* p = course.find_person(by);
  if (by.empty())
    c.reason = "criterion 2: no approver (approved_by is empty)";
  else if (p == nullptr)
    c.reason = "criterion 2: approved_by " + text::in_quotes(by) + " is not a person of the course";
  else if (p->role != MemberRole::director)
    c.reason = "criterion 2: approved_by " + text::in_quotes(by) + " is " + std::string(role_noun(p->role)) +
               ", not a director";
  else
    c.met = true;
  return c;
}

CriterionResult criterion_meeting(const Course& course) {
  CriterionResult c{3, "registration meeting", true, {}};
  const Registration& r = course.registration;
  std::vector<std::string> problems;
  if (!r.meeting_date) problems.emplace_back("no meeting date");
  bool chief = std::any_of(r.meeting_participants.begin(), r.meeting_participants.end(),
                           [&](const std::string& id) { return is_director(course, id); });
  if (!chief) problems.emplace_back("the registration meeting has no director/chief present");
  if (!problems.empty()) {
    c.met = false;
    c.reason = "criterion 3: " + problems.front();
    for (std::size_t i = 1; i < problems.size(); ++i) c.reason += "; " + problems[i];
  }
  return c;
}

// ---- validate_organisation ------------------------------------------------------------------

std::string group_path(std::size_t i) { return "/organisation/groups/" + std::to_string(i); }

std::string_view kind_noun(GroupKind k) noexcept {
  switch (k) {
    case GroupKind::steering: return "steering group";
    case GroupKind::implementation: return "implementation group";
    case GroupKind::local_implementation: return "local implementation group";
  }
  return "group";
}

std::string group_label(const Group& g) {
  std::string label = std::string(kind_noun(g.kind)) + " " + text::in_quotes(g.id);
  if (!g.name.empty()) label += " (" + g.name + ")";
  return label;
}

/// The known members of a group, each once.
std::vector<const Person*> members_of(const Course& course, const Group& g) {
  std::vector<const Person*> out;
  std::set<std::string_view> seen;
  for (const std::string& id : g.member_ids) {
    const Person* p = course.find_person(id);
    if (p != nullptr && seen.insert(id).second) out.push_back(p);
  }
  return out;
}

bool any_member(const std::vector<const Person*>& members, MemberRole role,
                std::optional<OrgArea> area = std::nullopt) {
  return std::any_of(members.begin(), members.end(), [&](const Person* p) {
    return p->role == role && (!area || p->area == *area);
  });
}

bool is_employee(const Person& p) {
  return p.role == MemberRole::leader || p.role == MemberRole::staff;
}

void check_ids(const Course& course, plan_detail::FindingList& c) {
  const Organisation& org = course.organisation;
  std::set<std::string_view> people;
  for (std::size_t i = 0; i < org.people.size(); ++i) {
    const std::string& id = org.people[i].id;
    std::string path = "/organisation/people/" + std::to_string(i) + "/id";
    if (id.empty())
      c.error("person-no-id", path, "person " + std::to_string(i) + " has no id");
    else if (!people.insert(id).second)
      c.error("duplicate-person-id", path, "person id " + text::in_quotes(id) + " is used more than once");
  }
  std::set<std::string_view> groups;
  for (std::size_t i = 0; i < org.groups.size(); ++i) {
    const std::string& id = org.groups[i].id;
    std::string path = group_path(i) + "/id";
    if (id.empty())
      c.error("group-no-id", path, "group " + std::to_string(i) + " has no id");
    else if (!groups.insert(id).second)
      c.error("duplicate-group-id", path, "group id " + text::in_quotes(id) + " is used more than once");
  }
}

void check_members(const Course& course, plan_detail::FindingList& c) {
  const auto& groups = course.organisation.groups;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    std::set<std::string_view> seen;
    for (std::size_t j = 0; j < groups[i].member_ids.size(); ++j) {
      const std::string& id = groups[i].member_ids[j];
      std::string path = group_path(i) + "/member_ids/" + std::to_string(j);
      if (course.find_person(id) == nullptr)
        c.error("unknown-member", path,
                group_label(groups[i]) + " lists " + text::in_quotes(id) + ", who is not a person of the course");
      else if (!seen.insert(id).second)
        c.warning("member-listed-twice", path,
                  group_label(groups[i]) + " lists " + text::in_quotes(id) + " more than once");
    }
  }
}

// Exactly one steering group and one implementation group (seed B: "skal der udpeges").
void check_group_counts(const Course& course, plan_detail::FindingList& c) {
  const auto& groups = course.organisation.groups;
  auto count_kind = [&](GroupKind kind, const char* missing_code, const char* several_code,
                        const char* what) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (groups[i].kind != kind) continue;
      if (++seen > 1)
        c.error(several_code, group_path(i),
                group_label(groups[i]) + " is a second " + what + "; a course has exactly one");
    }
    if (seen == 0)
      c.error(missing_code, "/organisation/groups",
              std::string("the course has no ") + what + " (" +
                  std::string(danish_name(kind)) + ")");
  };
  count_kind(GroupKind::steering, "no-steering-group", "several-steering-groups",
             "steering group");
  count_kind(GroupKind::implementation, "no-implementation-group",
             "several-implementation-groups", "implementation group");
}

void check_steering(const Course& course, const Group& g, std::size_t i, plan_detail::FindingList& c) {
  auto members = members_of(course, g);
  if (!any_member(members, MemberRole::director))
    c.error("steering-no-director", group_path(i) + "/member_ids",
            group_label(g) + " has no director or chief; the steering group is at director and "
                             "chief level");
  if (!g.political_mandate)
    c.error("steering-no-mandate", group_path(i) + "/political_mandate",
            group_label(g) + " has no political mandate; it works on a mandate from the "
                             "politicians");
}

void check_implementation(const Course& course, const Group& g, std::size_t i, plan_detail::FindingList& c) {
  auto members = members_of(course, g);
  std::string path = group_path(i) + "/member_ids";
  if (!any_member(members, MemberRole::citizen))
    c.error("implementation-no-citizen", path, group_label(g) + " has no citizen");
  if (!any_member(members, MemberRole::leader))
    c.error("implementation-no-leader", path, group_label(g) + " has no leader");
  if (!any_member(members, MemberRole::staff))
    c.error("implementation-no-staff", path, group_label(g) + " has no staff member");
  // "across myndighed and tilbud": the leaders and staff together include someone from each.
  for (OrgArea area : {OrgArea::myndighed, OrgArea::tilbud}) {
    bool covered = std::any_of(members.begin(), members.end(), [&](const Person* p) {
      return is_employee(*p) && p->area == area;
    });
    if (!covered)
      c.error("implementation-no-" + std::string(to_code(area)), path,
              group_label(g) + " has no leader or staff member from " +
                  std::string(to_code(area)));
  }
}

void check_local(const Course& course, const Group& g, std::size_t i, plan_detail::FindingList& c) {
  auto members = members_of(course, g);
  std::string path = group_path(i) + "/member_ids";
  std::string area(to_code(g.area));
  if (!any_member(members, MemberRole::citizen))
    c.error("local-no-citizen", path, group_label(g) + " has no citizen");
  if (!any_member(members, MemberRole::leader, g.area))
    c.error("local-no-leader", path, group_label(g) + " has no leader from its area " + area);
  if (!any_member(members, MemberRole::staff, g.area))
    c.error("local-no-staff", path, group_label(g) + " has no staff member from its area " + area);
  // Leaders and staff from elsewhere are allowed but worth a look: a local group works within
  // one area.
  std::set<std::string_view> seen;
  for (std::size_t j = 0; j < g.member_ids.size(); ++j) {
    const Person* p = course.find_person(g.member_ids[j]);
    if (p == nullptr || !is_employee(*p) || p->area == g.area || !seen.insert(p->id).second)
      continue;
    c.warning("local-member-outside-area", path + "/" + std::to_string(j),
              group_label(g) + " works within " + area + ", but its member " + text::in_quotes(p->id) +
                  " is " + std::string(role_noun(p->role)) + " from " +
                  std::string(to_code(p->area)));
  }
}

void check_people_references(const Course& course, plan_detail::FindingList& c) {
  const Organisation& org = course.organisation;
  if (org.coordinator_id.empty())
    c.warning("no-coordinator", "/organisation/coordinator_id",
              "no coordinator is named; the coordinator is the agency's contact in the "
              "municipality");
  else if (course.find_person(org.coordinator_id) == nullptr)
    c.error("unknown-coordinator", "/organisation/coordinator_id",
            "the coordinator " + text::in_quotes(org.coordinator_id) + " is not a person of the course");
  if (org.agency_contact.empty())
    c.warning("no-agency-contact", "/organisation/agency_contact",
              "no contact person at Social- og Boligstyrelsen is named");

  const Registration& r = course.registration;
  if (!r.approved_by.empty() && course.find_person(r.approved_by) == nullptr)
    c.error("unknown-approver", "/registration/approved_by",
            "the registration's approver " + text::in_quotes(r.approved_by) +
                " is not a person of the course");
  for (std::size_t k = 0; k < r.meeting_participants.size(); ++k) {
    const std::string& id = r.meeting_participants[k];
    if (course.find_person(id) == nullptr)
      c.error("unknown-participant", "/registration/meeting_participants/" + std::to_string(k),
              "the registration meeting's participant " + text::in_quotes(id) +
                  " is not a person of the course");
  }
}

}  // namespace

std::vector<CriterionResult> check_registration(const Course& course) {
  return {criterion_whole(course.registration), criterion_director(course),
          criterion_meeting(course)};
}

bool registration_approved(const std::vector<CriterionResult>& results) noexcept {
  return !results.empty() &&
         std::all_of(results.begin(), results.end(), [](const CriterionResult& r) { return r.met; });
}

std::vector<Finding> validate_organisation(const Course& course) {
  plan_detail::FindingList c;
  check_ids(course, c);
  check_members(course, c);
  check_group_counts(course, c);
  const auto& groups = course.organisation.groups;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    switch (groups[i].kind) {
      case GroupKind::steering: check_steering(course, groups[i], i, c); break;
      case GroupKind::implementation: check_implementation(course, groups[i], i, c); break;
      case GroupKind::local_implementation: check_local(course, groups[i], i, c); break;
    }
  }
  check_people_references(course, c);
  std::stable_sort(c.out.begin(), c.out.end(), [](const Finding& a, const Finding& b) {
    return a.severity == Severity::error && b.severity != Severity::error;
  });
  return c.out;
}

}  // namespace rorkit
