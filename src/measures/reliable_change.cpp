// The Jacobson-Truax reliable change index (Jacobson & Truax 1991): SE = sd * sqrt(1 - r),
// S_diff = sqrt(2) * SE, reliable when |after - before| / S_diff >= z.

#include <cmath>
#include <string>

#include "measures/detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit {
namespace {

using measures_detail::format_number;

// Published reliabilities (Cronbach's alpha) the default SDs are derived from; see
// docs/measures.md for the sources.
double default_reliability(InstrumentId id) {
  switch (id) {
    case InstrumentId::who5: return 0.84;       // [I] representative of published 0.80-0.93
    case InstrumentId::ors: return 0.93;        // Miller et al. 2003
    case InstrumentId::srs: return 0.88;        // Duncan et al. 2003
    case InstrumentId::qpr15: return 0.93;      // Law et al. 2014 (Williams et al. 2015: 0.89)
    case InstrumentId::inspire_o: return 0.73;  // Moeller et al. 2024, Front Psychiatry
    case InstrumentId::multi_area: return 0.80; // [I] no published figure
  }
  return 0.8;
}

void require_params(const RciParams& p) {
  if (!(std::isfinite(p.sd) && p.sd > 0))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "sd is " + format_number(p.sd) + "; it must be > 0");
  if (!(p.reliability >= 0 && p.reliability < 1))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "reliability is " + format_number(p.reliability) + "; it must be in [0, 1)");
  if (!(std::isfinite(p.z) && p.z > 0))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "z is " + format_number(p.z) + "; it must be > 0");
}

double checked_score(InstrumentId id, double value, const char* what) {
  const InstrumentInfo& info = instrument(id);
  if (!(value >= info.score_min && value <= info.score_max))
    fail(RORKIT_ERROR_OUT_OF_RANGE,
         std::string(what) + " is " + format_number(value) + ", outside the " +
             std::string(measures_detail::short_name(id)) + " score range " +
             measures_detail::format_range(info.score_min, info.score_max));
  return value;
}

}  // namespace

RciParams default_rci_params(InstrumentId id) {
  const InstrumentInfo& info = instrument(id);
  RciParams p;
  p.reliability = default_reliability(id);
  p.z = 1.96;
  // [I] solve z * sqrt(2) * sd * sqrt(1 - r) = documented change for sd.
  p.sd = info.reliable_change_points / (p.z * std::sqrt(2.0) * std::sqrt(1 - p.reliability));
  return p;
}

ReliableChange reliable_change(InstrumentId id, double before, double after,
                               const std::optional<RciParams>& params) {
  checked_score(id, before, "before");
  checked_score(id, after, "after");
  const RciParams p = params ? *params : default_rci_params(id);
  require_params(p);

  ReliableChange out;
  out.difference = after - before;
  out.s_diff = std::sqrt(2.0) * p.sd * std::sqrt(1 - p.reliability);
  // Every instrument here is higher-is-better, so the sign needs no flipping.
  out.rci = out.difference / out.s_diff;
  const double threshold = p.z - measures_detail::rci_tolerance;
  if (out.rci >= threshold) {
    const bool crossed = band_of(id, before) == ScoreBand::clinical &&
                         band_of(id, after) == ScoreBand::non_clinical;
    out.classification = crossed ? ChangeClass::recovered : ChangeClass::reliably_improved;
  } else if (out.rci <= -threshold) {
    out.classification = ChangeClass::reliably_deteriorated;
  }
  return out;
}

}  // namespace rorkit
