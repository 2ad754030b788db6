// Writing microdata CSV (include/rorkit/keyfig/microdata_csv.hpp): the inverse of the reader,
// so `rorkit keyfig synth` output reads back to the same columns (a test checks the round trip
// through the aggregates). Numbers in the shortest fixed-notation form that reads back to the
// same double.

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <utility>

#include "keyfig/microdata_detail.hpp"
#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/microdata_csv.hpp"

namespace rorkit {
namespace {

template <class T>
void put(std::string& out, T v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}


void put_day(std::string& out, std::int32_t day) {
  if (day != std::numeric_limits<std::int32_t>::max()) out += keyfig_detail::iso_day(day);
}

// The writers index every column by row: a column of another length is refused before anything
// is written (INVALID_ARGUMENT naming table and column), never read past.
void require_rows(const char* table, const char* column, std::size_t size, std::size_t want,
                  bool may_be_absent = false) {
  if (size == want || (may_be_absent && size == 0)) return;
  fail(RORKIT_ERROR_INVALID_ARGUMENT, std::string(table) + ": column " + column + " has " +
                                          std::to_string(size) + " values for " +
                                          std::to_string(want) + (may_be_absent ? " (or 0)" : ""));
}

}  // namespace

std::string persons_to_csv(const SyntheticData& d) {
  const std::size_t n = d.person_id.size();
  // The reader needs status_<year> columns with four-digit years, at least one.
  if (d.years < 1)
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "persons: years is " + std::to_string(d.years) + "; the status columns need at least 1");
  if (d.first_year < 0 || d.first_year > 9999 - (d.years - 1))
    fail(RORKIT_ERROR_INVALID_ARGUMENT,
         "persons: the status years from " + std::to_string(d.first_year) + " (" +
             std::to_string(d.years) + " years) do not fit status_<four-digit year> columns");
  require_rows("persons", "municipality", d.person_municipality.size(), n);
  require_rows("persons", "birth_year", d.birth_year.size(), n);
  require_rows("persons", "status (persons x years)", d.status.size(),
               n * static_cast<std::size_t>(d.years));
  std::string out = "id;municipality;birth_year";
  for (std::int32_t y = 0; y < d.years; ++y) {
    // Four digits, as the reader wants them: a first year below 1000 must still read back.
    char name[32];
    std::snprintf(name, sizeof name, ";status_%04d", static_cast<int>(d.first_year + y));
    out += name;
  }
  out += '\n';
  const auto years = static_cast<std::size_t>(d.years);
  for (std::size_t i = 0; i < d.person_id.size(); ++i) {
    put(out, d.person_id[i]);
    out += ';';
    put(out, d.person_municipality[i]);
    out += ';';
    put(out, d.birth_year[i]);
    for (std::size_t y = 0; y < years; ++y) {
      out += ';';
      put(out, static_cast<int>(d.status[i * years + y]));
    }
    out += '\n';
  }
  return out;
}

std::string spells_to_csv(const SyntheticData& d) {
  const std::size_t n = d.spell_person.size();
  require_rows("spells", "municipality", d.spell_municipality.size(), n);
  require_rows("spells", "basis", d.spell_basis.size(), n);
  require_rows("spells", "start", d.spell_start.size(), n);
  require_rows("spells", "end", d.spell_end.size(), n);
  std::string out = "person;municipality;basis;start;end\n";
  for (std::size_t i = 0; i < d.spell_person.size(); ++i) {
    put(out, d.spell_person[i]);
    out += ';';
    put(out, d.spell_municipality[i]);
    out += ';';
    put(out, static_cast<int>(d.spell_basis[i]));
    out += ';';
    put_day(out, d.spell_start[i]);
    out += ';';
    put_day(out, d.spell_end[i]);
    out += '\n';
  }
  return out;
}

std::string admissions_to_csv(const SyntheticData& d) {
  require_rows("admissions", "date", d.admission_date.size(), d.admission_person.size());
  std::string out = "person;date\n";
  for (std::size_t i = 0; i < d.admission_person.size(); ++i) {
    put(out, d.admission_person[i]);
    out += ';';
    put_day(out, d.admission_date[i]);
    out += '\n';
  }
  return out;
}

std::string surveys_to_csv(const SyntheticData& d) {
  // A value column that is absent (size 0: no response has it) is left out, as the reader takes
  // it, so a table reads back with the same columns rather than a column of NaN.
  const bool who5 = !d.survey_who5.empty();
  const std::pair<const std::vector<double>*, const char*> values[] = {
      {&d.survey_recovery, "recovery"},
      {&d.survey_satisfaction, "satisfaction"},
      {&d.survey_involvement, "involvement"},
      {&d.survey_participation, "participation"}};
  const std::size_t n = d.survey_person.size();
  require_rows("surveys", "municipality", d.survey_municipality.size(), n);
  require_rows("surveys", "year", d.survey_year.size(), n);
  require_rows("surveys", "who5 (responses x 5)", d.survey_who5.size(), 5 * n, true);
  for (const auto& [v, name] : values) require_rows("surveys", name, v->size(), n, true);
  std::string out = "person;municipality;year";
  if (who5) out += ";who5_1;who5_2;who5_3;who5_4;who5_5";
  for (const auto& [v, name] : values)
    if (!v->empty()) (out += ';') += name;
  out += '\n';
  for (std::size_t i = 0; i < d.survey_person.size(); ++i) {
    put(out, d.survey_person[i]);
    out += ';';
    put(out, d.survey_municipality[i]);
    out += ';';
    put(out, d.survey_year[i]);
    for (std::size_t k = 0; who5 && k < 5; ++k) {
      out += ';';
      statbank_detail::append_number(out, d.survey_who5[i * 5 + k]);
    }
    for (const auto& [v, name] : values) {
      if (v->empty()) continue;
      out += ';';
      statbank_detail::append_number(out, (*v)[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace rorkit
