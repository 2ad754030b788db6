// A citizen's time series on one instrument: the measurements of that instrument in date order,
// each scored and compared with the first (the baseline).

#include <algorithm>
#include <string>
#include <vector>

#include "measures/detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit {
namespace {

std::string label(const Measurement& m, std::size_t index) {
  std::string who = m.id.empty() ? "measurement at index " + std::to_string(index)
                                 : "measurement \"" + m.id + "\"";
  if (is_valid(m.date)) who += " (" + m.date.iso() + ")";
  return who;
}

Score score_one(const Measurement& m, std::size_t index, const ScoreOptions& options) {
  try {
    require_valid(m.date, "date");
    if (!m.areas.empty()) {
      if (m.instrument != InstrumentId::multi_area)
        fail(RORKIT_ERROR_INVALID_ARGUMENT, "areas are only for multi_area measurements");
      if (m.areas.size() != m.items.size())
        fail(RORKIT_ERROR_INVALID_ARGUMENT,
             std::to_string(m.areas.size()) + " area names for " +
                 std::to_string(m.items.size()) + " items");
    }
    return score(m.instrument, m.items, options);
  } catch (const Error& e) {
    // Same status, with the measurement named so the caller can find the bad record.
    throw Error(e.status(), label(m, index) + ": " + e.what());
  }
}

}  // namespace

std::vector<SeriesPoint> series(const std::vector<Measurement>& measurements, InstrumentId id,
                                const ScoreOptions& options) {
  (void)instrument(id);  // an unknown id fails even for an empty series

  struct Picked {
    const Measurement* m;
    std::size_t index;
  };
  std::vector<Picked> picked;
  for (std::size_t i = 0; i < measurements.size(); ++i)
    if (measurements[i].instrument == id) picked.push_back({&measurements[i], i});
  // Every measurement is scored (and so validated) before the order matters.
  std::vector<Score> scores;
  scores.reserve(picked.size());
  for (const auto& p : picked) scores.push_back(score_one(*p.m, p.index, options));

  std::vector<std::size_t> order(picked.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return picked[a].m->date < picked[b].m->date;
  });

  std::vector<SeriesPoint> out;
  out.reserve(order.size());
  for (std::size_t k : order) {
    SeriesPoint point;
    point.id = picked[k].m->id;
    point.date = picked[k].m->date;
    point.score = scores[k];
    const double baseline = out.empty() ? scores[k].score : out.front().score.score;
    point.since_baseline = reliable_change(id, baseline, scores[k].score);
    out.push_back(std::move(point));
  }
  return out;
}

}  // namespace rorkit
