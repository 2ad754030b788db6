#pragma once
// The fast sweep over one block of persons when every row is valid and every table sorted by
// person, which is how registers are delivered: first a read-only pass that only asks "is every
// row fine?" (branch-free, so it runs at memory speed), then the counting pass, which need not
// look at the persons without spells at all beyond the population count. When the first pass
// finds anything, compute_aggregates runs the careful per-row loop on the block instead, which
// reports the first bad row or sends the computation to the general path: the counts and the
// errors are the same either way.

#include <cstddef>
#include <cstdint>

#include "keyfig/microdata_kernel.hpp"

namespace rorkit::keyfig_detail {

/// Rows [begin, end) of a child table that belong to one block of persons.
struct RowRange {
  std::size_t begin = 0, end = 0;
};

/// True when the block's persons [r0, r1), spells and admissions are all valid, ids strictly
/// increasing (also across the block's first row) and the child tables sorted by person (also
/// across their first row).
inline bool block_is_clean(const Inputs& in, std::size_t r0, std::size_t r1, RowRange s,
                           RowRange a) {
  const PersonsTable& P = *in.persons;
  const std::int64_t* ids = P.id.data;
  bool ok = r0 >= r1 || ids[r0] >= 0;
  if (r0 > 0 && r0 < r1) ok = ok && ids[r0 - 1] < ids[r0];
  for (std::size_t r = r0 + 1; r < r1; ++r) ok &= ids[r - 1] < ids[r];
  for (std::size_t r = r0; r < r1; ++r) ok &= slot_of(P.municipality[r]) >= 0;
  ok = ok && status_bits_ok(in, r0, r1);

  const SpellsTable& S = *in.spells;
  const std::int64_t* sp = S.person.data;
  if (s.begin > 0 && s.begin < s.end) ok = ok && sp[s.begin - 1] <= sp[s.begin];
  for (std::size_t i = s.begin + 1; i < s.end; ++i) ok &= sp[i - 1] <= sp[i];
  for (std::size_t i = s.begin; i < s.end; ++i) ok &= spell_row_ok(S, i);

  const std::int64_t* ap = in.admissions->person.data;
  if (a.begin > 0 && a.begin < a.end) ok = ok && ap[a.begin - 1] <= ap[a.begin];
  if (a.begin < a.end) ok = ok && ap[a.begin] >= 0;
  for (std::size_t i = a.begin + 1; i < a.end; ++i) ok &= ap[i - 1] <= ap[i];
  return ok;
}

/// The counts of a block that block_is_clean accepted: the population, then one kernel call per
/// person with spells, found by walking the spells' runs of equal person ids.
inline void count_clean_block(const Inputs& in, const YearFrame& fr, std::size_t r0,
                              std::size_t r1, RowRange s, RowRange a, Accum& acc) {
  const PersonsTable& P = *in.persons;
  const std::int64_t* ids = P.id.data;
  const auto births = static_cast<std::size_t>(fr.births);
  for (std::size_t r = r0; r < r1; ++r) {
    const auto bo = static_cast<std::uint32_t>(P.birth_year[r] - fr.birth_lo);
    if (bo < static_cast<std::uint32_t>(fr.births))
      acc.births[static_cast<std::size_t>(slot_of(P.municipality[r])) * births + bo] += 1;
  }

  const SpellsTable& S = *in.spells;
  const std::int64_t* sp = S.person.data;
  const std::int64_t* ap = in.admissions->person.data;
  const std::uint8_t* status_end = P.status.data + P.status.size;
  std::size_t r = r0, ac = a.begin;
  for (std::size_t i = s.begin; i < s.end;) {
    const std::int64_t id = sp[i];
    std::size_t j = i + 1;
    while (j < s.end && sp[j] == id) ++j;
    while (r < r1 && ids[r] < id) ++r;
    if (r == r1) break;  // the remaining spells belong to persons beyond the block's last
    if (ids[r] == id) {
      const auto bo = static_cast<std::uint32_t>(P.birth_year[r] - fr.birth_lo);
      const std::uint64_t band =
          bo < static_cast<std::uint32_t>(fr.births) ? fr.age_mask[bo] : 0;
      if (band != 0) {
        while (ac < a.end && ap[ac] < id) ++ac;
        const std::size_t lo = ac;
        while (ac < a.end && ap[ac] == id) ++ac;
        person_kernel(acc, fr, static_cast<std::size_t>(slot_of(P.municipality[r])), band,
                      P.status.data + r * in.status_years + in.status_offset, status_end,
                      SpellRows{S.start.data + i, S.end.data + i, S.basis.data + i, j - i},
                      DateRows{in.admissions->date.data + lo, ac - lo});
      }
    }
    i = j;
  }
}

}  // namespace rorkit::keyfig_detail
