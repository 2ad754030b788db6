// A caseload: many plans plus a sorted index of every next due follow-up (plan and goal level),
// so "what is due between these dates" is two binary searches and a walk over the answer.
// Const members only read, so they may run on several threads at once.

#include "rorkit/plan/caseload.hpp"

#include <algorithm>
#include <functional>
#include <limits>
#include <type_traits>

#include "rorkit/core/error.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit {
namespace {

std::size_t hash_id(std::string_view id) noexcept { return std::hash<std::string_view>{}(id); }

bool open(ActionStatus s) {
  return s == ActionStatus::planned || s == ActionStatus::active || s == ActionStatus::on_hold;
}

void check_capacity(std::size_t n) {
  if (n >= std::numeric_limits<std::uint32_t>::max())
    fail(RORKIT_ERROR_OUT_OF_RANGE, "a caseload holds fewer than 4,294,967,295 plans");
}

}  // namespace

Caseload::Caseload(std::vector<Plan> plans, WorkdayRules rules)
    : rules_(rules), plans_(std::move(plans)) {
  check_capacity(plans_.size());
  by_hash_.reserve(plans_.size());
  for (std::size_t i = 0; i < plans_.size(); ++i) {
    if (find(plans_[i].id) != nullptr)
      fail(RORKIT_ERROR_DUPLICATE, "plan \"" + plans_[i].id + "\" appears twice in the caseload");
    by_hash_.emplace(hash_id(plans_[i].id), static_cast<std::uint32_t>(i));
  }
  rebuild_index();
}

const Plan* Caseload::find(std::string_view plan_id) const noexcept {
  auto [first, last] = by_hash_.equal_range(hash_id(plan_id));
  for (auto it = first; it != last; ++it)
    if (plans_[it->second].id == plan_id) return &plans_[it->second];
  return nullptr;
}

std::vector<Caseload::DueEntry> Caseload::entries_of(const Plan& plan, std::uint32_t i) const {
  std::vector<DueEntry> out;
  if (auto d = next_followup_due(plan, rules_)) out.push_back({*d, i, plan_level});
  for (std::size_t g = 0; g < plan.goals.size(); ++g)
    if (auto d = next_goal_followup_due(plan, plan.goals[g], rules_))
      out.push_back({*d, i, static_cast<std::uint32_t>(g)});
  return out;
}

// (due, plan id, goal id), the plan-level entry (no goal id) first.
bool Caseload::before(const DueEntry& a, const DueEntry& b) const noexcept {
  if (a.due != b.due) return a.due < b.due;
  if (a.plan != b.plan) return plans_[a.plan].id < plans_[b.plan].id;
  if (a.goal == b.goal) return false;
  if (a.goal == plan_level) return true;
  if (b.goal == plan_level) return false;
  return plans_[a.plan].goals[a.goal].id < plans_[b.plan].goals[b.goal].id;
}

DueFollowUp Caseload::to_due(const DueEntry& e) const {
  const Plan& p = plans_[e.plan];
  return {p.id, e.goal == plan_level ? std::string() : p.goals[e.goal].id, e.due};
}

void Caseload::insert_entries(const std::vector<DueEntry>& entries) {
  static_assert(std::is_trivially_copyable_v<DueEntry>, "a sorted insert should be a memmove");
  for (const auto& e : entries) {
    auto at = std::upper_bound(due_index_.begin(), due_index_.end(), e,
                               [this](const DueEntry& x, const DueEntry& y) { return before(x, y); });
    due_index_.insert(at, e);
  }
}

void Caseload::erase_entries(std::uint32_t plan) {
  due_index_.erase(std::remove_if(due_index_.begin(), due_index_.end(),
                                  [plan](const DueEntry& e) { return e.plan == plan; }),
                   due_index_.end());
}

void Caseload::rebuild_index() {
  std::vector<DueEntry> index;
  index.reserve(plans_.size() + plans_.size() / 4);
  for (std::size_t i = 0; i < plans_.size(); ++i) {
    auto entries = entries_of(plans_[i], static_cast<std::uint32_t>(i));
    index.insert(index.end(), entries.begin(), entries.end());
  }
  std::sort(index.begin(), index.end(),
            [this](const DueEntry& x, const DueEntry& y) { return before(x, y); });
  due_index_ = std::move(index);
}

void Caseload::add(Plan plan) {
  if (find(plan.id) != nullptr)
    fail(RORKIT_ERROR_DUPLICATE, "plan \"" + plan.id + "\" is already in the caseload");
  check_capacity(plans_.size() + 1);
  const auto i = static_cast<std::uint32_t>(plans_.size());
  auto entries = entries_of(plan, i);  // may throw; nothing has changed yet
  due_index_.reserve(due_index_.size() + entries.size());
  by_hash_.reserve(by_hash_.size() + 1);
  const std::size_t h = hash_id(plan.id);
  plans_.push_back(std::move(plan));
  by_hash_.emplace(h, i);
  insert_entries(entries);
}

void Caseload::replace(Plan plan) {
  const Plan* old = find(plan.id);
  if (old == nullptr)
    fail(RORKIT_ERROR_NOT_FOUND, "plan \"" + plan.id + "\" is not in the caseload");
  const auto i = static_cast<std::uint32_t>(old - plans_.data());
  auto entries = entries_of(plan, i);  // may throw; nothing has changed yet
  erase_entries(i);
  plans_[i] = std::move(plan);
  insert_entries(entries);
}

bool Caseload::remove(std::string_view plan_id) {
  const Plan* p = find(plan_id);
  if (p == nullptr) return false;
  const auto i = static_cast<std::uint32_t>(p - plans_.data());
  const auto last = static_cast<std::uint32_t>(plans_.size() - 1);
  auto unmap = [this](std::uint32_t index) {
    auto [first, end] = by_hash_.equal_range(hash_id(plans_[index].id));
    for (auto it = first; it != end; ++it)
      if (it->second == index) {
        by_hash_.erase(it);
        return;
      }
  };
  erase_entries(i);
  unmap(i);
  if (i != last) {
    // The last plan takes the freed place; its index entries keep their order, which depends
    // on ids, not on positions.
    unmap(last);
    plans_[i] = std::move(plans_[last]);
    by_hash_.emplace(hash_id(plans_[i].id), i);
    for (auto& e : due_index_)
      if (e.plan == last) e.plan = i;
  }
  plans_.pop_back();
  return true;
}

std::vector<DueFollowUp> Caseload::followups_due(const Date& first, const Date& last) const {
  std::vector<DueFollowUp> out;
  if (last < first) return out;
  auto from = std::partition_point(due_index_.begin(), due_index_.end(),
                                   [&](const DueEntry& e) { return e.due < first; });
  auto to = std::partition_point(from, due_index_.end(),
                                 [&](const DueEntry& e) { return e.due <= last; });
  out.reserve(static_cast<std::size_t>(to - from));
  for (auto it = from; it != to; ++it) out.push_back(to_due(*it));
  return out;
}

std::vector<DueFollowUp> Caseload::overdue_followups(const Date& on) const {
  auto to = std::partition_point(due_index_.begin(), due_index_.end(),
                                 [&](const DueEntry& e) { return e.due < on; });
  std::vector<DueFollowUp> out;
  out.reserve(static_cast<std::size_t>(to - due_index_.begin()));
  for (auto it = due_index_.begin(); it != to; ++it) out.push_back(to_due(*it));
  return out;
}

namespace {

void sort_overdue(std::vector<Caseload::Overdue>& v) {
  std::sort(v.begin(), v.end(), [](const Caseload::Overdue& a, const Caseload::Overdue& b) {
    if (a.due != b.due) return a.due < b.due;
    if (a.plan_id != b.plan_id) return a.plan_id < b.plan_id;
    return a.id < b.id;
  });
}

}  // namespace

std::vector<Caseload::Overdue> Caseload::overdue_goals(const Date& on) const {
  std::vector<Overdue> out;
  for (const auto& p : plans_)
    for (const auto& id : rorkit::overdue_goals(p, on)) out.push_back({p.id, id, *p.find_goal(id)->due});
  sort_overdue(out);
  return out;
}

std::vector<Caseload::Overdue> Caseload::overdue_actions(const Date& on) const {
  std::vector<Overdue> out;
  for (const auto& p : plans_)
    for (const auto& id : rorkit::overdue_actions(p, on))
      out.push_back({p.id, id, *p.find_action(id)->end});
  sort_overdue(out);
  return out;
}

std::vector<Caseload::Missing141> Caseload::missing_section141() const {
  std::vector<Missing141> out;
  for (const auto& p : plans_)
    if (auto missing = rorkit::missing_section141(p); !missing.empty())
      out.push_back({p.id, std::move(missing)});
  std::sort(out.begin(), out.end(),
            [](const Missing141& a, const Missing141& b) { return a.plan_id < b.plan_id; });
  return out;
}

std::vector<Caseload::WorkItem> Caseload::worklist(PartyKind kind, std::string_view name) const {
  std::vector<WorkItem> out;
  for (const auto& p : plans_)
    for (const auto& a : p.actions) {
      if (a.responsible.kind != kind || !open(a.status)) continue;
      const std::string& who = kind == PartyKind::network_member ? a.responsible.network_member_id
                                                                 : a.responsible.name;
      if (!name.empty() && who != name) continue;
      out.push_back({p.id, a.id, a.text, a.end, a.status});
    }
  std::sort(out.begin(), out.end(), [](const WorkItem& a, const WorkItem& b) {
    if (a.end.has_value() != b.end.has_value()) return a.end.has_value();  // open-ended last
    if (a.end && *a.end != *b.end) return *a.end < *b.end;
    if (a.plan_id != b.plan_id) return a.plan_id < b.plan_id;
    return a.action_id < b.action_id;
  });
  return out;
}

}  // namespace rorkit
