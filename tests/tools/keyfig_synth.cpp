// Writes a synthetic microdata set (rorkit::generate_synthetic) as NumPy .npy files, one per
// column, plus the aggregates rorkit computes from it, so that reference implementations in other
// tools (pandas, polars, DuckDB) can load the same data and compare their counts with ours.
//
//   keyfig_synth --persons N --years Y --first-year Y0 --seed S --out DIR [--threads T]
//                [--spell-share F --spells-per-person K] [--no-surveys]
//
// DIR/<table>_<column>.npy   the columns (persons_status is (persons, years); surveys_who5 is
//                            (responses, 5); NaN = missing)
// DIR/meta.json              the options, the years and the age band
// DIR/aggregates.csv         municipality,year,figure,numerator,denominator (kf16/kf17 in
//                            thousandths of a point)
// DIR/stair.csv              municipality,year,from,to,count (steps 0-6, rorkit::StairStep)
// DIR/aggregates.rkfa        KeyFigureAggregates::serialize()
// Everything is synthetic: no real person is behind any row.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "rorkit/core/error.hpp"
#include "rorkit/core/municipality.hpp"
#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace {

namespace fs = std::filesystem;

bool little_endian() {
  const std::uint16_t one = 1;
  unsigned char first = 0;
  std::memcpy(&first, &one, 1);
  return first == 1;
}

template <class T>
std::string descr() {
  const char order = sizeof(T) == 1 ? '|' : (little_endian() ? '<' : '>');
  const char* kind = std::is_floating_point<T>::value ? "f" : (std::is_signed<T>::value ? "i" : "u");
  return std::string(1, order) + kind + std::to_string(sizeof(T));
}

// NPY format 1.0: magic, version, little-endian header length, then a Python dict literal padded
// with spaces and a newline so that the data starts on a multiple of 64 bytes.
template <class T>
void write_npy(const fs::path& path, const std::vector<T>& v, std::size_t columns = 1) {
  const std::size_t rows = columns ? v.size() / columns : 0;
  const std::string shape = columns == 1 ? "(" + std::to_string(rows) + ",)"
                                         : "(" + std::to_string(rows) + ", " + std::to_string(columns) + ")";
  std::string header = "{'descr': '" + descr<T>() + "', 'fortran_order': False, 'shape': " + shape + ", }";
  const std::size_t unpadded = 10 + header.size() + 1;
  header.append((64 - unpadded % 64) % 64, ' ');
  header.push_back('\n');
  std::ofstream out(path, std::ios::binary);
  if (!out) throw std::runtime_error("cannot write " + path.string());
  const char magic[] = {'\x93', 'N', 'U', 'M', 'P', 'Y', 1, 0};
  out.write(magic, sizeof magic);
  const auto len = static_cast<std::uint16_t>(header.size());
  const char len_le[] = {static_cast<char>(len & 0xFF), static_cast<char>(len >> 8)};
  out.write(len_le, 2);
  out.write(header.data(), static_cast<std::streamsize>(header.size()));
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

struct Args {
  rorkit::SyntheticOptions synth;
  std::string out;
  std::int32_t threads = 0;
};

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "keyfig_synth: " << why
            << "\nusage: keyfig_synth --persons N --years Y --first-year Y0 --seed S --out DIR "
               "[--threads T] [--spell-share F --spells-per-person K] [--no-surveys]\n";
  std::exit(2);
}

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    const std::string k = argv[i];
    if (k == "--no-surveys") {
      a.synth.surveys = false;
      continue;
    }
    if (i + 1 >= argc) usage(k + " needs a value");
    const std::string v = argv[++i];
    try {
      if (k == "--persons") a.synth.persons = std::stoll(v);
      else if (k == "--years") a.synth.years = std::stoi(v);
      else if (k == "--first-year") a.synth.first_year = std::stoi(v);
      else if (k == "--seed") a.synth.seed = std::stoull(v);
      else if (k == "--out") a.out = v;
      else if (k == "--threads") a.threads = std::stoi(v);
      else if (k == "--spell-share") a.synth.spell_person_share = std::stod(v);
      else if (k == "--spells-per-person") a.synth.spells_per_person = std::stod(v);
      else usage("unknown option " + k);
    } catch (const std::logic_error&) {
      usage("bad value for " + k + ": " + v);
    }
  }
  if (a.out.empty()) usage("--out is required");
  return a;
}

void write_csvs(const fs::path& dir, const rorkit::KeyFigureAggregates& a) {
  std::ofstream agg(dir / "aggregates.csv"), stair(dir / "stair.csv");
  agg << "municipality,year,figure,numerator,denominator\n";
  stair << "municipality,year,from,to,count\n";
  for (const auto& m : rorkit::municipalities())
    for (std::int32_t y = a.first_year(); y <= a.last_year(); ++y) {
      for (int f = 1; f <= 20; ++f) {
        char id[8];
        std::snprintf(id, sizeof id, "kf%02d", f);
        agg << m.code << ',' << y << ',' << id << ',' << a.numerator(m.code, y, f) << ','
            << a.denominator(m.code, y, f) << '\n';
      }
      for (int from = 0; from < 7; ++from)
        for (int to = 0; to < 7; ++to)
          stair << m.code << ',' << y << ',' << from << ',' << to << ','
                << a.stair_transition(m.code, y, static_cast<rorkit::StairStep>(from),
                                      static_cast<rorkit::StairStep>(to))
                << '\n';
    }
  if (!agg || !stair) throw std::runtime_error("cannot write the CSV files in " + dir.string());
}

}  // namespace

int main(int argc, char** argv) {
  const Args args = parse(argc, argv);
  try {
    const auto t0 = std::chrono::steady_clock::now();
    const rorkit::SyntheticData d = rorkit::generate_synthetic(args.synth);
    const auto t1 = std::chrono::steady_clock::now();
    rorkit::ComputeOptions o;
    o.threads = args.threads;
    const rorkit::KeyFigureAggregates a =
        rorkit::compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys(), o);
    const auto t2 = std::chrono::steady_clock::now();

    const fs::path dir(args.out);
    fs::create_directories(dir);
    const std::size_t years = static_cast<std::size_t>(d.years);
    write_npy(dir / "persons_id.npy", d.person_id);
    write_npy(dir / "persons_municipality.npy", d.person_municipality);
    write_npy(dir / "persons_birth_year.npy", d.birth_year);
    write_npy(dir / "persons_status.npy", d.status, years);
    write_npy(dir / "spells_person.npy", d.spell_person);
    write_npy(dir / "spells_municipality.npy", d.spell_municipality);
    write_npy(dir / "spells_basis.npy", d.spell_basis);
    write_npy(dir / "spells_start.npy", d.spell_start);
    write_npy(dir / "spells_end.npy", d.spell_end);
    write_npy(dir / "admissions_person.npy", d.admission_person);
    write_npy(dir / "admissions_date.npy", d.admission_date);
    write_npy(dir / "surveys_person.npy", d.survey_person);
    write_npy(dir / "surveys_municipality.npy", d.survey_municipality);
    write_npy(dir / "surveys_year.npy", d.survey_year);
    write_npy(dir / "surveys_who5.npy", d.survey_who5, 5);
    write_npy(dir / "surveys_recovery.npy", d.survey_recovery);
    write_npy(dir / "surveys_satisfaction.npy", d.survey_satisfaction);
    write_npy(dir / "surveys_involvement.npy", d.survey_involvement);
    write_npy(dir / "surveys_participation.npy", d.survey_participation);
    write_csvs(dir, a);
    {
      std::ofstream bin(dir / "aggregates.rkfa", std::ios::binary);
      const std::string bytes = a.serialize();
      bin.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    {
      std::ofstream meta(dir / "meta.json");
      meta << "{\n  \"synthetic\": true,\n  \"generator\": \"rorkit::generate_synthetic\",\n"
           << "  \"persons\": " << args.synth.persons << ",\n  \"first_year\": " << d.first_year
           << ",\n  \"years\": " << d.years << ",\n  \"seed\": " << args.synth.seed
           << ",\n  \"spell_person_share\": " << args.synth.spell_person_share
           << ",\n  \"spells_per_person\": " << args.synth.spells_per_person
           << ",\n  \"surveys\": " << (args.synth.surveys ? "true" : "false")
           << ",\n  \"min_age\": 18,\n  \"max_age\": 64,\n  \"open_end\": 2147483647,"
           << "\n  \"dates\": \"days since 1970-01-01\",\n  \"rows\": {\"persons\": "
           << d.person_id.size() << ", \"spells\": " << d.spell_person.size()
           << ", \"admissions\": " << d.admission_person.size() << ", \"surveys\": "
           << d.survey_person.size() << "},\n  \"bytes\": " << d.bytes() << "\n}\n";
    }
    using ms = std::chrono::duration<double, std::milli>;
    std::printf("keyfig_synth: %zu persons, %zu spells, %zu admissions, %zu surveys (%.1f MB) in %s\n"
                "  generated in %.0f ms, aggregated in %.0f ms\n",
                d.person_id.size(), d.spell_person.size(), d.admission_person.size(),
                d.survey_person.size(), static_cast<double>(d.bytes()) / 1e6, dir.string().c_str(),
                ms(t1 - t0).count(), ms(t2 - t1).count());
  } catch (const rorkit::Error& e) {
    std::fprintf(stderr, "keyfig_synth: %s (%s)\n", e.what(), rorkit::status_str(e.status()));
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "keyfig_synth: %s\n", e.what());
    return 1;
  }
  return 0;
}
