// `rorkit measure <instrument> ITEMS...`, `rorkit measure change` and `rorkit measure list`.

#include <charconv>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/measures/instruments.hpp"

namespace rorkit::cli {
namespace {

using nlohmann::ordered_json;

struct ScoreArgs {
  InstrumentId instrument = InstrumentId::who5;
  std::vector<std::string> items;
  int max_missing = -1;  // -1: the instrument's default
  bool max_missing_given = false;
  bool json = false;
};

// "-" and "NA" mark a missing item; a decimal comma is accepted ("6,5").
std::optional<double> parse_item(const std::string& text, std::size_t index) {
  if (text == "-" || text == "NA" || text == "na") return std::nullopt;
  std::string s = text;
  if (const auto comma = s.find(','); comma != std::string::npos && s.find('.') == std::string::npos)
    s[comma] = '.';
  double value = 0;
  const char* first = s.data();
  const char* last = first + s.size();
  if (!s.empty() && *first == '+') ++first;
  const auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || s.empty())
    fail(RORKIT_ERROR_PARSE, "item " + std::to_string(index + 1) + " \"" + text +
                                 "\" is not a number (write - or NA for a missing item)");
  return value;
}

// Whole numbers print without ".0" in JSON too.
ordered_json number(double x) {
  if (std::isfinite(x) && std::fabs(x) < 1e15 && x == std::floor(x))
    return static_cast<long long>(x);
  return x;
}

// Up to two decimals, trailing zeros dropped: 52, 46.15, 5.5.
std::string text_number(double x) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2) << x;
  std::string s = out.str();
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

int run_score(const ScoreArgs& a) {
  std::vector<std::optional<double>> items;
  for (std::size_t i = 0; i < a.items.size(); ++i) items.push_back(parse_item(a.items[i], i));
  ScoreOptions options;
  if (a.max_missing_given) options.max_missing = a.max_missing;
  const Score s = score(a.instrument, items, options);
  const InstrumentInfo& info = instrument(a.instrument);
  if (a.json) {
    ordered_json item_list = ordered_json::array();
    for (const auto& v : items) item_list.push_back(v ? number(*v) : ordered_json());
    ordered_json out = {{"instrument", info.code},
                        {"name", info.name},
                        {"items", item_list},
                        {"answered", s.answered},
                        {"prorated", s.prorated},
                        {"raw", number(s.raw)},
                        {"score", number(s.score)},
                        {"score_min", number(info.score_min)},
                        {"score_max", number(info.score_max)},
                        {"cutoff", info.cutoff ? number(*info.cutoff) : ordered_json()},
                        {"band", to_string(s.band)},
                        {"interpretation", s.interpretation}};
    std::cout << out.dump(2) << "\n";
    return exit_ok;
  }
  std::cout << text_number(s.score) << "  " << s.interpretation;
  if (s.prorated)
    std::cout << "  (prorated from " << s.answered << " of " << items.size() << " items)";
  std::cout << "\n";
  return exit_ok;
}

struct ChangeArgs {
  std::string instrument;
  double before = 0;
  double after = 0;
  bool json = false;
};

int run_change(const ChangeArgs& a) {
  const InstrumentInfo& info = instrument(a.instrument);
  const ReliableChange rc = reliable_change(info.id, a.before, a.after);
  if (a.json) {
    ordered_json out = {{"instrument", info.code},
                        {"before", number(a.before)},
                        {"after", number(a.after)},
                        {"difference", number(rc.difference)},
                        {"s_diff", rc.s_diff},
                        {"rci", rc.rci},
                        {"classification", to_string(rc.classification)}};
    std::cout << out.dump(2) << "\n";
    return exit_ok;
  }
  std::cout << text_number(a.before) << " -> " << text_number(a.after) << "  difference "
            << text_number(rc.difference) << ", RCI " << text_number(rc.rci) << "  "
            << to_string(rc.classification) << "\n";
  return exit_ok;
}

int run_list() {
  for (const auto& info : instruments()) {
    std::cout << std::left << std::setw(12) << info.code << info.name << "  (score "
              << text_number(info.score_min) << "-" << text_number(info.score_max);
    if (info.cutoff) std::cout << ", cut-off " << text_number(*info.cutoff);
    std::cout << ", change " << text_number(info.reliable_change_points) << ")\n";
  }
  return exit_ok;
}

void add_score_command(CLI::App* measure, Action& action, const char* name, InstrumentId id) {
  const InstrumentInfo& info = instrument(id);
  auto args = std::make_shared<ScoreArgs>();
  args->instrument = id;
  std::string help = "score the " + std::string(info.name);
  help += info.item_count > 0 ? " (" + std::to_string(info.item_count) + " items)"
                              : " (one item per area)";
  auto* cmd = measure->add_subcommand(name, help);
  // Not ->required(): a wrong count is a data error (exit 3) naming the expected count.
  cmd->add_option("ITEMS", args->items,
                  "item responses in order, " + std::to_string(static_cast<int>(info.item_min)) +
                      "-" + std::to_string(static_cast<int>(info.item_max)) +
                      "; - or NA for a missing item");
  cmd->add_option("--max-missing", args->max_missing,
                  "items that may be missing, prorated (default " +
                      std::to_string(info.max_missing_default) + ")");
  cmd->add_flag("--json", args->json, "print JSON instead of text");
  cmd->callback([&action, args, cmd] {
    args->max_missing_given = cmd->count("--max-missing") > 0;
    action = [args] { return run_score(*args); };
  });
}

}  // namespace

void add_measure_commands(CLI::App& app, Action& action) {
  auto* measure = app.add_subcommand(
      "measure", "score outcome measures (WHO-5, ORS, SRS, QPR-15, Brief INSPIRE-O, multi-area)");
  measure->require_subcommand(1);
  add_score_command(measure, action, "who5", InstrumentId::who5);
  add_score_command(measure, action, "ors", InstrumentId::ors);
  add_score_command(measure, action, "srs", InstrumentId::srs);
  add_score_command(measure, action, "qpr15", InstrumentId::qpr15);
  add_score_command(measure, action, "inspire-o", InstrumentId::inspire_o);
  add_score_command(measure, action, "multi-area", InstrumentId::multi_area);

  auto change = std::make_shared<ChangeArgs>();
  auto* c = measure->add_subcommand(
      "change", "classify the change between two scores (Jacobson-Truax reliable change)");
  c->add_option("INSTRUMENT", change->instrument, "who5, ors, srs, qpr15, inspire-o, multi-area")
      ->required();
  c->add_option("BEFORE", change->before, "the earlier score")->required();
  c->add_option("AFTER", change->after, "the later score")->required();
  c->add_flag("--json", change->json, "print JSON instead of text");
  c->callback([&action, change] { action = [change] { return run_change(*change); }; });

  auto* l = measure->add_subcommand("list", "the instruments, their ranges and cut-offs");
  l->callback([&action] { action = [] { return run_list(); }; });
}

}  // namespace rorkit::cli
