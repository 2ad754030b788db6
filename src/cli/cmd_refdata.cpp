// `rorkit municipality ...` and `rorkit regions`.

#include <iostream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/io_util.hpp"
#include "rorkit/core/municipality.hpp"

namespace rorkit::cli {
namespace {

using nlohmann::ordered_json;

struct MunicipalityArgs {
  std::string query;
  std::string on;
  std::string region;
  bool list = false;
  bool json = false;
};


ordered_json to_json(const Municipality& m, const Region& r) {
  return {{"code", m.code3()}, {"code4", m.code4()}, {"name", m.name},
          {"region_code", r.code}, {"region", r.name}};
}

int run_municipality(const MunicipalityArgs& a) {
  if (a.list == !a.query.empty() || (!a.region.empty() && !a.list)) {
    std::cerr << "rorkit municipality: give either QUERY or --list [--region R]\n";
    return exit_usage;
  }
  Date on = date_or_today(a.on);
  std::vector<Municipality> found;
  if (a.list)
    found = a.region.empty() ? municipalities()
                             : municipalities_in_region(find_region(a.region).code, on);
  else
    found.push_back(find_municipality(a.query));
  // Everything is looked up before anything is printed, so a failure leaves stdout empty.
  std::ostringstream text;
  ordered_json json = ordered_json::array();
  for (const auto& m : found) {
    const Region& region = region_of(m, on);
    json.push_back(to_json(m, region));
    text << m.code3() << "  " << m.name << "  " << region.name << "\n";
  }
  if (a.json)
    std::cout << (a.list ? json : json[0]).dump(2) << "\n";
  else
    std::cout << text.str();
  return exit_ok;
}

}  // namespace

void add_refdata_commands(CLI::App& app, Action& action) {
  auto args = std::make_shared<MunicipalityArgs>();
  auto* m = app.add_subcommand("municipality", "look up a municipality: code, name, region");
  m->add_option("QUERY", args->query, "code (101, 0101) or name (Høje-Taastrup, aabenraa)");
  m->add_option("--on", args->on, "date for the region, YYYY-MM-DD (default: today)");
  m->add_flag("--list", args->list, "list all municipalities (or those of --region)");
  m->add_option("--region", args->region, "with --list: region code or name");
  m->add_flag("--json", args->json, "print JSON instead of text");
  m->callback([&action, args] { action = [args] { return run_municipality(*args); }; });

  auto on = std::make_shared<std::string>();
  auto* r = app.add_subcommand("regions", "the regions in force on a date");
  r->add_option("--on", *on, "date, YYYY-MM-DD (default: today)");
  r->callback([&action, on] {
    action = [on] {
      for (const auto& reg : regions_on(date_or_today(*on)))
        std::cout << reg.code << "  " << reg.statbank_code() << "  " << reg.name << "\n";
      return exit_ok;
    };
  });
}

}  // namespace rorkit::cli
