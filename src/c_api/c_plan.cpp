// C ABI: plans. Whole plans and entries cross as JSON in the plan format; the per-request
// operations are typed. Each body checks everything before it changes the plan.

#include <cstring>

#include "c_api/guard.hpp"
#include "c_api/plan_handles.hpp"
#include "rorkit/c/rorkit_plan.h"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/io/plan_reports.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/followup.hpp"
#include "rorkit/plan/validate.hpp"

using namespace rorkit::capi;

namespace {

rorkit::Collection to_collection(int32_t c) {
  if (c < RORKIT_COLLECTION_ASPIRATIONS || c > RORKIT_COLLECTION_MEASUREMENTS)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "collection " + std::to_string(c) + " is not a rorkit_collection (1-7)");
  return static_cast<rorkit::Collection>(c);
}

rorkit::Plan& plan_of(rorkit_plan* p) {
  require_arg(p, "plan");
  return p->plan;
}
const rorkit::Plan& plan_of(const rorkit_plan* p) {
  require_arg(p, "plan");
  return p->plan;
}

rorkit_plan* new_handle(rorkit::Plan plan) { return new rorkit_plan{std::move(plan)}; }

// The plan and the change record of an edit, checked before anything else is looked at. The
// C++ edits then check everything before they change the plan, so a failure leaves it (and
// strings borrowed from it) untouched.
struct EditArgs {
  rorkit::Plan& plan;
  rorkit::Change change;
};
EditArgs edit_args(rorkit_plan* handle, const rorkit_change* change) {
  rorkit::Plan& plan = plan_of(handle);
  return EditArgs{plan, to_change(change)};
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_plan_create(rorkit_plan** out, const char* plan_id,
                                            const char* citizen_json, rorkit_date created,
                                            const rorkit_change* change) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto id = require_text(plan_id, "plan_id");
    auto citizen = rorkit::citizen_from_json(require_text(citizen_json, "citizen_json"));
    auto plan = rorkit::new_plan(std::string(id), std::move(citizen), to_date(created, "created"),
                                 to_change(change));
    *out = new_handle(std::move(plan));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_from_json(rorkit_plan** out, const char* json, size_t size) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(json, "json");
    *out = new_handle(rorkit::plan_from_json(std::string_view(json, size)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_clone(rorkit_plan** out, const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new_handle(plan_of(plan));
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_plan_free(rorkit_plan* plan) { delete plan; }

RORKIT_API rorkit_status rorkit_plan_to_json(rorkit_string* out, const rorkit_plan* plan,
                                             const rorkit_plan_json_options* options) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    rorkit::PlanJsonOptions o;
    if (options != nullptr) {
      check_version(options->version, RORKIT_PLAN_JSON_OPTIONS_VERSION, "options->version");
      o.pretty = options->pretty != 0;
      o.include_history = options->without_history == 0;
    }
    to_owned(out, rorkit::plan_to_json(plan_of(plan), o));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_info_get(rorkit_plan_info* out, const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& p = plan_of(plan);
    *out = rorkit_plan_info{p.id.c_str(),         to_c(p.created),      p.citizen.municipality,
                            p.aspirations.size(), p.resources.size(),   p.network.size(),
                            p.goals.size(),       p.actions.size(),     p.followups.size(),
                            p.measurements.size(), p.history.size()};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_add(rorkit_plan* plan, int32_t collection,
                                         const char* entry_json, const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    auto c = to_collection(collection);
    auto entry = rorkit::entry_from_json(c, require_text(entry_json, "entry_json"));
    add_entry(e.plan, std::move(entry), e.change, false);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_update(rorkit_plan* plan, int32_t collection,
                                            const char* entry_json, const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    auto c = to_collection(collection);
    auto entry = rorkit::entry_from_json(c, require_text(entry_json, "entry_json"));
    add_entry(e.plan, std::move(entry), e.change, true);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_remove(rorkit_plan* plan, int32_t collection,
                                            const char* entry_id, const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    auto c = to_collection(collection);
    auto id = require_text(entry_id, "entry_id");
    rorkit::remove_entry(e.plan, c, id, e.change);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_get(rorkit_string* out, const rorkit_plan* plan,
                                         int32_t collection, const char* entry_id) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto c = to_collection(collection);
    auto id = require_text(entry_id, "entry_id");
    to_owned(out, rorkit::entry_to_json(find_entry(plan_of(plan), c, id)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_transition_goal(rorkit_plan* plan, const char* goal_id,
                                                     int32_t lifecycle,
                                                     const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    auto id = require_text(goal_id, "goal_id");
    if (lifecycle < RORKIT_GOAL_PROPOSED || lifecycle > RORKIT_GOAL_REJECTED)
      rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                   "lifecycle " + std::to_string(lifecycle) + " is not a rorkit_goal_lifecycle (1-9)");
    rorkit::transition_goal(e.plan, id, static_cast<rorkit::GoalLifecycle>(lifecycle), e.change);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_set_section141(rorkit_plan* plan, const char* json,
                                                   const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    auto s = rorkit::section141_from_json(require_text(json, "json"));
    rorkit::set_section141(e.plan, std::move(s), e.change);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_set_followup_interval(rorkit_plan* plan, int32_t months,
                                                           const rorkit_change* change) {
  return guarded(__func__, [&] {
    auto e = edit_args(plan, change);
    rorkit::set_followup_rule(e.plan, rorkit::FollowUpRule{months}, e.change);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_validate(rorkit_string* out, size_t* errors, size_t* warnings,
                                              const rorkit_plan* plan, const rorkit_date* on) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    rorkit::ValidateOptions o;
    if (on != nullptr) o.on = to_date(*on, "on");
    auto findings = rorkit::validate(plan_of(plan), o);
    std::size_t e = 0;
    for (const auto& f : findings) e += f.severity == rorkit::Severity::error ? 1 : 0;
    to_owned(out, rorkit::findings_to_json(findings));
    if (errors != nullptr) *errors = e;
    if (warnings != nullptr) *warnings = findings.size() - e;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_audit(rorkit_string* out, int32_t* points,
                                           const rorkit_plan* plan, rorkit_date on) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    rorkit::AuditOptions o;
    o.on = to_date(on, "on");
    auto a = rorkit::audit(plan_of(plan), o);
    to_owned(out, rorkit::audit_to_json(a));
    if (points != nullptr) *points = a.points();
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_next_followup(rorkit_date* out, int* has_due,
                                                   const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(has_due, "has_due");
    auto d = rorkit::next_followup_due(plan_of(plan));
    *has_due = d ? 1 : 0;
    if (d) *out = to_c(*d);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_goal_achievement(const char** code, const rorkit_plan* plan,
                                                      const char* goal_id) {
  return guarded(__func__, [&] {
    require_arg(code, "code");
    const auto& p = plan_of(plan);
    auto id = require_text(goal_id, "goal_id");
    const rorkit::Goal* g = p.find_goal(id);
    if (g == nullptr)
      rorkit::fail(RORKIT_ERROR_NOT_FOUND,
                   "goal \"" + std::string(id) + "\" is not in plan \"" + p.id + "\"");
    *code = rorkit::to_code(rorkit::achievement(p, *g)).data();  // static literal
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_plan_at_version(rorkit_plan** out, const rorkit_plan* plan,
                                                size_t events) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new_handle(rorkit::plan_at_version(plan_of(plan), events));
    return RORKIT_OK;
  });
}

}  // extern "C"
