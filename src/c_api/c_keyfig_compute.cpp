// C ABI: microdata columns in, partial aggregates out; merging, the binary form, the panel;
// and the synthetic nation whose columns other-language users can compute from.

#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "c_api/keyfig_handles.hpp"
#include "rorkit/keyfig/stair.hpp"

using namespace rorkit::capi;

namespace {

template <class T>
rorkit::Column<T> column(const T* data, std::size_t rows) {
  return rorkit::Column<T>{data, data == nullptr ? 0 : rows};
}

// A required column: NULL with rows > 0 is NULL_POINTER naming it.
template <class T>
rorkit::Column<T> required(const T* data, std::size_t rows, const char* name) {
  if (rows > 0) require_arg(data, name);
  return rorkit::Column<T>{data, rows};
}

rorkit::PersonsTable persons_of(const rorkit_persons_table* t) {
  require_arg(t, "persons");
  check_version(t->version, RORKIT_PERSONS_TABLE_VERSION, "persons->version");
  rorkit::PersonsTable p;
  p.id = required(t->id, t->rows, "persons->id");
  p.municipality = required(t->municipality, t->rows, "persons->municipality");
  p.birth_year = required(t->birth_year, t->rows, "persons->birth_year");
  if (t->years < 1 || t->years > 1000)
    rorkit::fail(RORKIT_ERROR_INVALID_ARGUMENT,
                 "persons->years is " + std::to_string(t->years) + "; the status table needs 1-1000 years");
  p.status = required(t->status, t->rows * static_cast<std::size_t>(t->years), "persons->status");
  p.first_year = t->first_year;
  p.years = t->years;
  return p;
}

rorkit::SpellsTable spells_of(const rorkit_spells_table* t) {
  rorkit::SpellsTable s;
  if (t == nullptr) return s;
  check_version(t->version, RORKIT_SPELLS_TABLE_VERSION, "spells->version");
  s.person = required(t->person, t->rows, "spells->person");
  s.municipality = required(t->municipality, t->rows, "spells->municipality");
  s.basis = required(t->basis, t->rows, "spells->basis");
  s.start = required(t->start, t->rows, "spells->start");
  s.end = required(t->end, t->rows, "spells->end");
  return s;
}

rorkit::AdmissionsTable admissions_of(const rorkit_admissions_table* t) {
  rorkit::AdmissionsTable a;
  if (t == nullptr) return a;
  check_version(t->version, RORKIT_ADMISSIONS_TABLE_VERSION, "admissions->version");
  a.person = required(t->person, t->rows, "admissions->person");
  a.date = required(t->date, t->rows, "admissions->date");
  return a;
}

rorkit::SurveysTable surveys_of(const rorkit_surveys_table* t) {
  rorkit::SurveysTable q;
  if (t == nullptr) return q;
  check_version(t->version, RORKIT_SURVEYS_TABLE_VERSION, "surveys->version");
  q.person = required(t->person, t->rows, "surveys->person");
  q.municipality = required(t->municipality, t->rows, "surveys->municipality");
  q.year = required(t->year, t->rows, "surveys->year");
  q.who5_items = column(t->who5_items, 5 * t->rows);
  q.recovery = column(t->recovery, t->rows);
  q.satisfaction = column(t->satisfaction, t->rows);
  q.involvement = column(t->involvement, t->rows);
  q.participation = column(t->participation, t->rows);
  return q;
}

rorkit::ComputeOptions options_of(const rorkit_compute_options* o) {
  rorkit::ComputeOptions out;
  if (o == nullptr) return out;
  check_version(o->version, RORKIT_COMPUTE_OPTIONS_VERSION, "options->version");
  out.first_year = o->first_year;
  out.last_year = o->last_year;
  out.min_age = o->min_age;
  out.max_age = o->max_age;
  out.threads = o->threads;
  return out;
}

rorkit_aggregates* new_aggregates(rorkit::KeyFigureAggregates a) {
  return new rorkit_aggregates{std::move(a)};
}

}  // namespace

extern "C" {

RORKIT_API rorkit_status rorkit_aggregates_compute(rorkit_aggregates** out,
                                                   const rorkit_persons_table* persons,
                                                   const rorkit_spells_table* spells,
                                                   const rorkit_admissions_table* admissions,
                                                   const rorkit_surveys_table* surveys,
                                                   const rorkit_compute_options* options) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto p = persons_of(persons);
    const auto s = spells_of(spells);
    const auto a = admissions_of(admissions);
    const auto q = surveys_of(surveys);
    const auto o = options_of(options);
    *out = new_aggregates(rorkit::compute_aggregates(p, s, a, q, o));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_create(rorkit_aggregates** out) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new_aggregates(rorkit::KeyFigureAggregates{});
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_clone(rorkit_aggregates** out,
                                                 const rorkit_aggregates* aggregates) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new_aggregates(aggregates_of(aggregates));
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_aggregates_free(rorkit_aggregates* aggregates) { delete aggregates; }

RORKIT_API rorkit_status rorkit_aggregates_merge(rorkit_aggregates* into,
                                                 const rorkit_aggregates* other) {
  return guarded(__func__, [&] {
    require_arg(into, "into");
    const auto& b = aggregates_of(other, "other");
    rorkit::KeyFigureAggregates merged = into->aggregates;  // a failure leaves `into` as it was
    merged.merge(b);
    into->aggregates = std::move(merged);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_serialize(rorkit_string* out,
                                                     const rorkit_aggregates* aggregates) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    to_owned(out, aggregates_of(aggregates).serialize());
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_deserialize(rorkit_aggregates** out, const void* bytes,
                                                       size_t size) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    if (size > 0) require_arg(bytes, "bytes");
    auto a = rorkit::KeyFigureAggregates::deserialize(
        std::string_view(static_cast<const char*>(bytes), size));
    *out = new_aggregates(std::move(a));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_info_get(rorkit_aggregates_info* out,
                                                    const rorkit_aggregates* aggregates) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& a = aggregates_of(aggregates);
    if (a.empty())
      *out = rorkit_aggregates_info{1, 0, 0, 0, 0};
    else
      *out = rorkit_aggregates_info{0, a.first_year(), a.last_year(), a.min_age(), a.max_age()};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_counts(int64_t* numerator, int64_t* denominator,
                                                  const rorkit_aggregates* aggregates,
                                                  int32_t municipality, int32_t year,
                                                  int32_t figure) {
  return guarded(__func__, [&] {
    require_arg(numerator, "numerator");
    require_arg(denominator, "denominator");
    const auto& a = aggregates_of(aggregates);
    const std::int64_t n = a.numerator(municipality, year, figure);
    const std::int64_t d = a.denominator(municipality, year, figure);
    *numerator = n;
    *denominator = d;
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_stair(int64_t* out, const rorkit_aggregates* aggregates,
                                                 int32_t municipality, int32_t year, int32_t from,
                                                 int32_t to) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    const auto& a = aggregates_of(aggregates);
    if (from < 0 || from > 6 || to < 0 || to > 6)
      rorkit::fail(RORKIT_ERROR_OUT_OF_RANGE, "stair steps are 0-6 (from " + std::to_string(from) +
                                                  ", to " + std::to_string(to) + ")");
    *out = a.stair_transition(municipality, year, static_cast<rorkit::StairStep>(from),
                              static_cast<rorkit::StairStep>(to));
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_stair_shares(double start[6], double end[6],
                                                        const rorkit_aggregates* aggregates,
                                                        int32_t municipality, int32_t year,
                                                        int32_t threshold) {
  return guarded(__func__, [&] {
    require_arg(start, "start");
    require_arg(end, "end");
    const rorkit::StairShares shares =
        rorkit::stair_shares(aggregates_of(aggregates), municipality, year, threshold);
    auto put = [](double* out, const std::vector<std::optional<double>>& side) {
      for (std::size_t i = 0; i < 6; ++i)
        out[i] = side.empty() || !side[i] ? std::numeric_limits<double>::quiet_NaN() : *side[i];
    };
    put(start, shares.start);
    put(end, shares.end);
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_aggregates_to_panel(rorkit_panel** out,
                                                    const rorkit_aggregates* aggregates,
                                                    const rorkit_catalogue* catalogue) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    *out = new rorkit_panel{aggregates_of(aggregates).to_panel(catalogue_of(catalogue))};
    return RORKIT_OK;
  });
}

RORKIT_API rorkit_status rorkit_synthetic_generate(rorkit_synthetic** out,
                                                   const rorkit_synthetic_options* options) {
  return guarded(__func__, [&] {
    require_arg(out, "out");
    rorkit::SyntheticOptions o;
    if (options != nullptr) {
      check_version(options->version, RORKIT_SYNTHETIC_OPTIONS_VERSION, "options->version");
      if (options->persons != 0) o.persons = options->persons;
      if (options->first_year != 0) o.first_year = options->first_year;
      if (options->years != 0) o.years = options->years;
      if (options->seed != 0) o.seed = options->seed;
      o.surveys = options->no_surveys == 0;
    }
    *out = new rorkit_synthetic{rorkit::generate_synthetic(o)};
    return RORKIT_OK;
  });
}

RORKIT_API void rorkit_synthetic_free(rorkit_synthetic* data) { delete data; }

RORKIT_API rorkit_status rorkit_synthetic_tables(rorkit_persons_table* persons,
                                                 rorkit_spells_table* spells,
                                                 rorkit_admissions_table* admissions,
                                                 rorkit_surveys_table* surveys,
                                                 const rorkit_synthetic* data) {
  return guarded(__func__, [&] {
    require_arg(data, "data");
    const auto& d = data->data;
    auto ptr = [](const auto& v) { return v.empty() ? nullptr : v.data(); };
    if (persons != nullptr)
      *persons = rorkit_persons_table{RORKIT_PERSONS_TABLE_VERSION, d.person_id.size(),
                                      ptr(d.person_id), ptr(d.person_municipality),
                                      ptr(d.birth_year), ptr(d.status), d.first_year, d.years};
    if (spells != nullptr)
      *spells = rorkit_spells_table{RORKIT_SPELLS_TABLE_VERSION, d.spell_person.size(),
                                    ptr(d.spell_person), ptr(d.spell_municipality),
                                    ptr(d.spell_basis), ptr(d.spell_start), ptr(d.spell_end)};
    if (admissions != nullptr)
      *admissions = rorkit_admissions_table{RORKIT_ADMISSIONS_TABLE_VERSION,
                                            d.admission_person.size(), ptr(d.admission_person),
                                            ptr(d.admission_date)};
    if (surveys != nullptr)
      *surveys = rorkit_surveys_table{RORKIT_SURVEYS_TABLE_VERSION,
                                      d.survey_person.size(),
                                      ptr(d.survey_person),
                                      ptr(d.survey_municipality),
                                      ptr(d.survey_year),
                                      ptr(d.survey_who5),
                                      ptr(d.survey_recovery),
                                      ptr(d.survey_satisfaction),
                                      ptr(d.survey_involvement),
                                      ptr(d.survey_participation)};
    return RORKIT_OK;
  });
}

}  // extern "C"
