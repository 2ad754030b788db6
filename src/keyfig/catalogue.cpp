// The key-figure catalogue: codes, scale factors, the invariants every catalogue keeps (ids
// unique and well formed, numbers unique, enums in range) and lookups.

#include "rorkit/keyfig/catalogue.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "core/text.hpp"
#include "keyfig/catalogue_detail.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace catalogue_detail {

bool valid_figure_id(std::string_view id) noexcept {
  if (id.empty() || id.size() > max_id_length) return false;
  if (id.front() < 'a' || id.front() > 'z') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

}  // namespace catalogue_detail

namespace {

using catalogue_detail::shown;

bool source_ok(FigureSource v) {
  return v == FigureSource::register_data || v == FigureSource::self_collected;
}
bool unit_ok(FigureUnit v) {
  return static_cast<std::int32_t>(v) >= 1 && static_cast<std::int32_t>(v) <= 5;
}
bool direction_ok(Direction v) {
  return static_cast<std::int32_t>(v) >= 1 && static_cast<std::int32_t>(v) <= 3;
}
bool averaging_ok(Averaging v) {
  return v == Averaging::weighted || v == Averaging::unweighted;
}

// Throws INVALID_ARGUMENT for a figure that no catalogue may hold.
void check_figure(const KeyFigure& f) {
  if (!catalogue_detail::valid_figure_id(f.id))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "key-figure id " + shown(f.id) +
             " is not valid: 1-32 characters a-z 0-9 _ -, starting with a letter");
  const std::string who = "key figure " + f.id;
  if (f.number < 1 || f.number > catalogue_detail::max_figure_number)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         who + ": number " + std::to_string(f.number) + " is outside 1-" +
             std::to_string(catalogue_detail::max_figure_number));
  if (f.name_da.empty()) fail(RORKIT_ERROR_INVALID_ARGUMENT, who + ": name_da is empty");
  if (!source_ok(f.source)) fail(RORKIT_ERROR_INVALID_ARGUMENT, who + ": unknown source");
  if (!unit_ok(f.unit)) fail(RORKIT_ERROR_INVALID_ARGUMENT, who + ": unknown unit");
  if (!direction_ok(f.direction)) fail(RORKIT_ERROR_INVALID_ARGUMENT, who + ": unknown direction");
  if (!averaging_ok(f.averaging)) fail(RORKIT_ERROR_INVALID_ARGUMENT, who + ": unknown averaging");
}

bool same(const KeyFigure& a, const KeyFigure& b) {
  return a.id == b.id && a.number == b.number && a.name_da == b.name_da &&
         a.name_en == b.name_en && a.theme == b.theme && a.source == b.source &&
         a.numerator == b.numerator && a.denominator == b.denominator && a.unit == b.unit &&
         a.direction == b.direction && a.averaging == b.averaging &&
         a.provisional == b.provisional && a.note == b.note;
}

}  // namespace

double unit_scale(FigureUnit unit) noexcept {
  switch (unit) {
    case FigureUnit::percent: return 100.0;
    case FigureUnit::per_10000: return 10000.0;
    case FigureUnit::per_100: return 100.0;
    case FigureUnit::score: return 1.0;
    case FigureUnit::count: return 1.0;
  }
  return 1.0;
}

Catalogue::Catalogue(std::vector<KeyFigure> figures) {
  for (std::size_t i = 0; i < figures.size(); ++i) {
    check_figure(figures[i]);
    for (std::size_t j = 0; j < i; ++j) {
      if (figures[j].id == figures[i].id)
        fail(RORKIT_ERROR_DUPLICATE, "key-figure id " + shown(figures[i].id) + " appears twice");
      if (figures[j].number == figures[i].number)
        fail(RORKIT_ERROR_DUPLICATE, "key figures " + figures[j].id + " and " + figures[i].id +
                                         " have the same number " +
                                         std::to_string(figures[i].number));
    }
  }
  figures_ = std::move(figures);
}

const KeyFigure* Catalogue::find(std::string_view id) const noexcept {
  for (const auto& f : figures_)
    if (f.id == id) return &f;
  return nullptr;
}

const KeyFigure& Catalogue::at(std::string_view id) const {
  if (const KeyFigure* f = find(id)) return *f;
  fail(RORKIT_ERROR_NOT_FOUND, "key figure " + shown(id) + " is not in the catalogue");
}

std::size_t Catalogue::index_of(std::string_view id) const {
  return static_cast<std::size_t>(&at(id) - figures_.data());
}

void Catalogue::put(KeyFigure figure) {
  check_figure(figure);
  std::size_t replace = figures_.size();
  for (std::size_t i = 0; i < figures_.size(); ++i) {
    if (figures_[i].id == figure.id) {
      replace = i;
    } else if (figures_[i].number == figure.number) {
      fail(RORKIT_ERROR_DUPLICATE, "key figure " + figures_[i].id + " already has number " +
                                       std::to_string(figure.number));
    }
  }
  if (replace < figures_.size())
    figures_[replace] = std::move(figure);
  else
    figures_.push_back(std::move(figure));
}

bool operator==(const Catalogue& a, const Catalogue& b) {
  return a.figures_.size() == b.figures_.size() &&
         std::equal(a.figures_.begin(), a.figures_.end(), b.figures_.begin(), same);
}

std::string_view to_code(FigureSource v) noexcept {
  switch (v) {
    case FigureSource::register_data: return "register_data";
    case FigureSource::self_collected: return "self_collected";
  }
  return "";
}

std::string_view to_code(FigureUnit v) noexcept {
  switch (v) {
    case FigureUnit::percent: return "percent";
    case FigureUnit::per_10000: return "per_10000";
    case FigureUnit::per_100: return "per_100";
    case FigureUnit::score: return "score";
    case FigureUnit::count: return "count";
  }
  return "";
}

std::string_view to_code(Direction v) noexcept {
  switch (v) {
    case Direction::higher_is_better: return "higher_is_better";
    case Direction::lower_is_better: return "lower_is_better";
    case Direction::neutral: return "neutral";
  }
  return "";
}

std::string_view to_code(Averaging v) noexcept {
  switch (v) {
    case Averaging::weighted: return "weighted";
    case Averaging::unweighted: return "unweighted";
  }
  return "";
}

}  // namespace rorkit
