// JSON renderings of plan reports. Not a hot path: nlohmann's ordered_json keeps member order.

#include "rorkit/io/plan_reports.hpp"

#include <nlohmann/json.hpp>

#include "io/json_text.hpp"

namespace rorkit {
namespace {

using nlohmann::ordered_json;

using io_detail::json_text;

ordered_json audit_json(const Audit& a) {
  ordered_json principles = ordered_json::array();
  for (const auto& p : a.principles)
    principles.push_back({{"principle", to_code(p.principle)},
                          {"number", static_cast<int>(p.principle)},
                          {"name_da", danish_name(p.principle)},
                          {"verdict", to_code(p.verdict)},
                          {"reasons", p.reasons}});
  return {{"plan_id", a.plan_id}, {"points", a.points()}, {"principles", principles}};
}

ordered_json overdue_json(const std::vector<Caseload::Overdue>& items) {
  ordered_json out = ordered_json::array();
  for (const auto& o : items) out.push_back({{"plan_id", o.plan_id}, {"id", o.id}, {"due", o.due.iso()}});
  return out;
}

}  // namespace

std::string findings_to_json(const std::vector<Finding>& findings, bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& f : findings)
    out.push_back({{"severity", to_code(f.severity)},
                   {"code", f.code},
                   {"path", f.path},
                   {"message", f.message}});
  return json_text(out, pretty);
}

std::string audit_to_json(const Audit& audit, bool pretty) { return json_text(audit_json(audit), pretty); }

std::string case_review_to_json(const CaseReview& review, bool pretty) {
  ordered_json audits = ordered_json::array();
  for (const auto& a : review.audits) audits.push_back(audit_json(a));
  ordered_json tally = ordered_json::array();
  for (const auto& t : review.tally)
    tally.push_back({{"principle", to_code(t.principle)},
                     {"yes", t.yes},
                     {"partly", t.partly},
                     {"no", t.no}});
  return json_text({{"plan_ids", review.plan_ids}, {"audits", audits}, {"tally", tally}}, pretty);
}

std::string due_to_json(const std::vector<DueFollowUp>& due, bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& d : due)
    out.push_back({{"plan_id", d.plan_id}, {"goal_id", d.goal_id}, {"due", d.due.iso()}});
  return json_text(out, pretty);
}

std::string overdue_to_json(const std::vector<Caseload::Overdue>& goals,
                            const std::vector<Caseload::Overdue>& actions, bool pretty) {
  return json_text({{"goals", overdue_json(goals)}, {"actions", overdue_json(actions)}}, pretty);
}

std::string missing141_to_json(const std::vector<Caseload::Missing141>& missing, bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& m : missing) out.push_back({{"plan_id", m.plan_id}, {"missing", m.missing}});
  return json_text(out, pretty);
}

std::string worklist_to_json(const std::vector<Caseload::WorkItem>& items, bool pretty) {
  ordered_json out = ordered_json::array();
  for (const auto& w : items)
    out.push_back({{"plan_id", w.plan_id},
                   {"action_id", w.action_id},
                   {"text", w.text},
                   {"end", w.end ? ordered_json(w.end->iso()) : ordered_json(nullptr)},
                   {"status", to_code(w.status)}});
  return json_text(out, pretty);
}

}  // namespace rorkit
