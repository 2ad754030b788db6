#pragma once
// FHIR R4 export of a citizen plan: one Bundle of type "collection" holding the Patient, the
// CarePlan, a Goal per aspiration (in the citizen's words) and per goal, a Task per action and
// an Observation per follow-up and per measurement. The mapping, its code systems and what is
// left out are in docs/fhir.md. Export only: rorkit does not read FHIR.

#include <string>
#include <string_view>

#include "rorkit/plan/plan.hpp"

namespace rorkit {

struct FhirOptions {
  /// Empty: every entry's fullUrl is "urn:uuid:<id>" and references use it. Otherwise a FHIR
  /// server base such as "https://fhir.example.dk/fhir": fullUrl = base_url/Type/id, and
  /// references are those absolute URLs. Must be an absolute URL without spaces; a trailing
  /// '/' is dropped.
  std::string base_url;
  /// Prefix of the identifier systems of rorkit's own ids: <prefix>:citizen-id, <prefix>:plan-id
  /// and <prefix>:plan:<plan id>:<collection> for entries (ids are unique within a plan only).
  std::string identifier_system = "urn:rorkit";
  /// Add the CPR number (system urn:oid:1.2.208.176.1.2) to the Patient when the plan has one.
  /// Off by default: the pseudonymous citizen id identifies the citizen.
  bool include_cpr = false;
  /// Bundle.timestamp in UTC ("2026-03-01T12:00:00Z"); empty = now. The bundle's id derives
  /// from the plan id and this timestamp, so a fixed timestamp gives byte-identical output.
  std::string timestamp;
  /// Indent two spaces; otherwise one line.
  bool pretty = false;
};

/// The plan as a FHIR R4 Bundle (type "collection"), JSON text in UTF-8. Resource ids are
/// name-based UUIDs (version 5) of the plan id, the kind of entry and its id, so the same plan
/// always gives the same ids. Throws what check_plan() throws for an inconsistent plan,
/// Error(RORKIT_ERROR_INVALID_DATE) for a malformed timestamp, and
/// Error(RORKIT_ERROR_INVALID_ARGUMENT or RORKIT_ERROR_INVALID_UTF8) for a malformed base_url or
/// identifier_system.
std::string plan_to_fhir(const Plan& plan, const FhirOptions& options = {});

/// The name-based UUID (RFC 4122 version 5, SHA-1) of `name` in rorkit's FHIR namespace
/// (itself uuid5(NAMESPACE_URL, "urn:rorkit:fhir")), lower-case with hyphens. The resource
/// ids plan_to_fhir gives come from this; docs/fhir.md lists the names.
std::string fhir_resource_uuid(std::string_view name);

}  // namespace rorkit
