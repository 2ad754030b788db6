// Plan-document throughput on the realistic synthetic plan (tests/data/plans/realistic.json:
// 10 goals, 30 actions, 20 follow-ups, 20 measurements and the ~140 events that built them).
// "Load" is what a vendor's request handler does: parse, build the Plan and check_plan() it.
// tests/benchmarks/plan_load_python.py measures the same workload in plain Python.
#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "rorkit/io/plan_json.hpp"
#include "rorkit/plan/edit.hpp"

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string& fixture_text() {
  static const std::string text = read_file(std::filesystem::path(__FILE__).parent_path().parent_path() /
                                            "data" / "plans" / "realistic.json");
  return text;
}

const rorkit::Plan& fixture_plan() {
  static const rorkit::Plan plan = rorkit::plan_from_json(fixture_text());
  return plan;
}

// The document as rorkit writes it (compact), with or without history.
const std::string& compact(bool history) {
  static const std::string with = rorkit::plan_to_json(fixture_plan());
  static const std::string without = rorkit::plan_to_json(fixture_plan(), {false, false});
  return history ? with : without;
}

void load(benchmark::State& state, const std::string& text) {
  for (auto _ : state) {
    rorkit::Plan p = rorkit::plan_from_json(text);
    benchmark::DoNotOptimize(p);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
  state.counters["doc_bytes"] = static_cast<double>(text.size());
}

void plan_load_check(benchmark::State& state) { load(state, compact(true)); }
BENCHMARK(plan_load_check);

void plan_load_check_no_history(benchmark::State& state) { load(state, compact(false)); }
BENCHMARK(plan_load_check_no_history);

// The fixture file as stored: indented two spaces, so a third of it is whitespace.
void plan_load_check_pretty_file(benchmark::State& state) { load(state, fixture_text()); }
BENCHMARK(plan_load_check_pretty_file);

// The floors under a load: simdjson's DOM parse alone (what plan_from_json starts with, with
// the same reused parser, so no Plan, no checks), and its UTF-8 validation alone (what any
// loader that checks its input must at least do).
void parse(benchmark::State& state, const std::string& text) {
  simdjson::dom::parser parser;
  for (auto _ : state) {
    simdjson::dom::element root;
    if (parser.parse(text.data(), text.size()).get(root) != simdjson::SUCCESS)
      throw std::runtime_error("the fixture does not parse");
    benchmark::DoNotOptimize(root);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void plan_parse_only(benchmark::State& state) { parse(state, compact(true)); }
BENCHMARK(plan_parse_only);

void plan_parse_only_no_history(benchmark::State& state) { parse(state, compact(false)); }
BENCHMARK(plan_parse_only_no_history);

void plan_utf8_only(benchmark::State& state) {
  const std::string& text = compact(true);
  for (auto _ : state) benchmark::DoNotOptimize(simdjson::validate_utf8(text.data(), text.size()));
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(plan_utf8_only);

// check_plan alone, to see what the loads above spend on the rules rather than on JSON.
void plan_check_only(benchmark::State& state) {
  const rorkit::Plan& p = fixture_plan();
  for (auto _ : state) rorkit::check_plan(p);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(plan_check_only);

void write(benchmark::State& state, const rorkit::PlanJsonOptions& options) {
  const rorkit::Plan& p = fixture_plan();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string text = rorkit::plan_to_json(p, options);
    bytes += text.size();
    benchmark::DoNotOptimize(text);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void plan_write(benchmark::State& state) { write(state, {}); }
BENCHMARK(plan_write);

void plan_write_no_history(benchmark::State& state) { write(state, {false, false}); }
BENCHMARK(plan_write_no_history);

void plan_write_pretty(benchmark::State& state) { write(state, {true, true}); }
BENCHMARK(plan_write_pretty);

}  // namespace

BENCHMARK_MAIN();
