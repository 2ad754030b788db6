// `rorkit keyfig import|compute|report|synth`: StatBank CSV and microdata CSV in, the tidy panel
// CSV and the HTML report out (docs/cli.md). Every step is a library call; errors are the
// library's, which name the file, line and column.

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <set>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/io_util.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/microdata_csv.hpp"
#include "rorkit/keyfig/panel_csv.hpp"
#include "rorkit/keyfig/report.hpp"
#include "rorkit/keyfig/statbank.hpp"
#include "rorkit/keyfig/suppression.hpp"
#include "rorkit/keyfig/synthetic.hpp"

namespace rorkit::cli {
namespace {

struct KeyfigArgs {
  std::string file, out, figure, municipality, title, note;
  std::vector<std::string> select;
  std::string persons, spells, admissions, surveys;
  int threshold = 5;
  int threads = 0;
  std::int32_t year = 0;
  std::int64_t count = 20000;
  std::int32_t years = 6, first_year = 2018;
  std::uint64_t seed = 20260101;
};

std::string stem_of(const std::string& path) { return std::filesystem::path(path).stem().string(); }

std::string number_text(double v) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(1) << v;
  return s.str();
}

// The panel's shape and its cells by status, the same for every command.
void print_panel_summary(const Panel& p) {
  std::size_t by_status[4] = {0, 0, 0, 0};
  for (auto s : p.statuses()) ++by_status[s < 4 ? s : 2];
  std::cout << "panel: " << p.figure_ids().size() << " figure(s) x " << p.year_count() << " year(s) "
            << p.first_year() << "-" << p.last_year() << " x " << p.areas().size() << " area(s); cells: "
            << by_status[0] << " value, " << by_status[1] << " true zero, " << by_status[2]
            << " missing, " << by_status[3] << " suppressed\n";
}

int run_import(const KeyfigArgs& a) {
  StatbankOptions o;
  o.source = a.file;
  StatbankTable table = read_statbank_csv(read_file(a.file), o);
  std::size_t missing = 0;
  std::set<std::string> areas;
  for (const auto& r : table.rows) {
    missing += r.missing;
    areas.insert(r.area.code);
  }
  std::cout << a.file << ": " << table.rows.size() << " row(s), " << missing << " missing, "
            << areas.size() << " area(s); columns:";
  for (const auto& h : table.header) std::cout << " " << h;
  std::cout << "\n";
  const std::string figure = a.figure.empty() ? stem_of(a.file) : a.figure;
  Panel panel = statbank_to_panel(table, figure, a.select);
  print_panel_summary(panel);
  if (!a.out.empty()) {
    write_file(a.out, panel_to_csv(panel));
    std::cout << "wrote " << a.out << "\n";
  }
  return exit_ok;
}

int run_compute(const KeyfigArgs& a) {
  // The texts must outlive the reader's views of them.
  const std::string persons = read_file(a.persons), spells = read_file(a.spells);
  const std::string admissions = a.admissions.empty() ? "" : read_file(a.admissions);
  const std::string surveys = a.surveys.empty() ? "" : read_file(a.surveys);
  MicrodataCsvInput in{persons, spells, admissions, surveys, a.persons, a.spells, a.admissions, a.surveys};
  MicrodataCsv csv = read_microdata_csv(in);
  ComputeOptions co;
  co.threads = a.threads;
  KeyFigureAggregates agg = compute_aggregates(csv, co);
  Panel panel = agg.to_panel();
  const SyntheticData& d = csv.data;
  std::cout << "read " << d.person_id.size() << " person(s), " << d.spell_person.size() << " spell(s), "
            << d.admission_person.size() << " admission(s), " << d.survey_person.size()
            << " survey response(s); years " << agg.first_year() << "-" << agg.last_year() << "\n";
  if (a.threshold > 1) {
    SuppressionOptions so;
    so.threshold = a.threshold;
    SuppressionReport r = suppress(panel, so);
    std::cout << "suppressed " << r.primary << " cell(s) below " << a.threshold << " and " << r.complementary
              << " complementary\n";
  } else {
    std::cout << "not suppressed (--threshold " << a.threshold << "): do not publish these cells\n";
  }
  print_panel_summary(panel);
  const Cell c = panel.cell("000", agg.last_year(), "kf01");
  if (c.status == CellStatus::value)
    std::cout << "whole country " << agg.last_year() << ": kf01 " << number_text(c.value) << " per 10,000\n";
  write_file(a.out, panel_to_csv(panel));
  std::cout << "wrote " << a.out << "\n";
  return exit_ok;
}

int run_report(const KeyfigArgs& a) {
  PanelCsvOptions po;
  po.source = a.file;
  const Panel panel = panel_from_csv(read_file(a.file), po);
  ReportOptions ro;
  ro.municipality = a.municipality;
  if (a.year != 0) ro.year = a.year;
  ro.title = a.title;
  ro.data_note = a.note;  // empty: the report says the source is not stated
  SuppressionOptions so;
  so.threshold = a.threshold;
  ro.suppression = so;
  const std::string html = html_report(panel, ro);
  write_file(a.out, html);
  std::cout << "wrote " << a.out << " (" << html.size() << " bytes) for " << panel.areas()[panel.area_index(a.municipality)].name
            << "\n";
  return exit_ok;
}

// Synthetic microdata as CSV files, labelled synthetic in a README next to them.
int run_synth(const KeyfigArgs& a) {
  namespace fs = std::filesystem;
  SyntheticOptions so;
  so.persons = a.count;
  so.years = a.years;
  so.first_year = a.first_year;
  so.seed = a.seed;
  const SyntheticData d = generate_synthetic(so);
  std::error_code ec;
  fs::create_directories(a.out, ec);
  if (ec) fail(RORKIT_ERROR_IO, "cannot create " + a.out + ": " + ec.message());
  const fs::path dir(a.out);
  write_file((dir / "persons.csv").string(), persons_to_csv(d));
  write_file((dir / "spells.csv").string(), spells_to_csv(d));
  write_file((dir / "admissions.csv").string(), admissions_to_csv(d));
  write_file((dir / "surveys.csv").string(), surveys_to_csv(d));
  write_file((dir / "README.txt").string(),
             "SYNTHETIC DATA - no real person, register or municipality statistic is behind any row.\n"
             "Generated by rorkit keyfig synth --persons " + std::to_string(a.count) + " --years " +
                 std::to_string(a.years) + " --first-year " + std::to_string(a.first_year) + " --seed " +
                 std::to_string(a.seed) + " (deterministic).\n"
             "Columns: docs/key-figures.md, \"Microdata CSV\".\n");
  std::cout << "SYNTHETIC microdata in " << a.out << ": " << d.person_id.size() << " persons, "
            << d.spell_person.size() << " spells, " << d.admission_person.size() << " admissions, "
            << d.survey_person.size() << " survey responses, years " << d.first_year << "-"
            << d.first_year + d.years - 1 << "\n";
  return exit_ok;
}

}  // namespace

void add_keyfig_commands(CLI::App& app, Action& action) {
  auto* kf = app.add_subcommand("keyfig", "key figures: StatBank CSV, microdata, panel, HTML report");
  kf->require_subcommand(1);

  auto i = std::make_shared<KeyfigArgs>();
  auto* imp = kf->add_subcommand("import", "read a StatBank CSV into a panel; print a summary");
  imp->add_option("FILE", i->file, "StatBank CSV (';'-separated, from api.statbank.dk)")->required();
  imp->add_option("--out", i->out, "write the panel CSV here");
  imp->add_option("--figure", i->figure, "figure id of the values (default: the file name without .csv)");
  imp->add_option("--select", i->select, "VARIABLE=VALUE for each other variable (KØN=TOT)");
  imp->callback([&action, i] { action = [i] { return run_import(*i); }; });

  auto c = std::make_shared<KeyfigArgs>();
  auto* com = kf->add_subcommand("compute", "compute the 20 key figures from microdata CSV files");
  com->add_option("--persons", c->persons, "persons CSV")->required();
  com->add_option("--spells", c->spells, "service spells CSV")->required();
  com->add_option("--admissions", c->admissions, "psychiatric admissions CSV");
  com->add_option("--surveys", c->surveys, "survey responses CSV");
  com->add_option("--out", c->out, "the panel CSV to write")->required();
  com->add_option("--threshold", c->threshold, "suppress cells with counts below this (default 5; 0 = off)")
      ->check(CLI::NonNegativeNumber);
  com->add_option("--threads", c->threads, "threads (default 0 = all)")->check(CLI::NonNegativeNumber);
  com->callback([&action, c] { action = [c] { return run_compute(*c); }; });

  auto r = std::make_shared<KeyfigArgs>();
  auto* rep = kf->add_subcommand("report", "a self-contained HTML report for one municipality");
  rep->add_option("--municipality", r->municipality, "code or name (730, Randers)")->required();
  rep->add_option("--panel", r->file, "panel CSV (from keyfig compute or import)")->required();
  rep->add_option("--out", r->out, "the HTML file to write")->required();
  rep->add_option("--year", r->year, "report year (default: the panel's last)");
  rep->add_option("--title", r->title, "title (default: Socialpsykiatriens nøgletal – <name>)");
  rep->add_option("--data-note", r->note, "where the data come from, stated in the report");
  rep->add_option("--threshold", r->threshold, "suppression threshold (default 5)")->check(CLI::NonNegativeNumber);
  rep->callback([&action, r] { action = [r] { return run_report(*r); }; });

  auto s = std::make_shared<KeyfigArgs>();
  auto* syn = kf->add_subcommand("synth", "write SYNTHETIC microdata CSV files (deterministic)");
  syn->add_option("--persons", s->count, "residents of all ages (default 20000)")->check(CLI::Range(0, 10000000));
  syn->add_option("--out", s->out, "directory to write persons/spells/admissions/surveys.csv")->required();
  syn->add_option("--years", s->years, "years (default 6)")->check(CLI::Range(1, 64));
  syn->add_option("--first-year", s->first_year, "first year (default 2018)");
  syn->add_option("--seed", s->seed, "seed (default 20260101)");
  syn->callback([&action, s] { action = [s] { return run_synth(*s); }; });
}

}  // namespace rorkit::cli
