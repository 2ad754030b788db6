// The synthetic national microdata: persons in the real municipalities weighted by their
// (approximate) 2024 populations, an age pyramid, yearly status with persistence, service spells
// for about 0.8 % of the 18-64-year-olds following DOMAIN.md's legal-basis mix and moving along
// the Indsatstrappe, admissions and survey responses. Every choice is [I] and documented in
// docs/key-figures.md, "Synthetic data".

#include <algorithm>
#include <limits>
#include <string>

#include "keyfig/microdata_detail.hpp"
#include "keyfig/synthetic_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace rorkit {

namespace {

using keyfig_detail::days_from_civil;
using synthetic_detail::Rng;

constexpr std::int32_t kOpen = std::numeric_limits<std::int32_t>::max();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::int64_t kFirstId = 1'000'000;
// The share of persons with an adult year in ten years of data who hold spells: calibrated so
// that about 0.8 % of the 18-64-year-olds are in the target group each year (DOMAIN.md §1: 8.8 %
// of adults with a psychiatric diagnosis receive an SEL intervention). Chains start up to six
// years before the data, so the share scales with (years + 6) / 16.
constexpr double kHolderShare = 0.022;

// Legal-basis mix, basis 1-9 (tenths of a percentage point): the PwC baselines of DOMAIN.md §1
// (§85 own home 5.6, §104 1.5, §107 1.5, §103 0.7, §108/ABL §105 1.1 split 0.6/0.5) plus our
// guesses for §82a/§82b (1.5 each) and other (0.5).
constexpr std::array<std::int64_t, 10> kBasisWeight = {0, 15, 15, 56, 5, 7, 15, 15, 6, 5};
// Durations in days by basis: time-limited support is short, long-term housing long.
constexpr std::array<std::int32_t, 10> kMinDays = {0, 60, 60, 180, 365, 365, 180, 90, 730, 30};
constexpr std::array<std::int32_t, 10> kMaxDays = {0, 730, 365, 1460, 2920, 2190, 1825, 730, 3650, 730};
// The bases on each step 1-6 of the stair (stair_step's inverse).
constexpr std::array<std::array<std::int8_t, 2>, 7> kBasesOfStep = {
    {{0, 0}, {1, 2}, {5, 6}, {3, 3}, {7, 7}, {4, 4}, {8, 8}}};

struct Cumulative {
  std::vector<std::int64_t> sums;
  template <class Weights>
  explicit Cumulative(const Weights& w) {
    std::int64_t s = 0;
    for (auto x : w) sums.push_back(s += static_cast<std::int64_t>(x));
  }
  std::size_t pick(Rng& rng) const {
    const std::int64_t v = rng.below(sums.back());
    return static_cast<std::size_t>(std::upper_bound(sums.begin(), sums.end(), v) - sums.begin());
  }
};

class Generator {
 public:
  Generator(const SyntheticOptions& o, SyntheticData& d)
      : o_(o), d_(d), rng_(o.seed), basis_(kBasisWeight), age_(synthetic_detail::age_group_weights()),
        satisfaction_(std::array<int, 5>{5, 10, 20, 40, 25}),
        involvement_(std::array<int, 5>{8, 12, 25, 35, 20}),
        admissions_(std::array<int, 4>{70, 20, 7, 3}),
        residents_(residents()) {
    for (std::int32_t y = 0; y <= o.years; ++y) jan1_.push_back(days_from_civil(o.first_year + y, 1, 1));
    j0_ = jan1_.front();
    je_ = jan1_.back();
    // Municipalities differ in how many citizens get support: a factor 0.7-1.3 each.
    Rng factors(o.seed ^ 0x6d756e6963697061ULL);
    for (std::size_t s = 0; s < residents_.sums.size(); ++s) factor_.push_back(0.7 + 0.6 * factors.uniform());
    stress_ = o.spell_person_share > 0;
    holder_share_ = kHolderShare * (o.years + 6) / 16.0;
    survey_p_ = stress_ ? 0.3 * std::min(1.0, kHolderShare / o.spell_person_share) : 0.3;
  }

  void run() {
    const auto n = static_cast<std::size_t>(o_.persons);
    d_.first_year = o_.first_year;
    d_.years = o_.years;
    d_.person_id.reserve(n);
    d_.person_municipality.reserve(n);
    d_.birth_year.reserve(n);
    d_.status.reserve(n * static_cast<std::size_t>(o_.years));
    const double expected_holders =
        static_cast<double>(n) * (stress_ ? o_.spell_person_share : kHolderShare * 0.7);
    const double per_holder = stress_ && o_.spells_per_person > 0 ? o_.spells_per_person : 2.5;
    d_.spell_person.reserve(static_cast<std::size_t>(expected_holders * per_holder * 1.05) + 16);
    std::int64_t id = kFirstId;
    for (std::size_t i = 0; i < n; ++i) {
      id += 1 + rng_.below(3);  // sorted pseudonymous ids with gaps
      person(id);
    }
  }

 private:
  static Cumulative residents() {
    std::vector<std::int64_t> w;
    const auto& rows = synthetic_detail::population_2024();
    for (std::size_t s = 0; s < rows.size(); ++s) {
      if (s >= keyfig_detail::slot_codes().size() || rows[s].code != keyfig_detail::slot_codes()[s])
        fail(RORKIT_ERROR_INTERNAL, "the synthetic population table is not in municipality order");
      w.push_back(rows[s].residents);
    }
    return Cumulative(w);
  }

  void person(std::int64_t id) {
    const std::size_t slot = residents_.pick(rng_);
    const std::int16_t code = keyfig_detail::slot_codes()[slot];
    const auto age = static_cast<std::int32_t>(5 * age_.pick(rng_) + static_cast<std::size_t>(rng_.below(5)));
    const std::int32_t birth = o_.first_year - age;
    d_.person_id.push_back(id);
    d_.person_municipality.push_back(code);
    d_.birth_year.push_back(static_cast<std::int16_t>(birth));
    const bool adult_in_window = age + o_.years - 1 >= 18 && age <= 64;
    const bool holder = stress_ ? rng_.chance(o_.spell_person_share)
                                : adult_in_window && rng_.chance(holder_share_ * factor_[slot]);
    std::uint8_t st = 0;
    for (std::int32_t y = 0; y < o_.years; ++y) {
      const std::int32_t a = age + y;
      if (y == 0 || !rng_.chance(0.85)) st = draw_status(a, holder);
      if (a < 16 || a >= 67) st = 0;
      d_.status.push_back(st);
    }
    std::uint64_t active = 0;
    if (holder) active = spells(id, code);
    admissions(id, holder, age);
    if (holder && o_.surveys) surveys(id, code, age, active);
  }

  std::uint8_t draw_status(std::int32_t age, bool holder) {
    if (age < 16 || age >= 67) return 0;
    if (age < 18) return static_cast<std::uint8_t>((rng_.chance(0.85) ? status_education : 0) |
                                                   (rng_.chance(0.3) ? status_employed : 0));
    const bool young = age < 30;
    std::uint8_t st = 0;
    if (rng_.chance(holder ? 0.15 : 0.72)) st |= status_employed;
    if (rng_.chance(holder ? (young ? 0.15 : 0.04) : (young ? 0.40 : 0.03))) st |= status_education;
    if (rng_.chance(holder ? (young ? 0.15 : 0.45) : (age < 40 ? 0.01 : 0.06))) st |= status_fortidspension;
    if (rng_.chance(holder ? 0.30 : 0.07)) st |= status_other_transfer;
    // Førtidspension replaces work (bar flexjob) and other transfers.
    if (st & status_fortidspension) st = static_cast<std::uint8_t>(st & ~(status_employed | status_other_transfer));
    return st;
  }

  std::int8_t move(std::int8_t basis) {
    if (rng_.chance(0.45)) return static_cast<std::int8_t>(basis_.pick(rng_));
    const int step = keyfig_detail::kStepOfBasis[static_cast<std::size_t>(basis)];
    int next = step == 0 ? 1 + static_cast<int>(rng_.below(6)) : step + (rng_.chance(0.6) ? -1 : 1);
    next = std::clamp(next, 1, 6);
    return kBasesOfStep[static_cast<std::size_t>(next)][static_cast<std::size_t>(rng_.below(2))];
  }

  // A chain of spells, some in parallel, some after a gap (short gaps are re-visitations),
  // moving along the stair. Returns the years (bits) with an active spell.
  std::uint64_t spells(std::int64_t id, std::int16_t code) {
    if (stress_ && o_.spells_per_person > 0) return stress_spells(id, code);
    const std::int64_t k = 1 + rng_.below(4);
    std::int64_t t = rng_.between(j0_ - 6 * 365, je_ - 30);  // spread so every year looks alike
    auto basis = static_cast<std::int8_t>(basis_.pick(rng_));
    std::uint64_t active = 0;
    for (std::int64_t j = 0; j < k && t < je_; ++j) {
      active |= add_spell(id, code, basis, t);
      const std::int64_t dur = last_end_ - t;
      const std::int64_t e = last_end_;
      if (rng_.chance(0.25))
        t += rng_.below(std::max<std::int64_t>(1, dur));  // a parallel intervention
      else
        t = e + 1 + (rng_.chance(0.55) ? rng_.between(0, 300) : rng_.between(366, 1500));
      basis = move(basis);
    }
    return active;
  }

  // One spell from day t with a duration drawn for its basis; returns its active years. Spells
  // still running when the data end (1 January after the last year) are open.
  std::uint64_t add_spell(std::int64_t id, std::int16_t code, std::int8_t basis, std::int64_t t) {
    const std::int64_t e = t + rng_.between(kMinDays[static_cast<std::size_t>(basis)],
                                            kMaxDays[static_cast<std::size_t>(basis)]);
    last_end_ = e;
    const std::int16_t acting =
        rng_.chance(0.95) ? code : keyfig_detail::slot_codes()[static_cast<std::size_t>(rng_.below(98))];
    d_.spell_person.push_back(id);
    d_.spell_municipality.push_back(acting);
    d_.spell_basis.push_back(basis);
    d_.spell_start.push_back(static_cast<std::int32_t>(t));
    d_.spell_end.push_back(e >= je_ ? kOpen : static_cast<std::int32_t>(e));
    if (e < j0_) return 0;
    auto year = [&](std::int64_t day) {
      return static_cast<int>(std::upper_bound(jan1_.begin(), jan1_.end(), day) - jan1_.begin()) - 1;
    };
    return keyfig_detail::bit_range(year(std::max<std::int64_t>(t, j0_)), year(std::min<std::int64_t>(e, je_ - 1)));
  }

  // Benchmark load: exactly k spells (mean spells_per_person) starting in the two years before
  // the data and during it, in start order, with the same durations and stair moves.
  std::uint64_t stress_spells(std::int64_t id, std::int16_t code) {
    const auto k = static_cast<std::size_t>(
        1 + rng_.below(std::max<std::int64_t>(1, static_cast<std::int64_t>(2 * o_.spells_per_person - 1 + 0.5))));
    starts_.resize(k);
    for (auto& t : starts_) t = rng_.between(j0_ - 2 * 365, je_ - 1);
    std::sort(starts_.begin(), starts_.end());
    auto basis = static_cast<std::int8_t>(basis_.pick(rng_));
    std::uint64_t active = 0;
    for (std::int64_t t : starts_) {
      active |= add_spell(id, code, basis, t);
      basis = move(basis);
    }
    return active;
  }

  void admissions(std::int64_t id, bool holder, std::int32_t age) {
    const bool admitted_ever = holder || rng_.chance(0.015);
    if (!admitted_ever) return;
    for (std::int32_t y = 0; y < o_.years; ++y) {
      const std::int32_t a = age + y;
      std::size_t n = 0;
      if (holder)
        n = admissions_.pick(rng_);
      else if (a >= 18 && a <= 64 && rng_.chance(0.2))
        n = 1;
      std::array<std::int32_t, 4> dates{};
      const std::int32_t days = jan1_[static_cast<std::size_t>(y) + 1] - jan1_[static_cast<std::size_t>(y)];
      for (std::size_t i = 0; i < n; ++i)
        dates[i] = jan1_[static_cast<std::size_t>(y)] + static_cast<std::int32_t>(rng_.below(days));
      std::sort(dates.begin(), dates.begin() + static_cast<std::ptrdiff_t>(n));
      for (std::size_t i = 0; i < n; ++i) {
        d_.admission_person.push_back(id);
        d_.admission_date.push_back(dates[i]);
      }
    }
  }

  double scale_answer(const Cumulative& c, double missing) {
    if (rng_.chance(missing)) return kNaN;
    return static_cast<double>(1 + c.pick(rng_));
  }

  void surveys(std::int64_t id, std::int16_t code, std::int32_t age, std::uint64_t active) {
    const std::int64_t wellbeing = rng_.between(1, 4);  // the person's usual item level
    for (std::int32_t y = 0; y < o_.years; ++y) {
      const std::int32_t a = age + y;
      if (!((active >> y) & 1U) || a < 18 || a > 64 || !rng_.chance(survey_p_)) continue;
      d_.survey_person.push_back(id);
      d_.survey_municipality.push_back(code);
      d_.survey_year.push_back(static_cast<std::int16_t>(o_.first_year + y));
      for (int k = 0; k < 5; ++k)
        d_.survey_who5.push_back(rng_.chance(0.02)
                                     ? kNaN
                                     : static_cast<double>(std::clamp<std::int64_t>(
                                           wellbeing + rng_.between(-1, 1), 0, 5)));
      const std::int64_t tenths = std::clamp<std::int64_t>(120 * wellbeing + 250 + rng_.between(-200, 200), 0, 1000);
      d_.survey_recovery.push_back(rng_.chance(0.05) ? kNaN : static_cast<double>(tenths) / 10.0);
      d_.survey_satisfaction.push_back(scale_answer(satisfaction_, 0.04));
      d_.survey_involvement.push_back(scale_answer(involvement_, 0.05));
      d_.survey_participation.push_back(rng_.chance(0.06) ? kNaN : (rng_.chance(0.35) ? 1.0 : 0.0));
    }
  }

  const SyntheticOptions& o_;
  SyntheticData& d_;
  Rng rng_;
  Cumulative basis_, age_, satisfaction_, involvement_, admissions_, residents_;
  std::vector<std::int32_t> jan1_;
  std::int32_t j0_ = 0, je_ = 0;
  std::vector<double> factor_;
  bool stress_ = false;
  double holder_share_ = kHolderShare;
  double survey_p_ = 0.3;
  std::int64_t last_end_ = 0;
  std::vector<std::int64_t> starts_;
};

template <class T>
Column<T> column(const std::vector<T>& v) {
  return Column<T>{v.data(), v.size()};
}

template <class T>
std::size_t bytes_of(const std::vector<T>& v) {
  return v.size() * sizeof(T);
}

}  // namespace

PersonsTable SyntheticData::persons() const {
  PersonsTable t;
  t.id = column(person_id);
  t.municipality = column(person_municipality);
  t.birth_year = column(birth_year);
  t.status = column(status);
  t.first_year = first_year;
  t.years = years;
  return t;
}

SpellsTable SyntheticData::spells() const {
  return SpellsTable{column(spell_person), column(spell_municipality), column(spell_basis),
                     column(spell_start), column(spell_end)};
}

AdmissionsTable SyntheticData::admissions() const {
  return AdmissionsTable{column(admission_person), column(admission_date)};
}

SurveysTable SyntheticData::surveys() const {
  return SurveysTable{column(survey_person),       column(survey_municipality),
                      column(survey_year),         column(survey_who5),
                      column(survey_recovery),     column(survey_satisfaction),
                      column(survey_involvement),  column(survey_participation)};
}

std::size_t SyntheticData::bytes() const {
  return bytes_of(person_id) + bytes_of(person_municipality) + bytes_of(birth_year) +
         bytes_of(status) + bytes_of(spell_person) + bytes_of(spell_municipality) +
         bytes_of(spell_basis) + bytes_of(spell_start) + bytes_of(spell_end) +
         bytes_of(admission_person) + bytes_of(admission_date) + bytes_of(survey_person) +
         bytes_of(survey_municipality) + bytes_of(survey_year) + bytes_of(survey_who5) +
         bytes_of(survey_recovery) + bytes_of(survey_satisfaction) +
         bytes_of(survey_involvement) + bytes_of(survey_participation);
}

SyntheticData generate_synthetic(const SyntheticOptions& options) {
  if (options.persons < 0)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "persons is " + std::to_string(options.persons) + "; it must not be negative");
  if (options.years < 1 || options.years > max_compute_years)
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "years is " + std::to_string(options.years) + "; it must be 1-64");
  if (options.first_year < 1900 || options.first_year > 2200)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "first_year is " + std::to_string(options.first_year) + "; it must be 1900-2200");
  if (!(options.spell_person_share >= 0 && options.spell_person_share <= 1))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "spell_person_share must be in [0, 1]");
  if (!(options.spells_per_person >= 0 && options.spells_per_person <= 1000))
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "spells_per_person must be in [0, 1000]");
  SyntheticData d;
  Generator(options, d).run();
  return d;
}

}  // namespace rorkit
