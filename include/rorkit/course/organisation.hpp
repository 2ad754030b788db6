#pragma once
// Registration (Fase 0) and the composition rules of the course's groups.

#include <string>
#include <vector>

#include "rorkit/course/model.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit {

/// One registration criterion of seed B and whether it is met, with the reason when not.
struct CriterionResult {
  std::int32_t number = 0;  ///< 1-3
  std::string name;         ///< e.g. "whole social psychiatry"
  bool met = false;
  std::string reason;       ///< why it is not met (empty when met)
};

/// Checks the three criteria: (1) the whole social psychiatry across strategic leadership,
/// myndighed and tilbud; (2) approved by a director (a person with role director);
/// (3) a registration meeting held with at least chief level (a director) present.
std::vector<CriterionResult> check_registration(const Course& course);

/// True when all three criteria are met.
bool registration_approved(const std::vector<CriterionResult>& results) noexcept;

/// The composition rules, each unmet one a finding naming the group and what is missing:
/// the steering group has director/chief level and a political mandate; the implementation
/// group has citizens, leaders and staff from both myndighed and tilbud; a local group has
/// citizens, leaders and staff within its area; ids are unique; members, the coordinator and
/// registration people exist; there is exactly one steering and one implementation group.
std::vector<Finding> validate_organisation(const Course& course);

}  // namespace rorkit
