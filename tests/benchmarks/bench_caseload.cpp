// Caseload queries over 100,000 synthetic plans. The baseline is the naive scan a caller would
// write without the index: ask every plan for its next due dates (followup.hpp) and sort the
// hits, measured in the same run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "rorkit/calendar/date_math.hpp"
#include "rorkit/plan/caseload.hpp"
#include "rorkit/plan/followup.hpp"

namespace {

using rorkit::Date;
using rorkit::DueFollowUp;
using rorkit::Plan;

constexpr std::size_t plan_count = 100000;
const Date query_day{2026, 3, 2};

struct Rng {  // splitmix64: the same plans on every machine
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::int32_t below(std::int32_t n) {
    return static_cast<std::int32_t>(next() % static_cast<std::uint64_t>(n));
  }
};

// Plain data without history: the caseload reads only the current state. Plans created over
// 2024-2026, a 3-12 month rule, 0-3 follow-ups, 1-3 goals of which a quarter have their own
// interval (about 1.5 index entries per plan).
std::vector<Plan> synthetic_plans() {
  Rng rng{20260115};
  std::vector<Plan> plans;
  plans.reserve(plan_count);
  for (std::size_t i = 0; i < plan_count; ++i) {
    Plan p;
    p.id = "plan-" + std::to_string(i);
    p.citizen.id = "c" + std::to_string(i);
    p.citizen.municipality = 101;
    p.created = rorkit::add_days(Date{2024, 1, 1}, rng.below(1095));
    p.followup_rule.interval_months = 3 + rng.below(10);
    const int goals = 1 + rng.below(3);
    for (int k = 0; k < goals; ++k) {
      rorkit::Goal g;
      g.id = "g" + std::to_string(k);
      g.text = "Mål";
      if (rng.below(4) == 0) g.followup_interval_months = 1 + rng.below(6);
      p.goals.push_back(std::move(g));
    }
    Date last = p.created;
    const int followups = rng.below(4);
    for (int k = 0; k < followups; ++k) {
      last = rorkit::add_days(last, 60 + rng.below(200));
      rorkit::FollowUp f;
      f.id = "f" + std::to_string(k);
      f.date = last;
      if (rng.below(2) == 0) f.assessments.push_back({p.goals[0].id, 5.0, "", ""});
      p.followups.push_back(std::move(f));
    }
    plans.push_back(std::move(p));
  }
  return plans;
}

const std::vector<Plan>& plans() {
  static const std::vector<Plan> all = synthetic_plans();
  return all;
}

const rorkit::Caseload& caseload() {
  static const rorkit::Caseload c(plans());
  return c;
}

bool in_order(const DueFollowUp& a, const DueFollowUp& b) {
  if (a.due != b.due) return a.due < b.due;
  if (a.plan_id != b.plan_id) return a.plan_id < b.plan_id;
  return a.goal_id < b.goal_id;
}

void caseload_index_build(benchmark::State& state) {
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Plan> copy = plans();
    state.ResumeTiming();
    rorkit::Caseload c(std::move(copy));
    benchmark::DoNotOptimize(c.size());
    state.PauseTiming();  // destroying 100,000 plans is not part of the build
    { rorkit::Caseload gone(std::move(c)); }
    state.ResumeTiming();
  }
  state.counters["plans"] = static_cast<double>(plan_count);
}
BENCHMARK(caseload_index_build)->Unit(benchmark::kMillisecond);

void caseload_followups_due(benchmark::State& state) {
  const auto& c = caseload();
  const Date last = rorkit::add_days(query_day, state.range(0) - 1);
  std::size_t found = 0;
  for (auto _ : state) {
    auto due = c.followups_due(query_day, last);
    found = due.size();
    benchmark::DoNotOptimize(due.data());
  }
  state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(caseload_followups_due)->Arg(7)->Arg(91)->Unit(benchmark::kMicrosecond);

void naive_followups_due(benchmark::State& state) {
  const auto& all = plans();
  const Date last = rorkit::add_days(query_day, state.range(0) - 1);
  std::size_t found = 0;
  for (auto _ : state) {
    std::vector<DueFollowUp> due;
    for (const auto& p : all)
      for (auto& d : rorkit::followups_due(p, query_day, last)) due.push_back(std::move(d));
    std::sort(due.begin(), due.end(), in_order);
    found = due.size();
    benchmark::DoNotOptimize(due.data());
  }
  state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(naive_followups_due)->Arg(7)->Arg(91)->Unit(benchmark::kMillisecond);

void caseload_overdue_followups(benchmark::State& state) {
  const auto& c = caseload();
  std::size_t found = 0;
  for (auto _ : state) {
    auto due = c.overdue_followups(query_day);
    found = due.size();
    benchmark::DoNotOptimize(due.data());
  }
  state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(caseload_overdue_followups)->Unit(benchmark::kMillisecond);

void naive_overdue_followups(benchmark::State& state) {
  const auto& all = plans();
  std::size_t found = 0;
  for (auto _ : state) {
    std::vector<DueFollowUp> due;
    for (const auto& p : all)
      for (auto& d : rorkit::overdue_followups(p, query_day)) due.push_back(std::move(d));
    std::sort(due.begin(), due.end(), in_order);
    found = due.size();
    benchmark::DoNotOptimize(due.data());
  }
  state.counters["found"] = static_cast<double>(found);
}
BENCHMARK(naive_overdue_followups)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
