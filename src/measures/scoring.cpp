// Scoring item responses: count check, range checks, the missing-item rule with proration, and
// each instrument's transform from the (prorated) item sum to its reporting scale.

#include <cmath>
#include <string>
#include <vector>

#include "measures/detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit {
namespace {

using measures_detail::format_number;
using measures_detail::format_range;
using measures_detail::short_name;

void require_item_count(const InstrumentInfo& info, std::size_t n) {
  const std::string name(short_name(info.id));
  if (info.item_count > 0) {
    if (n != static_cast<std::size_t>(info.item_count))
      fail(RORKIT_ERROR_INVALID_ARGUMENT, name + " has " + std::to_string(info.item_count) +
                                              " items, got " + std::to_string(n));
    return;
  }
  if (n < 1 || n > static_cast<std::size_t>(max_areas))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, name + " takes 1-" + std::to_string(max_areas) +
                                            " areas, got " + std::to_string(n));
}

// Items are numbered from 1 in messages, as on the paper form.
void require_item(const InstrumentInfo& info, std::size_t index, double value) {
  const bool in_range = value >= info.item_min && value <= info.item_max;  // false for NaN
  const bool whole = !info.integer_items || value == std::floor(value);
  if (in_range && whole) return;
  fail(RORKIT_ERROR_ITEM_OUT_OF_RANGE,
       std::string(short_name(info.id)) + " item " + std::to_string(index + 1) + " is " +
           format_number(value) + "; allowed: " + (info.integer_items ? "whole numbers " : "") +
           format_range(info.item_min, info.item_max));
}

std::string list_items(const std::vector<std::size_t>& indices) {
  std::string out;
  for (std::size_t i : indices) {
    if (!out.empty()) out += ", ";
    out += std::to_string(i + 1);
  }
  return out;
}

// From the item sum (complete or prorated) to the reporting scale.
double transform(const InstrumentInfo& info, double raw, std::size_t n) {
  switch (info.id) {
    case InstrumentId::who5: return raw * 4;  // 0-25 -> 0-100
    case InstrumentId::inspire_o:
      return raw / static_cast<double>(n) * 25;  // [I] mean (0-4) x 25 -> 0-100
    case InstrumentId::multi_area: return raw / static_cast<double>(n);  // mean of the areas
    case InstrumentId::ors:
    case InstrumentId::srs:
    case InstrumentId::qpr15: return raw;
  }
  return raw;
}

}  // namespace

Score score(InstrumentId id, const std::vector<std::optional<double>>& items,
            const ScoreOptions& options) {
  const InstrumentInfo& info = instrument(id);
  const std::string name(short_name(id));
  require_item_count(info, items.size());
  const std::int32_t max_missing = options.max_missing.value_or(info.max_missing_default);
  if (max_missing < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "max_missing is " + std::to_string(max_missing) + "; it must be 0 or more");

  // Every answered item is checked before the missing rule, so a bad value is never hidden by
  // a missing one.
  std::vector<std::size_t> missing;
  double sum = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!items[i]) {
      missing.push_back(i);
      continue;
    }
    require_item(info, i, *items[i]);
    sum += *items[i];
  }

  const std::size_t n = items.size();
  const std::size_t answered = n - missing.size();
  if (answered == 0)
    fail(RORKIT_ERROR_MISSING_ITEMS, name + ": all " + std::to_string(n) +
                                         " items are missing; at least one must be answered");
  if (missing.size() > static_cast<std::size_t>(max_missing))
    fail(RORKIT_ERROR_MISSING_ITEMS,
         name + ": " + std::to_string(missing.size()) + " of " + std::to_string(n) +
             " items missing (item" + (missing.size() == 1 ? " " : "s ") + list_items(missing) +
             "); at most " + std::to_string(max_missing) + " may be missing");

  Score out;
  out.instrument = id;
  out.answered = static_cast<std::int32_t>(answered);
  out.prorated = !missing.empty();
  // Proration: the answered items' mean stands in for each missing item. Not rounded.
  out.raw = out.prorated ? sum / static_cast<double>(answered) * static_cast<double>(n) : sum;
  out.score = transform(info, out.raw, n);
  out.band = band_of(id, out.score);
  out.interpretation = std::string(interpretation(id, out.band));
  return out;
}

}  // namespace rorkit
