// The key-figure engine over synthetic national microdata: 0.5, 5 and 10 million persons x 10
// years (5 million is what docs/performance.md calls national size); 40 % of the persons hold
// spells, 5 each on average (10 million spells held by 2 million persons at national size, as
// issue 5 asks: a load far above the real ~0.8 %), plus admissions and surveys. Generated once
// per size outside the timed loop.
//
// - keyfig_compute/persons:N/threads:T        the tables as generated: sorted by person
// - keyfig_compute_shuffled/persons:N/...     spells, admissions, surveys in random order (the
//                                              general path: id index plus counting sort)
// - keyfig_memory_floor/persons:N              the baseline: one sequential pass summing every
//                                              input byte as uint64 words, on one thread
// Counters: input_MB (the input columns), peak_extra_MB (VmHWM above the RSS before the call,
// measured on an untimed run with the peak reset through /proc/self/clear_refs) and
// extra_per_input. Items are person-years.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace {

constexpr std::int32_t kYears = 10;

struct Dataset {
  std::int64_t persons = 0;
  rorkit::SyntheticData data;
  // Shuffled copies of the child tables (persons stay sorted).
  std::vector<std::int64_t> s_person, a_person, q_person;
  std::vector<std::int16_t> s_muni, q_muni, q_year;
  std::vector<std::int8_t> s_basis;
  std::vector<std::int32_t> s_start, s_end, a_date;
  std::vector<double> q_who5, q_rec, q_sat, q_inv, q_par;
  bool shuffled = false;
};

std::unique_ptr<Dataset>& cache() {
  static std::unique_ptr<Dataset> d;
  return d;
}

const Dataset& dataset(std::int64_t persons) {
  auto& d = cache();
  if (!d || d->persons != persons) {
    d.reset();  // free the previous size first
    d = std::make_unique<Dataset>();
    d->persons = persons;
    rorkit::SyntheticOptions o;
    o.persons = persons;
    o.first_year = 2015;
    o.years = kYears;
    o.seed = 20260101;
    o.spell_person_share = 0.4;
    o.spells_per_person = 5;
    d->data = rorkit::generate_synthetic(o);
  }
  return *d;
}

std::uint64_t splitmix(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::vector<std::size_t> shuffled_order(std::size_t n, std::uint64_t seed) {
  std::vector<std::size_t> o(n);
  for (std::size_t i = 0; i < n; ++i) o[i] = i;
  for (std::size_t i = n; i > 1; --i) std::swap(o[i - 1], o[splitmix(seed) % i]);
  return o;
}

template <class T>
std::vector<T> gather(const std::vector<T>& v, const std::vector<std::size_t>& order, std::size_t width = 1) {
  std::vector<T> out(v.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    for (std::size_t k = 0; k < width; ++k) out[i * width + k] = v[order[i] * width + k];
  return out;
}

Dataset& shuffled(std::int64_t persons) {
  dataset(persons);
  Dataset& d = *cache();
  if (!d.shuffled) {
    const auto& s = d.data;
    const auto so = shuffled_order(s.spell_person.size(), 1);
    d.s_person = gather(s.spell_person, so);
    d.s_muni = gather(s.spell_municipality, so);
    d.s_basis = gather(s.spell_basis, so);
    d.s_start = gather(s.spell_start, so);
    d.s_end = gather(s.spell_end, so);
    const auto ao = shuffled_order(s.admission_person.size(), 2);
    d.a_person = gather(s.admission_person, ao);
    d.a_date = gather(s.admission_date, ao);
    const auto qo = shuffled_order(s.survey_person.size(), 3);
    d.q_person = gather(s.survey_person, qo);
    d.q_muni = gather(s.survey_municipality, qo);
    d.q_year = gather(s.survey_year, qo);
    d.q_who5 = gather(s.survey_who5, qo, 5);
    d.q_rec = gather(s.survey_recovery, qo);
    d.q_sat = gather(s.survey_satisfaction, qo);
    d.q_inv = gather(s.survey_involvement, qo);
    d.q_par = gather(s.survey_participation, qo);
    d.shuffled = true;
  }
  return d;
}

template <class T>
rorkit::Column<T> col(const std::vector<T>& v) {
  return {v.data(), v.size()};
}

// kB from /proc/self/status, or -1.
long status_kb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  const std::size_t n = std::strlen(key);
  while (std::getline(f, line))
    if (line.compare(0, n, key) == 0 && line.size() > n && line[n] == ':') return std::stol(line.substr(n + 1));
  return -1;
}

bool reset_peak() {
  std::ofstream f("/proc/self/clear_refs");
  f << "5";
  f.close();
  return static_cast<bool>(f);
}

template <class Run>
void measure(benchmark::State& state, const rorkit::SyntheticData& d, Run run) {
  // One untimed run for the memory peak (and to warm up).
  const bool reset = reset_peak();
  const long before = status_kb("VmRSS");
  benchmark::DoNotOptimize(run());
  const long peak = status_kb("VmHWM");
  for (auto _ : state) {
    auto a = run();
    benchmark::DoNotOptimize(a);
  }
  const double input = static_cast<double>(d.bytes());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(d.bytes()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(d.person_id.size()) * kYears);
  state.counters["input_MB"] = input / 1e6;
  state.counters["spells"] = static_cast<double>(d.spell_person.size());
  if (reset && before > 0 && peak > 0) {
    const double extra = static_cast<double>(peak - before) * 1024.0;
    state.counters["peak_extra_MB"] = extra / 1e6;
    state.counters["extra_per_input"] = extra / input;
  }
}

void keyfig_compute(benchmark::State& state) {
  const auto& d = dataset(state.range(0)).data;
  rorkit::ComputeOptions o;
  o.threads = static_cast<std::int32_t>(state.range(1));
  measure(state, d, [&] { return rorkit::compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys(), o); });
}

void keyfig_compute_shuffled(benchmark::State& state) {
  const Dataset& s = shuffled(state.range(0));
  const auto& d = s.data;
  rorkit::ComputeOptions o;
  o.threads = static_cast<std::int32_t>(state.range(1));
  const rorkit::SpellsTable spells{col(s.s_person), col(s.s_muni), col(s.s_basis), col(s.s_start), col(s.s_end)};
  const rorkit::AdmissionsTable admissions{col(s.a_person), col(s.a_date)};
  const rorkit::SurveysTable surveys{col(s.q_person), col(s.q_muni), col(s.q_year), col(s.q_who5),
                                     col(s.q_rec),    col(s.q_sat),  col(s.q_inv),  col(s.q_par)};
  measure(state, d, [&] { return rorkit::compute_aggregates(d.persons(), spells, admissions, surveys, o); });
}

template <class T>
std::uint64_t sum_words(const std::vector<T>& v) {
  const auto* p = reinterpret_cast<const unsigned char*>(v.data());
  const std::size_t n = v.size() * sizeof(T);
  std::uint64_t s = 0;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    s += w;
  }
  for (; i < n; ++i) s += p[i];
  return s;
}

void keyfig_memory_floor(benchmark::State& state) {
  const auto& d = dataset(state.range(0)).data;
  for (auto _ : state) {
    std::uint64_t s = sum_words(d.person_id) + sum_words(d.person_municipality) + sum_words(d.birth_year) +
                      sum_words(d.status) + sum_words(d.spell_person) + sum_words(d.spell_municipality) +
                      sum_words(d.spell_basis) + sum_words(d.spell_start) + sum_words(d.spell_end) +
                      sum_words(d.admission_person) + sum_words(d.admission_date) +
                      sum_words(d.survey_person) + sum_words(d.survey_municipality) + sum_words(d.survey_year) +
                      sum_words(d.survey_who5) + sum_words(d.survey_recovery) + sum_words(d.survey_satisfaction) +
                      sum_words(d.survey_involvement) + sum_words(d.survey_participation);
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(d.bytes()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(d.person_id.size()) * kYears);
  state.counters["input_MB"] = static_cast<double>(d.bytes()) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  // Registered size by size, so that each size is generated once and freed before the next.
  for (std::int64_t persons : {500'000LL, 5'000'000LL, 10'000'000LL}) {
    benchmark::RegisterBenchmark("keyfig_memory_floor", keyfig_memory_floor)
        ->Arg(persons)->ArgName("persons")->UseRealTime()->Unit(benchmark::kMillisecond);
    for (const char* name : {"keyfig_compute", "keyfig_compute_shuffled"})
      benchmark::RegisterBenchmark(name, std::string(name) == "keyfig_compute" ? keyfig_compute
                                                                                 : keyfig_compute_shuffled)
          ->Args({persons, 1})->Args({persons, 2})->ArgNames({"persons", "threads"})
          ->UseRealTime()->Unit(benchmark::kMillisecond);
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
