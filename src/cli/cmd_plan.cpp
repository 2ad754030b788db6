// `rorkit plan validate|audit|fhir|due|review`.

#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/io_util.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/io/fhir.hpp"
#include "rorkit/io/plan_json.hpp"
#include "rorkit/io/plan_reports.hpp"
#include "rorkit/plan/audit.hpp"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/validate.hpp"

namespace rorkit::cli {
namespace {

struct PlanArgs {
  std::string file;
  std::string on;
  std::string from, to;
  std::string timestamp;
  bool json = false;
  bool include_cpr = false;
  std::size_t count = 10;
  std::uint64_t seed = 1;
};


// A document that cannot be read is invalid, not an I/O failure: exit 1 with the reason.
int run_validate(const PlanArgs& a) {
  std::string text = read_file(a.file);
  Plan plan;
  try {
    plan = plan_from_json(text);
  } catch (const Error& e) {
    if (a.json)
      std::cout << findings_to_json({Finding{Severity::error, status_str(e.status()), "", e.what()}}, true)
                << "\n";
    else
      std::cout << a.file << ": invalid: " << e.what() << " [" << status_str(e.status()) << "]\n";
    return exit_negative;
  }
  ValidateOptions o;
  o.on = date_or_today(a.on);
  auto findings = validate(plan, o);
  bool ok = is_valid(findings);
  if (a.json) {
    std::cout << findings_to_json(findings, true) << "\n";
    return ok ? exit_ok : exit_negative;
  }
  std::size_t errors = 0;
  for (const auto& f : findings) {
    errors += f.severity == Severity::error;
    std::cout << std::left << std::setw(8) << to_code(f.severity) << std::setw(34) << f.code
              << f.message << "  (" << f.path << ")\n";
  }
  std::cout << "plan " << plan.id << ": " << errors << " error(s), " << findings.size() - errors
            << " warning(s) on " << o.on->iso() << ": " << (ok ? "valid" : "invalid") << "\n";
  return ok ? exit_ok : exit_negative;
}

void print_audit(const Audit& audit) {
  std::cout << "Recovery-orientation audit of plan " << audit.plan_id << ": " << audit.points()
            << " of 16 points\n";
  for (const auto& p : audit.principles) {
    std::cout << static_cast<int>(p.principle) << ". " << danish_name(p.principle) << ": "
              << to_code(p.verdict) << "\n";
    for (const auto& r : p.reasons) std::cout << "     - " << r << "\n";
  }
}

int run_audit(const PlanArgs& a) {
  Plan plan = plan_from_json(read_file(a.file));
  AuditOptions o;
  o.on = date_or_today(a.on);
  auto result = audit(plan, o);
  if (a.json)
    std::cout << audit_to_json(result, true) << "\n";
  else
    print_audit(result);
  return exit_ok;
}

int run_fhir(const PlanArgs& a) {
  Plan plan = plan_from_json(read_file(a.file));
  FhirOptions o;
  o.include_cpr = a.include_cpr;
  o.timestamp = a.timestamp;
  std::cout << plan_to_fhir(plan, o) << "\n";
  return exit_ok;
}

int run_due(const PlanArgs& a) {
  Date first = Date::parse(a.from), last = Date::parse(a.to);
  if (last < first)
    fail(RORKIT_ERROR_DATE_ORDER, "--to " + last.iso() + " is before --from " + first.iso());
  Caseload cl;
  for (auto& p : read_plans(a.file)) cl.add(std::move(p));
  auto due = cl.followups_due(first, last);
  if (a.json) {
    std::cout << due_to_json(due, true) << "\n";
    return exit_ok;
  }
  for (const auto& d : due)
    std::cout << d.due.iso() << "  " << d.plan_id << "  "
              << (d.goal_id.empty() ? std::string("(plan)") : "goal " + d.goal_id) << "\n";
  std::cout << due.size() << " follow-up(s) due " << first.iso() << " .. " << last.iso() << " in "
            << cl.size() << " plan(s)\n";
  return exit_ok;
}

int run_review(const PlanArgs& a) {
  auto plans = read_plans(a.file);
  AuditOptions o;
  o.on = date_or_today(a.on);
  auto review = review_recent_cases(plans, o, a.count, a.seed);
  if (a.json) {
    std::cout << case_review_to_json(review, true) << "\n";
    return exit_ok;
  }
  std::cout << "Review of the " << review.plan_ids.size() << " most recent cases on " << o.on.iso()
            << ":";
  for (const auto& id : review.plan_ids) std::cout << " " << id;
  std::cout << "\n";
  for (const auto& t : review.tally)
    std::cout << static_cast<int>(t.principle) << ". " << danish_name(t.principle) << ": yes "
              << t.yes << ", partly " << t.partly << ", no " << t.no << "\n";
  return exit_ok;
}

}  // namespace

void add_plan_commands(CLI::App& app, Action& action) {
  auto* plan = app.add_subcommand("plan", "citizen plans: validate, audit, FHIR, due follow-ups");
  plan->require_subcommand(1);

  auto v = std::make_shared<PlanArgs>();
  auto* val = plan->add_subcommand("validate", "check a plan document; exit 0 valid, 1 invalid");
  val->add_option("FILE", v->file, "plan document (JSON)")->required();
  val->add_option("--on", v->on, "date for overdue checks, YYYY-MM-DD (default: today)");
  val->add_flag("--json", v->json, "print the findings as JSON");
  val->callback([&action, v] { action = [v] { return run_validate(*v); }; });

  auto au = std::make_shared<PlanArgs>();
  auto* aud = plan->add_subcommand("audit", "audit a case against the eight principles");
  aud->add_option("FILE", au->file, "plan document (JSON)")->required();
  aud->add_option("--on", au->on, "date the case is judged on (default: today)");
  aud->add_flag("--json", au->json, "print JSON");
  aud->callback([&action, au] { action = [au] { return run_audit(*au); }; });

  auto f = std::make_shared<PlanArgs>();
  auto* fh = plan->add_subcommand("fhir", "the plan as a FHIR R4 Bundle (JSON on stdout)");
  fh->add_option("FILE", f->file, "plan document (JSON)")->required();
  fh->add_flag("--include-cpr", f->include_cpr, "include the CPR number as a Patient identifier");
  fh->add_option("--timestamp", f->timestamp, "Bundle.timestamp (default: now)");
  fh->callback([&action, f] { action = [f] { return run_fhir(*f); }; });

  auto d = std::make_shared<PlanArgs>();
  auto* due = plan->add_subcommand("due", "follow-ups due in a window across many plans");
  due->add_option("PLANS", d->file, "a directory of plan documents or a JSON Lines file")->required();
  due->add_option("--from", d->from, "first date, YYYY-MM-DD")->required();
  due->add_option("--to", d->to, "last date, YYYY-MM-DD")->required();
  due->add_flag("--json", d->json, "print JSON");
  due->callback([&action, d] { action = [d] { return run_due(*d); }; });

  auto r = std::make_shared<PlanArgs>();
  auto* rev = plan->add_subcommand("review", "audit the most recent cases (the Fase 1 case review)");
  rev->add_option("PLANS", r->file, "a directory of plan documents or a JSON Lines file")->required();
  rev->add_option("--on", r->on, "review date (default: today)");
  rev->add_option("--count", r->count, "number of cases (default 10)");
  rev->add_option("--seed", r->seed, "seed for breaking ties (default 1)");
  rev->add_flag("--json", r->json, "print JSON");
  rev->callback([&action, r] { action = [r] { return run_review(*r); }; });
}

}  // namespace rorkit::cli
