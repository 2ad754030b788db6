#pragma once
// Finding a second row for the same cell (area, time and the other variables' values) without
// an allocation per row: an open-addressing table of row numbers.

#include <cstdint>
#include <string>
#include <vector>

#include "rorkit/keyfig/statbank.hpp"

namespace rorkit::statbank_detail {

class CellIndex {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// Adds rows[index]; returns the index of an earlier row with the same cell, or npos.
  std::size_t insert(const std::vector<StatbankRow>& rows, std::size_t index);

 private:
  void grow();

  std::vector<std::size_t> slots_;   ///< row index + 1; 0 = empty
  std::vector<std::uint64_t> hashes_;  ///< per inserted row, by row index
  std::size_t count_ = 0;
};

/// "OMRÅDE 101, KØN 1, TID 2023": a cell in the table's own column names, for messages.
std::string describe_cell(const StatbankTable& table, const StatbankRow& row);

/// "2023", "2025K1", "2021M01".
std::string format_time(const StatbankTime& t);

}  // namespace rorkit::statbank_detail
