#pragma once
// Reading Danmarks Statistik StatBank CSV (DOMAIN.md §2): ';'-separated, optional UTF-8 BOM,
// CRLF or LF, a header of variable codes ending in INDHOLD, areas as codes ("000", "081", "101")
// or labels ("Hele landet", "Thisted"), comma or dot decimals, missing tokens ("..", ".", "-",
// "x", empty), time codes YYYY, YYYYKq (or YYYYQq) and YYYYMmm.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/keyfig/panel.hpp"

namespace rorkit {

enum class TimeKind : std::int32_t { year = 1, quarter = 2, month = 3 };

struct StatbankTime {
  std::int32_t year = 0;
  TimeKind kind = TimeKind::year;
  std::int32_t part = 0;  ///< quarter 1-4 or month 1-12; 0 for years
  friend bool operator==(const StatbankTime& a, const StatbankTime& b) {
    return a.year == b.year && a.kind == b.kind && a.part == b.part;
  }
};

/// Parses "2023", "2025K1", "2025Q1", "2021M01"; throws Error(RORKIT_ERROR_PARSE).
StatbankTime parse_statbank_time(std::string_view text);

/// One data row: the area, the time, the other variables' values (in header order, without the
/// area and time columns) and the content; `missing` when the source gave a missing token, and
/// then `value` is NaN (never a usable 0).
struct StatbankRow {
  Area area;
  StatbankTime time;
  std::vector<std::string> other;
  double value = 0;
  bool missing = false;
  std::int64_t line = 0;
};

struct StatbankTable {
  std::vector<std::string> header;   ///< as in the file, e.g. OMRÅDE, KØN, TID, INDHOLD (last)
  std::size_t area_column = 0;
  std::size_t time_column = 0;
  std::vector<StatbankRow> rows;
};

struct StatbankOptions {
  /// The decimal separator; empty = detect (a comma decimal "42955,60" vs a dot).
  std::optional<char> decimal;
  /// Name used in error messages (the file name).
  std::string source = "CSV";
  /// The area column's name; empty = OMRÅDE, or the first column whose values are areas.
  std::string area_column;
};

/// Reads a StatBank CSV text. Errors name the source, line and column: PARSE for malformed rows
/// and numbers, NOT_FOUND for unknown area codes or labels, SCHEMA for a header without INDHOLD
/// or without an area or time column, DUPLICATE for a second row of the same cell.
StatbankTable read_statbank_csv(std::string_view text, const StatbankOptions& options = {});

/// Puts one table's yearly values into a panel as figure `figure_id` (quarters and months are
/// refused: RORKIT_ERROR_INVALID_ARGUMENT); rows must have no other variables, or `select`
/// gives the value each other variable must have (e.g. {"KØN=TOT"}). The panel has the selected
/// rows' areas in standard order and their years from first to last; missing rows are
/// missing/source_missing.
Panel statbank_to_panel(const StatbankTable& table, std::string_view figure_id,
                        const std::vector<std::string>& select = {});

}  // namespace rorkit
