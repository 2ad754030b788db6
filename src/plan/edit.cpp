// Every change to a plan is an event: checked against the plan, then applied and appended to the
// history. Replaying the history from an empty plan therefore rebuilds any past version exactly.

#include "rorkit/plan/edit.hpp"

#include <algorithm>
#include <functional>
#include <vector>

#include "plan/checks.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/core/utf8.hpp"

namespace rorkit {
namespace {

using plan_detail::label;

template <class T>
std::vector<T>& list_of(Plan& p);
template <> std::vector<Aspiration>& list_of(Plan& p) { return p.aspirations; }
template <> std::vector<Resource>& list_of(Plan& p) { return p.resources; }
template <> std::vector<NetworkMember>& list_of(Plan& p) { return p.network; }
template <> std::vector<Goal>& list_of(Plan& p) { return p.goals; }
template <> std::vector<Action>& list_of(Plan& p) { return p.actions; }
template <> std::vector<FollowUp>& list_of(Plan& p) { return p.followups; }
template <> std::vector<Measurement>& list_of(Plan& p) { return p.measurements; }

template <class T> constexpr Collection collection_of();
template <> constexpr Collection collection_of<Aspiration>() { return Collection::aspirations; }
template <> constexpr Collection collection_of<Resource>() { return Collection::resources; }
template <> constexpr Collection collection_of<NetworkMember>() { return Collection::network; }
template <> constexpr Collection collection_of<Goal>() { return Collection::goals; }
template <> constexpr Collection collection_of<Action>() { return Collection::actions; }
template <> constexpr Collection collection_of<FollowUp>() { return Collection::followups; }
template <> constexpr Collection collection_of<Measurement>() { return Collection::measurements; }

template <class T>
auto position(std::vector<T>& items, std::string_view id) {
  return std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
}

bool has_entry(Plan& p, Collection c, std::string_view id) {
  switch (c) {
    case Collection::aspirations: return position(p.aspirations, id) != p.aspirations.end();
    case Collection::resources: return position(p.resources, id) != p.resources.end();
    case Collection::network: return position(p.network, id) != p.network.end();
    case Collection::goals: return position(p.goals, id) != p.goals.end();
    case Collection::actions: return position(p.actions, id) != p.actions.end();
    case Collection::followups: return position(p.followups, id) != p.followups.end();
    case Collection::measurements: return position(p.measurements, id) != p.measurements.end();
  }
  return false;
}

// Checks an add or update of entry `x` (whose type fixes the collection).
template <class T>
void check_put(Plan& plan, const PlanEvent& e, const T& x) {
  constexpr Collection c = collection_of<T>();
  if (e.collection != c)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + ": a " +
                                            label(c, x.id) + " belongs to \"" +
                                            std::string(to_code(c)) + "\"");
  if (e.target_id != x.id)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + ": target_id \"" +
                                            e.target_id + "\" differs from the entry's id");
  plan_detail::check_id(c, x.id);
  bool exists = has_entry(plan, c, x.id);
  if (e.op == ChangeOp::add && exists)
    fail(RORKIT_ERROR_DUPLICATE, label(c, x.id) + " already exists in plan \"" + plan.id + "\"");
  if (e.op == ChangeOp::update && !exists)
    fail(RORKIT_ERROR_NOT_FOUND, label(c, x.id) + " is not in plan \"" + plan.id + "\"");
  if constexpr (std::is_same_v<T, Goal>) {
    if (e.op == ChangeOp::update && plan.find_goal(x.id)->lifecycle != x.lifecycle)
      fail(RORKIT_ERROR_INVALID_ARGUMENT,
           label(c, x.id) + ": lifecycle changes go through transition_goal, not update_goal");
    if (e.op == ChangeOp::add && is_terminal(x.lifecycle) && x.lifecycle != GoalLifecycle::completed)
      fail(RORKIT_ERROR_VALIDATION, label(c, x.id) + ": a new goal cannot start as \"" +
                                        std::string(to_code(x.lifecycle)) + "\"");
  }
  plan_detail::check_entry(plan, x);
}

template <class T>
void put(Plan& plan, ChangeOp op, T x) {
  auto& items = list_of<T>(plan);
  if (op == ChangeOp::add)
    items.push_back(std::move(x));
  else
    *position(items, x.id) = std::move(x);
}

template <class T>
const T* payload_as(const PlanEvent& e) {
  const T* p = std::get_if<T>(&e.payload);
  if (p == nullptr)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + " (" +
                                            std::string(to_code(e.op)) +
                                            ") carries the wrong kind of payload");
  return p;
}

void check_meta(const Plan& plan, const PlanEvent& e) {
  if (e.seq != plan.history.size() + 1)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "event seq " + std::to_string(e.seq) + " is not the next (" +
                                            std::to_string(plan.history.size() + 1) + ")");
  if (e.at.empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + ": at is empty");
  require_utf8(e.by, "event by");
  require_utf8(e.why, "event why");
  if (e.by.find_first_not_of(" \t") == std::string::npos)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "event " + std::to_string(e.seq) + ": by is empty; every change says who made it");
  if (!plan.history.empty() && e.at < plan.history.back().at)
    fail(RORKIT_ERROR_DATE_ORDER, "event " + std::to_string(e.seq) + " at " + e.at.str() +
                                      " is before the previous event at " +
                                      plan.history.back().at.str());
  bool first = plan.history.empty();
  bool opens = e.op == ChangeOp::create || e.op == ChangeOp::snapshot;
  if (first != opens)
    fail(RORKIT_ERROR_INVALID_STATE,
         first ? "a plan's history starts with a create or snapshot event, not \"" +
                     std::string(to_code(e.op)) + "\""
               : "\"" + std::string(to_code(e.op)) + "\" may only be the first event");
}

// Checks the event fully, then applies it; nothing changes when a check fails.
void apply(Plan& plan, PlanEvent e) {
  check_meta(plan, e);
  switch (e.op) {
    case ChangeOp::create: {
      const auto* h = payload_as<PlanHeader>(e);
      if (!is_valid_id(h->id))
        fail(RORKIT_ERROR_INVALID_ARGUMENT, "plan id must be 1-64 characters from A-Z a-z 0-9 - _ . :");
      plan_detail::check_citizen(h->citizen);
      require_valid(h->created, "plan created");
      plan.history.reserve(1);
      plan.id = h->id;
      plan.created = h->created;
      plan.citizen = h->citizen;
      break;
    }
    case ChangeOp::snapshot: {
      const auto* s = payload_as<PlanSnapshot>(e);
      if (!s->plan || !s->plan->history.empty())
        fail(RORKIT_ERROR_INVALID_ARGUMENT, "a snapshot event holds a plan without history");
      Plan state = *s->plan;
      state.history.reserve(8);
      plan = std::move(state);
      break;
    }
    case ChangeOp::set_citizen: {
      const auto* c = payload_as<Citizen>(e);
      plan_detail::check_citizen(*c);
      plan.history.reserve(plan.history.size() + 1);
      plan.citizen = *c;
      break;
    }
    case ChangeOp::add:
    case ChangeOp::update: {
      if (!e.collection) fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + ": no collection");
      plan.history.reserve(plan.history.size() + 1);
      std::visit(
          [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Aspiration> || std::is_same_v<T, Resource> ||
                          std::is_same_v<T, NetworkMember> || std::is_same_v<T, Goal> ||
                          std::is_same_v<T, Action> || std::is_same_v<T, FollowUp> ||
                          std::is_same_v<T, Measurement>) {
              check_put(plan, e, x);
              list_of<T>(plan).reserve(list_of<T>(plan).size() + 1);
              put(plan, e.op, x);
            } else {
              fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) +
                                                      ": add/update needs an entry payload");
            }
          },
          e.payload);
      break;
    }
    case ChangeOp::remove: {
      if (!e.collection) fail(RORKIT_ERROR_INVALID_ARGUMENT, "event " + std::to_string(e.seq) + ": no collection");
      Collection c = *e.collection;
      if (!has_entry(plan, c, e.target_id))
        fail(RORKIT_ERROR_NOT_FOUND, label(c, e.target_id) + " is not in plan \"" + plan.id + "\"");
      std::string refs = plan_detail::referrers(plan, c, e.target_id);
      if (!refs.empty())
        fail(RORKIT_ERROR_REFERENCED, "cannot remove " + label(c, e.target_id) +
                                          ": it is referred to by " + refs);
      plan.history.reserve(plan.history.size() + 1);
      auto erase = [&](auto& items) { items.erase(position(items, e.target_id)); };
      switch (c) {
        case Collection::aspirations: erase(plan.aspirations); break;
        case Collection::resources: erase(plan.resources); break;
        case Collection::network: erase(plan.network); break;
        case Collection::goals: erase(plan.goals); break;
        case Collection::actions: erase(plan.actions); break;
        case Collection::followups: erase(plan.followups); break;
        case Collection::measurements: erase(plan.measurements); break;
      }
      break;
    }
    case ChangeOp::transition: {
      const auto* t = payload_as<GoalTransition>(e);
      auto it = position(plan.goals, e.target_id);
      if (it == plan.goals.end())
        fail(RORKIT_ERROR_NOT_FOUND, label(Collection::goals, e.target_id) + " is not in plan \"" +
                                         plan.id + "\"");
      if (it->lifecycle != t->from)
        fail(RORKIT_ERROR_INVALID_STATE, label(Collection::goals, e.target_id) + " is \"" +
                                             std::string(to_code(it->lifecycle)) +
                                             "\", not \"" + std::string(to_code(t->from)) + "\"");
      if (!goal_transition_allowed(t->from, t->to))
        fail(RORKIT_ERROR_ILLEGAL_TRANSITION,
             label(Collection::goals, e.target_id) + ": cannot go from \"" +
                 std::string(to_code(t->from)) + "\" to \"" + std::string(to_code(t->to)) + "\"");
      plan.history.reserve(plan.history.size() + 1);
      it->lifecycle = t->to;
      break;
    }
    case ChangeOp::set_section141: {
      const auto* s = payload_as<Section141>(e);
      plan_detail::check_section141(*s);
      plan.history.reserve(plan.history.size() + 1);
      plan.section141 = *s;
      break;
    }
    case ChangeOp::set_followup_rule: {
      const auto* r = payload_as<FollowUpRule>(e);
      plan_detail::check_followup_rule(*r);
      plan.history.reserve(plan.history.size() + 1);
      plan.followup_rule = *r;
      break;
    }
  }
  plan.history.push_back(std::move(e));
}

PlanEvent event_for(const Plan& plan, const Change& change, ChangeOp op) {
  PlanEvent e;
  e.seq = plan.history.size() + 1;
  e.at = change.at;
  e.by = change.by;
  e.why = change.why;
  e.op = op;
  return e;
}

// A plan read without history gets a snapshot event first, so later versions can still be
// rebuilt from the history alone. Works on a copy: the plan changes only if the edit succeeds.
void record(Plan& plan, const Change& change, ChangeOp op, std::optional<Collection> c,
            std::string target, PlanPayload payload) {
  if (plan.history.empty()) {
    if (plan.id.empty())
      fail(RORKIT_ERROR_INVALID_STATE, "the plan has no id and no history; start with new_plan");
    Plan copy = plan;
    PlanEvent snap = event_for(copy, change, ChangeOp::snapshot);
    snap.why = "state before the history was recorded";
    snap.payload = PlanSnapshot{std::make_shared<const Plan>(plan)};
    apply(copy, std::move(snap));
    record(copy, change, op, c, std::move(target), std::move(payload));
    plan = std::move(copy);
    return;
  }
  PlanEvent e = event_for(plan, change, op);
  e.collection = c;
  e.target_id = std::move(target);
  e.payload = std::move(payload);
  apply(plan, std::move(e));
}

template <class T>
void put_entry(Plan& plan, ChangeOp op, T x, const Change& change) {
  std::string id = x.id;
  record(plan, change, op, collection_of<T>(), std::move(id), std::move(x));
}

}  // namespace

bool is_valid_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '_' || ch == '.' || ch == ':';
  });
}

void plan_detail::check_plan(const Plan& plan, Texts texts) {
  if (!is_valid_id(plan.id))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "plan id must be 1-64 characters from A-Z a-z 0-9 - _ . :");
  require_valid(plan.created, "plan created");
  plan_detail::check_citizen(plan.citizen);
  // Every entry's id against every earlier one: a hash each first, so the quadratic part
  // compares integers (ids of one plan share their prefix and length: "action-01" ...).
  std::vector<std::size_t> hashes;
  auto each = [&](const auto& items) {
    using T = typename std::decay_t<decltype(items)>::value_type;
    constexpr Collection c = collection_of<T>();
    hashes.clear();
    for (std::size_t i = 0; i < items.size(); ++i) {
      plan_detail::check_id(c, items[i].id);  // before the duplicate test, as callers expect
      hashes.push_back(std::hash<std::string>{}(items[i].id));
      for (std::size_t j = 0; j < i; ++j)
        if (hashes[j] == hashes[i] && items[j].id == items[i].id)
          fail(RORKIT_ERROR_DUPLICATE, label(c, items[i].id) + " appears twice in plan \"" +
                                           plan.id + "\"");
      plan_detail::check_entry(plan, items[i], texts);
    }
  };
  each(plan.aspirations);
  each(plan.resources);
  each(plan.network);
  each(plan.goals);
  each(plan.actions);
  each(plan.followups);
  each(plan.measurements);
  plan_detail::check_section141(plan.section141, texts);
  plan_detail::check_followup_rule(plan.followup_rule);
}

void check_plan(const Plan& plan) { plan_detail::check_plan(plan, plan_detail::Texts::check_utf8); }

Plan new_plan(std::string id, Citizen citizen, const Date& created, const Change& change) {
  Plan p;
  PlanEvent e = event_for(p, change, ChangeOp::create);
  e.target_id = id;
  e.payload = PlanHeader{std::move(id), created, std::move(citizen)};
  apply(p, std::move(e));
  return p;
}

void set_citizen(Plan& plan, Citizen c, const Change& ch) {
  record(plan, ch, ChangeOp::set_citizen, std::nullopt, "", std::move(c));
}
void add_aspiration(Plan& p, Aspiration a, const Change& c) { put_entry(p, ChangeOp::add, std::move(a), c); }
void update_aspiration(Plan& p, Aspiration a, const Change& c) { put_entry(p, ChangeOp::update, std::move(a), c); }
void add_resource(Plan& p, Resource r, const Change& c) { put_entry(p, ChangeOp::add, std::move(r), c); }
void update_resource(Plan& p, Resource r, const Change& c) { put_entry(p, ChangeOp::update, std::move(r), c); }
void add_network_member(Plan& p, NetworkMember m, const Change& c) { put_entry(p, ChangeOp::add, std::move(m), c); }
void update_network_member(Plan& p, NetworkMember m, const Change& c) {
  put_entry(p, ChangeOp::update, std::move(m), c);
}
void add_goal(Plan& p, Goal g, const Change& c) { put_entry(p, ChangeOp::add, std::move(g), c); }
void update_goal(Plan& p, Goal g, const Change& c) { put_entry(p, ChangeOp::update, std::move(g), c); }
void add_action(Plan& p, Action a, const Change& c) { put_entry(p, ChangeOp::add, std::move(a), c); }
void update_action(Plan& p, Action a, const Change& c) { put_entry(p, ChangeOp::update, std::move(a), c); }
void record_followup(Plan& p, FollowUp f, const Change& c) { put_entry(p, ChangeOp::add, std::move(f), c); }
void record_measurement(Plan& p, Measurement m, const Change& c) {
  put_entry(p, ChangeOp::add, std::move(m), c);
}

void remove_entry(Plan& plan, Collection collection, std::string_view id, const Change& change) {
  record(plan, change, ChangeOp::remove, collection, std::string(id), std::monostate{});
}

void transition_goal(Plan& plan, std::string_view goal_id, GoalLifecycle to, const Change& change) {
  const Goal* g = plan.find_goal(goal_id);
  if (g == nullptr)
    fail(RORKIT_ERROR_NOT_FOUND, label(Collection::goals, goal_id) + " is not in plan \"" + plan.id + "\"");
  record(plan, change, ChangeOp::transition, Collection::goals, std::string(goal_id),
         GoalTransition{g->lifecycle, to});
}

void set_section141(Plan& plan, Section141 s, const Change& change) {
  record(plan, change, ChangeOp::set_section141, std::nullopt, "", std::move(s));
}

void set_followup_rule(Plan& plan, FollowUpRule rule, const Change& change) {
  record(plan, change, ChangeOp::set_followup_rule, std::nullopt, "", rule);
}

void apply_event(Plan& plan, PlanEvent event) { apply(plan, std::move(event)); }

Plan plan_at_version(const Plan& plan, std::size_t events) {
  if (events > plan.history.size())
    fail(RORKIT_ERROR_OUT_OF_RANGE, "plan \"" + plan.id + "\" has " +
                                        std::to_string(plan.history.size()) + " events, not " +
                                        std::to_string(events));
  Plan p;
  for (std::size_t i = 0; i < events; ++i) apply(p, plan.history[i]);
  return p;
}

Plan plan_as_of(const Plan& plan, const Timestamp& moment) {
  std::size_t n = 0;
  while (n < plan.history.size() && plan.history[n].at <= moment) ++n;
  return plan_at_version(plan, n);
}

std::string check_history(const Plan& plan) {
  if (plan.history.empty()) return "";
  Plan replayed;
  try {
    replayed = plan_at_version(plan, plan.history.size());
  } catch (const Error& e) {
    return std::string("the history does not replay: ") + e.what();
  }
  replayed.unknown = plan.unknown;  // document-level unknown members are not part of events
  if (replayed == plan) return "";
  auto differs = [](const char* what) { return std::string("the current ") + what + " differs from what the history gives"; };
  if (replayed.id != plan.id || replayed.created != plan.created) return differs("id or creation date");
  if (replayed.citizen != plan.citizen) return differs("citizen");
  if (replayed.aspirations != plan.aspirations) return differs("aspirations");
  if (replayed.resources != plan.resources) return differs("resources");
  if (replayed.network != plan.network) return differs("network");
  if (replayed.goals != plan.goals) return differs("goals");
  if (replayed.actions != plan.actions) return differs("actions");
  if (replayed.section141 != plan.section141) return differs("section141");
  if (replayed.followup_rule != plan.followup_rule) return differs("followup_rule");
  if (replayed.followups != plan.followups) return differs("followups");
  if (replayed.measurements != plan.measurements) return differs("measurements");
  return differs("state");
}

}  // namespace rorkit
