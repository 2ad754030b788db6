// Reading microdata CSV (include/rorkit/keyfig/microdata_csv.hpp) with the StatBank lexer, into
// the generator's owning columns. The reader checks what only the text can tell (shape, types,
// ranges of the column types); the engine checks the meaning (codes, scales, spell order), and
// its row errors are translated back to the file's lines here, so every message names a line.

#include "rorkit/keyfig/microdata_csv.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

#include "core/text.hpp"
#include "keyfig/microdata_detail.hpp"
#include "keyfig/statbank_detail.hpp"
#include "rorkit/core/date.hpp"
#include "rorkit/core/error.hpp"

namespace rorkit {
namespace {

using MicroTable = keyfig_detail::Table;  // not "Table": another file of the batch has one
using statbank_detail::Field;
using statbank_detail::Lexer;
using statbank_detail::shown_token;
using statbank_detail::where;

// MicrodataCsv's sources and lines are in the engine's table order.
constexpr std::size_t csv_slot(MicroTable t) noexcept { return static_cast<std::size_t>(t); }

// One table's text: the header's columns by name, then rows handed to a callback.
class TableText {
 public:
  TableText(std::string_view text, const std::string& source) : text_(text), source_(source) {
    statbank_detail::require_utf8_text(text, source);
  }

  // Reads the header; `known(name)` returns the column's slot (>= 0) or -1 for an unknown name.
  template <class Known>
  void header(Known known, std::vector<int>& slot_of_field) {
    if (!lexer_.next(fields_))
      fail(RORKIT_ERROR_SCHEMA, source_ + ": empty file; expected a header line");
    names_.clear();
    for (const Field& f : fields_) {
      const int slot = known(f.text);
      if (slot < 0)
        fail(RORKIT_ERROR_SCHEMA, where(source_, f.loc) + ": unknown column " + shown_token(f.text));
      for (std::size_t j = 0; j < names_.size(); ++j)
        if (names_[j] == f.text)
          fail(RORKIT_ERROR_SCHEMA, where(source_, f.loc) + ": the column " + shown_token(f.text) +
                                        " appears twice");
      names_.emplace_back(f.text);
      slot_of_field.push_back(slot);
    }
    header_loc_ = fields_.front().loc;
  }

  [[noreturn]] void schema(const std::string& what) const {
    fail(RORKIT_ERROR_SCHEMA, where(source_, header_loc_) + ": " + what);
  }

  // The next non-blank row (false at the end); checks its field count.
  bool row(std::int64_t& line) {
    while (lexer_.next(fields_)) {
      if (statbank_detail::is_blank_line(fields_)) continue;
      if (fields_.size() != names_.size()) {
        const auto& loc = fields_.size() > names_.size() ? fields_[names_.size()].loc : lexer_.record_end();
        fail(RORKIT_ERROR_PARSE, where(source_, loc) + ": " + std::to_string(fields_.size()) +
                                     " fields where the header has " + std::to_string(names_.size()));
      }
      line = fields_.front().loc.line;
      return true;
    }
    return false;
  }

  const Field& field(std::size_t i) const { return fields_[i]; }
  const std::string& name(std::size_t i) const { return names_[i]; }

  [[noreturn]] void bad(rorkit_status st, std::size_t i, const std::string& what) const {
    fail(st, where(source_, fields_[i].loc) + " (" + names_[i] + "): " + what);
  }

  template <class T>
  T whole(std::size_t i) const {
    std::string_view s = fields_[i].text;
    if (s.empty()) bad(RORKIT_ERROR_PARSE, i, "empty; expected a whole number");
    // from_chars takes no '+', and after a skipped '+' it would take "+-3" as -3.
    if (s.front() == '+' && s.size() > 1 && s[1] == '-')
      bad(RORKIT_ERROR_PARSE, i, shown_token(s) + " is not a whole number");
    std::int64_t v = 0;
    const char* b = s.data() + (s.front() == '+' ? 1 : 0);
    auto r = std::from_chars(b, s.data() + s.size(), v);
    if (r.ec == std::errc::result_out_of_range)
      bad(RORKIT_ERROR_OUT_OF_RANGE, i, shown_token(s) + " is too large");
    if (r.ec != std::errc() || r.ptr != s.data() + s.size())
      bad(RORKIT_ERROR_PARSE, i, shown_token(s) + " is not a whole number");
    if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max())
      bad(RORKIT_ERROR_OUT_OF_RANGE, i, std::to_string(v) + " is outside " +
                                            std::to_string(+std::numeric_limits<T>::min()) + ".." +
                                            std::to_string(+std::numeric_limits<T>::max()));
    return static_cast<T>(v);
  }

  // Days since 1970-01-01 of an ISO date; an empty field is `open` when given, else an error.
  std::int32_t day(std::size_t i, std::optional<std::int32_t> open = std::nullopt) const {
    std::string_view s = fields_[i].text;
    if (s.empty()) {
      if (open) return *open;
      bad(RORKIT_ERROR_PARSE, i, "empty; expected a date YYYY-MM-DD");
    }
    Date d;
    try {
      d = Date::parse(s);
    } catch (const Error&) {
      bad(RORKIT_ERROR_PARSE, i, shown_token(s) + " is not a date YYYY-MM-DD");
    }
    return keyfig_detail::days_from_civil(d.year, d.month, d.day);
  }

  // A number; empty, NA and NaN are missing (NaN).
  double real(std::size_t i) const {
    std::string_view s = fields_[i].text;
    if (s.empty() || s == "NA" || s == "NaN" || s == "nan") return std::nan("");
    const int mark = statbank_detail::decimal_mark_of(s);
    double v = 0;
    if (mark < 0 || statbank_detail::parse_number(s, mark == ',' ? ',' : '.', v) !=
                        statbank_detail::NumberError::none)
      bad(RORKIT_ERROR_PARSE, i, shown_token(s) + " is not a number (empty or NA for missing)");
    return v;
  }

 private:
  std::string_view text_;
  const std::string& source_;
  Lexer lexer_{text_, source_};
  std::vector<Field> fields_;
  std::vector<std::string> names_;
  statbank_detail::Location header_loc_;
};

int index_of(std::string_view name, std::initializer_list<std::string_view> names) {
  int i = 0;
  for (auto n : names) {
    if (n == name) return i;
    ++i;
  }
  return -1;
}

// The index of `name` among the first `count` columns of table t as the engine names them, or -1.
int engine_column(MicroTable t, std::string_view name, int count) {
  for (int c = 0; c < count; ++c)
    if (name == keyfig_detail::column_name(csv_slot(t), static_cast<std::uint64_t>(c))) return c;
  return -1;
}

// The year of a "status_YYYY" column (four digits), or -1.
int status_year(std::string_view name) {
  if (name.size() != 11 || name.substr(0, 7) != "status_") return -1;
  const std::string_view year = name.substr(7);
  return text::code_value(year);
}

// The first `count` columns of table t, which have the engine's names, must all be there.
void require_columns(const std::vector<int>& slots, MicroTable table, int count, const TableText& t) {
  for (int c = 0; c < count; ++c)
    if (std::find(slots.begin(), slots.end(), c) == slots.end())
      t.schema(std::string("the column ") +
               keyfig_detail::column_name(csv_slot(table), static_cast<std::uint64_t>(c)) +
               " is missing");
}

void read_persons(std::string_view text, MicrodataCsv& out) {
  TableText t(text, out.sources[csv_slot(MicroTable::persons)]);
  // 0 id, 1 municipality, 2 birth_year, 10000 + year for status: the engine's one column
  // "status" (its fourth) is a status_<year> column per year here.
  std::vector<int> slots;
  t.header([](std::string_view n) {
    const int y = status_year(n);
    return y >= 0 ? 10000 + y : engine_column(MicroTable::persons, n, 3);
  }, slots);
  require_columns(slots, MicroTable::persons, 3, t);
  std::vector<std::size_t> status_field;  // field index of each year, in year order
  int first = 0, last = -1;
  for (int s : slots)
    if (s >= 10000) {
      first = last < first ? s - 10000 : std::min(first, s - 10000);
      last = std::max(last, s - 10000);
    }
  if (last < first) t.schema("no status_<year> columns (status_2018;status_2019;...)");
  status_field.assign(static_cast<std::size_t>(last - first + 1), SIZE_MAX);
  for (std::size_t i = 0; i < slots.size(); ++i)
    if (slots[i] >= 10000) status_field[static_cast<std::size_t>(slots[i] - 10000 - first)] = i;
  for (std::size_t y = 0; y < status_field.size(); ++y)
    if (status_field[y] == SIZE_MAX)
      t.schema("the status columns skip status_" + std::to_string(first + static_cast<int>(y)));
  SyntheticData& d = out.data;
  d.first_year = first;
  d.years = last - first + 1;
  std::int64_t line = 0;
  while (t.row(line)) {
    out.lines[csv_slot(MicroTable::persons)].push_back(line);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] == 0) d.person_id.push_back(t.whole<std::int64_t>(i));
      else if (slots[i] == 1) d.person_municipality.push_back(t.whole<std::int16_t>(i));
      else if (slots[i] == 2) d.birth_year.push_back(t.whole<std::int16_t>(i));
    }
    for (std::size_t f : status_field) d.status.push_back(t.whole<std::uint8_t>(f));
  }
}

void read_spells(std::string_view text, MicrodataCsv& out) {
  TableText t(text, out.sources[csv_slot(MicroTable::spells)]);
  std::vector<int> slots;
  t.header([](std::string_view n) { return engine_column(MicroTable::spells, n, 5); }, slots);
  require_columns(slots, MicroTable::spells, 5, t);
  SyntheticData& d = out.data;
  std::int64_t line = 0;
  while (t.row(line)) {
    out.lines[csv_slot(MicroTable::spells)].push_back(line);
    for (std::size_t i = 0; i < slots.size(); ++i) switch (slots[i]) {
        case 0: d.spell_person.push_back(t.whole<std::int64_t>(i)); break;
        case 1: d.spell_municipality.push_back(t.whole<std::int16_t>(i)); break;
        case 2: d.spell_basis.push_back(t.whole<std::int8_t>(i)); break;
        case 3: d.spell_start.push_back(t.day(i)); break;
        default: d.spell_end.push_back(t.day(i, std::numeric_limits<std::int32_t>::max())); break;
      }
  }
}

void read_admissions(std::string_view text, MicrodataCsv& out) {
  TableText t(text, out.sources[csv_slot(MicroTable::admissions)]);
  std::vector<int> slots;
  t.header([](std::string_view n) { return engine_column(MicroTable::admissions, n, 2); }, slots);
  require_columns(slots, MicroTable::admissions, 2, t);
  std::int64_t line = 0;
  while (t.row(line)) {
    out.lines[csv_slot(MicroTable::admissions)].push_back(line);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] == 0) out.data.admission_person.push_back(t.whole<std::int64_t>(i));
      else out.data.admission_date.push_back(t.day(i));
    }
  }
}

void read_surveys(std::string_view text, MicrodataCsv& out) {
  TableText t(text, out.sources[csv_slot(MicroTable::surveys)]);
  // 0-2 keys, 3-7 who5_1..5, 8-11 the other values: the engine's one column "who5_items" is five
  // here, so from the fourth on the columns differ from the engine's and have their own names.
  std::vector<int> slots;
  t.header([](std::string_view n) {
    return index_of(n, {"person", "municipality", "year", "who5_1", "who5_2", "who5_3", "who5_4",
                        "who5_5", "recovery", "satisfaction", "involvement", "participation"});
  }, slots);
  require_columns(slots, MicroTable::surveys, 3, t);
  int who5 = 0;
  for (int s : slots) who5 += (s >= 3 && s <= 7);
  if (who5 != 0 && who5 != 5) t.schema("WHO-5 needs all five columns who5_1 ... who5_5, or none");
  SyntheticData& d = out.data;
  std::vector<double>* values[] = {&d.survey_recovery, &d.survey_satisfaction, &d.survey_involvement,
                                   &d.survey_participation};
  double items[5];
  std::int64_t line = 0;
  while (t.row(line)) {
    out.lines[csv_slot(MicroTable::surveys)].push_back(line);
    for (std::size_t i = 0; i < slots.size(); ++i) {
      const int s = slots[i];
      if (s == 0) d.survey_person.push_back(t.whole<std::int64_t>(i));
      else if (s == 1) d.survey_municipality.push_back(t.whole<std::int16_t>(i));
      else if (s == 2) d.survey_year.push_back(t.whole<std::int16_t>(i));
      else if (s <= 7) items[s - 3] = t.real(i);
      else values[s - 8]->push_back(t.real(i));
    }
    if (who5) d.survey_who5.insert(d.survey_who5.end(), items, items + 5);
  }
}

}  // namespace

MicrodataCsv read_microdata_csv(const MicrodataCsvInput& in) {
  if (in.persons_source.empty() || in.spells_source.empty())
    fail(RORKIT_ERROR_INVALID_ARGUMENT, "read_microdata_csv: persons and spells are required");
  MicrodataCsv out;
  out.sources[csv_slot(MicroTable::persons)] = in.persons_source;
  out.sources[csv_slot(MicroTable::spells)] = in.spells_source;
  out.sources[csv_slot(MicroTable::admissions)] = in.admissions_source;
  out.sources[csv_slot(MicroTable::surveys)] = in.surveys_source;
  read_persons(in.persons, out);
  read_spells(in.spells, out);
  if (!in.admissions_source.empty()) read_admissions(in.admissions, out);
  if (!in.surveys_source.empty()) read_surveys(in.surveys, out);
  return out;
}

KeyFigureAggregates compute_aggregates(const MicrodataCsv& csv, const ComputeOptions& options) {
  const SyntheticData& d = csv.data;
  try {
    return compute_aggregates(d.persons(), d.spells(), d.admissions(), d.surveys(), options);
  } catch (const MicrodataRowError& e) {
    std::size_t t = 0;
    while (t < std::size(csv.lines) && e.table() != keyfig_detail::table_name(t)) ++t;
    if (t == std::size(csv.lines) || e.row() >= csv.lines[t].size()) throw;
    const auto& lines = csv.lines[t];
    std::string column = e.column();
    if (column == "status") column = "status_" + std::to_string(e.part());
    if (column == "who5_items") column = "who5_" + std::to_string(e.part());
    std::string msg = csv.sources[t] + ": line " + std::to_string(lines[e.row()]) + ", column " +
                      column + ": " + e.problem();
    if (e.other_row() >= 0 && static_cast<std::size_t>(e.other_row()) < lines.size())
      msg += " (also on line " + std::to_string(lines[static_cast<std::size_t>(e.other_row())]) + ")";
    fail(e.status(), msg);
  }
}

}  // namespace rorkit
