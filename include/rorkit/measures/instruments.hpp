#pragma once
// Outcome measures (DOMAIN.md §7): WHO-5, ORS, SRS, QPR-15, Brief INSPIRE-O and a generic
// multi-area 1-10 scale. Scoring with range checks and missing-item rules, cut-offs, the
// Jacobson-Truax reliable change index and a per-citizen time series.
// Recovery Star wording is deliberately absent: its licence forbids shipping it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/core/date.hpp"

namespace rorkit {

enum class InstrumentId : std::int32_t {
  who5 = 1,        ///< WHO-5 Well-Being Index: 5 items 0-5, raw 0-25, score = raw x 4 (0-100)
  ors = 2,         ///< Outcome Rating Scale: 4 items 0-10 (one decimal), score 0-40
  srs = 3,         ///< Session Rating Scale: 4 items 0-10, score 0-40
  qpr15 = 4,       ///< Questionnaire about the Process of Recovery: 15 items 0-4, score 0-60
  inspire_o = 5,   ///< Brief INSPIRE-O: 5 items 0-4, score = mean x 25 (0-100)
  multi_area = 6,  ///< generic multi-area scale: N areas each 1-10, score = mean (1-10)
};

/// Static facts about an instrument. Strings are static.
struct InstrumentInfo {
  InstrumentId id = InstrumentId::who5;
  std::string_view code;  ///< "who5", "ors", "srs", "qpr15", "inspire_o", "multi_area"
  std::string_view name;  ///< "WHO-5 Well-Being Index"
  std::int32_t item_count = 0;  ///< 0 for multi_area (the caller's areas decide)
  double item_min = 0;
  double item_max = 0;
  bool integer_items = true;     ///< false for ORS/SRS (visual analogue, one decimal)
  double score_min = 0;
  double score_max = 0;
  std::optional<double> cutoff;  ///< the documented clinical/screening cut-off on the score
  /// Where the cut-off itself falls. Every instrument here is higher-is-better, so the clinical
  /// (concern) range is always the low end: true = score <= cutoff is clinical (WHO-5, ORS);
  /// false = only score < cutoff is clinical, the cut-off itself is not (SRS, Brief INSPIRE-O).
  bool at_or_below_cutoff_is_clinical = true;
  std::int32_t max_missing_default = 0;  ///< items that may be missing before the score is refused
  double reliable_change_points = 0;    ///< the documented reliable/clinically relevant change
  std::string_view source;               ///< where the facts come from (DOMAIN.md §7)
};

/// All instruments, ordered by id.
const std::vector<InstrumentInfo>& instruments();
/// One instrument; throws Error(RORKIT_ERROR_NOT_FOUND) for an unknown id or code.
const InstrumentInfo& instrument(InstrumentId id);
/// By code, ignoring case, '-', '_' and spaces: "who5", "WHO-5", "inspire-o", "multi_area".
const InstrumentInfo& instrument(std::string_view code);

/// How to treat missing items.
struct ScoreOptions {
  /// Missing items allowed; empty = the instrument's default (0 for WHO-5, ORS, SRS). When some
  /// are missing and allowed, the score is prorated from the mean of the answered items.
  std::optional<std::int32_t> max_missing;
};

/// Which side of the cut-off a score is on.
enum class ScoreBand : std::int32_t { none = 0, clinical = 1, non_clinical = 2 };

/// The band of a score (none when the instrument has no cut-off). Throws
/// Error(RORKIT_ERROR_OUT_OF_RANGE) for a score outside the instrument's score range.
ScoreBand band_of(InstrumentId id, double score);

/// The static English interpretation of a band, the text Score::interpretation holds; "" for a
/// band the instrument cannot have.
std::string_view interpretation(InstrumentId id, ScoreBand band) noexcept;

struct Score {
  InstrumentId instrument = InstrumentId::who5;
  double raw = 0;    ///< sum of items (prorated when items were missing)
  double score = 0;  ///< on the instrument's reporting scale (WHO-5 0-100, INSPIRE-O 0-100 ...)
  std::int32_t answered = 0;
  bool prorated = false;
  ScoreBand band = ScoreBand::none;
  std::string interpretation;  ///< interpretation(instrument, band), e.g. "poor well-being ..."
};

/// Scores item responses (nullopt = missing). Throws Error(RORKIT_ERROR_ITEM_OUT_OF_RANGE)
/// naming the item and its allowed range, Error(RORKIT_ERROR_MISSING_ITEMS) when too many are
/// missing (or all of them), Error(RORKIT_ERROR_INVALID_ARGUMENT) for the wrong number of items
/// (multi_area: 1 to max_areas) or a negative max_missing.
Score score(InstrumentId id, const std::vector<std::optional<double>>& items,
            const ScoreOptions& options = {});

/// The most areas a multi_area measurement may have ([I]: a sanity bound, not a published one).
inline constexpr std::int32_t max_areas = 100;

/// Jacobson-Truax parameters: SE = sd * sqrt(1 - reliability), S_diff = sqrt(2) * SE, and a
/// change is reliable when |after - before| / S_diff >= z (1.96).
struct RciParams {
  double sd = 0;
  double reliability = 0;
  double z = 1.96;
};

/// The default parameters of an instrument, chosen so that z * S_diff equals its documented
/// reliable change (DOMAIN.md §7; [I]: the reliability is a published alpha, the SD derived).
RciParams default_rci_params(InstrumentId id);

enum class ChangeClass : std::int32_t {
  no_reliable_change = 0,
  reliably_improved = 1,
  reliably_deteriorated = 2,
  recovered = 3,  ///< reliably improved and moved from the clinical to the non-clinical range
};

struct ReliableChange {
  double difference = 0;  ///< after - before, on the score scale
  double rci = 0;         ///< difference / S_diff, signed so that positive = better
  double s_diff = 0;
  ChangeClass classification = ChangeClass::no_reliable_change;
};

/// Classifies a change between two scores of the same instrument. Throws
/// Error(RORKIT_ERROR_OUT_OF_RANGE) for a score outside the instrument's range and
/// Error(RORKIT_ERROR_INVALID_ARGUMENT) for params with sd <= 0, reliability outside [0, 1) or
/// z <= 0. A change counts as reliable when |rci| >= z - 1e-9, so that a change of exactly the
/// documented points is reliable despite rounding.
ReliableChange reliable_change(InstrumentId id, double before, double after,
                               const std::optional<RciParams>& params = std::nullopt);

/// One administered measure. `items` hold the responses in the instrument's order.
struct Measurement {
  std::string id;
  InstrumentId instrument = InstrumentId::who5;
  Date date;
  std::vector<std::optional<double>> items;
  std::string recorded_by;
  /// multi_area only: the area names (same length as items).
  std::vector<std::string> areas;

  friend bool operator==(const Measurement& a, const Measurement& b) noexcept {
    return a.id == b.id && a.instrument == b.instrument && a.date == b.date &&
           a.items == b.items && a.recorded_by == b.recorded_by && a.areas == b.areas;
  }
  friend bool operator!=(const Measurement& a, const Measurement& b) noexcept { return !(a == b); }
};

/// A point of a citizen's time series: the score and the change since the first measurement.
struct SeriesPoint {
  std::string id;  ///< the measurement's id, so points on the same date can be told apart
  Date date;
  Score score;
  ReliableChange since_baseline;
};

/// The scored measurements of one instrument in date order (ties keep input order). Throws like
/// score() for a measurement that cannot be scored, naming its id.
std::vector<SeriesPoint> series(const std::vector<Measurement>& measurements, InstrumentId id,
                                const ScoreOptions& options = {});

std::string_view to_string(InstrumentId id) noexcept;
std::string_view to_string(ChangeClass c) noexcept;
std::string_view to_string(ScoreBand b) noexcept;

}  // namespace rorkit
