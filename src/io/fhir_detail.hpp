#pragma once
// The pieces the FHIR export's files share: code systems, how resources are named and
// referenced, small JSON builders, and one mapping function per resource. docs/fhir.md is the
// reader's version of all of this.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "rorkit/io/fhir.hpp"

namespace rorkit::fhir_detail {

using nlohmann::ordered_json;

// Code systems and extensions. [V] = seen in the published source named in docs/fhir.md;
// rorkit's own systems are URNs under urn:rorkit:codesystem: ([I], documented there).
namespace sys {
inline constexpr const char* snomed = "http://snomed.info/sct";
inline constexpr const char* ucum = "http://unitsofmeasure.org";
inline constexpr const char* goal_achievement =
    "http://terminology.hl7.org/CodeSystem/goal-achievement";
inline constexpr const char* goal_relationship_type =
    "http://terminology.hl7.org/CodeSystem/goal-relationship-type";
inline constexpr const char* observation_category =
    "http://terminology.hl7.org/CodeSystem/observation-category";
inline constexpr const char* data_absent_reason =
    "http://terminology.hl7.org/CodeSystem/data-absent-reason";
inline constexpr const char* cpr = "urn:oid:1.2.208.176.1.2";
inline constexpr const char* kl_ffb = "urn:oid:1.2.208.176.2.22";    // KL Terminologi: FFB
inline constexpr const char* kl_fsiii = "urn:oid:1.2.208.176.2.21";  // KL Terminologi: FSIII
inline constexpr const char* kl_care_social = "http://fhir.kl.dk/term/CodeSystem/CareSocialCodes";
inline constexpr const char* aspiration_kind = "urn:rorkit:codesystem:aspiration-kind";
inline constexpr const char* target_kind = "urn:rorkit:codesystem:goal-target-kind";
inline constexpr const char* change_type = "urn:rorkit:codesystem:change-type";
inline constexpr const char* target_state = "urn:rorkit:codesystem:target-state";
inline constexpr const char* legal_basis = "urn:rorkit:codesystem:legal-basis";
inline constexpr const char* followup_result = "urn:rorkit:codesystem:followup-result";
inline constexpr const char* instrument = "urn:rorkit:codesystem:instrument";
inline constexpr const char* instrument_item = "urn:rorkit:codesystem:instrument-item";
}  // namespace sys

namespace ext {
inline constexpr const char* goal_relationship =
    "http://hl7.org/fhir/StructureDefinition/goal-relationship";
inline constexpr const char* pertains_to_goal =
    "http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal";
}  // namespace ext

/// SHA-1 (FIPS 180-4) of a byte string; used only to name resources (RFC 4122 version 5).
std::array<std::uint8_t, 20> sha1(std::string_view bytes);

/// The RFC 4122 version-5 UUID of `name` in namespace `ns`, lower-case with hyphens.
std::string uuid_v5(const std::array<std::uint8_t, 16>& ns, std::string_view name);

/// The kinds of resource a plan turns into; each names its UUIDs differently.
enum class Kind { patient, care_plan, aspiration, goal, action, followup, measurement };

/// The plan being exported plus how its resources are named and referenced.
class Context {
 public:
  Context(const Plan& plan, const FhirOptions& options);

  [[nodiscard]] const Plan& plan() const noexcept { return plan_; }
  /// The resource id (a UUID) of an entry; entry_id is ignored for patient and care_plan.
  [[nodiscard]] std::string id(Kind kind, std::string_view entry_id = {}) const;
  /// The entry's fullUrl: urn:uuid:<id> or base_url/Type/<id>.
  [[nodiscard]] std::string url(Kind kind, std::string_view entry_id = {}) const;
  /// {"reference": url}, plus a display when one is given.
  [[nodiscard]] ordered_json ref(Kind kind, std::string_view entry_id = {},
                                 std::string_view display = {}) const;
  /// {"system": <prefix>:<suffix>, "value": value}.
  [[nodiscard]] ordered_json identifier(std::string_view suffix, std::string_view value) const;
  /// The identifier of a plan entry: system <prefix>:plan:<plan id>:<collection>.
  [[nodiscard]] ordered_json entry_identifier(Collection c, std::string_view id) const;
  /// The identifier system of a plan entry (see entry_identifier).
  [[nodiscard]] std::string entry_system(Collection c) const;

 private:
  const Plan& plan_;
  std::string base_url_;
  std::string identifier_prefix_;
};

/// The FHIR resource type a kind becomes.
std::string_view resource_type(Kind kind) noexcept;

/// True when `s` is a valid FHIR code (ASCII, no leading, trailing or double spaces).
bool is_fhir_code(std::string_view s) noexcept;

ordered_json coding(std::string_view system, std::string_view code, std::string_view display = {});
/// A CodeableConcept from codings (an array, may be empty) and an optional text.
ordered_json concept(ordered_json codings, std::string_view text = {});
/// A CodeableConcept with one coding.
ordered_json concept_of(std::string_view system, std::string_view code,
                        std::string_view display = {}, std::string_view text = {});
/// Sets j[key] = value when value is not empty (FHIR strings may not be empty).
void put(ordered_json& j, const char* key, std::string_view value);
/// An Annotation with text; author is a Reference or null.
ordered_json annotation(std::string_view text, const ordered_json& author = nullptr);

// One function per resource (fhir.cpp, fhir_goals.cpp, fhir_events.cpp).
ordered_json patient(const Context& cx, bool include_cpr);
ordered_json care_plan(const Context& cx);
ordered_json aspiration_goal(const Context& cx, const Aspiration& a);
ordered_json plan_goal(const Context& cx, const Goal& g);
ordered_json task(const Context& cx, const Action& a);
ordered_json followup_observation(const Context& cx, const FollowUp& f);
ordered_json measurement_observation(const Context& cx, const Measurement& m);

}  // namespace rorkit::fhir_detail
