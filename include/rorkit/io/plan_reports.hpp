#pragma once
// JSON renderings of what is computed about plans: validation findings, audits, case reviews and
// caseload queries. The C ABI and the CLI print these; their shapes are documented in
// docs/plans.md.

#include <string>
#include <vector>

#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit {

/// [{"severity","code","path","message"}, ...]
std::string findings_to_json(const std::vector<Finding>& findings, bool pretty = false);

/// {"plan_id","points","principles":[{"principle","number","name_da","verdict","reasons"}]}
std::string audit_to_json(const Audit& audit, bool pretty = false);

/// {"plan_ids":[...],"audits":[...],"tally":[{"principle","yes","partly","no"}]}
std::string case_review_to_json(const CaseReview& review, bool pretty = false);

/// [{"plan_id","goal_id","due"}]
std::string due_to_json(const std::vector<DueFollowUp>& due, bool pretty = false);

/// {"goals":[{"plan_id","id","due"}],"actions":[...]}
std::string overdue_to_json(const std::vector<Caseload::Overdue>& goals,
                            const std::vector<Caseload::Overdue>& actions, bool pretty = false);

/// [{"plan_id","missing":[...]}]
std::string missing141_to_json(const std::vector<Caseload::Missing141>& missing,
                               bool pretty = false);

/// [{"plan_id","action_id","text","end","status"}]
std::string worklist_to_json(const std::vector<Caseload::WorkItem>& items, bool pretty = false);

}  // namespace rorkit
