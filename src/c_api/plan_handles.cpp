#include "c_api/plan_handles.hpp"

#include "c_api/guard.hpp"

namespace rorkit::capi {

rorkit::Change to_change(const rorkit_change* change) {
  require_arg(change, "change");
  check_version(change->version, RORKIT_CHANGE_VERSION, "change->version");
  rorkit::Change c;
  c.by = std::string(require_text(change->by, "change->by"));
  c.at = change->at == nullptr ? Timestamp::now()
                               : Timestamp::parse(require_text(change->at, "change->at"));
  if (change->why != nullptr) c.why = std::string(require_text(change->why, "change->why"));
  return c;
}

void add_entry(rorkit::Plan& plan, rorkit::PlanPayload entry, const rorkit::Change& change,
               bool update) {
  std::visit(
      [&](auto&& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, Aspiration>)
          update ? update_aspiration(plan, std::move(x), change) : add_aspiration(plan, std::move(x), change);
        else if constexpr (std::is_same_v<T, Resource>)
          update ? update_resource(plan, std::move(x), change) : add_resource(plan, std::move(x), change);
        else if constexpr (std::is_same_v<T, NetworkMember>)
          update ? update_network_member(plan, std::move(x), change)
                 : add_network_member(plan, std::move(x), change);
        else if constexpr (std::is_same_v<T, Goal>)
          update ? update_goal(plan, std::move(x), change) : add_goal(plan, std::move(x), change);
        else if constexpr (std::is_same_v<T, Action>)
          update ? update_action(plan, std::move(x), change) : add_action(plan, std::move(x), change);
        else if constexpr (std::is_same_v<T, FollowUp> || std::is_same_v<T, Measurement>) {
          if (update)
            fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "follow-ups and measurements are records: add a new one instead of updating");
          if constexpr (std::is_same_v<T, FollowUp>)
            record_followup(plan, std::move(x), change);
          else
            record_measurement(plan, std::move(x), change);
        } else {
          fail(RORKIT_ERROR_INVALID_ARGUMENT, "not an entry of a plan's lists");
        }
      },
      std::move(entry));
}

rorkit::PlanPayload find_entry(const rorkit::Plan& plan, rorkit::Collection c, std::string_view id) {
  auto missing = [&]() -> rorkit::PlanPayload {
    fail(RORKIT_ERROR_NOT_FOUND, std::string(to_code(c)) + " has no entry \"" + std::string(id) +
                                     "\" in plan \"" + plan.id + "\"");
  };
  switch (c) {
    case Collection::aspirations:
      if (auto* x = plan.find_aspiration(id)) return *x;
      break;
    case Collection::resources:
      if (auto* x = plan.find_resource(id)) return *x;
      break;
    case Collection::network:
      if (auto* x = plan.find_network_member(id)) return *x;
      break;
    case Collection::goals:
      if (auto* x = plan.find_goal(id)) return *x;
      break;
    case Collection::actions:
      if (auto* x = plan.find_action(id)) return *x;
      break;
    case Collection::followups:
      if (auto* x = plan.find_followup(id)) return *x;
      break;
    case Collection::measurements:
      if (auto* x = plan.find_measurement(id)) return *x;
      break;
  }
  return missing();
}

}  // namespace rorkit::capi
