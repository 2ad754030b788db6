#pragma once
// The slow path of the microdata engine, for tables that are not sorted by person: an index from
// person id to persons row, and child rows bucketed by persons row with a counting sort.

#include <cstdint>
#include <vector>

#include "keyfig/microdata_kernel.hpp"

namespace rorkit::keyfig_detail {

/// Person id -> persons row. Identity when the ids are 0..n-1 in order, a direct table when
/// the id range is at most about four times the row count, otherwise open addressing.
class IdIndex {
 public:
  /// Builds the index; negative and duplicate ids go to `error` (rows in order, sequentially,
  /// so the duplicate reported is the same for any thread count).
  IdIndex(const std::int64_t* ids, std::size_t n, RowError& error);

  [[nodiscard]] std::int32_t find(std::int64_t id) const noexcept {
    if (id < 0) return -1;
    switch (kind_) {
      case Kind::identity: return id < static_cast<std::int64_t>(n_) ? static_cast<std::int32_t>(id) : -1;
      case Kind::direct: {
        const std::uint64_t k = static_cast<std::uint64_t>(id - min_);
        return id >= min_ && k < table_.size() ? table_[k] : -1;
      }
      case Kind::hash: {
        for (std::size_t h = hash(id);; h = (h + 1) & mask_) {
          if (keys_[h] == id) return table_[h];
          if (keys_[h] < 0) return -1;
        }
      }
    }
    return -1;
  }

  /// Bytes held (for the memory accounting in docs/performance.md).
  [[nodiscard]] std::size_t bytes() const noexcept {
    return table_.size() * sizeof(std::int32_t) + keys_.size() * sizeof(std::int64_t);
  }

 private:
  enum class Kind { identity, direct, hash };
  [[nodiscard]] std::size_t hash(std::int64_t id) const noexcept {
    return static_cast<std::size_t>((static_cast<std::uint64_t>(id) * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  Kind kind_ = Kind::identity;
  std::size_t n_ = 0;
  std::int64_t min_ = 0;
  std::vector<std::int32_t> table_;  // direct: id - min -> row; hash: slot -> row
  std::vector<std::int64_t> keys_;   // hash: slot -> id (-1 = empty)
  std::size_t mask_ = 0;
  int shift_ = 64;
};

/// Child rows grouped by persons row: the rows of person r are [begin(r), end(r)) of the
/// payload arrays.
struct Buckets {
  std::vector<std::uint32_t> ends;  // ends[r] = end of person r's rows
  std::vector<std::int32_t> start, end, date;
  std::vector<std::int8_t> basis;
  [[nodiscard]] std::size_t begin_of(std::size_t r) const noexcept { return r ? ends[r - 1] : 0; }
  [[nodiscard]] std::size_t end_of(std::size_t r) const noexcept { return ends[r]; }
};

/// Validates every spells row and buckets the valid ones whose person is indexed.
Buckets bucket_spells(const Inputs& in, const IdIndex& index, unsigned threads,
                      std::vector<Accum>& accs);
/// The same for admissions.
Buckets bucket_admissions(const Inputs& in, const IdIndex& index, unsigned threads,
                          std::vector<Accum>& accs);
/// Validates every survey row and counts those whose person is indexed.
void count_surveys_indexed(const Inputs& in, const YearFrame& fr, const IdIndex& index,
                           unsigned threads, std::vector<Accum>& accs);

/// True when v[0..n) never decreases (checked in parallel).
bool nondecreasing(const std::int64_t* v, std::size_t n, unsigned threads);

}  // namespace rorkit::keyfig_detail
