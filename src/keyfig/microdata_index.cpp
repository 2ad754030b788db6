// The slow path for unsorted tables: person id -> row, and a counting sort of child rows by
// persons row (one int32 row map, one uint32 end per person, then the payload in person order).

#include "keyfig/microdata_index.hpp"

#include <algorithm>

namespace rorkit::keyfig_detail {

namespace {

constexpr std::size_t kChunk = std::size_t{1} << 16;

std::size_t chunks(std::size_t rows) { return (rows + kChunk - 1) / kChunk; }

// Counting sort of `rows` child rows by their persons row. check(i, acc) validates row i,
// place(pos, i) copies row i's payload to position pos. Persons are split into a few ranges,
// each owned by one thread, so no two threads write the same counter.
template <class Check, class Alloc, class Place>
Buckets bucket_rows(std::size_t rows, std::size_t persons, const std::int64_t* person,
                    const IdIndex& index, unsigned threads, std::vector<Accum>& accs,
                    Check check, Alloc alloc, Place place) {
  std::vector<std::int32_t> row_of(rows);
  parallel_for(chunks(rows), threads, [&](std::size_t c, unsigned t) {
    const std::size_t lo = c * kChunk, hi = std::min(rows, lo + kChunk);
    for (std::size_t i = lo; i < hi; ++i)
      row_of[i] = check(i, accs[t]) ? index.find(person[i]) : -1;
  });
  Buckets b;
  b.ends.assign(persons, 0);
  const std::size_t ranges = std::max<std::size_t>(1, std::min<std::size_t>(threads, 8));
  auto range_lo = [&](std::size_t k) { return persons * k / ranges; };
  std::vector<std::size_t> in_range(ranges + 1, 0);
  parallel_for(ranges, threads, [&](std::size_t k, unsigned) {
    const auto lo = static_cast<std::int64_t>(range_lo(k)), hi = static_cast<std::int64_t>(range_lo(k + 1));
    std::size_t n = 0;
    for (std::size_t i = 0; i < rows; ++i) {
      const std::int32_t r = row_of[i];
      if (r >= lo && r < hi) {
        ++b.ends[static_cast<std::size_t>(r)];
        ++n;
      }
    }
    in_range[k + 1] = n;
  });
  for (std::size_t k = 0; k < ranges; ++k) in_range[k + 1] += in_range[k];
  alloc(b, in_range[ranges]);
  parallel_for(ranges, threads, [&](std::size_t k, unsigned) {
    // Exclusive prefix sums: ends[r] becomes the begin of r, then place() advances it to its end.
    auto running = static_cast<std::uint32_t>(in_range[k]);
    for (std::size_t r = range_lo(k); r < range_lo(k + 1); ++r) {
      const std::uint32_t c = b.ends[r];
      b.ends[r] = running;
      running += c;
    }
    const auto lo = static_cast<std::int64_t>(range_lo(k)), hi = static_cast<std::int64_t>(range_lo(k + 1));
    for (std::size_t i = 0; i < rows; ++i) {
      const std::int32_t r = row_of[i];
      if (r >= lo && r < hi) place(b, b.ends[static_cast<std::size_t>(r)]++, i);
    }
  });
  return b;
}

}  // namespace

IdIndex::IdIndex(const std::int64_t* ids, std::size_t n, RowError& error) : n_(n) {
  bool sorted = true, negative = false;
  std::int64_t lo = 0, hi = -1;
  for (std::size_t r = 0; r < n; ++r) {
    const std::int64_t id = ids[r];
    if (id < 0) {
      error.keep_first(row_error(Table::persons, r, 0, Problem::negative_id, id));
      negative = true;
      continue;
    }
    if (hi < 0) lo = hi = id;
    lo = std::min(lo, id);
    hi = std::max(hi, id);
    if (r > 0 && ids[r - 1] >= id) sorted = false;
  }
  if (!negative && sorted && (n == 0 || (lo == 0 && hi == static_cast<std::int64_t>(n) - 1))) {
    kind_ = Kind::identity;  // strictly increasing from 0 to n-1: the ids are the rows
    return;
  }
  min_ = lo;
  const std::uint64_t range = hi < 0 ? 0 : static_cast<std::uint64_t>(hi - lo) + 1;
  if (range <= 4 * static_cast<std::uint64_t>(n) + 1024) {
    kind_ = Kind::direct;
    table_.assign(static_cast<std::size_t>(range), -1);
    for (std::size_t r = 0; r < n; ++r) {
      if (ids[r] < 0) continue;
      std::int32_t& slot = table_[static_cast<std::size_t>(ids[r] - lo)];
      if (slot >= 0)
        error.keep_first(row_error(Table::persons, r, 0, Problem::duplicate_id, ids[r], slot));
      else
        slot = static_cast<std::int32_t>(r);
    }
    return;
  }
  kind_ = Kind::hash;
  std::size_t cap = 16;
  int bits = 4;
  while (cap < n + n / 2) {
    cap <<= 1;
    ++bits;
  }
  shift_ = 64 - bits;
  mask_ = cap - 1;
  keys_.assign(cap, -1);
  table_.assign(cap, -1);
  for (std::size_t r = 0; r < n; ++r) {
    const std::int64_t id = ids[r];
    if (id < 0) continue;
    std::size_t h = hash(id);
    while (keys_[h] >= 0 && keys_[h] != id) h = (h + 1) & mask_;
    if (keys_[h] == id) {
      error.keep_first(row_error(Table::persons, r, 0, Problem::duplicate_id, id, table_[h]));
    } else {
      keys_[h] = id;
      table_[h] = static_cast<std::int32_t>(r);
    }
  }
}

Buckets bucket_spells(const Inputs& in, const IdIndex& index, unsigned threads,
                      std::vector<Accum>& accs) {
  const SpellsTable& s = *in.spells;
  return bucket_rows(
      in.n_spells, in.n_persons, s.person.data, index, threads, accs,
      [&](std::size_t i, Accum& acc) { return check_spell(in, i, acc); },
      [](Buckets& b, std::size_t total) {
        b.start.resize(total);
        b.end.resize(total);
        b.basis.resize(total);
      },
      [&](Buckets& b, std::size_t pos, std::size_t i) {
        b.start[pos] = s.start[i];
        b.end[pos] = s.end[i];
        b.basis[pos] = s.basis[i];
      });
}

Buckets bucket_admissions(const Inputs& in, const IdIndex& index, unsigned threads,
                          std::vector<Accum>& accs) {
  const AdmissionsTable& a = *in.admissions;
  return bucket_rows(
      in.n_admissions, in.n_persons, a.person.data, index, threads, accs,
      [&](std::size_t i, Accum& acc) { return check_admission(in, i, acc); },
      [](Buckets& b, std::size_t total) { b.date.resize(total); },
      [&](Buckets& b, std::size_t pos, std::size_t i) { b.date[pos] = a.date[i]; });
}

void count_surveys_indexed(const Inputs& in, const YearFrame& fr, const IdIndex& index,
                           unsigned threads, std::vector<Accum>& accs) {
  parallel_for(chunks(in.n_surveys), threads, [&](std::size_t c, unsigned t) {
    const std::size_t lo = c * kChunk, hi = std::min(in.n_surveys, lo + kChunk);
    for (std::size_t i = lo; i < hi; ++i)
      if (check_survey(in, i, accs[t]) && index.find(in.surveys->person[i]) >= 0)
        add_survey(in, fr, i, accs[t]);
  });
}

bool nondecreasing(const std::int64_t* v, std::size_t n, unsigned threads) {
  std::atomic<bool> ok{true};
  parallel_for(chunks(n), threads, [&](std::size_t c, unsigned) {
    if (!ok.load(std::memory_order_relaxed)) return;
    const std::size_t lo = c * kChunk, hi = std::min(n, lo + kChunk);
    for (std::size_t i = lo > 0 ? lo : 1; i < hi; ++i)
      if (v[i] < v[i - 1]) {
        ok.store(false, std::memory_order_relaxed);
        return;
      }
  });
  return ok.load();
}

}  // namespace rorkit::keyfig_detail
