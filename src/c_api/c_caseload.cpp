// C ABI: caseloads and their queries.

#include "c_api/guard.hpp"
#include "c_api/plan_handles.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/io/plan_reports.hpp"
#include "rorkit/plan/audit.hpp"

using namespace rorkit::capi;

namespace {

rorkit::Caseload& of(rorkit_caseload* c) {
  require_arg(c, "caseload");
  return c->caseload;
}
const rorkit::Caseload& of(const rorkit_caseload* c) {
  require_arg(c, "caseload");
  return c->caseload;
}

const rorkit::Plan& plan_arg(const rorkit_plan* p) {
  require_arg(p, "plan");
  return p->plan;
}

// Due entries point at ids owned by the caseload's plans, so they stay valid until it changes.
rorkit_status copy_due(rorkit_due* dst, size_t capacity, size_t* count, const rorkit::Caseload& cl,
                       const std::vector<rorkit::DueFollowUp>& due) {
  return copy_out(dst, capacity, count, due, [&](const rorkit::DueFollowUp& d) {
    const rorkit::Plan* p = cl.find(d.plan_id);
    const char* goal = "";
    if (!d.goal_id.empty())
      if (const rorkit::Goal* g = p->find_goal(d.goal_id)) goal = g->id.c_str();
    return rorkit_due{p->id.c_str(), goal, to_c(d.due)};
  });
}

rorkit::PartyKind to_party(std::string_view code) {
  auto k = rorkit::parse_code<rorkit::PartyKind>(code);
  if (!k)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "party_kind \"" + std::string(code) + "\" is not one of " +
                     std::string(rorkit::allowed_codes<rorkit::PartyKind>()));
  return *k;
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_caseload_create(rorkit_caseload** out) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new rorkit_caseload{};
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_caseload_free(rorkit_caseload* caseload) { delete caseload; }

RORKIT_API rorkit_status rorkit_caseload_add(rorkit_caseload* caseload, const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    auto& cl = of(caseload);
    cl.add(plan_arg(plan));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_add_jsonl(rorkit_caseload* caseload, const char* text,
                                                   size_t size) {
  return guarded(__func__, [&] {
    auto& cl = of(caseload);
    require_arg(text, "text");
    auto plans = rorkit::plans_from_jsonl(std::string_view(text, size));
    // All or nothing: check every id against the caseload and each other first.
    for (std::size_t i = 0; i < plans.size(); ++i) {
      if (cl.find(plans[i].id) != nullptr)
        rorkit::fail(RORKIT_ERROR_DUPLICATE, "plan \"" + plans[i].id + "\" is already in the caseload");
      for (std::size_t j = 0; j < i; ++j)
        if (plans[j].id == plans[i].id)
          rorkit::fail(RORKIT_ERROR_DUPLICATE, "plan \"" + plans[i].id + "\" appears twice in the text");
    }
    for (auto& p : plans) cl.add(std::move(p));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_replace(rorkit_caseload* caseload, const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    auto& cl = of(caseload);
    cl.replace(plan_arg(plan));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_remove(int* removed, rorkit_caseload* caseload,
                                                const char* plan_id) {
  return guarded(__func__, [&] {
    auto& cl = of(caseload);
    bool was = cl.remove(require_text(plan_id, "plan_id"));
    if (removed != nullptr) *removed = was ? 1 : 0;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_size(size_t* out, const rorkit_caseload* caseload) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = of(caseload).size();
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_get(rorkit_plan** out, const rorkit_caseload* caseload,
                                             const char* plan_id) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto id = require_text(plan_id, "plan_id");
    const rorkit::Plan* p = of(caseload).find(id);
    if (p == nullptr)
      rorkit::fail(RORKIT_ERROR_NOT_FOUND, "plan \"" + std::string(id) + "\" is not in the caseload");
    *out = new rorkit_plan{*p};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_followups_due(rorkit_due* dst, size_t capacity,
                                                       size_t* count,
                                                       const rorkit_caseload* caseload,
                                                       rorkit_date first, rorkit_date last) {
  return guarded(__func__, [&] {
    const auto& cl = of(caseload);
    auto a = to_date(first, "first");
    auto b = to_date(last, "last");
    if (b < a)
      rorkit::fail(RORKIT_ERROR_DATE_ORDER, "last " + b.iso() + " is before first " + a.iso());
    return copy_due(dst, capacity, count, cl, cl.followups_due(a, b));
  });
}

RORKIT_API rorkit_status rorkit_caseload_overdue_followups(rorkit_due* dst, size_t capacity,
                                                           size_t* count,
                                                           const rorkit_caseload* caseload,
                                                           rorkit_date on) {
  return guarded(__func__, [&] {
    const auto& cl = of(caseload);
    return copy_due(dst, capacity, count, cl, cl.overdue_followups(to_date(on, "on")));
  });
}

RORKIT_API rorkit_status rorkit_caseload_overdue(rorkit_string* out, const rorkit_caseload* caseload,
                                                 rorkit_date on) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& cl = of(caseload);
    auto d = to_date(on, "on");
    to_owned(out, rorkit::overdue_to_json(cl.overdue_goals(d), cl.overdue_actions(d)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_missing_section141(rorkit_string* out,
                                                            const rorkit_caseload* caseload) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, rorkit::missing141_to_json(of(caseload).missing_section141()));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_worklist(rorkit_string* out,
                                                  const rorkit_caseload* caseload,
                                                  const char* party_kind, const char* name) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    auto kind = to_party(require_text(party_kind, "party_kind"));
    std::string_view who = name == nullptr ? std::string_view{} : require_text(name, "name");
    to_owned(out, rorkit::worklist_to_json(of(caseload).worklist(kind, who)));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_caseload_case_review(rorkit_string* out,
                                                     const rorkit_caseload* caseload,
                                                     rorkit_date on, size_t count, uint64_t seed) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    rorkit::AuditOptions o;
    o.on = to_date(on, "on");
    auto review = rorkit::review_recent_cases(of(caseload).plans(), o, count, seed);
    to_owned(out, rorkit::case_review_to_json(review));
    return RORKIT_OK;
  });
}

}  // extern "C"
