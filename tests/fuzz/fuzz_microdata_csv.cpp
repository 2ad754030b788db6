// libFuzzer target for the microdata CSV reader (read_microdata_csv), its writer and
// compute_aggregates on what it reads. The input holds up to four tables — persons, spells,
// admissions, surveys — separated by lines "%%" (LF or CRLF; see
// tests/data/microdata_csv/README.md); fewer parts leave the optional tables out. Any input must either read or fail with a rorkit::Error
// of the documented kinds naming its file; what reads must hold together (column lengths, row
// lines), write back to text that reads to the same columns, and compute or fail with an Error.
//
// Built as a real fuzzer with clang (-DRORKIT_BUILD_FUZZERS=ON, docs/building.md), and always
// as replay_microdata_csv, which runs this body over the seed corpus and deterministic mutations.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/microdata_csv.hpp"

namespace {

[[noreturn]] void broken(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "fuzz_microdata_csv: invariant broken: %s %s\n", what, detail.c_str());
  std::abort();
}

void check(bool ok, const char* what, const std::string& detail = "") {
  if (!ok) broken(what, detail);
}

const char* const kSources[4] = {"persons.csv", "spells.csv", "admissions.csv", "surveys.csv"};

bool read_status_expected(rorkit_status s) {
  return s == RORKIT_ERROR_PARSE || s == RORKIT_ERROR_SCHEMA || s == RORKIT_ERROR_OUT_OF_RANGE ||
         s == RORKIT_ERROR_INVALID_UTF8;
}

bool names_a_source(std::string_view msg) {
  for (const char* s : kSources) {
    const std::string prefix = std::string(s) + ": ";
    if (msg.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

void check_lines(const std::vector<std::int64_t>& lines, std::size_t rows, const char* table) {
  check(lines.size() == rows, "row count vs lines", table);
  std::int64_t last = 1;  // line 1 is the header
  for (std::int64_t l : lines) {
    check(l > last, "row lines not increasing", table);
    last = l;
  }
}

// A survey value column read back: the same length (an absent column stays absent) and the same
// values, NaN (missing) equal to NaN.
bool same_values(const std::vector<double>& original, const std::vector<double>& back) {
  if (back.size() != original.size()) return false;
  for (std::size_t i = 0; i < original.size(); ++i)
    if (!(original[i] == back[i] || (std::isnan(original[i]) && std::isnan(back[i])))) return false;
  return true;
}

void check_data(const rorkit::MicrodataCsv& csv, bool admissions, bool surveys) {
  const rorkit::SyntheticData& d = csv.data;
  const std::size_t n = d.person_id.size();
  check(d.years >= 1, "persons without years");
  check(d.person_municipality.size() == n && d.birth_year.size() == n, "persons columns");
  check(d.status.size() == n * static_cast<std::size_t>(d.years), "status shape");
  check_lines(csv.lines[0], n, "persons");
  const std::size_t s = d.spell_person.size();
  check(d.spell_municipality.size() == s && d.spell_basis.size() == s &&
            d.spell_start.size() == s && d.spell_end.size() == s,
        "spells columns");
  check_lines(csv.lines[1], s, "spells");
  check(d.admission_date.size() == d.admission_person.size(), "admissions columns");
  check(admissions || d.admission_person.empty(), "admissions without a source");
  check_lines(csv.lines[2], d.admission_person.size(), "admissions");
  const std::size_t q = d.survey_person.size();
  check(surveys || q == 0, "surveys without a source");
  check(d.survey_municipality.size() == q && d.survey_year.size() == q, "survey keys");
  check(d.survey_who5.empty() || d.survey_who5.size() == 5 * q, "who5 shape");
  for (const auto* v : {&d.survey_recovery, &d.survey_satisfaction, &d.survey_involvement,
                        &d.survey_participation})
    check(v->empty() || v->size() == q, "survey column length");
  check_lines(csv.lines[3], q, "surveys");
}

void check_round_trip(const rorkit::SyntheticData& d) {
  const std::string texts[4] = {rorkit::persons_to_csv(d), rorkit::spells_to_csv(d),
                                rorkit::admissions_to_csv(d), rorkit::surveys_to_csv(d)};
  rorkit::MicrodataCsvInput in;
  in.persons = texts[0];
  in.spells = texts[1];
  in.admissions = texts[2];
  in.surveys = texts[3];
  in.admissions_source = kSources[2];
  in.surveys_source = kSources[3];
  rorkit::MicrodataCsv back;
  try {
    back = rorkit::read_microdata_csv(in);
  } catch (const rorkit::Error& e) {
    broken("written text does not read back:", e.what());
  }
  const rorkit::SyntheticData& b = back.data;
  check(b.person_id == d.person_id && b.person_municipality == d.person_municipality &&
            b.birth_year == d.birth_year && b.status == d.status &&
            b.first_year == d.first_year && b.years == d.years,
        "persons round trip");
  check(b.spell_person == d.spell_person && b.spell_municipality == d.spell_municipality &&
            b.spell_basis == d.spell_basis && b.spell_start == d.spell_start &&
            b.spell_end == d.spell_end,
        "spells round trip");
  check(b.admission_person == d.admission_person && b.admission_date == d.admission_date,
        "admissions round trip");
  check(b.survey_person == d.survey_person && b.survey_municipality == d.survey_municipality &&
            b.survey_year == d.survey_year,
        "survey keys round trip");
  check(same_values(d.survey_who5, b.survey_who5), "who5 round trip");
  check(same_values(d.survey_recovery, b.survey_recovery) &&
            same_values(d.survey_satisfaction, b.survey_satisfaction) &&
            same_values(d.survey_involvement, b.survey_involvement) &&
            same_values(d.survey_participation, b.survey_participation),
        "survey values round trip");
}

void check_compute(const rorkit::MicrodataCsv& csv) {
  rorkit::ComputeOptions o;
  o.threads = 1;  // deterministic and quick; results do not depend on the count
  try {
    (void)rorkit::compute_aggregates(csv, o);
  } catch (const rorkit::Error& e) {
    // Row errors (INVALID_ARGUMENT, named by line) and too many years (OUT_OF_RANGE).
    check(e.status() == RORKIT_ERROR_INVALID_ARGUMENT || e.status() == RORKIT_ERROR_OUT_OF_RANGE,
          "unexpected compute error", e.what());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::string_view part[4];
  std::size_t parts = 0;
  for (; parts < 3; ++parts) {  // a separator line "%%" ends with LF or CRLF
    std::size_t cut = rest.find("\n%%\n"), skip = 4;
    const std::size_t crlf = rest.find("\n%%\r\n");
    if (crlf < cut) cut = crlf, skip = 5;
    if (cut == std::string_view::npos) break;
    part[parts] = rest.substr(0, cut + 1);
    rest.remove_prefix(cut + skip);
  }
  part[parts++] = rest;

  rorkit::MicrodataCsvInput in;
  in.persons = part[0];
  in.spells = part[1];
  in.admissions = part[2];
  in.surveys = part[3];
  if (parts > 2) in.admissions_source = kSources[2];
  if (parts > 3) in.surveys_source = kSources[3];
  rorkit::MicrodataCsv csv;
  try {
    csv = rorkit::read_microdata_csv(in);
  } catch (const rorkit::Error& e) {
    check(read_status_expected(e.status()), "unexpected read error", e.what());
    check(names_a_source(e.what()), "error without its file", e.what());
    return 0;
  }
  check_data(csv, parts > 2, parts > 3);
  check_round_trip(csv.data);
  check_compute(csv);
  return 0;
}
