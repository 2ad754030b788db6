#pragma once
// The handle types behind rorkit_plan and rorkit_caseload, and the conversions the plan and
// caseload C functions share.

#include "rorkit/c/rorkit_plan.h"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/edit.hpp"

struct rorkit_plan {
  rorkit::Plan plan;
};

struct rorkit_caseload {
  rorkit::Caseload caseload;
};

namespace rorkit::capi {

/// A C change record as a C++ one (NULL `at` = now).
rorkit::Change to_change(const rorkit_change* change);

/// Adds (update = false) or updates an entry parsed from JSON.
void add_entry(rorkit::Plan& plan, rorkit::PlanPayload entry, const rorkit::Change& change,
               bool update);

/// The entry with this id, as a payload; throws NOT_FOUND.
rorkit::PlanPayload find_entry(const rorkit::Plan& plan, rorkit::Collection c, std::string_view id);

}  // namespace rorkit::capi
