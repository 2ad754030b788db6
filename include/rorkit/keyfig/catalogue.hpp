#pragma once
// The key-figure catalogue: what each of the 20 figures of "Socialpsykiatriens Nøgletal" means
// and how it is computed and compared. The official catalogue is not public, so rorkit ships its
// reconstruction (DOMAIN.md §1, marked provisional) as a data file users can edit or replace:
// data/keyfig/catalogue.json, also compiled in as the default.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rorkit {

enum class FigureSource : std::int32_t {
  register_data = 1,  ///< computed from registers (Danmarks Statistik)
  self_collected = 2, ///< collected by the municipality (surveys of citizens)
};

enum class FigureUnit : std::int32_t {
  percent = 1,      ///< numerator / denominator x 100
  per_10000 = 2,    ///< x 10,000
  per_100 = 3,      ///< x 100, a rate per 100 persons (not a share)
  score = 4,        ///< numerator / denominator: a mean score (sum of scores / respondents)
  count = 5,        ///< the numerator itself
};

enum class Direction : std::int32_t { higher_is_better = 1, lower_is_better = 2, neutral = 3 };

/// How figures of several areas combine into one (a region, the country, a comparison group).
enum class Averaging : std::int32_t {
  weighted = 1,    ///< sum of numerators / sum of denominators
  unweighted = 2,  ///< the plain mean of the areas' values
};

struct KeyFigure {
  std::string id;        ///< "kf01" ... "kf20"
  std::int32_t number = 0;
  std::string name_da;
  std::string name_en;
  std::string theme;     ///< "Tidligere indsats", "Uddannelse og beskæftigelse", ...
  FigureSource source = FigureSource::register_data;
  std::string numerator;    ///< definition in words
  std::string denominator;  ///< definition in words
  FigureUnit unit = FigureUnit::percent;
  Direction direction = Direction::neutral;
  Averaging averaging = Averaging::weighted;
  bool provisional = true;  ///< our reconstruction, not the official definition
  std::string note;
};

/// Scale factor of a unit: 100, 10,000, 100, 1 or 1.
double unit_scale(FigureUnit unit) noexcept;

class Catalogue {
 public:
  Catalogue() = default;
  /// Checks every figure: Error(RORKIT_ERROR_INVALID_ARGUMENT) for an id that is not 1-32
  /// characters a-z 0-9 _ - starting with a letter, a number outside 1-9999, an empty name_da
  /// or an enum value out of range; Error(RORKIT_ERROR_DUPLICATE) for a repeated id or number.
  explicit Catalogue(std::vector<KeyFigure> figures);

  /// The catalogue shipped with rorkit (the reconstruction of DOMAIN.md §1).
  static const Catalogue& builtin();
  /// Reads the JSON form (data/keyfig/catalogue.json, docs/schemas/keyfig-catalogue.schema.json).
  /// Errors: PARSE (line, column), SCHEMA (JSON pointer), DUPLICATE (id or number, with the
  /// path), UNSUPPORTED_VERSION (a newer format_version).
  static Catalogue from_json(std::string_view json);
  [[nodiscard]] std::string to_json(bool pretty = true) const;

  [[nodiscard]] const std::vector<KeyFigure>& figures() const noexcept { return figures_; }
  [[nodiscard]] std::size_t size() const noexcept { return figures_.size(); }
  /// nullptr when absent.
  [[nodiscard]] const KeyFigure* find(std::string_view id) const noexcept;
  /// Throws Error(RORKIT_ERROR_NOT_FOUND) naming the id.
  [[nodiscard]] const KeyFigure& at(std::string_view id) const;
  /// Index of a figure in figures(); throws NOT_FOUND.
  [[nodiscard]] std::size_t index_of(std::string_view id) const;

  /// Adds or replaces a figure (by id; a replaced figure keeps its place). Checks as the
  /// constructor does; a number another figure has is DUPLICATE.
  void put(KeyFigure figure);

  friend bool operator==(const Catalogue& a, const Catalogue& b);

 private:
  std::vector<KeyFigure> figures_;
};

std::string_view to_code(FigureSource v) noexcept;
std::string_view to_code(FigureUnit v) noexcept;
std::string_view to_code(Direction v) noexcept;
std::string_view to_code(Averaging v) noexcept;

}  // namespace rorkit
