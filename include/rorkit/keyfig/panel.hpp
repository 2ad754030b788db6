#pragma once
// The panel: areas (the whole country, the regions, the 98 municipalities) x years x figures,
// each cell with its value, numerator, denominator and status. Stored as three contiguous
// double arrays and two byte arrays of shape (figures, years, areas), C order, so numpy can view
// them without copying. A cell without a number (missing, or suppressed once the suppression
// has cleared it) holds NaN in value, numerator and denominator, never 0.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rorkit/keyfig/catalogue.hpp"

namespace rorkit {

enum class AreaKind : std::int32_t { country = 1, region = 2, municipality = 3 };

/// An area as StatBank names it: code "000" (Hele landet), "081"-"085" ("086" = Region
/// Østdanmark, provisional) or a municipality "101".
struct Area {
  std::string code;
  AreaKind kind = AreaKind::municipality;
  std::string name;
  friend bool operator==(const Area& a, const Area& b) { return a.code == b.code; }
  friend bool operator!=(const Area& a, const Area& b) { return a.code != b.code; }
};

/// The standard areas: 000, the regions in force on 1 July of `year` (or all six when empty),
/// then the 98 municipalities, in code order.
std::vector<Area> standard_areas(std::optional<std::int32_t> year = std::nullopt);

/// An area by StatBank code ("000", "081", "101", "0101") or label ("Hele landet", "Region
/// Sjælland", "Thisted"); throws Error(RORKIT_ERROR_NOT_FOUND) with the query.
Area find_area(std::string_view code_or_label);

enum class CellStatus : std::uint8_t {
  value = 0,       ///< a computed or reported value
  true_zero = 1,   ///< a real zero (numerator 0 over a positive denominator)
  missing = 2,     ///< no value; see the reason
  suppressed = 3,  ///< withheld for privacy; see the reason
};

enum class CellReason : std::uint8_t {
  none = 0,
  not_reported = 1,           ///< no input for the cell
  zero_denominator = 2,       ///< nothing to divide by
  source_missing = 3,         ///< the source said ".." or "-" etc.
  incomplete_followup = 4,    ///< needs data after the last year (e.g. 12-month re-visitation)
  series_break = 5,           ///< (on analytics results) a break lies in between
  non_positive = 6,           ///< (on analytics results) undefined for a level <= 0 (CAGR)
  small_numerator = 10,       ///< primary suppression: numerator below the threshold
  small_denominator = 11,     ///< primary suppression: denominator below the threshold
  complementary = 12,         ///< secondary suppression: protects a primary cell
};

struct Cell {
  double value = 0;
  double numerator = 0;
  double denominator = 0;
  CellStatus status = CellStatus::missing;
  CellReason reason = CellReason::not_reported;
};

class Panel {
 public:
  Panel() = default;
  /// An empty panel: every cell missing/not_reported. Years first..last inclusive.
  Panel(std::vector<Area> areas, std::int32_t first_year, std::int32_t last_year,
        std::vector<std::string> figure_ids);

  [[nodiscard]] const std::vector<Area>& areas() const noexcept { return areas_; }
  [[nodiscard]] std::int32_t first_year() const noexcept { return first_year_; }
  [[nodiscard]] std::int32_t last_year() const noexcept { return last_year_; }
  [[nodiscard]] std::size_t year_count() const noexcept;
  [[nodiscard]] const std::vector<std::string>& figure_ids() const noexcept { return figures_; }

  /// Indices; throw Error(RORKIT_ERROR_NOT_FOUND / OUT_OF_RANGE) naming what is missing.
  /// area_index takes the code as stored, or anything find_area knows ("0101", "Thisted").
  [[nodiscard]] std::size_t area_index(std::string_view code) const;
  [[nodiscard]] std::size_t year_index(std::int32_t year) const;
  [[nodiscard]] std::size_t figure_index(std::string_view id) const;

  [[nodiscard]] Cell cell(std::string_view area, std::int32_t year, std::string_view figure) const;
  [[nodiscard]] Cell cell_at(std::size_t figure, std::size_t year, std::size_t area) const noexcept;

  /// Sets a cell from numerator and denominator: value = numerator / denominator x unit scale
  /// (or the numerator for count figures); status value, true_zero (numerator 0) or
  /// missing/zero_denominator. Negative counts throw Error(RORKIT_ERROR_INVALID_ARGUMENT).
  void set_counts(std::size_t figure, std::size_t year, std::size_t area, double numerator,
                  double denominator, FigureUnit unit);
  /// Sets a cell to a reported value without counts (e.g. from StatBank): status value, or
  /// true_zero for 0; numerator and denominator NaN (so weighted averaging cannot use it).
  /// A non-finite value throws Error(RORKIT_ERROR_INVALID_ARGUMENT); use set_missing.
  void set_value(std::size_t figure, std::size_t year, std::size_t area, double value);
  /// Clears the cell (NaN value and counts) and marks it missing (reason none: not_reported).
  void set_missing(std::size_t figure, std::size_t year, std::size_t area, CellReason reason);
  /// Changes only status and reason; the numbers stay (the suppression clears them itself).
  void set_status(std::size_t figure, std::size_t year, std::size_t area, CellStatus status,
                  CellReason reason);

  /// set_* throw Error(RORKIT_ERROR_OUT_OF_RANGE) for indices outside the shape; cell_at
  /// returns a default (missing) Cell for them.
  /// Flat storage, index = (figure * years + year) * areas + area.
  [[nodiscard]] const std::vector<double>& values() const noexcept { return value_; }
  [[nodiscard]] const std::vector<double>& numerators() const noexcept { return numerator_; }
  [[nodiscard]] const std::vector<double>& denominators() const noexcept { return denominator_; }
  [[nodiscard]] const std::vector<std::uint8_t>& statuses() const noexcept { return status_; }
  [[nodiscard]] const std::vector<std::uint8_t>& reasons() const noexcept { return reason_; }

  /// Series breaks: from `year` on, a figure is not comparable with earlier years (a changed
  /// definition or source). Trends and changes never cross one. The figure must be in the
  /// panel (else Error(RORKIT_ERROR_NOT_FOUND)); marking the same break twice keeps one.
  void mark_break(std::string_view figure, std::int32_t year);
  [[nodiscard]] const std::vector<std::pair<std::string, std::int32_t>>& breaks() const noexcept {
    return breaks_;
  }
  /// True when a break lies in (from, to] for the figure (from and to in either order).
  [[nodiscard]] bool crosses_break(std::string_view figure, std::int32_t from, std::int32_t to) const;

  friend bool operator==(const Panel& a, const Panel& b);

 private:
  [[nodiscard]] std::size_t flat(std::size_t f, std::size_t y, std::size_t a) const noexcept {
    return (f * year_count() + y) * areas_.size() + a;
  }
  std::vector<Area> areas_;
  std::int32_t first_year_ = 0, last_year_ = -1;
  std::vector<std::string> figures_;
  std::vector<double> value_, numerator_, denominator_;
  std::vector<std::uint8_t> status_, reason_;
  std::vector<std::pair<std::string, std::int32_t>> breaks_;
};

std::string_view to_code(CellStatus s) noexcept;
std::string_view to_code(CellReason r) noexcept;
std::string_view to_code(AreaKind k) noexcept;

}  // namespace rorkit
