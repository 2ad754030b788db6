// C ABI: the FHIR R4 export of a plan, with default options (see docs/fhir.md).

#include "c_api/guard.hpp"
#include "c_api/plan_handles.hpp"
#include "rorkit/c/rorkit_plan.h"
#include "rorkit/io/fhir.hpp"

using namespace rorkit::capi;

RORKIT_API rorkit_status rorkit_plan_to_fhir(rorkit_string* out, const rorkit_plan* plan) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    require_arg(plan, "plan");
    to_owned(out, rorkit::plan_to_fhir(plan->plan));
    return RORKIT_OK;
  });
}
