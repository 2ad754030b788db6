// Reference tables of the synthetic-data generator. [I] These are approximations, not official
// figures: residents per municipality on 1 January 2024 rounded to the nearest thousand (to the
// hundred below 10,000), compiled from general knowledge of Danmarks Statistik's FOLK1A and not
// checked cell by cell against it; and a coarse Danish age pyramid. They only weight synthetic
// data (docs/key-figures.md, "Synthetic data"); nothing official is derived from them.

#include "keyfig/synthetic_detail.hpp"

namespace rorkit::synthetic_detail {

const std::vector<PopulationRow>& population_2024() {
  static const std::vector<PopulationRow> rows = {
      {101, 660000}, {147, 104000}, {151, 52000},  {153, 38000},  {155, 14500},  {157, 75000},
      {159, 70000},  {161, 24000},  {163, 30000},  {165, 28000},  {167, 54000},  {169, 58000},
      {173, 57000},  {175, 41000},  {183, 24000},  {185, 44000},  {187, 17000},  {190, 42000},
      {201, 26000},  {210, 41000},  {217, 64000},  {219, 53000},  {223, 25000},  {230, 57000},
      {240, 44000},  {250, 46000},  {253, 51000},  {259, 62000},  {260, 32000},  {265, 91000},
      {269, 24000},  {270, 42000},  {306, 33000},  {316, 73000},  {320, 38000},  {326, 49000},
      {329, 36000},  {330, 80000},  {336, 24000},  {340, 31000},  {350, 29000},  {360, 40000},
      {370, 84000},  {376, 60000},  {390, 46000},  {400, 39000},  {410, 40000},  {420, 41000},
      {430, 52000},  {440, 24000},  {450, 33000},  {461, 208000}, {479, 59000},  {480, 30000},
      {482, 12000},  {492, 5900},   {510, 55000},  {530, 27000},  {540, 74000},  {550, 37000},
      {561, 115000}, {563, 3500},   {573, 50000},  {575, 43000},  {580, 58000},  {607, 52000},
      {615, 98000},  {621, 95000},  {630, 121000}, {657, 90000},  {661, 59000},  {665, 19000},
      {671, 21000},  {706, 43000},  {707, 37000},  {710, 50000},  {727, 24000},  {730, 100000},
      {740, 99000},  {741, 3700},   {746, 64000},  {751, 367000}, {756, 42000},  {760, 56000},
      {766, 48000},  {773, 20000},  {779, 46000},  {787, 43000},  {791, 98000},  {810, 36000},
      {813, 59000},  {820, 36000},  {825, 1800},   {840, 30000},  {846, 42000},  {849, 38000},
      {851, 223000}, {860, 64000},
  };
  return rows;
}

// Relative weights of the five-year age groups 0-4 ... 95-99 (about per mille) [I].
const std::array<std::int32_t, 20>& age_group_weights() {
  static const std::array<std::int32_t, 20> groups = {53, 55, 58, 59, 66, 69, 65, 59, 59, 66,
                                                      71, 69, 60, 56, 54, 44, 29, 15, 6, 7};
  return groups;
}

}  // namespace rorkit::synthetic_detail
