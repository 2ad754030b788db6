#pragma once
// Completeness checks of a plan that is well formed: what a caseworker still has to do. Broken
// structure (dangling references, duplicate ids) cannot exist in a Plan - edit.hpp refuses it.

#include <string>
#include <vector>

#include "rorkit/core/date.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit {

enum class Severity : std::int32_t { error = 1, warning = 2 };

/// One finding. `code` is stable ("s141-purpose-missing"); `path` points at the field in the
/// JSON document ("/section141/purpose"); `message` says what to do, in English.
struct Finding {
  Severity severity = Severity::error;
  std::string code;
  std::string path;
  std::string message;
  friend bool operator==(const Finding& a, const Finding& b) {
    return a.severity == b.severity && a.code == b.code && a.path == b.path &&
           a.message == b.message;
  }
};

struct ValidateOptions {
  /// The date overdue follow-ups, goals and actions are judged on; empty = no date checks.
  std::optional<Date> on;
  /// Replay the history and report a state that does not match it.
  bool check_history = true;
};

/// All findings, errors first. A plan is valid when there is no error (warnings are advice).
std::vector<Finding> validate(const Plan& plan, const ValidateOptions& options = {});

/// True when validate() reports no error.
bool is_valid(const std::vector<Finding>& findings) noexcept;

/// The §141 stk. 3 elements that are missing, by name: "purpose", "needed_intervention",
/// "expected_duration", "special.housing", "special.employment", "special.personal_help",
/// "special.treatment", "special.aids".
std::vector<std::string> missing_section141(const Plan& plan);

std::string_view to_code(Severity s) noexcept;

}  // namespace rorkit
