// libFuzzer target for the StatBank CSV reader and statbank_to_panel. Any input must either read
// or fail with a rorkit::Error of the documented kinds; what reads must hold together (columns,
// row shapes, missing <=> NaN), and its panel must hold exactly the rows' values.
//
// Built as a real fuzzer with clang (-DRORKIT_BUILD_FUZZERS=ON, docs/building.md), and always
// as replay_statbank, which runs this body over the fixtures and deterministic mutations.

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/statbank.hpp"

namespace {

[[noreturn]] void broken(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "fuzz_statbank: invariant broken: %s %s\n", what, detail.c_str());
  std::abort();
}

void check(bool ok, const char* what, const std::string& detail = "") {
  if (!ok) broken(what, detail);
}

bool read_status_expected(rorkit_status s) {
  return s == RORKIT_ERROR_PARSE || s == RORKIT_ERROR_NOT_FOUND || s == RORKIT_ERROR_SCHEMA ||
         s == RORKIT_ERROR_DUPLICATE || s == RORKIT_ERROR_INVALID_UTF8;
}

void check_table(const rorkit::StatbankTable& t) {
  const std::size_t n = t.header.size();
  check(n >= 3, "header has fewer than 3 columns");
  check(t.area_column < n - 1 && t.time_column < n - 1 && t.area_column != t.time_column,
        "area/time columns");
  std::int64_t last_line = 1;
  for (const rorkit::StatbankRow& r : t.rows) {
    check(r.other.size() == n - 3, "row shape");
    check(r.line > last_line, "row lines not increasing");
    last_line = r.line;
    check(!r.area.code.empty(), "area without code");
    check(r.missing ? std::isnan(r.value) : std::isfinite(r.value), "missing <=> NaN");
    check(r.time.year >= 1 && r.time.year <= 9999, "year range");
  }
}

void check_panel(const rorkit::StatbankTable& t, const std::vector<std::string>& select) {
  rorkit::Panel p;
  try {
    p = rorkit::statbank_to_panel(t, "f", select);
  } catch (const rorkit::Error& e) {
    // A table the reader accepted has no duplicate cells; OUT_OF_RANGE: too many years.
    check(e.status() == RORKIT_ERROR_INVALID_ARGUMENT || e.status() == RORKIT_ERROR_NOT_FOUND ||
              e.status() == RORKIT_ERROR_OUT_OF_RANGE,
          "unexpected panel error", e.what());
    return;
  }
  for (const rorkit::StatbankRow& r : t.rows) {
    bool chosen = true;
    for (std::size_t k = 0; k < r.other.size(); ++k) {
      const std::string& s = select.at(k);
      chosen = chosen && s.substr(s.find('=') + 1) == r.other[k];
    }
    if (!chosen) continue;
    rorkit::Cell c = p.cell(r.area.code, r.time.year, "f");
    if (r.missing) {
      check(c.status == rorkit::CellStatus::missing &&
                c.reason == rorkit::CellReason::source_missing,
            "missing row not source_missing");
    } else {
      check(c.status != rorkit::CellStatus::missing && c.value == r.value, "panel value");
    }
  }
}

void run(std::string_view text, const rorkit::StatbankOptions& options) {
  rorkit::StatbankTable t;
  try {
    t = rorkit::read_statbank_csv(text, options);
  } catch (const rorkit::Error& e) {
    check(read_status_expected(e.status()), "unexpected read error", e.what());
    check(std::string_view(e.what()).substr(0, options.source.size() + 1) == options.source + ":",
          "error without source", e.what());
    return;
  }
  check_table(t);
  // Select each other variable's value on the first row: the selection that always exists.
  std::vector<std::string> select;
  if (!t.rows.empty()) {
    std::size_t k = 0;
    for (std::size_t i = 0; i + 1 < t.header.size(); ++i)
      if (i != t.area_column && i != t.time_column)
        select.push_back(t.header[i] + "=" + t.rows.front().other[k++]);
  }
  check_panel(t, select);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rorkit::StatbankOptions options;
  options.source = "fuzz.csv";
  run(text, options);
  options.decimal = ',';
  run(text, options);
  options.decimal = '.';
  run(text, options);
  return 0;
}
