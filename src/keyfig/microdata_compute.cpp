// compute_aggregates: the input checks, the fast path (every table sorted by person: a merge
// join over blocks of persons, in parallel, one pass over the bytes) and the general path
// (an id index and child rows bucketed by a counting sort), then the per-thread counts summed.

#include <algorithm>
#include <atomic>
#include <limits>
#include <string>

#include "keyfig/microdata_index.hpp"
#include "keyfig/microdata_sweep.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit::keyfig_detail {
namespace {

constexpr std::size_t kBlock = 16384;  // persons per task
constexpr unsigned kMaxThreads = 256;

// ---- input shape -----------------------------------------------------------------------------

template <class T>
void require_column(const Column<T>& c, std::size_t n, const char* name, const char* against,
                    bool may_be_empty = false) {
  if (c.size > 0 && c.data == nullptr)
    fail(RORKIT_ERROR_NULL_POINTER,
         std::string(name) + " has " + std::to_string(c.size) + " rows but no data");
  if (may_be_empty && c.size == 0) return;
  if (c.size != n)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "column lengths differ: " + std::string(name) + " has " +
                                            std::to_string(c.size) + " rows, " + against +
                                            " has " + std::to_string(n));
}

struct Window {
  std::int32_t first = 0, last = 0;
};

Inputs check_inputs(const PersonsTable& p, const SpellsTable& s, const AdmissionsTable& a,
                    const SurveysTable& q, const ComputeOptions& o, Window& w) {
  Inputs in;
  in.persons = &p;
  in.spells = &s;
  in.admissions = &a;
  in.surveys = &q;
  in.n_persons = p.id.size;
  in.n_spells = s.person.size;
  in.n_admissions = a.person.size;
  in.n_surveys = q.person.size;
  if (p.years < 1 || p.years > 1000)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "persons.years is " + std::to_string(p.years) + "; the status table needs 1-1000 years");
  if (p.first_year < 1 || p.first_year > 9999 - p.years)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "persons.first_year " + std::to_string(p.first_year) + " is outside 1-9999");
  require_column(p.id, in.n_persons, "persons.id", "persons.id");
  require_column(p.municipality, in.n_persons, "persons.municipality", "persons.id");
  require_column(p.birth_year, in.n_persons, "persons.birth_year", "persons.id");
  if (p.status.size > 0 && p.status.data == nullptr)
    fail(RORKIT_ERROR_NULL_POINTER, "persons.status has " + std::to_string(p.status.size) +
                                        " values but no data");
  if (p.status.size != in.n_persons * static_cast<std::size_t>(p.years))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "column lengths differ: persons.status has " + std::to_string(p.status.size) +
             " values, persons x years is " + std::to_string(in.n_persons) + " x " +
             std::to_string(p.years));
  require_column(s.municipality, in.n_spells, "spells.municipality", "spells.person");
  require_column(s.basis, in.n_spells, "spells.basis", "spells.person");
  require_column(s.start, in.n_spells, "spells.start", "spells.person");
  require_column(s.end, in.n_spells, "spells.end", "spells.person");
  require_column(a.date, in.n_admissions, "admissions.date", "admissions.person");
  require_column(q.municipality, in.n_surveys, "surveys.municipality", "surveys.person");
  require_column(q.year, in.n_surveys, "surveys.year", "surveys.person");
  if (q.who5_items.size > 0 && q.who5_items.data == nullptr)
    fail(RORKIT_ERROR_NULL_POINTER, "surveys.who5_items has values but no data");
  if (q.who5_items.size != 0 && q.who5_items.size != 5 * in.n_surveys)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "column lengths differ: surveys.who5_items has " + std::to_string(q.who5_items.size) +
             " values, 5 x surveys.person is " + std::to_string(5 * in.n_surveys));
  require_column(q.recovery, in.n_surveys, "surveys.recovery", "surveys.person", true);
  require_column(q.satisfaction, in.n_surveys, "surveys.satisfaction", "surveys.person", true);
  require_column(q.involvement, in.n_surveys, "surveys.involvement", "surveys.person", true);
  require_column(q.participation, in.n_surveys, "surveys.participation", "surveys.person", true);
  const bool any_surveys = in.n_surveys > 0;
  in.who5 = any_surveys && q.who5_items.size > 0;
  in.recovery = any_surveys && q.recovery.size > 0;
  in.satisfaction = any_surveys && q.satisfaction.size > 0;
  in.involvement = any_surveys && q.involvement.size > 0;
  in.participation = any_surveys && q.participation.size > 0;
  if (in.n_persons >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()) ||
      in.n_spells >= std::numeric_limits<std::uint32_t>::max() ||
      in.n_admissions >= std::numeric_limits<std::uint32_t>::max())
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         "at most 2^31 - 2 persons and 2^32 - 2 spells or admissions per call; split the "
         "persons by id range and merge the results");

  const std::int32_t table_last = p.first_year + p.years - 1;
  w.first = o.first_year != 0 ? o.first_year : p.first_year;
  w.last = o.last_year != 0 ? o.last_year : table_last;
  if (w.first < p.first_year || w.last > table_last || w.first > w.last)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "the years " + std::to_string(w.first) + "-" + std::to_string(w.last) +
             " must be in order and within the persons table's " + std::to_string(p.first_year) +
             "-" + std::to_string(table_last));
  if (w.last - w.first + 1 > max_compute_years)
    fail(RORKIT_ERROR_OUT_OF_RANGE, "at most " + std::to_string(max_compute_years) +
                                        " years per computation; split the years");
  if (o.min_age < 0 || o.max_age > 150 || o.min_age > o.max_age)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "the age band " + std::to_string(o.min_age) + "-" +
                                            std::to_string(o.max_age) +
                                            " must satisfy 0 <= min_age <= max_age <= 150");
  if (o.threads < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "threads is " + std::to_string(o.threads) + "; use 0 for all hardware threads");
  in.status_years = static_cast<std::size_t>(p.years);
  in.status_offset = static_cast<std::size_t>(w.first - p.first_year);
  return in;
}

// ---- the blocks --------------------------------------------------------------------------

struct BlockPlan {
  bool merge_spells = true, merge_admissions = true, merge_surveys = true;
  bool check_ids = true;  // false when an IdIndex has checked the persons' ids
};

/// Child-table rows of each block of persons (merge join): block b holds rows [v[b], v[b+1]).
struct Bounds {
  std::vector<std::size_t> spells, admissions, surveys;
};

// Lower bounds of each block's first id in a child column; false when they are not monotonic
// (so the column, or the persons, are not sorted).
bool block_bounds(const Inputs& in, const std::int64_t* col, std::size_t rows,
                  std::size_t blocks, std::vector<std::size_t>& out) {
  out.assign(blocks + 1, 0);
  out[blocks] = rows;
  const std::int64_t* ids = in.persons->id.data;
  for (std::size_t b = 1; b < blocks; ++b) {
    out[b] = static_cast<std::size_t>(std::lower_bound(col, col + rows, ids[b * kBlock]) - col);
    if (out[b] < out[b - 1]) return false;
  }
  return out[blocks] >= out[blocks - 1];
}

void check_status(const Inputs& in, std::size_t r0, std::size_t r1, Accum& acc) {
  if (status_bits_ok(in, r0, r1)) return;
  const std::size_t yp = in.status_years;
  const std::uint8_t* st = in.persons->status.data + r0 * yp;
  const std::size_t n = (r1 - r0) * yp;
  for (std::size_t i = 0; i < n; ++i)
    if (st[i] & 0xF0) {
      acc.add_error(row_error(Table::persons, r0 + i / yp, 3, Problem::status_bits, st[i],
                              in.persons->first_year + static_cast<std::int64_t>(i % yp)));
      return;
    }
}

// The block's survey rows, merged with its persons (sorted surveys only).
void merge_block_surveys(const Inputs& in, const YearFrame& fr, const Bounds& bd, std::size_t b,
                         std::size_t r0, std::size_t r1, Accum& acc, std::atomic<bool>& retry) {
  const std::int64_t* ids = in.persons->id.data;
  const std::int64_t* qp = in.surveys->person.data;
  std::size_t qc = bd.surveys[b];
  const std::size_t qe = bd.surveys[b + 1];
  std::int64_t q_last = qc > 0 && qc < in.n_surveys ? qp[qc - 1] : std::numeric_limits<std::int64_t>::min();
  std::size_t rr = r0;
  for (; qc < qe; ++qc) {
    const std::int64_t pid = qp[qc];
    if (pid < q_last) return retry.store(true);
    q_last = pid;
    const bool ok = check_survey(in, qc, acc);
    while (rr < r1 && ids[rr] < pid) ++rr;
    if (ok && rr < r1 && ids[rr] == pid) add_survey(in, fr, qc, acc);
  }
}

template <bool MergeSpells, bool MergeAdmissions>
void run_block(const Inputs& in, const YearFrame& fr, const BlockPlan& plan, const Bounds& bd,
               const Buckets* sb, const Buckets* ab, std::size_t b, Accum& acc,
               std::atomic<bool>& retry) {
  const PersonsTable& P = *in.persons;
  const std::size_t r0 = b * kBlock, r1 = std::min(in.n_persons, r0 + kBlock);
  const std::int64_t* ids = P.id.data;
  if constexpr (MergeSpells && MergeAdmissions) {
    const RowRange sr{bd.spells[b], bd.spells[b + 1]}, ar{bd.admissions[b], bd.admissions[b + 1]};
    if (plan.check_ids && block_is_clean(in, r0, r1, sr, ar)) {
      count_clean_block(in, fr, r0, r1, sr, ar, acc);
      if (plan.merge_surveys) merge_block_surveys(in, fr, bd, b, r0, r1, acc, retry);
      return;
    }
  }
  check_status(in, r0, r1, acc);

  constexpr std::int64_t kLowest = std::numeric_limits<std::int64_t>::min();
  const std::int64_t* sp = in.spells->person.data;
  const std::int64_t* ap = in.admissions->person.data;
  std::size_t sc = 0, se = 0, ac = 0, ae = 0;
  std::int64_t s_last = kLowest, a_last = kLowest;
  if (MergeSpells) {
    sc = bd.spells[b];
    se = bd.spells[b + 1];
    if (sc > 0 && sc < in.n_spells) s_last = sp[sc - 1];
    if (sc < se && sp[sc] < s_last) return retry.store(true);
  }
  if (MergeAdmissions) {
    ac = bd.admissions[b];
    ae = bd.admissions[b + 1];
    if (ac > 0 && ac < in.n_admissions) a_last = ap[ac - 1];
    if (ac < ae && ap[ac] < a_last) return retry.store(true);
  }
  const std::size_t births = static_cast<std::size_t>(fr.births);
  const std::uint8_t* const status_end = P.status.data + P.status.size;

  for (std::size_t r = r0; r < r1; ++r) {
    const std::int64_t id = ids[r];
    if (plan.check_ids) {
      if (id < 0) acc.add_error(row_error(Table::persons, r, 0, Problem::negative_id, id));
      if (r > 0) {
        const std::int64_t prev = ids[r - 1];
        if (prev > id) return retry.store(true);
        if (prev == id && id >= 0)
          acc.add_error(row_error(Table::persons, r, 0, Problem::duplicate_id, id,
                                  static_cast<std::int64_t>(r - 1)));
      }
    }
    const int slot = slot_of(P.municipality[r]);
    if (slot < 0)
      acc.add_error(row_error(Table::persons, r, 1, Problem::unknown_municipality, P.municipality[r]));
    const std::int32_t bo = P.birth_year[r] - fr.birth_lo;
    std::uint64_t band = 0;
    if (static_cast<std::uint32_t>(bo) < static_cast<std::uint32_t>(fr.births)) {
      band = fr.age_mask[static_cast<std::size_t>(bo)];
      if (slot >= 0) acc.births[static_cast<std::size_t>(slot) * births + static_cast<std::size_t>(bo)] += 1;
    }

    SpellRows spells;
    bool spells_ok = true;
    if (MergeSpells) {
      for (; sc < se && sp[sc] < id; ++sc) {  // rows of persons not in the table
        if (sp[sc] < s_last) return retry.store(true);
        s_last = sp[sc];
        check_spell(in, sc, acc);
      }
      const std::size_t lo = sc;
      for (; sc < se && sp[sc] == id; ++sc) spells_ok &= check_spell(in, sc, acc);
      if (sc > lo) s_last = id;
      spells = {in.spells->start.data + lo, in.spells->end.data + lo, in.spells->basis.data + lo, sc - lo};
    } else {
      const std::size_t lo = sb->begin_of(r);
      spells = {sb->start.data() + lo, sb->end.data() + lo, sb->basis.data() + lo, sb->end_of(r) - lo};
    }
    DateRows dates;
    if (MergeAdmissions) {
      for (; ac < ae && ap[ac] < id; ++ac) {
        if (ap[ac] < a_last) return retry.store(true);
        a_last = ap[ac];
        check_admission(in, ac, acc);
      }
      const std::size_t lo = ac;
      for (; ac < ae && ap[ac] == id; ++ac) check_admission(in, ac, acc);
      if (ac > lo) a_last = id;
      dates = {in.admissions->date.data + lo, ac - lo};
    } else {
      const std::size_t lo = ab->begin_of(r);
      dates = {ab->date.data() + lo, ab->end_of(r) - lo};
    }
    if (spells.n > 0 && band != 0 && slot >= 0 && spells_ok)
      person_kernel(acc, fr, static_cast<std::size_t>(slot), band,
                    P.status.data + r * in.status_years + in.status_offset, status_end, spells,
                    dates);
  }
  // Rows after the block's last person (the last block: persons beyond every id).
  if (MergeSpells)
    for (; sc < se; ++sc) {
      if (sp[sc] < s_last) return retry.store(true);
      s_last = sp[sc];
      check_spell(in, sc, acc);
    }
  if (MergeAdmissions)
    for (; ac < ae; ++ac) {
      if (ap[ac] < a_last) return retry.store(true);
      a_last = ap[ac];
      check_admission(in, ac, acc);
    }
  if (plan.merge_surveys) merge_block_surveys(in, fr, bd, b, r0, r1, acc, retry);
}

template <bool MS, bool MA>
void run_blocks(const Inputs& in, const YearFrame& fr, const BlockPlan& plan, const Bounds& bd,
                const Buckets* sb, const Buckets* ab, std::size_t blocks, unsigned threads,
                std::vector<Accum>& accs, std::atomic<bool>& retry) {
  parallel_for(blocks, threads, [&](std::size_t b, unsigned t) {
    if (!retry.load(std::memory_order_relaxed)) {
      run_block<MS, MA>(in, fr, plan, bd, sb, ab, b, accs[t], retry);
      accs[t].lanes.flush_all(accs[t].cells());
    }
  });
}

void dispatch_blocks(const Inputs& in, const YearFrame& fr, const BlockPlan& plan, const Bounds& bd,
                     const Buckets* sb, const Buckets* ab, std::size_t blocks, unsigned threads,
                     std::vector<Accum>& accs, std::atomic<bool>& retry) {
  if (plan.merge_spells && plan.merge_admissions)
    run_blocks<true, true>(in, fr, plan, bd, sb, ab, blocks, threads, accs, retry);
  else if (plan.merge_spells)
    run_blocks<true, false>(in, fr, plan, bd, sb, ab, blocks, threads, accs, retry);
  else if (plan.merge_admissions)
    run_blocks<false, true>(in, fr, plan, bd, sb, ab, blocks, threads, accs, retry);
  else
    run_blocks<false, false>(in, fr, plan, bd, sb, ab, blocks, threads, accs, retry);
}

// ---- the result ----------------------------------------------------------------------------

KeyFigureAggregates finish(std::vector<Accum>& accs, const RowError& extra, const YearFrame& fr) {
  RowError first = extra;
  for (const Accum& a : accs) first.keep_first(a.error);
  if (first.set) throw_row_error(first);

  KeyFigureAggregates out(fr.first, fr.first + fr.years - 1, fr.min_age, fr.max_age);
  auto& num = out.numerators();
  auto& den = out.denominators();
  auto& stair = out.stair();
  const auto years = static_cast<std::size_t>(fr.years);
  const auto nb = static_cast<std::size_t>(fr.births);
  const std::size_t cells = static_cast<std::size_t>(kMunicipalities) * years;
  std::vector<std::int64_t> block(cells * Accum::kBlock, 0), births(accs.front().births.size(), 0),
      survey(accs.front().survey.size(), 0);
  for (const Accum& a : accs) {
    const std::uint32_t* c = a.cells();
    for (std::size_t i = 0; i < block.size(); ++i) block[i] += c[i];
    for (std::size_t i = 0; i < births.size(); ++i) births[i] += a.births[i];
    for (std::size_t i = 0; i < survey.size(); ++i) survey[i] += a.survey[i];
  }
  constexpr std::size_t kSteps2 = static_cast<std::size_t>(kSteps) * kSteps;
  for (std::size_t s = 0; s < static_cast<std::size_t>(kMunicipalities); ++s)
    for (std::size_t y = 0; y < years; ++y) {
      const std::size_t cell = s * years + y;
      const std::int64_t* b = block.data() + cell * Accum::kBlock;
      std::int64_t* n = num.data() + cell * kFigures;
      std::int64_t* d = den.data() + cell * kFigures;
      std::int64_t population = 0;
      for (std::size_t k = 0; k < nb; ++k)
        if ((fr.age_mask[k] >> y) & 1U) population += births[s * nb + k];
      const std::int64_t target = b[Accum::kTarget];
      n[0] = target;  // kf01 over the age band
      d[0] = population;
      for (std::size_t f = 0; f < 6; ++f) n[1 + f] = b[Accum::kShares + f];  // kf02-kf07
      n[9] = b[Accum::kEnded];                                               // kf10
      for (std::size_t f = 0; f < 4; ++f) n[10 + f] = b[Accum::kStatus + f];  // kf11-kf14
      n[14] = b[Accum::kAdmitted];                                           // kf15
      for (std::size_t f : {1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14}) d[f] = target;
      // The transitions, and kf08/kf09 from them: on a step on 1 January, then lower/higher.
      std::int64_t* t = stair.data() + cell * kSteps2;
      std::int64_t moved = 0;
      for (std::size_t i = 1; i < kSteps2; ++i) {  // the block's none -> none is not a total
        t[i] = b[Accum::kStair + i];
        moved += t[i];
        const std::size_t from = i / kSteps, to = i % kSteps;
        if (from == 0) continue;
        d[7] += t[i];
        if (to < from) n[7] += t[i];
        if (to > from) n[8] += t[i];
      }
      d[8] = d[7];
      t[0] = population - moved;  // none -> none: everyone else in the band
      const std::int64_t* q = survey.data() + cell * Accum::kSurvey;
      for (std::size_t f = 0; f < 5; ++f) {
        n[15 + f] = q[f];
        d[15 + f] = q[5 + f];
      }
    }
  return out;
}

}  // namespace
}  // namespace rorkit::keyfig_detail

namespace rorkit {

KeyFigureAggregates compute_aggregates(const PersonsTable& persons, const SpellsTable& spells,
                                       const AdmissionsTable& admissions,
                                       const SurveysTable& surveys, const ComputeOptions& options) {
  using namespace keyfig_detail;
  Window w;
  const Inputs in = check_inputs(persons, spells, admissions, surveys, options, w);
  const YearFrame fr(w.first, w.last - w.first + 1, options.min_age, options.max_age);
  const unsigned threads = std::min(resolve_threads(options.threads), kMaxThreads);
  const std::size_t blocks = std::max<std::size_t>(1, (in.n_persons + kBlock - 1) / kBlock);
  const std::int64_t* ids = persons.id.data;

  // Fast path: assume every table is sorted by person and verify it on the way.
  {
    BlockPlan plan;
    Bounds bd;
    std::atomic<bool> retry{false};
    const bool monotonic =
        block_bounds(in, spells.person.data, in.n_spells, blocks, bd.spells) &&
        block_bounds(in, admissions.person.data, in.n_admissions, blocks, bd.admissions) &&
        block_bounds(in, surveys.person.data, in.n_surveys, blocks, bd.surveys);
    if (monotonic) {
      std::vector<Accum> accs(threads, Accum(fr));
      dispatch_blocks(in, fr, plan, bd, nullptr, nullptr, blocks, threads, accs, retry);
      if (!retry.load()) return finish(accs, RowError{}, fr);
    }
  }

  // General path: merge what is sorted, bucket the rest through an id index.
  const bool persons_sorted = nondecreasing(ids, in.n_persons, threads);
  BlockPlan plan;
  plan.merge_spells = persons_sorted && nondecreasing(spells.person.data, in.n_spells, threads);
  plan.merge_admissions =
      persons_sorted && nondecreasing(admissions.person.data, in.n_admissions, threads);
  plan.merge_surveys = persons_sorted && nondecreasing(surveys.person.data, in.n_surveys, threads);
  std::vector<Accum> accs(threads, Accum(fr));
  RowError id_errors;
  Buckets spell_buckets, admission_buckets;
  if (!plan.merge_spells || !plan.merge_admissions || !plan.merge_surveys) {
    plan.check_ids = false;
    const IdIndex index(ids, in.n_persons, id_errors);
    if (!plan.merge_spells) spell_buckets = bucket_spells(in, index, threads, accs);
    if (!plan.merge_admissions) admission_buckets = bucket_admissions(in, index, threads, accs);
    if (!plan.merge_surveys) count_surveys_indexed(in, fr, index, threads, accs);
  }
  Bounds bd;
  if (plan.merge_spells) block_bounds(in, spells.person.data, in.n_spells, blocks, bd.spells);
  if (plan.merge_admissions)
    block_bounds(in, admissions.person.data, in.n_admissions, blocks, bd.admissions);
  if (plan.merge_surveys) block_bounds(in, surveys.person.data, in.n_surveys, blocks, bd.surveys);
  std::atomic<bool> retry{false};
  dispatch_blocks(in, fr, plan, bd, &spell_buckets, &admission_buckets, blocks, threads, accs, retry);
  if (retry.load())  // cannot happen: every merged table was checked sorted
    fail(RORKIT_ERROR_INTERNAL, "the microdata engine found unsorted rows after checking them");
  return finish(accs, id_errors, fr);
}

}  // namespace rorkit
