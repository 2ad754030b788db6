#pragma once
// The per-row checks and the per-person kernel of the microdata engine. Inline: they run once per
// row of tables with millions of rows. The definitions they implement are in docs/key-figures.md.

#include <cmath>
#include <cstdint>
#include <cstring>

#include "keyfig/microdata_detail.hpp"

namespace rorkit::keyfig_detail {

/// The four tables with their row counts, and which optional survey columns are present.
struct Inputs {
  const PersonsTable* persons = nullptr;
  const SpellsTable* spells = nullptr;
  const AdmissionsTable* admissions = nullptr;
  const SurveysTable* surveys = nullptr;
  std::size_t n_persons = 0, n_spells = 0, n_admissions = 0, n_surveys = 0;
  std::size_t status_years = 0;   // persons.years
  std::size_t status_offset = 0;  // first computed year - persons.first_year
  bool who5 = false, recovery = false, satisfaction = false, involvement = false,
       participation = false;
};

#if defined(__GNUC__)
#define RORKIT_LIKELY(x) __builtin_expect(!!(x), 1)
#else
#define RORKIT_LIKELY(x) (x)
#endif

// ---- row checks: true when the row is valid; otherwise the first problem goes to acc ------

#if defined(__GNUC__)
#define RORKIT_COLD __attribute__((noinline, cold))
#define RORKIT_INLINE inline __attribute__((always_inline))
#else
#define RORKIT_COLD
#define RORKIT_INLINE inline
#endif

/// The problems of a spell row that failed check_spell's test (out of line: rare).
RORKIT_COLD inline bool report_spell(const Inputs& in, std::size_t i, Accum& acc) {
  const SpellsTable& s = *in.spells;
  const std::int64_t person = s.person[i];
  const std::int32_t code = s.municipality[i];
  const std::int32_t basis = s.basis[i];
  const std::int32_t start = s.start[i], end = s.end[i];
  if (person < 0) acc.add_error(row_error(Table::spells, i, 0, Problem::negative_id, person));
  if (slot_of(code) < 0)
    acc.add_error(row_error(Table::spells, i, 1, Problem::unknown_municipality, code));
  if (basis < 1 || basis > 9) acc.add_error(row_error(Table::spells, i, 2, Problem::bad_basis, basis));
  if (end < start)
    acc.add_error(row_error(Table::spells, i, 4, Problem::end_before_start, start, end));
  return false;
}

/// The rules of a spell row (report_spell names the ones broken).
RORKIT_INLINE bool spell_row_ok(const SpellsTable& s, std::size_t i) {
  const std::int32_t basis = s.basis[i];
  return (s.person[i] >= 0) & (slot_of(s.municipality[i]) >= 0) & (basis >= 1) & (basis <= 9) &
         (s.end[i] >= s.start[i]);
}

RORKIT_INLINE bool check_spell(const Inputs& in, std::size_t i, Accum& acc) {
  if (RORKIT_LIKELY(spell_row_ok(*in.spells, i))) return true;
  return report_spell(in, i, acc);
}

/// True when the status bytes of persons [r0, r1) use only the four defined bits.
inline bool status_bits_ok(const Inputs& in, std::size_t r0, std::size_t r1) noexcept {
  const std::uint8_t* st = in.persons->status.data + r0 * in.status_years;
  std::uint8_t any = 0;
  for (std::size_t i = 0, n = (r1 - r0) * in.status_years; i < n; ++i) any |= st[i];
  return (any & 0xF0) == 0;
}

inline bool check_admission(const Inputs& in, std::size_t i, Accum& acc) {
  const std::int64_t person = in.admissions->person[i];
  if (RORKIT_LIKELY(person >= 0)) return true;
  acc.add_error(row_error(Table::admissions, i, 0, Problem::negative_id, person));
  return false;
}

inline bool in_range_or_nan(double v, double lo, double hi) noexcept {
  return std::isnan(v) || (v >= lo && v <= hi);
}

inline bool check_survey(const Inputs& in, std::size_t i, Accum& acc) {
  const SurveysTable& q = *in.surveys;
  bool ok = true;
  auto bad = [&](int column, Problem p, std::int64_t a, double v) {
    acc.add_error(row_error(Table::surveys, i, column, p, a, 0, v));
    ok = false;
  };
  if (q.person[i] < 0) bad(0, Problem::negative_id, q.person[i], 0);
  if (slot_of(q.municipality[i]) < 0) bad(1, Problem::unknown_municipality, q.municipality[i], 0);
  if (in.who5)
    for (std::size_t k = 0; k < 5; ++k) {
      const double v = q.who5_items[i * 5 + k];
      if (!in_range_or_nan(v, 0, 5) || (!std::isnan(v) && v != std::floor(v)))
        bad(3, Problem::who5_item, static_cast<std::int64_t>(k), v);
    }
  if (in.recovery && !in_range_or_nan(q.recovery[i], 0, 100))
    bad(4, Problem::recovery, 0, q.recovery[i]);
  if (in.satisfaction && !in_range_or_nan(q.satisfaction[i], 1, 5))
    bad(5, Problem::satisfaction, 0, q.satisfaction[i]);
  if (in.involvement && !in_range_or_nan(q.involvement[i], 1, 5))
    bad(6, Problem::involvement, 0, q.involvement[i]);
  if (in.participation) {
    const double v = q.participation[i];
    if (!std::isnan(v) && v != 0 && v != 1) bad(7, Problem::participation, 0, v);
  }
  return ok;
}

/// Counts a valid survey row whose person is in the persons table.
inline void add_survey(const Inputs& in, const YearFrame& fr, std::size_t i, Accum& acc) {
  const SurveysTable& q = *in.surveys;
  const std::int32_t y = q.year[i] - fr.first;
  if (y < 0 || y >= fr.years) return;
  std::int64_t* num = acc.survey.data() +
                      (static_cast<std::size_t>(slot_of(q.municipality[i])) * fr.years +
                       static_cast<std::size_t>(y)) * Accum::kSurvey;
  std::int64_t* den = num + 5;
  if (in.who5) {
    double raw = 0;
    bool complete = true;
    for (std::size_t k = 0; k < 5; ++k) {
      const double v = q.who5_items[i * 5 + k];
      complete = complete && !std::isnan(v);
      raw += v;
    }
    if (complete) {
      num[0] += std::llround(raw * 4000.0);  // raw x 4, in thousandths
      den[0] += 1;
    }
  }
  if (in.recovery && !std::isnan(q.recovery[i])) {
    num[1] += std::llround(q.recovery[i] * 1000.0);
    den[1] += 1;
  }
  auto share = [&](bool present, const Column<double>& c, double at_least, std::size_t k) {
    if (!present || std::isnan(c[i])) return;
    num[k] += c[i] >= at_least ? 1 : 0;
    den[k] += 1;
  };
  share(in.satisfaction, q.satisfaction, 4, 2);
  share(in.involvement, q.involvement, 4, 3);
  share(in.participation, q.participation, 1, 4);
}

// ---- the per-person kernel ------------------------------------------------------------------

/// A person's spells (validated), contiguous in three arrays.
struct SpellRows {
  const std::int32_t* start = nullptr;
  const std::int32_t* end = nullptr;
  const std::int8_t* basis = nullptr;
  std::size_t n = 0;
};

/// A person's admission dates, contiguous.
struct DateRows {
  const std::int32_t* date = nullptr;
  std::size_t n = 0;
};

/// The highest step per year as three bit planes: step(y) = b0(y) + 2 b1(y) + 4 b2(y).
struct StepPlanes {
  std::uint64_t b0 = 0, b1 = 0, b2 = 0;
  explicit StepPlanes(const std::uint64_t* by_step) noexcept {
    std::uint64_t seen = 0;
    for (int k = kSteps - 1; k >= 1; --k) {
      const std::uint64_t top = by_step[k] & ~seen;
      seen |= by_step[k];
      if (k & 1) b0 |= top;
      if (k & 2) b1 |= top;
      if (k & 4) b2 |= top;
    }
  }
  [[nodiscard]] std::uint32_t at(int y) const noexcept {
    return static_cast<std::uint32_t>(((b0 >> y) & 1U) | (((b1 >> y) & 1U) << 1) | (((b2 >> y) & 1U) << 2));
  }
};

/// Adds a target-group person's year masks to the slot's byte lanes (LaneCounts): one add per
/// quantity and 8 years. status points at the person's status byte of the first year; status_end
/// is the end of the whole status column, so a full 8-byte load never reads past it (bytes of
/// the next person that it does read fall in lanes outside the target mask).
RORKIT_INLINE void add_lanes(Accum& acc, std::size_t slot, std::uint64_t target,
                             const std::uint64_t (&masks)[7], const std::uint8_t* status,
                             const std::uint8_t* status_end) {
  LaneCounts& lanes = acc.lanes;
  const std::uint64_t* spread = spread_table().word.data();
  std::uint64_t* w = lanes.of(slot);
  const std::size_t groups = lanes.groups;
  const auto avail = static_cast<std::size_t>(status_end - status);  // >= the years computed
  for (std::size_t g = 0; g < groups; ++g) {
    const unsigned shift = static_cast<unsigned>(8 * g);
    const unsigned t8 = static_cast<unsigned>((target >> shift) & 0xFFU);
    if (t8 == 0) continue;
    const std::uint64_t t = spread[t8];
    w[g] += t;
    for (std::size_t q = 0; q < 7; ++q)
      w[(q + 1) * groups + g] += spread[static_cast<unsigned>(masks[q] >> shift) & t8];
    const std::size_t at = 8 * g;  // < avail: the target has a year in this group
    std::uint64_t st = 0;
    if (avail - at >= 8) {
      std::memcpy(&st, status + at, 8);
    } else {
      std::uint8_t bytes[8] = {};
      std::memcpy(bytes, status + at, avail - at);
      std::memcpy(&st, bytes, 8);
    }
    for (unsigned k = 0; k < 4; ++k) w[(8 + k) * groups + g] += (st >> k) & t;
  }
  if (++lanes.adds[slot] == 255) lanes.flush(acc.cells(), slot);
}

/// Everything but the population count for one person with spells: slot is the residence,
/// in_band the years in the age band, status the person's status bytes from the first year
/// (status_end: the end of the status column).
inline void person_kernel(Accum& acc, const YearFrame& fr, std::size_t slot,
                          std::uint64_t in_band, const std::uint8_t* status,
                          const std::uint8_t* status_end, const SpellRows& sp, const DateRows& ad) {
  std::uint64_t by_basis[10] = {};
  std::uint64_t jan[kSteps] = {}, dec[kSteps] = {};
  std::uint64_t any_dec = 0;
  const std::int32_t* jan1 = fr.jan1.data();
  for (std::size_t i = 0; i < sp.n; ++i) {
    const std::int32_t s = sp.start[i], e = sp.end[i];
    if (s >= fr.je || e < fr.j0) continue;
    const int ys = fr.index(s > fr.j0 ? s : fr.j0);
    const int ye = fr.index(e < fr.je - 1 ? e : fr.je - 1);
    const int basis = sp.basis[i];
    by_basis[basis] |= bit_range(ys, ye);
    const int step = kStepOfBasis[static_cast<std::size_t>(basis)];
    const int jan_from = s <= fr.j0 ? 0 : ys + (s != jan1[ys] ? 1 : 0);  // first Jan 1 >= start
    if (jan_from <= ye) jan[step] |= bit_range(jan_from, ye);
    const int dec_to = e >= jan1[ye + 1] - 1 ? ye : ye - 1;  // last Dec 31 <= end
    if (ys <= dec_to) {
      const std::uint64_t m = bit_range(ys, dec_to);
      dec[step] |= m;
      any_dec |= m;
    }
  }
  std::uint64_t others = 0;
  for (int b = 3; b <= 9; ++b) others |= by_basis[b];
  const std::uint64_t low = by_basis[1] | by_basis[2];
  const std::uint64_t target = in_band & (low | others);
  if (target == 0) return;

  // kf10: no spell active on 31 December, and no spell starting within 365 days of the latest
  // end in the year.
  std::uint64_t left = 0;
  for (std::uint64_t m = target & ~any_dec; m; m &= m - 1) {
    const int y = __builtin_ctzll(m);
    const std::int32_t lo = jan1[y], hi = jan1[y + 1] - 1;
    std::int64_t last_end = lo - 1;  // some spell ends in y: it is active in y, not on Dec 31
    for (std::size_t i = 0; i < sp.n; ++i)
      if (sp.end[i] >= lo && sp.end[i] <= hi && sp.end[i] > last_end) last_end = sp.end[i];
    bool revisited = false;
    for (std::size_t i = 0; i < sp.n && !revisited; ++i)
      revisited = sp.start[i] > last_end && sp.start[i] <= last_end + 365;
    if (!revisited) left |= std::uint64_t{1} << y;
  }

  const StepPlanes from(jan), to(dec);
  const std::uint64_t activity = by_basis[5] | by_basis[6];
  // Cells 1-7 in order: kf02 (only low-threshold help), kf03-kf06, kf07, kf10.
  static_assert(Accum::kTarget == 0 && Accum::kShares == 1 && Accum::kEnded == 7 &&
                    Accum::kStatus == 8 && LaneCounts::kQuantities == 12,
                "add_lanes writes the cells 0-11 in this order");
  const std::uint64_t masks[7] = {low & ~others, by_basis[3], by_basis[4], by_basis[7],
                                  by_basis[8], activity, left};
  add_lanes(acc, slot, target, masks, status, status_end);
  // The Indsatstrappe: steps on 1 January and 31 December (kf08, kf09, the transitions).
  // Branch-free: off the stair all year counts in none -> none, which finish() ignores.
  std::uint32_t* block = acc.cells() + slot * static_cast<std::size_t>(fr.years) * Accum::kBlock;
  for (std::uint64_t m = target; m; m &= m - 1) {
    const int y = __builtin_ctzll(m);
    block[static_cast<std::size_t>(y) * Accum::kBlock + Accum::kStair + from.at(y) * kSteps + to.at(y)] += 1;
  }

  // kf15: admissions dated in a target-group year.
  for (std::size_t i = 0; i < ad.n; ++i) {
    const std::int32_t d = ad.date[i];
    if (d < fr.j0 || d >= fr.je) continue;
    const int y = fr.index(d);
    if ((target >> y) & 1U) block[static_cast<std::size_t>(y) * Accum::kBlock + Accum::kAdmitted] += 1;
  }
}

}  // namespace rorkit::keyfig_detail
