#pragma once
// Many plans, and the queries case-management systems run per request: follow-ups due in a
// window, overdue goals and actions, plans missing §141 elements, worklists per responsible
// party. The caseload keeps an index of next due dates so that the due query over 100,000
// plans is a binary search, not a scan.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rorkit/calendar/workdays.hpp"
#include "rorkit/plan/followup.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit {

class Caseload {
 public:
  Caseload() = default;
  explicit Caseload(WorkdayRules rules) : rules_(rules) {}
  /// Holds all the plans at once, building the index in one sort (adding them one by one costs
  /// a sorted insert each); RORKIT_ERROR_DUPLICATE when two plans share an id.
  explicit Caseload(std::vector<Plan> plans, WorkdayRules rules = {});

  /// Adds a plan; RORKIT_ERROR_DUPLICATE when a plan with its id is already held.
  void add(Plan plan);
  /// Replaces the plan with the same id; RORKIT_ERROR_NOT_FOUND when there is none.
  void replace(Plan plan);
  /// Removes a plan; returns whether it was there.
  bool remove(std::string_view plan_id);

  [[nodiscard]] std::size_t size() const noexcept { return plans_.size(); }
  /// In the order added, except that remove() moves the last plan into the removed one's place.
  [[nodiscard]] const std::vector<Plan>& plans() const noexcept { return plans_; }
  /// The working-day rules due dates are moved by.
  [[nodiscard]] const WorkdayRules& rules() const noexcept { return rules_; }
  /// nullptr when absent.
  [[nodiscard]] const Plan* find(std::string_view plan_id) const noexcept;

  /// Next follow-ups (plan and goal level) due in [first, last], ordered by date, then plan id,
  /// then goal id (the plan-level one first). Empty when last < first.
  [[nodiscard]] std::vector<DueFollowUp> followups_due(const Date& first, const Date& last) const;
  /// Next follow-ups due before `on`, in the same order.
  [[nodiscard]] std::vector<DueFollowUp> overdue_followups(const Date& on) const;

  struct Overdue {
    std::string plan_id;
    std::string id;  ///< goal or action id
    Date due;        ///< the goal's due date or the action's end date
  };
  /// As overdue_goals()/overdue_actions() of followup.hpp over every plan, ordered by due date,
  /// then plan id, then id.
  [[nodiscard]] std::vector<Overdue> overdue_goals(const Date& on) const;
  [[nodiscard]] std::vector<Overdue> overdue_actions(const Date& on) const;

  struct Missing141 {
    std::string plan_id;
    std::vector<std::string> missing;  ///< as missing_section141()
  };
  /// Plans with at least one §141 element missing, ordered by plan id.
  [[nodiscard]] std::vector<Missing141> missing_section141() const;

  /// An open action (planned, active or on hold) on a worklist.
  struct WorkItem {
    std::string plan_id;
    std::string action_id;
    std::string text;
    std::optional<Date> end;
    ActionStatus status = ActionStatus::planned;
  };
  /// Open actions whose responsible party matches: the kind, and when `name` is not empty the
  /// party's name (staff, organisation) or network member id. Ordered by end date (open-ended
  /// last), then plan and action id.
  [[nodiscard]] std::vector<WorkItem> worklist(PartyKind kind, std::string_view name = {}) const;

 private:
  // Trivially copyable, so a sorted insert is one memmove.
  struct DueEntry {
    Date due;
    std::uint32_t plan;  ///< index into plans_
    std::uint32_t goal;  ///< index into the plan's goals; plan_level for the plan itself
  };
  static constexpr std::uint32_t plan_level = 0xFFFFFFFFu;
  std::vector<DueEntry> entries_of(const Plan& plan, std::uint32_t i) const;
  bool before(const DueEntry& a, const DueEntry& b) const noexcept;
  DueFollowUp to_due(const DueEntry& e) const;
  void insert_entries(const std::vector<DueEntry>& entries);
  void erase_entries(std::uint32_t plan);
  void rebuild_index();
  WorkdayRules rules_;
  std::vector<Plan> plans_;
  /// hash of a plan id -> index into plans_; keyed by hash so find() needs no allocation
  std::unordered_multimap<std::size_t, std::uint32_t> by_hash_;
  std::vector<DueEntry> due_index_;  ///< sorted by (due, plan id, goal id)
};

}  // namespace rorkit
