// Calendar and reference-data throughput. The baseline for working-day counting is the obvious
// day-by-day loop over is_working_day, measured in the same run.
#include <benchmark/benchmark.h>

#include "rorkit/rorkit.hpp"

namespace {

using rorkit::Date;

void holidays_of_a_year(benchmark::State& state) {
  std::int32_t year = 1900;
  for (auto _ : state) {
    benchmark::DoNotOptimize(rorkit::holidays(year));
    year = year == 2200 ? 1900 : year + 1;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(holidays_of_a_year);

void is_working_day(benchmark::State& state) {
  Date d{2026, 1, 1};
  std::int64_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(rorkit::is_working_day(d));
    d.day = static_cast<std::int32_t>(1 + (++i % 28));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(is_working_day);

// Baseline: count by testing every day.
std::int64_t count_day_by_day(Date first, Date last) {
  std::int64_t n = 0;
  for (Date d = first; d <= last; d = rorkit::add_days(d, 1)) n += rorkit::is_working_day(d);
  return n;
}

void count_working_days_rorkit(benchmark::State& state) {
  Date first{2000, 1, 1};
  Date last{static_cast<std::int32_t>(2000 + state.range(0) - 1), 12, 31};
  for (auto _ : state) benchmark::DoNotOptimize(rorkit::count_working_days(first, last));
  state.counters["years"] = static_cast<double>(state.range(0));
}
BENCHMARK(count_working_days_rorkit)->Arg(1)->Arg(10)->Arg(100);

void count_working_days_day_by_day(benchmark::State& state) {
  Date first{2000, 1, 1};
  Date last{static_cast<std::int32_t>(2000 + state.range(0) - 1), 12, 31};
  for (auto _ : state) benchmark::DoNotOptimize(count_day_by_day(first, last));
  state.counters["years"] = static_cast<double>(state.range(0));
}
BENCHMARK(count_working_days_day_by_day)->Arg(1)->Arg(10)->Arg(100);

void add_250_working_days(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rorkit::add_working_days(Date{2026, 3, 2}, 250));
}
BENCHMARK(add_250_working_days);

void phase_windows_of_a_year(benchmark::State& state) {
  rorkit::Calendar cal;
  for (auto _ : state) benchmark::DoNotOptimize(cal.phase_windows(2027));
}
BENCHMARK(phase_windows_of_a_year);

void find_municipality_by_code(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rorkit::find_municipality("0751"));
}
BENCHMARK(find_municipality_by_code);

void find_municipality_by_name(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(rorkit::find_municipality("Høje-Taastrup"));
}
BENCHMARK(find_municipality_by_name);

void ical_100_timed_events(benchmark::State& state) {
  std::vector<rorkit::CalendarEvent> events;
  for (int i = 0; i < 100; ++i) {
    rorkit::CalendarEvent e;
    e.summary = "Møde i implementeringsgruppen nr. " + std::to_string(i);
    e.description = "Dagsorden: status på prøvehandlinger, temperaturmåling, næste skridt.";
    e.start_date = e.end_date = rorkit::add_days(Date{2027, 1, 4}, i);
    e.start_minute = 9 * 60;
    e.end_minute = 11 * 60;
    events.push_back(e);
  }
  rorkit::IcalOptions opts;
  opts.dtstamp = "20261123T090000Z";
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto text = rorkit::to_ical(events, opts);
    bytes += text.size();
    benchmark::DoNotOptimize(text);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(state.iterations() * 100);
}
BENCHMARK(ical_100_timed_events);

}  // namespace

BENCHMARK_MAIN();
