// Completeness findings: what SEL §141 and recovery-oriented practice still ask of a plan.

#include "rorkit/plan/validate.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "plan/finding_list.hpp"
#include "rorkit/plan/edit.hpp"
#include "rorkit/plan/followup.hpp"

namespace rorkit {
namespace {

using plan_detail::FindingList;

struct Element141 {
  const char* name;
  const char* code;
  const char* path;
  const char* what;
};

// SEL §141 stk. 3 nr. 1-4, in the law's order.
constexpr Element141 elements141[] = {
    {"purpose", "s141-purpose-missing", "/section141/purpose",
     "§141 stk. 3 nr. 1: the purpose of the intervention (formålet) is missing"},
    {"needed_intervention", "s141-needed-intervention-missing", "/section141/needed_intervention",
     "§141 stk. 3 nr. 2: the intervention needed to reach the purpose is missing"},
    {"expected_duration", "s141-expected-duration-missing", "/section141/expected_duration",
     "§141 stk. 3 nr. 3: the expected duration is missing"},
    {"special.housing", "s141-housing-missing", "/section141/special/housing",
     "§141 stk. 3 nr. 4: special circumstances regarding housing are not considered"},
    {"special.employment", "s141-employment-missing", "/section141/special/employment",
     "§141 stk. 3 nr. 4: special circumstances regarding employment are not considered"},
    {"special.personal_help", "s141-personal-help-missing", "/section141/special/personal_help",
     "§141 stk. 3 nr. 4: special circumstances regarding personal help are not considered"},
    {"special.treatment", "s141-treatment-missing", "/section141/special/treatment",
     "§141 stk. 3 nr. 4: special circumstances regarding treatment are not considered"},
    {"special.aids", "s141-aids-missing", "/section141/special/aids",
     "§141 stk. 3 nr. 4: special circumstances regarding aids (hjælpemidler) are not considered"},
};

const std::string& element_value(const Section141& s, std::size_t i) {
  const std::string* values[] = {&s.purpose,          &s.needed_intervention, &s.expected_duration,
                                 &s.special.housing,  &s.special.employment,  &s.special.personal_help,
                                 &s.special.treatment, &s.special.aids};
  return *values[i];
}

std::string goal_path(const Plan& plan, const Goal& g, const char* field) {
  auto index = static_cast<std::size_t>(&g - plan.goals.data());
  return "/goals/" + std::to_string(index) + field;
}

}  // namespace

std::vector<std::string> missing_section141(const Plan& plan) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < std::size(elements141); ++i)
    if (text::is_blank(element_value(plan.section141, i))) out.emplace_back(elements141[i].name);
  return out;
}

std::vector<Finding> validate(const Plan& plan, const ValidateOptions& options) {
  FindingList c;
  if (options.check_history) {
    std::string problem = check_history(plan);
    if (!problem.empty()) c.error("history-mismatch", "/history", problem);
  }
  for (std::size_t i = 0; i < std::size(elements141); ++i)
    if (text::is_blank(element_value(plan.section141, i)))
      c.error(elements141[i].code, elements141[i].path, elements141[i].what);
  if (!plan.section141.created_with_citizen)
    c.warning("s141-not-made-with-citizen", "/section141/created_with_citizen",
              "§141 stk. 4: the plan is not recorded as made together with the citizen");

  if (plan.aspirations.empty())
    c.error("no-aspirations", "/aspirations",
            "no hopes, wishes or dreams are recorded; write them down in the citizen's own words");
  if (plan.goals.empty())
    c.error("no-goals", "/goals", "the plan has no goals");
  if (plan.actions.empty())
    c.warning("no-actions", "/actions", "the plan has no actions (indsatser/aktiviteter)");

  for (const auto& g : plan.goals) {
    const std::string who = "goal \"" + g.id + "\"";
    if (!g.parent_id.empty() && !g.due)
      c.error("subgoal-without-due", goal_path(plan, g, "/due"),
              who + " is a sub-goal (delmål) without a due date; sub-goals are time-bound");
    if (!g.parent_id.empty() && g.due) {
      const Goal* parent = plan.find_goal(g.parent_id);
      if (parent && parent->due && *parent->due < *g.due)
        c.warning("subgoal-after-goal", goal_path(plan, g, "/due"),
                  who + " is due " + g.due->iso() + ", after its long-term goal (" +
                      parent->due->iso() + ")");
    }
    if (g.target.kind == TargetKind::none && !is_terminal(g.lifecycle))
      c.warning("goal-without-target", goal_path(plan, g, "/target"),
                who + " has no target, so progress cannot be judged from follow-ups");
    if (!g.citizens_words && g.parent_id.empty())
      c.warning("goal-not-in-citizens-words", goal_path(plan, g, "/citizens_words"),
                who + " is not recorded as formulated in the citizen's own words");
    bool served = std::any_of(plan.actions.begin(), plan.actions.end(), [&](const Action& a) {
      return std::any_of(a.goal_ids.begin(), a.goal_ids.end(), [&](const std::string& id) {
        if (id == g.id) return true;
        const Goal* sub = plan.find_goal(id);
        return sub != nullptr && sub->parent_id == g.id;
      });
    });
    if (!served && !is_terminal(g.lifecycle) && g.parent_id.empty())
      c.warning("goal-without-action", goal_path(plan, g, ""),
                who + " has no action serving it or its sub-goals");
  }

  if (options.on) {
    const Date on = *options.on;
    for (const auto& d : overdue_followups(plan, on))
      c.warning("followup-overdue", d.goal_id.empty() ? "/followups" : "/goals",
                (d.goal_id.empty() ? std::string("the plan's follow-up")
                                   : "the follow-up of goal \"" + d.goal_id + "\"") +
                    " was due " + d.due.iso() + " and is overdue on " + on.iso());
    for (const auto& id : overdue_goals(plan, on))
      c.warning("goal-overdue", "/goals", "goal \"" + id + "\" is past its due date on " + on.iso());
    for (const auto& id : overdue_actions(plan, on))
      c.warning("action-overdue", "/actions",
                "action \"" + id + "\" is past its end date and not completed on " + on.iso());
  }
  std::stable_sort(c.out.begin(), c.out.end(), [](const Finding& a, const Finding& b) {
    return static_cast<int>(a.severity) < static_cast<int>(b.severity);
  });
  return c.out;
}

bool is_valid(const std::vector<Finding>& findings) noexcept {
  return std::none_of(findings.begin(), findings.end(),
                      [](const Finding& f) { return f.severity == Severity::error; });
}

std::string_view to_code(Severity s) noexcept { return s == Severity::error ? "error" : "warning"; }

}  // namespace rorkit
