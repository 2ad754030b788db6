#pragma once
// Microdata as CSV files, for the CLI (`rorkit keyfig compute`, `rorkit keyfig synth`) and for
// anyone who has the registers as text rather than in memory. One file per table, columns as in
// docs/key-figures.md ("Microdata CSV"):
//
//   persons     id;municipality;birth_year;status_2018;status_2019;...   (consecutive years)
//   spells      person;municipality;basis;start;end                      (ISO dates; empty end = open)
//   admissions  person;date
//   surveys     person;municipality;year[;who5_1;...;who5_5][;recovery][;satisfaction]
//               [;involvement][;participation]                           (empty = missing)
//
// ';'-separated like the panel and StatBank CSV (same lexer: BOM, CRLF, quotes, blank lines);
// columns in any order, each at most once, no others. Decimals '.' or ','. Errors name the
// file, the line and the column; rows the engine rejects (an unknown municipality, a spell that
// ends before it starts, ...) are reported at their line too, through compute_aggregates below.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rorkit/keyfig/microdata.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace rorkit {

/// The texts of the four files. A table whose `*_source` is empty is absent (persons and spells
/// are required); the source names the file in every error message.
struct MicrodataCsvInput {
  std::string_view persons, spells, admissions, surveys;
  std::string persons_source = "persons.csv", spells_source = "spells.csv";
  std::string admissions_source, surveys_source;
};

/// Microdata read from CSV: the columns (owned, in the generator's layout), and for every table
/// its source and the file line of each row, so that the engine's row errors can name the line.
struct MicrodataCsv {
  SyntheticData data;
  std::string sources[4];                 ///< persons, spells, admissions, surveys
  std::vector<std::int64_t> lines[4];     ///< the line each row starts on
};

/// Reads the files. Throws Error naming source, line and column: SCHEMA (a missing or unknown
/// column, a repeated one, status_<year> columns that skip a year or are absent), PARSE (a row
/// with another number of fields, a field that is not a whole number, date or number),
/// OUT_OF_RANGE (a number beyond the column's type, e.g. basis 300 for int8).
MicrodataCsv read_microdata_csv(const MicrodataCsvInput& input);

/// compute_aggregates on data read from CSV; a bad row is reported as
/// "<source>: line L, column C: <problem>" (INVALID_ARGUMENT) instead of by row index.
KeyFigureAggregates compute_aggregates(const MicrodataCsv& csv, const ComputeOptions& options = {});

/// The tables as CSV text in the format above (LF line ends, '.' decimals, ISO dates, empty
/// fields for missing values and open ends). A table of the data without rows gives the header;
/// survey value columns that are absent (size 0) are left out, as the reader allows. Columns of
/// another length than their table are refused (INVALID_ARGUMENT naming table and column).
std::string persons_to_csv(const SyntheticData& data);
std::string spells_to_csv(const SyntheticData& data);
std::string admissions_to_csv(const SyntheticData& data);
std::string surveys_to_csv(const SyntheticData& data);

}  // namespace rorkit
