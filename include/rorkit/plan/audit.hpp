#pragma once
// How recovery-oriented is a case? Scores one plan (with its history) against the eight
// principles (DOMAIN.md §0) and the expected results of the seeds (B "Udbytte", A's tasks for the
// leadership): hopes, wishes and dreams and resources visible in assessment and plan; goals in
// the citizen's words; network and civil society involved; education and employment considered;
// follow-ups on time. The rules are our reconstruction [I], stated one by one in docs/plans.md,
// and every verdict carries its reasons.

#include <array>
#include <string>
#include <vector>

#include "rorkit/core/date.hpp"
#include "rorkit/plan/plan.hpp"

namespace rorkit {

enum class Verdict : std::int32_t { no = 0, partly = 1, yes = 2 };
std::string_view to_code(Verdict v) noexcept;

struct PrincipleResult {
  Principle principle = Principle::hopes_wishes_dreams;
  Verdict verdict = Verdict::no;
  std::vector<std::string> reasons;  ///< English sentences naming the evidence (ids, counts)
  friend bool operator==(const PrincipleResult& a, const PrincipleResult& b) {
    return a.principle == b.principle && a.verdict == b.verdict && a.reasons == b.reasons;
  }
};

struct AuditOptions {
  /// The date the case is judged on (follow-ups on time, early help).
  Date on;
  /// Early help: the first action should start within this many days of the plan's creation.
  std::int32_t early_help_days = 30;
  /// A follow-up counts as on time up to this many days after it was due.
  std::int32_t followup_grace_days = 14;
};

struct Audit {
  std::string plan_id;
  std::array<PrincipleResult, 8> principles;  ///< in the principles' order
  /// yes = 2, partly = 1, no = 0 summed over the principles (0-16).
  [[nodiscard]] std::int32_t points() const noexcept;
};

/// Audits one case.
Audit audit(const Plan& plan, const AuditOptions& options);

/// Per principle, how many audited cases got each verdict.
struct PrincipleTally {
  Principle principle = Principle::hopes_wishes_dreams;
  std::int32_t yes = 0, partly = 0, no = 0;
};

/// The Fase 1 review of the most recent citizen cases: which plans were drawn, their audits and
/// the tally per principle.
struct CaseReview {
  std::vector<std::string> plan_ids;  ///< most recent first
  std::vector<Audit> audits;
  std::array<PrincipleTally, 8> tally;
};

/// Draws the `count` most recent cases (by creation date, newest first; ties broken by a
/// seeded shuffle so the draw is reproducible) among plans created on or before options.on,
/// audits them and tallies the verdicts. Fewer plans than `count` -> all of them.
CaseReview review_recent_cases(const std::vector<Plan>& plans, const AuditOptions& options,
                               std::size_t count = 10, std::uint64_t seed = 1);

}  // namespace rorkit
